import { useState } from 'preact/hooks';
import { citedSourceIds } from '../lib/data/citations';
import { figureShownFirst, type ShownFirst } from '../lib/data/figures';
import { figureAmount, figureQualifiers, figureTag, formatMoney, formatRange, formatYears, labelledFigure } from '../lib/data/format';
import type { PostingPayView } from '../lib/pay/assess';
import type { PostedPay } from '../lib/pay/parse';
import { countryName, type PostingPlace } from '../lib/place/place';
import type { RoleCatalog } from '../lib/data/catalog';
import type { Role, SalaryFigure } from '../lib/data/schema';
import { SalaryBar } from './SalaryBar';

export interface RoleCardProps {
  role: Role;
  catalog: RoleCatalog;
  /** Regions whose figure may come first, in order ("us" for the national figure). */
  wantedRegionIds?: readonly string[];
  /** On a posting page: where the posting is, for the note when another country's figure stands in. */
  place?: PostingPlace;
  /** Whether the duties section is shown at all (a setting). */
  showDuties?: boolean;
  /** Duties shown before "Show all". */
  dutiesPreview?: number;
  /** On a posting page: the posting's own pay and its comparison. */
  postingPay?: PostingPayView;
}

function sourceLabel(catalog: RoleCatalog, sourceId: string): string {
  const source = catalog.source(sourceId);
  if (!source) return sourceId;
  const date = source.date === 'n.d.' ? 'undated' : source.date;
  return `${source.name} (${date})`;
}

/** One figure as every list shows it: "US base · 2024 · $44K–$103K (10th–90th percentile) — source. Note." */
function FigureItem({ figure, catalog }: { figure: SalaryFigure; catalog: RoleCatalog }) {
  const qualifiers = figureQualifiers(figure);
  return (
    <li>
      <span class="rl-figure">{labelledFigure(figure, catalog.regions, catalog)}</span>
      {qualifiers.length > 0 && <span class="rl-figure__kind"> ({qualifiers.join('; ')})</span>}
      <span class="rl-source"> — {sourceLabel(catalog, figure.sourceId)}</span>
      {figure.proxy && <span class="rl-note"> Proxy: {figure.proxy}</span>}
      {figure.note && <span class="rl-note"> {figure.note}</span>}
    </li>
  );
}

function FigureList({ figures, catalog }: { figures: SalaryFigure[]; catalog: RoleCatalog }) {
  return (
    <ul class="rl-figures">
      {figures.map((figure, index) => (
        <FigureItem key={`${figure.sourceId}-${figure.region}-${index}`} figure={figure} catalog={catalog} />
      ))}
    </ul>
  );
}

const ESTIMATE_LABELS = { board: "The job board's estimate, not the employer's.", employer: "The employer's estimate." } as const;

/** "£12.30 an hour", "₹25K–₹33K a month", "$3K every two weeks": the pay as the posting states it. */
function statedPay(pay: PostedPay): string {
  const amount =
    pay.min !== undefined && pay.max !== undefined
      ? formatRange(pay.min, pay.max, pay.currency)
      : `${pay.min === undefined ? 'up to' : 'from'} ${formatMoney(pay.min ?? pay.max ?? 0, pay.currency)}`;
  return `${amount} ${PERIOD_WORDS[pay.period]}`;
}

const PERIOD_WORDS: Record<PostedPay['period'], string> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  biweek: 'every two weeks',
  semimonth: 'twice a month',
  month: 'a month',
  year: 'a year',
};

function PostingPay({ view }: { view: PostingPayView }) {
  const { text, pay, comparison } = view;
  if (!pay) {
    return text ? <p class="rl-posting-pay">This posting says: “{text}” (not compared: the pay could not be read).</p> : null;
  }
  const yearly =
    pay.annualMin !== undefined && pay.annualMax !== undefined
      ? formatRange(pay.annualMin, pay.annualMax, pay.currency)
      : `${pay.annualMin === undefined ? 'up to' : 'from'} ${formatMoney(pay.annualMin ?? pay.annualMax ?? 0, pay.currency)}`;
  const perYear = pay.period === 'year' ? '' : ` (${statedPay(pay)} × ${pay.paymentsPerYear.toLocaleString('en-US')})`;
  return (
    <div class="rl-posting-pay">
      <p>
        This posting: <strong>{yearly}</strong> a year{perYear}
      </p>
      {pay.estimate && <p class="rl-note">{ESTIMATE_LABELS[pay.estimate]}</p>}
      {pay.extras.length > 0 && <p class="rl-note">Also mentions {pay.extras.join(', ')}: noted, not counted.</p>}
      {comparison && (
        <p class="rl-posting-pay__verdict" data-verdict={comparison.verdict}>
          {comparison.sentence}
        </p>
      )}
      {comparison?.conversion && <p class="rl-note">{comparison.conversion}</p>}
    </div>
  );
}

/** Why another country's figure stands in, when it does. */
function referenceNote(role: Role, shown: ShownFirst, wantedRegionIds: readonly string[], place: PostingPlace | undefined, catalog: RoleCatalog): string | undefined {
  if (!shown.figure || !shown.forReference) return undefined;
  const label = (id: string | undefined) => catalog.regions.find((region) => region.id === id)?.shortLabel ?? id;
  const reference = `${label(shown.regionId)} figures shown for reference`;
  if (place && !place.country) return `The posting's country isn't known; ${reference}.`;
  const wanted = place?.country ? countryName(place.country) : label(wantedRegionIds[0]);
  return `No ${wanted} figure for ${role.title}; ${reference}.`;
}

const HEADLINE_RULE =
  'Shown first: one source’s own base-pay range for the posting’s region — the role’s own title before a proxy occupation, the most recent, official statistics before other sources. Where the region has no range, its average or median. Total pay, floors, ceilings and figures for part of the occupation are listed beside it, as what they are.';

interface PayProps {
  role: Role;
  catalog: RoleCatalog;
  wantedRegionIds: readonly string[];
  place?: PostingPlace;
  postingPay?: PostingPayView;
}

function Pay({ role, catalog, wantedRegionIds, place, postingPay }: PayProps) {
  const { figures, caveat, comparableRoleIds } = role.salary;
  const shown = figureShownFirst(role, wantedRegionIds, catalog);
  const lead = shown.figure;
  const beside = lead ? figures.filter((figure) => figure !== lead && figure.region === lead.region) : [];
  const compared = postingPay?.pay && postingPay.comparison?.figure === lead ? postingPay.pay : undefined;
  const note = referenceNote(role, shown, wantedRegionIds, place, catalog);
  const leadQualifiers = lead ? figureQualifiers(lead) : [];
  return (
    <section class="rl-section" aria-labelledby={`${role.id}-pay`}>
      <h3 id={`${role.id}-pay`} class="rl-section__title">Pay</h3>
      {postingPay && <PostingPay view={postingPay} />}
      {note && <p class="rl-regional__label">{note}</p>}
      {lead ? (
        <div class="rl-lead" data-figure-region={lead.region}>
          <p class="rl-lead__caption">
            <strong>{figureTag(lead, catalog.regions, catalog)}</strong>
            {leadQualifiers.length > 0 && ` · ${leadQualifiers.join(' · ')}`}
          </p>
          <SalaryBar
            min={lead.min ?? lead.value ?? 0}
            max={lead.max ?? lead.value ?? 0}
            currency={lead.currency}
            label={`${labelledFigure(lead, catalog.regions, catalog)} a year`}
            marker={compared && { min: compared.annualMin, max: compared.annualMax }}
          />
          <p class="rl-source">
            {figureAmount(lead)} a year — {sourceLabel(catalog, lead.sourceId)}
          </p>
          {lead.proxy && <p class="rl-note">Proxy: {lead.proxy}</p>}
          <details class="rl-details rl-note">
            <summary>Why this figure</summary>
            {HEADLINE_RULE}
          </details>
        </div>
      ) : (
        <div class="rl-comparable">
          <p>No source gives this role's pay. Comparable roles, labelled as such:</p>
          <ul>
            {comparableRoleIds.map((id) => {
              const comparable = catalog.role(id);
              const { figure } = figureShownFirst(comparable, wantedRegionIds, catalog);
              return (
                <li key={id}>
                  Comparable: {comparable.title}
                  {figure ? ` — ${labelledFigure(figure, catalog.regions, catalog)}` : ''}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {beside.length > 0 && (
        <div class="rl-beside">
          <p class="rl-regional__label">Beside it, as each source gives it:</p>
          <FigureList figures={beside} catalog={catalog} />
        </div>
      )}
      {caveat && <p class="rl-caveat">{caveat}</p>}
      {figures.length > 0 && (
        <details class="rl-details">
          <summary>Every source's figure ({figures.length})</summary>
          <FigureList figures={figures} catalog={catalog} />
        </details>
      )}
    </section>
  );
}

function Duties({ role, catalog, preview }: { role: Role; catalog: RoleCatalog; preview: number }) {
  const [expanded, setExpanded] = useState(false);
  const items = role.duties.items;
  const shown = expanded ? items : items.slice(0, preview);
  const listId = `${role.id}-duties`;
  return (
    <section class="rl-section" aria-labelledby={`${listId}-title`}>
      <h3 id={`${listId}-title`} class="rl-section__title">Standard duties</h3>
      <ul id={listId} class="rl-duties">
        {shown.map((duty) => (
          <li key={duty}>{duty}</li>
        ))}
      </ul>
      {items.length > preview && (
        <button
          type="button"
          class="rl-link"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer duties' : `Show all ${items.length} duties`}
        </button>
      )}
      <p class="rl-source">Source: {sourceLabel(catalog, role.duties.sourceId)}</p>
      {role.duties.note && <p class="rl-note">{role.duties.note}</p>}
    </section>
  );
}

/** What a role typically pays, asks for and does: shown by the panel and the popup alike. */
export function RoleCard({ role, catalog, wantedRegionIds = ['us'], place, showDuties = true, dutiesPreview = 3, postingPay }: RoleCardProps) {
  const { experience } = role;
  const years = formatYears(experience);
  // Most sources already say the years in their wording; repeat them only where they don't.
  const showYears = years !== undefined && !experience.wording.includes(String(experience.minYears));
  return (
    <article class="rl-card" data-role-id={role.id}>
      <p class="rl-summary">{role.summary}</p>
      <Pay role={role} catalog={catalog} wantedRegionIds={wantedRegionIds} place={place} postingPay={postingPay} />
      <section class="rl-section" aria-labelledby={`${role.id}-experience`}>
        <h3 id={`${role.id}-experience`} class="rl-section__title">Experience</h3>
        <p>
          {showYears && <strong>{years} — </strong>}
          {experience.wording}
          <span class="rl-source"> ({sourceLabel(catalog, experience.sourceId)})</span>
        </p>
        {experience.alternatives.map((alternative) => (
          <p key={alternative.sourceId} class="rl-note">
            Also: {alternative.wording} ({sourceLabel(catalog, alternative.sourceId)})
          </p>
        ))}
      </section>
      <section class="rl-section" aria-labelledby={`${role.id}-education`}>
        <h3 id={`${role.id}-education`} class="rl-section__title">Education and certifications</h3>
        <ul>
          {role.education.map((item) => (
            <li key={item.text}>{item.text}</li>
          ))}
          {role.certifications.map((item) => (
            <li key={item.name}>
              <strong>{item.name}</strong>: {item.text}
            </li>
          ))}
          {role.certifications.length === 0 && <li>No certification named by the sources.</li>}
        </ul>
      </section>
      {showDuties && <Duties role={role} catalog={catalog} preview={dutiesPreview} />}
      {role.relatedRoles.length > 0 && (
        <section class="rl-section" aria-labelledby={`${role.id}-related`}>
          <h3 id={`${role.id}-related`} class="rl-section__title">Related roles</h3>
          <ul>
            {role.relatedRoles.map((related) => (
              <li key={related.title}>
                {related.title} — {labelledFigure({ ...related, statistic: 'range' }, catalog.regions, catalog)}
                <span class="rl-source"> ({sourceLabel(catalog, related.sourceId)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {role.gaps.length > 0 && (
        <section class="rl-section" aria-labelledby={`${role.id}-gaps`}>
          <h3 id={`${role.id}-gaps`} class="rl-section__title">What the sources don't say</h3>
          <ul class="rl-gaps">
            {role.gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="rl-section" aria-labelledby={`${role.id}-sources`}>
        <h3 id={`${role.id}-sources`} class="rl-section__title">Sources</h3>
        <ul class="rl-sources">
          {citedSourceIds(role).map((id) => (
            <li key={id}>{sourceLabel(catalog, id)}</li>
          ))}
        </ul>
        <p class="rl-privacy">Bundled data — nothing is sent anywhere.</p>
      </section>
    </article>
  );
}
