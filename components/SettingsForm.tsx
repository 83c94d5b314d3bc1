import type { Region } from '../lib/data/schema';
import { REGION_AUTO, type Settings } from '../lib/storage/settings';
import { countryName, t, type MessageName } from '../lib/i18n/messages';

export interface SettingsFormProps {
  settings: Settings;
  /** The board switches, in the order settings list them. */
  boards: readonly { id: string; label: string }[];
  regions: readonly Region[];
  onChange: (settings: Settings) => void;
}

const PANEL_START_LABELS: Record<Settings['panelStart'], MessageName> = {
  remember: 'panelStartRemember',
  expanded: 'panelStartExpanded',
  collapsed: 'panelStartCollapsed',
};

/** The options page: every change is saved at once and reaches open tabs without a reload. */
export function SettingsForm({ settings, boards, regions, onChange }: SettingsFormProps) {
  const update = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <form class="rl-settings" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('showPanelOn')}</legend>
        {boards.map((board) => (
          <label key={board.id} class="rl-settings__row">
            <input
              type="checkbox"
              name={`board-${board.id}`}
              checked={settings.boards[board.id] ?? true}
              onChange={(event) => update({ boards: { ...settings.boards, [board.id]: event.currentTarget.checked } })}
            />
            {board.id === 'career-site' ? t('careerSitesSwitch') : board.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('panelStarts')}</legend>
        {(Object.keys(PANEL_START_LABELS) as Settings['panelStart'][]).map((value) => (
          <label key={value} class="rl-settings__row">
            <input
              type="radio"
              name="panel-start"
              value={value}
              checked={settings.panelStart === value}
              onChange={() => update({ panelStart: value })}
            />
            {t(PANEL_START_LABELS[value])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('salaryFigures')}</legend>
        <label class="rl-settings__row">
          {t('regionShownFirst')}{' '}
          <select name="region" value={settings.region} onChange={(event) => update({ region: event.currentTarget.value })}>
            <option value={REGION_AUTO}>{t('regionFromPosting')}</option>
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {/* A country in the browser's language; a city as the data names it. */}
                {region.locationWords.length === 0 ? countryName(region.country) : region.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('sectionDutiesShort')}</legend>
        <label class="rl-settings__row">
          <input
            type="checkbox"
            name="show-duties"
            checked={settings.showDuties}
            onChange={(event) => update({ showDuties: event.currentTarget.checked })}
          />
          {t('showDuties')}
        </label>
      </fieldset>
    </form>
  );
}
