import { useState } from 'preact/hooks';
import { t } from '../lib/i18n/messages';

export type SiteAccessState = 'available' | 'enabled';

export interface SiteAccessProps {
  host: string;
  state: SiteAccessState;
  /** Asks the browser for access to the site; resolves whether it was granted. */
  onEnable: () => Promise<boolean>;
}

/** "Enable on this site" for company career pages the boards' adapters don't cover. */
export function SiteAccess({ host, state: initial, onEnable }: SiteAccessProps) {
  const [state, setState] = useState<SiteAccessState | 'refused'>(initial);
  if (state === 'enabled') return <p class="rl-note rl-site">{t('siteReads', host)}</p>;
  return (
    <div class="rl-site">
      <button
        type="button"
        class="rl-button"
        onClick={() => void onEnable().then((granted) => setState(granted ? 'enabled' : 'refused'), () => setState('refused'))}
      >
        {t('siteEnable', host)}
      </button>
      <p class="rl-note">
        {state === 'refused'
          ? t('siteRefused')
          : t('siteExplain')}
      </p>
    </div>
  );
}
