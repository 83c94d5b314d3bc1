// Every surface that shows a pay figure says where, what kind of pay and when, beside the amount.
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Badge } from '../../../components/Badge';
import { CompareView } from '../../../components/CompareView';
import { ChosenRole } from '../../../components/ChosenRole';
import { Popup } from '../../../components/Popup';
import { ROLE_LISTINGS } from '../../../lib/data/listings';
import { roleSummaryText } from '../../../lib/data/summary';
import { catalog, noop, renderPanel } from './panel-setup';

/** "US base · 2024 · ", "UK base · pub. 2023 · ", "Miami base · undated · ". */
const TAG = /(US|UK|India|Australia|Canada|Miami|SF Bay Area) (base|total) · (\d{4}|pub\. \d{4}|undated) · /;
const rolesWithFigures = catalog.roles.filter((role) => role.salary.figures.length > 0);


describe('every figure says where, what and when', () => {
  for (const role of rolesWithFigures) {
    it(`${role.id}: the pill, the bar's caption and text, and every listed figure`, () => {
      const { unmount } = renderPanel(role.id, { collapsed: true });
      expect(screen.getByRole('button').textContent).toMatch(new RegExp(`^RL${role.shortTitle} · ${TAG.source}`));
      unmount();
      const { container } = renderPanel(role.id);
      expect(container.querySelector('.rl-lead__caption')?.textContent).toMatch(/^(US|UK) (base|total) · (\d{4}|pub\. \d{4}|undated)/);
      expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(TAG);
      const listed = [...container.querySelectorAll('.rl-figures .rl-figure')];
      expect(listed.length).toBe(role.salary.figures.length + container.querySelectorAll('.rl-beside .rl-figure').length);
      for (const item of listed) expect(item.textContent).toMatch(TAG);
    });

    it(`${role.id}: the result-card badge`, () => {
      render(<Badge role={role} catalog={catalog} wantedRegionIds={['us']} onOpen={noop} />);
      expect(screen.getByRole('button').textContent).toMatch(new RegExp(`^${role.shortTitle} · ${TAG.source}`));
    });
  }

  it('the popup’s list, before and after the full data arrives', () => {
    const { rerender } = render(<Popup listings={ROLE_LISTINGS} copyText={async () => {}} />);
    const ranges = () => [...document.querySelectorAll('.rl-result__range')].map((element) => element.textContent);
    expect(ranges().filter((text) => TAG.test(text ?? ''))).toHaveLength(rolesWithFigures.length);
    rerender(<Popup listings={ROLE_LISTINGS} copyText={async () => {}} catalog={catalog} ChosenRoleView={ChosenRole} regionId="uk" />);
    expect(ranges()[0]).toBe('UK base · pub. 2023 · average £60K');
    expect(ranges().filter((text) => TAG.test(text ?? ''))).toHaveLength(rolesWithFigures.length);
  });

  it('the compare view', () => {
    const { container } = render(
      <CompareView catalog={catalog} left={catalog.role('customer-service-manager')} right={catalog.role('customer-service-director')} regionId="us" onChangeRight={noop} />,
    );
    const pay = [...container.querySelectorAll('.rl-compare__column')].map((column) => column.querySelector('p')?.textContent);
    expect(pay).toEqual([expect.stringMatching(TAG), expect.stringMatching(TAG)]);
    expect(pay[1]).toContain('proxy occupation');
  });

  it('the copied summary: the figure shown first and every other figure', () => {
    const text = roleSummaryText(catalog.role('customer-service-manager'), catalog);
    expect(text).toMatch(new RegExp(`^Pay: ${TAG.source}\\$43\\.9K–\\$103K a year \\(10th–90th percentile\\) — U\\.S\\. Bureau of Labor Statistics`, 'm'));
    const others = text.split('\n').filter((line) => line.startsWith('  '));
    expect(others.length).toBe(catalog.role('customer-service-manager').salary.figures.length - 1);
    for (const line of others) expect(line).toMatch(TAG);
    expect(text).toContain('UK base · undated · about £19K a year (trainee)');
  });

  it('the comparable roles that stand in for Customer Care Director', () => {
    const { container } = renderPanel('customer-care-director');
    const items = [...container.querySelectorAll('.rl-comparable li')].map((item) => item.textContent);
    expect(items).toEqual([expect.stringMatching(TAG), expect.stringMatching(TAG)]);
  });
});

describe('money says which currency', () => {
  it.each([
    ['customer-support-manager', ['australia'], 'Australia base · pub. 2023 · average A$71K'],
    ['customer-support-director', ['india'], 'India base · pub. 2023 · average ₹2.5M'],
    ['customer-support-director', ['uk'], 'UK base · pub. 2023 · average £60K'],
  ] as const)('%s in %s: %s', (roleId, regions, text) => {
    render(<Badge role={catalog.role(roleId)} catalog={catalog} wantedRegionIds={regions} onOpen={noop} />);
    expect(screen.getByRole('button').textContent).toContain(text);
  });
});

describe('a figure from elsewhere says so', () => {
  it('shows the US figure for an Indian posting where the role has no India figure, and says why', () => {
    renderPanel('customer-support-manager', { wantedRegionIds: ['india'], place: { country: 'IN', regionId: 'india', evidence: 'board-site' } });
    expect(screen.getByText('No India figure for Customer Support Manager; US figures shown for reference.')).toBeTruthy();
  });

  it('says when the posting’s country is not known', () => {
    renderPanel('customer-support-manager', { wantedRegionIds: [], place: { evidence: 'unknown' } });
    expect(screen.getByText("The posting's country isn't known; US figures shown for reference.")).toBeTruthy();
  });

  it('names a country the data has no figures for', () => {
    renderPanel('customer-service-manager', { wantedRegionIds: [], place: { country: 'DE', evidence: 'board-site' } });
    expect(screen.getByText('No Germany figure for Customer Service Manager; US figures shown for reference.')).toBeTruthy();
  });
});
