import { useState } from 'preact/hooks';
import { citedSourceIds } from '../lib/citations';
import { describeFigure, formatRange, formatYears } from '../lib/format';
import { describeComparison, type PayComparison } from '../lib/pay/compare';
import { PERIODS_PER_YEAR, type PostedPay } from '../lib/pay/parse';
import type { RoleCatalog } from '../lib/roles';
import type { Role, SalaryFigure } from '../lib/schema';
import { SalaryBar } from './SalaryBar';

export interface RoleCardProps {
  role: Role;
  catalog: RoleCatalog;
  /** Region whose figures come first ("us" for the national figure). */
  regionId?: string;
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

function FigureList({ figures, catalog }: { figures: SalaryFigure[]; catalog: RoleCatalog }) {
  return (
    <ul class="rl-figures">
      {figures.map((figure, index) => (
        <li key={`${figure.sourceId}-${figure.region}-${index}`}>
          <span class="rl-figures__where">{catalog.regionLabel(figure.region)}:</span> {describeFigure(figure)}
          <span class="rl-source"> — {sourceLabel(catalog, figure.sourceId)}</span>
          {figure.note && <span class="rl-note"> {figure.note}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The posting's own pay: its text, the yearly range read from it, and how it compares. */
export interface PostingPayView {
  text?: string;
  pay: PostedPay | null;
  comparison: PayComparison | null;
}

function PostingPay({ view }: { view: PostingPayView }) {
  const { text, pay, comparison } = view;
  if (!pay) {
    return text ? <p class="rl-posting-pay">This posting says: “{text}” (no comparison: the pay could not be read).</p> : null;
  }
  const perYear = formatRange(pay.annualMin, pay.annualMax, pay.currency);
  const stated =
    pay.period === 'year'
      ? ''
      : ` (${formatRange(pay.min ?? pay.max!, pay.max ?? pay.min!, pay.currency)} a ${pay.period} × ${PERIODS_PER_YEAR[pay.period].toLocaleString('en-US')})`;
  const bound = pay.min === undefined ? 'up to ' : pay.max === undefined ? 'from ' : '';
  return (
    <div class="rl-posting-pay">
      <p>
        This posting: {bound}
        <strong>{perYear}</strong> a year{stated}
      </p>
      {comparison ? (
        <>
          <p class="rl-posting-pay__verdict">{describeComparison(comparison)}</p>
          {comparison.conversion && <p class="rl-note">{comparison.conversion}</p>}
        </>
      ) : (
        <p class="rl-note">No figure in {pay.currency} or exchange rate to compare it with.</p>
      )}
    </div>
  );
}

interface PayProps {
  role: Role;
  catalog: RoleCatalog;
  regionId: string;
  postingPay?: PostingPayView;
}

function Pay({ role, catalog, regionId, postingPay }: PayProps) {
  const { headline, figures, caveat, comparableRoleIds } = role.salary;
  const regional = regionId === 'us' ? [] : figures.filter((figure) => figure.region === regionId);
  const comparedToHeadline =
    postingPay?.comparison && headline && postingPay.comparison.reference.currency === headline.range.currency
      ? postingPay.comparison
      : undefined;
  return (
    <section class="rl-section" aria-labelledby={`${role.id}-pay`}>
      <h3 id={`${role.id}-pay`} class="rl-section__title">Pay</h3>
      {postingPay && <PostingPay view={postingPay} />}
      {regional.length > 0 && (
        <div class="rl-regional">
          <p class="rl-regional__label">Shown first: {catalog.regionLabel(regionId)} figure</p>
          <FigureList figures={regional} catalog={catalog} />
        </div>
      )}
      {headline ? (
        <>
          <SalaryBar
            min={headline.range.min}
            max={headline.range.max}
            currency={headline.range.currency}
            label="Typical US pay per year"
            marker={comparedToHeadline ? { min: comparedToHeadline.postingMin, max: comparedToHeadline.postingMax } : undefined}
          />
          <details class="rl-details rl-note">
            <summary>Why this range</summary>
            {headline.rule}
          </details>
        </>
      ) : (
        <div class="rl-comparable">
          <p>No source gives this role's pay. Comparable roles, labelled as such:</p>
          <ul>
            {comparableRoleIds.map((id) => {
              const comparable = catalog.role(id);
              const range = comparable.salary.headline?.range;
              return (
                <li key={id}>
                  Comparable: {comparable.title}
                  {range ? ` — ${formatRange(range.min, range.max, range.currency)}` : ''}
                </li>
              );
            })}
          </ul>
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
export function RoleCard({ role, catalog, regionId = 'us', showDuties = true, dutiesPreview = 3, postingPay }: RoleCardProps) {
  const { experience } = role;
  const years = formatYears(experience);
  // Most sources already say the years in their wording; repeat them only where they don't.
  const showYears = years !== undefined && !experience.wording.includes(String(experience.minYears));
  return (
    <article class="rl-card" data-role-id={role.id}>
      <p class="rl-summary">{role.summary}</p>
      <Pay role={role} catalog={catalog} regionId={regionId} postingPay={postingPay} />
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
                {related.title}
                {related.min !== undefined && related.max !== undefined
                  ? ` — ${formatRange(related.min, related.max, related.currency)}`
                  : ''}
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
