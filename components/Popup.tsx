import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatRange } from '../lib/format';
import { createRoleLookup } from '../lib/lookup';
import type { RoleCatalog } from '../lib/roles';
import type { Role, RoleId } from '../lib/schema';
import { roleSummaryText } from '../lib/summary';
import { CompareView } from './CompareView';
import { RoleCard } from './RoleCard';
import { SiteAccess, type SiteAccessProps } from './SiteAccess';

export interface PopupProps {
  catalog: RoleCatalog;
  initialQuery?: string;
  /** The role of the posting in the active tab, when the content script recognised one. */
  initialRoleId?: RoleId;
  /** Where the initial role came from, shown above the card. */
  initialRoleNote?: string;
  regionId: string;
  showDuties: boolean;
  /** Puts text on the clipboard (injected so tests need no clipboard). */
  copyText: (text: string) => Promise<void>;
  /** "Enable on this site", when the active tab is a career site Role Lens may read. */
  siteAccess?: SiteAccessProps;
}

function headlineText(role: Role): string {
  const range = role.salary.headline?.range;
  return range ? formatRange(range.min, range.max, range.currency) : 'no own figure';
}

/** The same family's other level: Manager ↔ Director. */
function counterpartOf(role: Role, catalog: RoleCatalog): RoleId {
  return catalog.roles.find((other) => other.family === role.family && other.level !== role.level)!.id;
}

/** The popup: search any of the six roles, choose one, see its card, compare or copy it. */
export function Popup({ catalog, initialQuery = '', initialRoleId, initialRoleNote, regionId, showDuties, copyText, siteAccess }: PopupProps) {
  const lookup = useMemo(() => createRoleLookup(catalog.roles), [catalog]);
  const [query, setQuery] = useState(initialQuery);
  const [activeIndex, setActiveIndex] = useState(0);
  const [chosenId, setChosenId] = useState<RoleId | undefined>(initialRoleId);
  const [compareId, setCompareId] = useState<RoleId | undefined>();
  const [copyStatus, setCopyStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const results = useMemo(() => lookup(query), [lookup, query]);
  const noMatch = results.length === 0;
  const listed = noMatch ? catalog.roles : results;
  const chosen = chosenId ? catalog.role(chosenId) : undefined;

  useEffect(() => input.current?.focus(), []);

  const choose = (role: Role) => {
    setChosenId(role.id);
    setCompareId(undefined);
    setCopyStatus('');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (chosen) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => (index + step + listed.length) % listed.length);
    } else if (event.key === 'Enter') {
      const role = listed[activeIndex];
      if (role) choose(role);
    }
  };

  const copy = async (role: Role) => {
    try {
      await copyText(roleSummaryText(role, catalog));
      setCopyStatus('Summary copied.');
    } catch {
      setCopyStatus('Could not copy: the browser refused clipboard access.');
    }
  };

  const optionId = (id: RoleId) => `role-option-${id}`;

  return (
    <div class="rl-root rl-popup">
      <h1 class="rl-popup__brand">Role Lens</h1>
      <label class="rl-popup__label" for="role-search">
        Look up a role
      </label>
      <input
        ref={input}
        id="role-search"
        class="rl-popup__search"
        type="search"
        role="combobox"
        list={undefined /* Preact's types want `list` with role="combobox"; the list is our own listbox */}
        aria-expanded={!chosen}
        aria-controls="role-results"
        aria-autocomplete="list"
        aria-activedescendant={!chosen && listed[activeIndex] ? optionId(listed[activeIndex].id) : undefined}
        placeholder="e.g. customer care manager"
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActiveIndex(0);
          setChosenId(undefined);
        }}
        onKeyDown={onKeyDown}
      />
      {siteAccess && <SiteAccess {...siteAccess} />}
      {!chosen && (
        <>
          {noMatch && (
            <p class="rl-popup__none" role="status">
              No role matches “{query}”. Role Lens covers these six roles:
            </p>
          )}
          <ul id="role-results" class="rl-results" role="listbox" aria-label="Roles">
            {listed.map((role, index) => (
              <li
                key={role.id}
                id={optionId(role.id)}
                role="option"
                aria-selected={index === activeIndex}
                data-role-id={role.id}
                class={index === activeIndex ? 'rl-result rl-result--active' : 'rl-result'}
                onClick={() => choose(role)}
                onMouseMove={() => setActiveIndex(index)}
              >
                <span class="rl-result__title">{role.title}</span>
                <span class="rl-result__range">{headlineText(role)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {chosen && (
        <div class="rl-chosen">
          <div class="rl-chosen__bar">
            <button type="button" class="rl-link" onClick={() => setChosenId(undefined)}>
              ← All roles
            </button>
            <button type="button" class="rl-button" onClick={() => void copy(chosen)}>
              Copy summary
            </button>
            <button
              type="button"
              class="rl-button"
              aria-pressed={compareId !== undefined}
              onClick={() => setCompareId(compareId ? undefined : counterpartOf(chosen, catalog))}
            >
              {compareId ? 'Close compare' : 'Compare'}
            </button>
          </div>
          <p class="rl-note" role="status">
            {copyStatus}
          </p>
          {initialRoleNote && chosen.id === initialRoleId && <p class="rl-note">{initialRoleNote}</p>}
          {compareId ? (
            <CompareView catalog={catalog} left={chosen} right={catalog.role(compareId)} onChangeRight={setCompareId} />
          ) : (
            <>
              <h2 class="rl-popup__title">{chosen.title}</h2>
              <RoleCard role={chosen} catalog={catalog} regionId={regionId} showDuties={showDuties} />
            </>
          )}
        </div>
      )}
    </div>
  );
}
