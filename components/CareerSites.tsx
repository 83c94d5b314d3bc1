import { useState } from 'preact/hooks';
import { t } from '../lib/i18n/messages';

export interface CareerSitesProps {
  /** Granted origin patterns, e.g. "https://jobs.lever.co/*". */
  sites: readonly string[];
  onRevoke: (site: string) => void;
  /** Asks for access to the site of `address`; resolves whether it was granted. */
  onAdd: (address: string) => Promise<boolean>;
}

const hostOf = (pattern: string) => pattern.split('/')[2] ?? pattern;

/** The career sites Role Lens may read: listed, revocable, and a field to add one. */
export function CareerSites({ sites, onRevoke, onAdd }: CareerSitesProps) {
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState('');
  return (
    <fieldset class="rl-settings rl-sites">
      <legend>{t('careerSites')}</legend>
      <p class="rl-note">{t('careerSitesExplain')}</p>
      {sites.length === 0 ? (
        <p>{t('careerSitesNone')}</p>
      ) : (
        <ul class="rl-sites__list">
          {sites.map((site) => (
            <li key={site}>
              {hostOf(site)}{' '}
              <button type="button" class="rl-link" aria-label={t('revokeAccess', hostOf(site))} onClick={() => onRevoke(site)}>
                {t('revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="rl-settings__row"
        onSubmit={(event) => {
          event.preventDefault();
          const url = /^https?:\/\//i.test(address) ? address : `https://${address}`;
          void onAdd(url).then(
            (granted) => {
              setMessage(granted ? t('siteEnabled') : t('siteNotGranted'));
              if (granted) setAddress('');
            },
            () => setMessage(t('siteNotGranted')),
          );
        }}
      >
        <label for="career-site-address">{t('addSite')}</label>
        <input
          id="career-site-address"
          type="text"
          inputMode="url"
          placeholder="jobs.lever.co"
          value={address}
          onInput={(event) => setAddress(event.currentTarget.value)}
        />
        <button type="submit" class="rl-button">
          {t('enable')}
        </button>
      </form>
      <p role="status" class="rl-note">
        {message}
      </p>
    </fieldset>
  );
}
