// Options page wiring: read settings, render the form, save every change.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { SettingsForm } from '../../components/SettingsForm';
import '../../components/role-lens.css';
import { BOARD_ADAPTERS } from '../../lib/boards';
import { loadRoleCatalog, type RoleCatalog } from '../../lib/roles';
import { readSettings, saveSettings, type Settings } from '../../lib/settings';

function OptionsPage({ initial, catalog }: { initial: Settings; catalog: RoleCatalog }) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  return (
    <>
      <SettingsForm
        settings={settings}
        boards={BOARD_ADAPTERS}
        regions={catalog.regions}
        onChange={(next) => {
          setSettings(next);
          saveSettings(next).then(
            () => setStatus('Saved. Open tabs use the new settings now.'),
            () => setStatus('Could not save the settings.'),
          );
        }}
      />
      <p role="status" class="rl-note">
        {status}
      </p>
    </>
  );
}

async function start(): Promise<void> {
  const [initial, catalog] = await Promise.all([readSettings(), loadRoleCatalog()]);
  const root = document.getElementById('app')!;
  const mount = document.createElement('div');
  root.append(mount);
  render(<OptionsPage initial={initial} catalog={catalog} />, mount);
}

void start();
