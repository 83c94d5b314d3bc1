import type { Region } from '../lib/data/schema';
import { REGION_AUTO, type Settings } from '../lib/storage/settings';

export interface SettingsFormProps {
  settings: Settings;
  /** The board switches, in the order settings list them. */
  boards: readonly { id: string; label: string }[];
  regions: readonly Region[];
  onChange: (settings: Settings) => void;
}

const PANEL_START_LABELS: Record<Settings['panelStart'], string> = {
  remember: 'As I last left it',
  expanded: 'Expanded',
  collapsed: 'Collapsed to a pill',
};

/** The options page: every change is saved at once and reaches open tabs without a reload. */
export function SettingsForm({ settings, boards, regions, onChange }: SettingsFormProps) {
  const update = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <form class="rl-settings" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Show the panel on</legend>
        {boards.map((board) => (
          <label key={board.id} class="rl-settings__row">
            <input
              type="checkbox"
              name={`board-${board.id}`}
              checked={settings.boards[board.id] ?? true}
              onChange={(event) => update({ boards: { ...settings.boards, [board.id]: event.currentTarget.checked } })}
            />
            {board.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>The panel starts</legend>
        {(Object.keys(PANEL_START_LABELS) as Settings['panelStart'][]).map((value) => (
          <label key={value} class="rl-settings__row">
            <input
              type="radio"
              name="panel-start"
              value={value}
              checked={settings.panelStart === value}
              onChange={() => update({ panelStart: value })}
            />
            {PANEL_START_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Salary figures</legend>
        <label class="rl-settings__row">
          Region shown first{' '}
          <select name="region" value={settings.region} onChange={(event) => update({ region: event.currentTarget.value })}>
            <option value={REGION_AUTO}>From the posting's location</option>
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Duties</legend>
        <label class="rl-settings__row">
          <input
            type="checkbox"
            name="show-duties"
            checked={settings.showDuties}
            onChange={(event) => update({ showDuties: event.currentTarget.checked })}
          />
          Show standard duties
        </label>
      </fieldset>
    </form>
  );
}
