import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { figureShownFirst } from '../lib/data/figures';
import { labelledFigure } from '../lib/data/format';
import { t } from '../lib/i18n/messages';
import type { RoleLookup } from '../lib/titles/lookup';
import type { RoleCatalog } from '../lib/data/catalog';
import type { RoleId, RoleListing } from '../lib/data/schema';
import type { ChosenRoleProps } from './ChosenRole';
import { SiteAccess, type SiteAccessProps } from './SiteAccess';

export interface PopupProps {
  /** The six roles as a list shows them: there at once, before anything else is read. */
  listings: readonly RoleListing[];
  /** Puts text on the clipboard (injected so tests need no clipboard). */
  copyText: (text: string) => Promise<void>;
  // The rest arrives just after the first paint, each when it is ready: the popup lists the
  // roles first, and a chosen role waits for the full data.
  /** The full role data: what a chosen role's card shows. */
  catalog?: RoleCatalog;
  /**
   * The chosen role's view (./ChosenRole: its card, compare and copy), loaded with the full data
   * so that the list paints without it.
   */
  ChosenRoleView?: ComponentType<ChosenRoleProps>;
  /** The full role data could not be loaded: a chosen role says so instead of "Loading…". */
  dataError?: boolean;
  /** The fuzzy search: until it is here every role stays listed, then results follow the query. */
  lookup?: RoleLookup;
  /** A query handed over (context menu); applied unless the user has already typed or chosen. */
  initialQuery?: string;
  /** The role of the posting in the active tab, when the content script recognised one. */
  initialRoleId?: RoleId;
  /** Where the initial role came from, shown above the card. */
  initialRoleNote?: string;
  regionId?: string;
  showDuties?: boolean;
  /** "Enable on this site", when the active tab is a career site Role Lens may read. */
  siteAccess?: SiteAccessProps;
}

/** The role's figure as the list shows it, labelled: the settings' region once the data is here, else the build's US figure. */
function headlineText(role: RoleListing, catalog: RoleCatalog | undefined, regionId: string): string {
  if (!catalog) {
    const { headline } = role;
    return headline ? labelledFigure(headline.figure, [headline.region], { source: () => headline.source }) : t('noOwnFigure');
  }
  const { figure } = figureShownFirst(catalog.role(role.id), [regionId], catalog);
  return figure ? labelledFigure(figure, catalog.regions, catalog) : t('noOwnFigure');
}

/** The popup: search any of the six roles, choose one, see its card, compare or copy it. */
export function Popup(props: PopupProps) {
  const { listings, copyText, catalog, ChosenRoleView, dataError, lookup, initialQuery, initialRoleId, initialRoleNote, regionId = 'us', showDuties = true, siteAccess } =
    props;
  const [query, setQuery] = useState(initialQuery ?? '');
  const [activeIndex, setActiveIndex] = useState(0);
  const [chosenId, setChosenId] = useState<RoleId | undefined>(initialRoleId);
  /** Enter pressed on a query before the search arrived: chooses its first result once it has. */
  const [enterPending, setEnterPending] = useState(false);
  /** Whether the user has typed or chosen: what they did wins over anything arriving late. */
  const touched = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const roles = catalog?.roles ?? listings;
  const results = useMemo(() => (lookup ? lookup(query) : roles), [lookup, query, roles]);
  const noMatch = results.length === 0;
  const listed = noMatch ? roles : results;
  const chosen = chosenId && catalog && ChosenRoleView ? catalog.role(chosenId) : undefined;

  // Layout effect: the field has the cursor when the popup first paints.
  useLayoutEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (initialQuery !== undefined && !touched.current) setQuery(initialQuery);
  }, [initialQuery]);
  useEffect(() => {
    if (initialRoleId && !touched.current) setChosenId(initialRoleId);
  }, [initialRoleId]);

  const choose = (role: RoleListing) => {
    touched.current = true;
    setChosenId(role.id);
  };

  // The search's arrival reorders the list: the highlight goes back to its top.
  useEffect(() => setActiveIndex(0), [lookup]);
  useEffect(() => {
    if (!enterPending || !lookup) return;
    setEnterPending(false);
    if (listed[0]) choose(listed[0]);
  }, [enterPending, lookup]);

  const onKeyDown = (event: KeyboardEvent) => {
    touched.current = true;
    if (chosenId) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => (index + step + listed.length) % listed.length);
    } else if (event.key === 'Enter') {
      if (!lookup && query.trim() !== '') {
        setEnterPending(true);
        return;
      }
      const role = listed[activeIndex];
      if (role) choose(role);
    }
  };

  const optionId = (id: RoleId) => `role-option-${id}`;

  return (
    // The page around it (entrypoints/popup/index.html) holds the frame and the "Role Lens"
    // heading as plain HTML: the browser paints them before any script has run.
    <div class="rl-popup__body">
      <label class="rl-popup__label" for="role-search">
        {t('popupLookUp')}
      </label>
      <input
        ref={input}
        id="role-search"
        class="rl-popup__search"
        type="search"
        role="combobox"
        list={undefined /* Preact's types want `list` with role="combobox"; the list is our own listbox */}
        aria-expanded={!chosenId}
        aria-controls="role-results"
        aria-autocomplete="list"
        aria-activedescendant={!chosenId && listed[activeIndex] ? optionId(listed[activeIndex].id) : undefined}
        placeholder={t('popupPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => {
          touched.current = true;
          setEnterPending(false);
          setQuery(event.currentTarget.value);
          setActiveIndex(0);
          setChosenId(undefined);
        }}
        onKeyDown={onKeyDown}
      />
      {siteAccess && <SiteAccess {...siteAccess} />}
      {!chosenId && (
        <>
          {noMatch && (
            <p class="rl-popup__none" role="status">
              {t('popupNoMatch', query)}
            </p>
          )}
          <ul id="role-results" class="rl-results" role="listbox" aria-label={t('popupRoles')}>
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
                <span class="rl-result__range">{headlineText(role, catalog, regionId)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {chosenId && !chosen && (
        <p class="rl-note" role="status">
          {dataError ? t('dataError') : t('loading')}
        </p>
      )}
      {chosen && catalog && ChosenRoleView && (
        <ChosenRoleView
          key={chosen.id}
          role={chosen}
          catalog={catalog}
          regionId={regionId}
          showDuties={showDuties}
          note={chosen.id === initialRoleId ? initialRoleNote : undefined}
          copyText={copyText}
          onBack={() => {
            touched.current = true;
            setChosenId(undefined);
          }}
        />
      )}
    </div>
  );
}
