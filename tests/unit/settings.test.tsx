import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsForm } from '../../components/SettingsForm';
import { loadRoleCatalog } from '../../lib/data/catalog';
import { BOARD_SWITCHES, DEFAULT_SETTINGS, parseSettings, readSettings, saveSettings, watchSettings } from '../../lib/storage/settings';

describe('settings recover from corrupt or old storage', () => {
  it.each([
    ['nothing stored', undefined],
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['wrong types everywhere', { boards: 'yes', panelStart: 7, region: { x: 1 }, showDuties: 'no' }],
  ])('%s → defaults', async (_name, stored) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields of a partly corrupt value', async () => {
    await fakeBrowser.storage.local.set({ settings: { boards: { linkedin: false, indeed: 'x' }, showDuties: false, region: 12 } });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      boards: { ...DEFAULT_SETTINGS.boards, linkedin: false },
      showDuties: false,
    });
  });

  it('migrates the version 1 "startCollapsed" flag', async () => {
    await fakeBrowser.storage.local.set({ settings: { startCollapsed: true, showDuties: false }, settings$: { v: 1 } });
    // WXT runs migrations when the item is defined: load the module afresh, as an update would.
    vi.resetModules();
    const fresh = await import('../../lib/storage/settings');
    expect(await fresh.readSettings()).toMatchObject({ panelStart: 'collapsed', showDuties: false });
  });

  it('saves, reads back and tells watchers', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await saveSettings({ ...DEFAULT_SETTINGS, region: 'uk' });
    expect(await readSettings()).toMatchObject({ region: 'uk' });
    expect(seen).toHaveBeenCalledWith(expect.objectContaining({ region: 'uk' }));
    unwatch();
  });

  it('never lets a region id carry markup', () => {
    expect(parseSettings({ region: '<img src=x>' }).region).toBe(DEFAULT_SETTINGS.region);
  });
});

describe('settings form', () => {
  it('reports each change as whole settings', async () => {
    const catalog = await loadRoleCatalog();
    const onChange = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} boards={BOARD_SWITCHES} regions={catalog.regions} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Indeed' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, boards: { ...DEFAULT_SETTINGS.boards, indeed: false } });
    fireEvent.click(screen.getByRole('radio', { name: 'Collapsed to a pill' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, panelStart: 'collapsed' });
    fireEvent.change(screen.getByRole('combobox', { name: /Region shown first/ }), { target: { value: 'india' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, region: 'india' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show standard duties' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, showDuties: false });
  });
});
