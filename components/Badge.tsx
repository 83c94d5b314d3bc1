import { figureShownFirst } from '../lib/data/figures';
import { labelledFigure } from '../lib/data/format';
import type { RoleCatalog } from '../lib/data/catalog';
import { uiTextLanguage } from '../lib/i18n/messages';
import type { Role } from '../lib/data/schema';
import { t } from '../lib/i18n/messages';

export interface BadgeProps {
  role: Role;
  catalog: RoleCatalog;
  /** Regions whose figure may come first, in order; the US figure stands in when none has one. */
  wantedRegionIds: readonly string[];
  onOpen: () => void;
}

/** The small label by a result card's title: "Support Director · US base · pub. 2023 · $90K–$170K". */
export function Badge({ role, catalog, wantedRegionIds, onOpen }: BadgeProps) {
  const { figure } = figureShownFirst(role, wantedRegionIds, catalog);
  const figureText = figure ? labelledFigure(figure, catalog.regions, catalog) : undefined;
  return (
    <button
      type="button"
      class="rl-badge"
      lang={uiTextLanguage()}
      title={figureText ? t('badgeTitleWithFigure', role.title, figureText) : t('badgeTitle', role.title)}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        onOpen();
      }}
    >
      {figureText ? `${role.shortTitle} · ${figureText}` : role.shortTitle}
    </button>
  );
}
