// Options page wiring: read settings, render the form, save every change.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { CareerSites } from '../../components/CareerSites';
import { SettingsForm } from '../../components/SettingsForm';
import '../../components/role-lens.css';
import { loadRoleCatalog, type RoleCatalog } from '../../lib/data/catalog';
import { BOARD_SWITCHES, readSettings, saveSettings, type Settings } from '../../lib/storage/settings';
import { enableSite, grantedCareerSites, revokeSite } from '../../lib/extension/site-access';
import { t, uiTextLanguage } from '../../lib/i18n/messages';

interface OptionsPageProps {
  initial: Settings;
  catalog: RoleCatalog;
  initialSites: string[];
}

function OptionsPage({ initial, catalog, initialSites }: OptionsPageProps) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const [sites, setSites] = useState(initialSites);
  const refreshSites = () => void grantedCareerSites().then(setSites, () => undefined);
  return (
    <>
      <SettingsForm
        settings={settings}
        boards={BOARD_SWITCHES}
        regions={catalog.regions}
        onChange={(next) => {
          setSettings(next);
          saveSettings(next).then(
            () => setStatus(t('settingsSaved')),
            () => setStatus(t('settingsNotSaved')),
          );
        }}
      />
      <p role="status" class="rl-note">
        {status}
      </p>
      <CareerSites
        sites={sites}
        onRevoke={(site) => void revokeSite(site).then(refreshSites, refreshSites)}
        onAdd={async (address) => {
          const granted = await enableSite(address);
          refreshSites();
          return granted;
        }}
      />
    </>
  );
}

async function start(): Promise<void> {
  const [initial, catalog, initialSites] = await Promise.all([
    readSettings(),
    loadRoleCatalog(),
    grantedCareerSites().catch(() => []),
  ]);
  const root = document.getElementById('app')!;
  // The page's static words, in the browser's language.
  document.documentElement.lang = uiTextLanguage();
  document.title = t('optionsTitle');
  root.querySelector('h1')!.textContent = t('optionsTitle');
  const mount = document.createElement('div');
  root.append(mount);
  render(<OptionsPage initial={initial} catalog={catalog} initialSites={initialSites} />, mount);
}

void start();
