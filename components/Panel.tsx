import { figureShownFirst } from '../lib/data/figures';
import { labelledFigure } from '../lib/data/format';
import type { PostingPayView } from '../lib/pay/assess';
import type { PostingPlace } from '../lib/place/place';
import type { PostingReading } from '../lib/posting/read';
import type { RoleCatalog } from '../lib/data/catalog';
import type { Role } from '../lib/data/schema';
import { PostingFacts } from './PostingFacts';
import { RoleCard } from './RoleCard';
import { t } from '../lib/i18n/messages';

export interface PanelProps {
  role: Role;
  catalog: RoleCatalog;
  /** The posting title as the page shows it, so a wrong match is obvious. */
  postingTitle: string;
  /** Regions whose figure may come first, in order. */
  wantedRegionIds: readonly string[];
  place: PostingPlace;
  showDuties: boolean;
  postingPay?: PostingPayView;
  /** What the posting itself says: its level, the experience it asks, the law on stating pay. */
  reading?: PostingReading;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  onDismiss: () => void;
}

/** "Support Manager · US base · pub. 2023 · $45K–$92K": the pill names the figure it shows. */
function pillText(role: Role, catalog: RoleCatalog, wantedRegionIds: readonly string[]): string {
  const { figure } = figureShownFirst(role, wantedRegionIds, catalog);
  return figure ? `${role.shortTitle} · ${labelledFigure(figure, catalog.regions, catalog)}` : role.shortTitle;
}

/** Marks where the posting's title goes in the sentence around it, so the title is drawn as its own element. */
const TITLE_MARK = '\uE000'; // a private-use character: no message has it, and browsers pass it through

function around(sentence: string): { before: string; after: string } {
  const [before = '', after = ''] = sentence.split(TITLE_MARK);
  return { before, after };
}

/** The on-page panel: a role card beside the posting, or a small pill when collapsed. */
export function Panel({ role, catalog, postingTitle, wantedRegionIds, place, showDuties, postingPay, reading, collapsed, onToggleCollapsed, onDismiss }: PanelProps) {
  if (collapsed) {
    return (
      <button
        type="button"
        class="rl-pill"
        aria-expanded="false"
        aria-label={t('panelPillLabel', role.title)}
        onClick={onToggleCollapsed}
      >
        <span class="rl-pill__mark" aria-hidden="true">RL</span>
        {pillText(role, catalog, wantedRegionIds)}
      </button>
    );
  }
  const recognisedFrom = around(t('panelRecognisedFrom', TITLE_MARK));
  return (
    <section
      class="rl-panel"
      aria-label={t('panelLabel', role.title)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onToggleCollapsed();
      }}
    >
      <header class="rl-panel__header">
        <div>
          <p class="rl-panel__brand">Role Lens</p>
          <h2 class="rl-panel__title">{role.title}</h2>
          <p class="rl-panel__recognised">
            {recognisedFrom.before}
            <span class="rl-panel__posting">{postingTitle}</span>
            {recognisedFrom.after}
          </p>
        </div>
        <div class="rl-panel__actions">
          <button type="button" class="rl-icon" aria-expanded="true" aria-label={t('panelCollapse')} title={t('panelCollapseShort')} onClick={onToggleCollapsed}>
            <span aria-hidden="true">–</span>
          </button>
          <button type="button" class="rl-icon" aria-label={t('panelHide')} title={t('panelHide')} onClick={onDismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </header>
      <div class="rl-panel__body">
        {reading && <PostingFacts reading={reading} catalog={catalog} />}
        <RoleCard role={role} catalog={catalog} wantedRegionIds={wantedRegionIds} place={place} showDuties={showDuties} postingPay={postingPay} />
      </div>
    </section>
  );
}
