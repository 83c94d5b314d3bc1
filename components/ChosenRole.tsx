// The popup's view of one chosen role: its card, a compare view, and "Copy summary". Keyed by
// role, so compare and copy state start afresh for each role chosen.
import { useState } from 'preact/hooks';
import type { RoleCatalog } from '../lib/data/catalog';
import type { Role, RoleId } from '../lib/data/schema';
import { roleSummaryText } from '../lib/data/summary';
import { CompareView } from './CompareView';
import { RoleCard } from './RoleCard';
import { t } from '../lib/i18n/messages';

export interface ChosenRoleProps {
  role: Role;
  catalog: RoleCatalog;
  regionId: string;
  showDuties: boolean;
  /** Where the role came from ("From the posting in this tab: …"), when not from the search. */
  note?: string;
  /** Puts text on the clipboard (injected so tests need no clipboard). */
  copyText: (text: string) => Promise<void>;
  onBack: () => void;
}

/** The same family's other level: Manager ↔ Director. */
function counterpartOf(role: Role, catalog: RoleCatalog): RoleId {
  return catalog.roles.find((other) => other.family === role.family && other.level !== role.level)!.id;
}

export function ChosenRole({ role, catalog, regionId, showDuties, note, copyText, onBack }: ChosenRoleProps) {
  const [compareId, setCompareId] = useState<RoleId | undefined>();
  const [copyStatus, setCopyStatus] = useState('');

  const copy = async () => {
    try {
      await copyText(roleSummaryText(role, catalog, [regionId]));
      setCopyStatus(t('summaryCopied'));
    } catch {
      setCopyStatus(t('copyFailed'));
    }
  };

  return (
    <div class="rl-chosen">
      <div class="rl-chosen__bar">
        <button type="button" class="rl-link" onClick={onBack}>
          {t('allRoles')}
        </button>
        <button type="button" class="rl-button" onClick={() => void copy()}>
          {t('copySummary')}
        </button>
        <button
          type="button"
          class="rl-button"
          aria-pressed={compareId !== undefined}
          onClick={() => setCompareId(compareId ? undefined : counterpartOf(role, catalog))}
        >
          {compareId ? t('closeCompare') : t('compare')}
        </button>
      </div>
      <p class="rl-note" role="status">
        {copyStatus}
      </p>
      {note && <p class="rl-note">{note}</p>}
      {compareId ? (
        <CompareView catalog={catalog} left={role} right={catalog.role(compareId)} regionId={regionId} onChangeRight={setCompareId} />
      ) : (
        <>
          <h2 class="rl-popup__title">{role.title}</h2>
          <RoleCard role={role} catalog={catalog} wantedRegionIds={[regionId]} showDuties={showDuties} />
        </>
      )}
    </div>
  );
}
