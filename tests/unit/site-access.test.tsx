import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CareerSites } from '../../components/CareerSites';
import { SiteAccess } from '../../components/SiteAccess';
import { isBoardOrigin } from '../../lib/boards/sites';
import { CAREER_SITE_SCRIPT_ID, enableOnSite, originPattern, revokeSite, syncCareerSiteScript, tabSiteAccess } from '../../lib/extension/site-access';

/** The browser's permission and scripting APIs, as far as site access uses them. */
function fakeSiteApis(granted: string[], answer = true) {
  const origins = new Set(granted);
  const registered: { id: string; matches: string[] }[] = [];
  const scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((script) => ids.includes(script.id))),
    registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => void registered.push(...scripts)),
    updateContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => {
      for (const script of scripts) Object.assign(registered.find((existing) => existing.id === script.id)!, script);
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.splice(registered.findIndex((script) => script.id === id), 1);
    }),
    executeScript: vi.fn(async () => []),
  };
  const permissions = {
    getAll: vi.fn(async () => ({ origins: [...origins], permissions: [] })),
    request: vi.fn(async ({ origins: wanted }: { origins: string[] }) => {
      if (answer) wanted.forEach((origin) => origins.add(origin));
      return answer;
    }),
    remove: vi.fn(async ({ origins: gone }: { origins: string[] }) => gone.every((origin) => origins.delete(origin))),
    // As the browser answers: an asked origin is contained when a granted pattern covers its host.
    contains: vi.fn(async ({ origins: asked }: { origins: string[] }) =>
      asked.every((origin) => [...origins].some((granted) => new MatchPattern(granted).includes(origin.replace(/\*$/, '')))),
    ),
  };
  const tabs = { reload: vi.fn(async () => {}) };
  Object.assign(fakeBrowser, { scripting, permissions, tabs });
  return { scripting, permissions, registered, tabs };
}

describe('site access', () => {
  it('turns a page address into its site pattern, and refuses what it cannot serve', () => {
    expect(originPattern('https://jobs.lever.co/acme/123?x=1')).toBe('https://jobs.lever.co/*');
    expect(originPattern('chrome://extensions')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
    expect(isBoardOrigin('https://uk.indeed.com/*')).toBe(true);
    expect(isBoardOrigin('https://jobs.lever.co/*')).toBe(false);
  });

  it('asks for the site, registers the script for it and runs it in the tab', async () => {
    const { permissions, scripting, registered } = fakeSiteApis(['*://*.linkedin.com/*']);
    expect(await enableOnSite(7, 'https://jobs.lever.co/acme/123')).toBe(true);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://jobs.lever.co/*'] });
    expect(registered).toEqual([expect.objectContaining({ id: CAREER_SITE_SCRIPT_ID, matches: ['https://jobs.lever.co/*'] })]);
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/career-site.js'] });
  });

  it('runs nothing when the user says no, and never asks for a board', async () => {
    const { scripting } = fakeSiteApis([], false);
    expect(await enableOnSite(7, 'https://jobs.lever.co/acme/123')).toBe(false);
    expect(await enableOnSite(7, 'https://www.indeed.com/viewjob?jk=1')).toBe(false);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });

  it('revoking the last site unregisters the script; revoking one of two narrows it', async () => {
    const { registered } = fakeSiteApis(['https://jobs.lever.co/*', 'https://boards.greenhouse.io/*']);
    await syncCareerSiteScript();
    expect(registered[0]?.matches).toEqual(['https://jobs.lever.co/*', 'https://boards.greenhouse.io/*']);
    await revokeSite('https://jobs.lever.co/*');
    expect(registered[0]?.matches).toEqual(['https://boards.greenhouse.io/*']);
    await revokeSite('https://boards.greenhouse.io/*');
    expect(registered).toEqual([]);
  });
});

describe('what the popup offers for the active tab', () => {
  it('a career site: enabling it, or saying it is enabled', async () => {
    fakeSiteApis([]);
    expect(await tabSiteAccess({ id: 3, url: 'https://jobs.lever.co/acme/123' })).toMatchObject({ kind: 'career-site', host: 'jobs.lever.co', state: 'available' });
    fakeSiteApis(['https://jobs.lever.co/*']);
    expect(await tabSiteAccess({ id: 3, url: 'https://jobs.lever.co/acme/123' })).toMatchObject({ kind: 'career-site', state: 'enabled' });
  });

  it('a board with its access (the manifest’s pattern): nothing to say', async () => {
    fakeSiteApis(['*://*.linkedin.com/*']);
    expect(await tabSiteAccess({ id: 3, url: 'https://www.linkedin.com/jobs/view/1/' })).toBeUndefined();
  });

  it('a board whose access the user withheld: asks for the board’s own pattern, then reloads the tab', async () => {
    const { permissions, tabs, scripting } = fakeSiteApis([]);
    const offer = await tabSiteAccess({ id: 3, url: 'https://www.linkedin.com/jobs/view/1/' });
    expect(offer).toMatchObject({ kind: 'board', host: 'www.linkedin.com', state: 'available' });
    expect(await offer!.onEnable()).toBe(true);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['*://*.linkedin.com/*'] });
    expect(tabs.reload).toHaveBeenCalledWith(3);
    // Never the career-site script on a board.
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('a board access refused: no reload', async () => {
    const { tabs } = fakeSiteApis([], false);
    const offer = await tabSiteAccess({ id: 3, url: 'https://uk.indeed.com/viewjob?jk=1' });
    expect(await offer!.onEnable()).toBe(false);
    expect(tabs.reload).not.toHaveBeenCalled();
  });

  it('pages that are no web site: nothing', async () => {
    fakeSiteApis([]);
    expect(await tabSiteAccess({ id: 3, url: 'about:addons' })).toBeUndefined();
    expect(await tabSiteAccess({ url: 'https://jobs.lever.co/acme/123' })).toBeUndefined();
    expect(await tabSiteAccess(undefined)).toBeUndefined();
  });
});

describe('site access in the popup and settings', () => {
  it('on a board whose access was withheld, says why nothing shows and offers to allow it', async () => {
    const onEnable = vi.fn(async () => true);
    render(<SiteAccess kind="board" host="www.linkedin.com" state="available" onEnable={onEnable} />);
    expect(screen.getByText(/has no access to www\.linkedin\.com, so it shows no panel or badges here/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow on www.linkedin.com' }));
    await vi.waitFor(() => expect(screen.getByText('Role Lens reads job postings on www.linkedin.com.')).toBeTruthy());
  });

  it('offers "Enable on this site" and reports the outcome', async () => {
    const onEnable = vi.fn(async () => false);
    render(<SiteAccess kind="career-site" host="jobs.lever.co" state="available" onEnable={onEnable} />);
    fireEvent.click(screen.getByRole('button', { name: 'Enable on jobs.lever.co' }));
    await vi.waitFor(() => expect(screen.getByText(/not granted; nothing runs/)).toBeTruthy());
  });

  it('lists granted sites with Revoke, and adds one from an address', async () => {
    const onRevoke = vi.fn();
    const onAdd = vi.fn(async () => true);
    render(<CareerSites sites={['https://jobs.lever.co/*']} onRevoke={onRevoke} onAdd={onAdd} />);
    fireEvent.click(screen.getByRole('button', { name: 'Revoke access to jobs.lever.co' }));
    expect(onRevoke).toHaveBeenCalledWith('https://jobs.lever.co/*');
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'boards.greenhouse.io' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enable' }));
    expect(onAdd).toHaveBeenCalledWith('https://boards.greenhouse.io');
    await vi.waitFor(() => expect(screen.getByText('Enabled.')).toBeTruthy());
  });
});
