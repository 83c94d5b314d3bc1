import { useState } from 'preact/hooks';
import type { TabSiteAccess } from '../lib/extension/site-access';
import { t } from '../lib/i18n/messages';

export type SiteAccessProps = TabSiteAccess;

/**
 * "Enable on this site" for company career pages the boards' adapters don't cover, and "Allow on
 * this site" for a board whose access the user has withheld (no panel or badges there until then).
 */
export function SiteAccess({ kind, host, state: initial, onEnable }: SiteAccessProps) {
  const [state, setState] = useState<SiteAccessProps['state'] | 'refused'>(initial);
  if (state === 'enabled') return <p class="rl-note rl-site">{t('siteReads', host)}</p>;
  const explanation = kind === 'board' ? t('boardWithheld', host) : t('siteExplain');
  return (
    <div class="rl-site">
      <button
        type="button"
        class="rl-button"
        onClick={() => void onEnable().then((granted) => setState(granted ? 'enabled' : 'refused'), () => setState('refused'))}
      >
        {kind === 'board' ? t('boardAllow', host) : t('siteEnable', host)}
      </button>
      <p class="rl-note">{state === 'refused' ? t('siteRefused') : explanation}</p>
    </div>
  );
}
