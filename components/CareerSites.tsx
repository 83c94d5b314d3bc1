import { useState } from 'preact/hooks';

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
      <legend>Career sites</legend>
      <p class="rl-note">
        On company career pages (Greenhouse, Lever, Workday, Ashby …) Role Lens reads the posting's JSON-LD, only on
        sites you allow here or with "Enable on this site" in the popup.
      </p>
      {sites.length === 0 ? (
        <p>No career sites enabled.</p>
      ) : (
        <ul class="rl-sites__list">
          {sites.map((site) => (
            <li key={site}>
              {hostOf(site)}{' '}
              <button type="button" class="rl-link" aria-label={`Revoke access to ${hostOf(site)}`} onClick={() => onRevoke(site)}>
                Revoke
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
              setMessage(granted ? 'Enabled.' : 'Access was not granted, or that is not a web address.');
              if (granted) setAddress('');
            },
            () => setMessage('Access was not granted, or that is not a web address.'),
          );
        }}
      >
        <label for="career-site-address">Add a site</label>
        <input
          id="career-site-address"
          type="text"
          inputMode="url"
          placeholder="jobs.lever.co"
          value={address}
          onInput={(event) => setAddress(event.currentTarget.value)}
        />
        <button type="submit" class="rl-button">
          Enable
        </button>
      </form>
      <p role="status" class="rl-note">
        {message}
      </p>
    </fieldset>
  );
}
