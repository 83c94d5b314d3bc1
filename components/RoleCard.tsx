import { useState } from 'preact/hooks';
import { citedSourceIds } from '../lib/data/citations';
import { figureShownFirst, type ShownFirst } from '../lib/data/figures';
import { figureAmount, figureQualifiers, figureTag, formatOpenRange, formatYears, labelledFigure, perPeriod, regionLabel } from '../lib/data/format';
import type { PostingPayView } from '../lib/pay/assess';
import type { PostingPlace } from '../lib/place/place';
import type { RoleCatalog } from '../lib/data/catalog';
import type { Role, SalaryFigure } from '../lib/data/schema';
import { SalaryBar } from './SalaryBar';
import { countryName, formatNumber, t, type MessageName } from '../lib/i18n/messages';

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
  const date = source.date === 'n.d.' ? t('yearUndated') : source.date;
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
      {figure.proxy && <span class="rl-note"> {t('proxyNote', figure.proxy)}</span>}
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

const ESTIMATE_LABELS = { board: 'estimateBoard', employer: 'estimateEmployer' } as const satisfies Record<string, MessageName>;

/** The extras a pay line mentions (lib/pay/extras.ts names them in English), in the UI's words. */
const EXTRA_LABELS: Record<string, MessageName> = {
  super: 'extraSuper',
  bonus: 'extraBonus',
  commission: 'extraCommission',
  ote: 'extraOte',
  equity: 'extraEquity',
  benefits: 'extraBenefits',
  pension: 'extraPension',
  dental: 'extraDental',
  medical: 'extraMedical',
  vision: 'extraVision',
  overtime: 'extraOvertime',
  tips: 'extraTips',
  allowance: 'extraAllowance',
  relocation: 'extraRelocation',
  incentives: 'extraIncentives',
  'variable pay': 'extraVariablePay',
  'holiday pay': 'extraHolidayPay',
  'leave loading': 'extraLeaveLoading',
  'profit share': 'extraProfitShare',
  'penalty rates': 'extraPenaltyRates',
  'car allowance': 'extraCarAllowance',
};

const extraLabel = (extra: string) => (EXTRA_LABELS[extra] ? t(EXTRA_LABELS[extra]) : extra);

function PostingPay({ view }: { view: PostingPayView }) {
  const { text, pay, comparison } = view;
  if (!pay) {
    return text ? <p class="rl-posting-pay">{t('postingPayUnread', text)}</p> : null;
  }
  const yearly = formatOpenRange(pay.annualMin, pay.annualMax, pay.currency);
  // "£12.30 an hour", "₹25K–₹33K a month": the pay as the posting states it, and how often it is paid.
  const stated = perPeriod(formatOpenRange(pay.min, pay.max, pay.currency), pay.period);
  return (
    <div class="rl-posting-pay">
      <p>
        <strong>{t('postingPayYearly', yearly)}</strong>
        {pay.period !== 'year' && ` ${t('postingPayAsStated', stated, formatNumber(pay.paymentsPerYear))}`}
      </p>
      {pay.estimate && <p class="rl-note">{t(ESTIMATE_LABELS[pay.estimate])}</p>}
      {pay.extras.length > 0 && <p class="rl-note">{t('extrasNoted', pay.extras.map(extraLabel).join(', '))}</p>}
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
  const reference = t('referenceShown', regionLabel(shown.regionId ?? 'us', catalog.regions));
  if (place && !place.country) return t('referenceNoCountry', reference);
  if (place?.country) return t('referenceNoFigure', countryName(place.country), role.title, reference);
  // No posting (the popup): the region chosen in settings, which may be a city.
  return t('referenceNoRegionFigure', regionLabel(wantedRegionIds[0] ?? 'us', catalog.regions), role.title, reference);
}

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
      <h3 id={`${role.id}-pay`} class="rl-section__title">{t('sectionPay')}</h3>
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
            label={t('perYear', labelledFigure(lead, catalog.regions, catalog))}
            marker={compared && { min: compared.annualMin, max: compared.annualMax }}
          />
          <p class="rl-source">
            {t('leadSource', figureAmount(lead), sourceLabel(catalog, lead.sourceId))}
          </p>
          {lead.proxy && <p class="rl-note">{t('proxyNote', lead.proxy)}</p>}
          <details class="rl-details rl-note">
            <summary>{t('whyThisFigure')}</summary>
            {t('headlineRule')}
          </details>
        </div>
      ) : (
        <div class="rl-comparable">
          <p>{t('noSourcePay')}</p>
          <ul>
            {comparableRoleIds.map((id) => {
              const comparable = catalog.role(id);
              const { figure } = figureShownFirst(comparable, wantedRegionIds, catalog);
              return (
                <li key={id}>
                  {t('comparableRole', comparable.title)}
                  {figure ? ` — ${labelledFigure(figure, catalog.regions, catalog)}` : ''}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {beside.length > 0 && (
        <div class="rl-beside">
          <p class="rl-regional__label">{t('besideLabel')}</p>
          <FigureList figures={beside} catalog={catalog} />
        </div>
      )}
      {caveat && <p class="rl-caveat" lang="en">{caveat}</p>}
      {figures.length > 0 && (
        <details class="rl-details">
          <summary>{t('everySourceFigure', figures.length)}</summary>
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
      <h3 id={`${listId}-title`} class="rl-section__title">{t('sectionDuties')}</h3>
      <ul id={listId} class="rl-duties" lang="en">
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
          {expanded ? t('showFewerDuties') : t('showAllDuties', items.length)}
        </button>
      )}
      <p class="rl-source">{t('sourceLine', sourceLabel(catalog, role.duties.sourceId))}</p>
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
      {/* The sources' own words are English, whatever the UI's language. */}
      <p class="rl-summary" lang="en">
        {role.summary}
      </p>
      <Pay role={role} catalog={catalog} wantedRegionIds={wantedRegionIds} place={place} postingPay={postingPay} />
      <section class="rl-section" aria-labelledby={`${role.id}-experience`}>
        <h3 id={`${role.id}-experience`} class="rl-section__title">{t('sectionExperience')}</h3>
        <p>
          {showYears && <strong>{years} — </strong>}
          {experience.wording}
          <span class="rl-source"> ({sourceLabel(catalog, experience.sourceId)})</span>
        </p>
        {experience.alternatives.map((alternative) => (
          <p key={alternative.sourceId} class="rl-note">
            {t('alsoWording', alternative.wording, sourceLabel(catalog, alternative.sourceId))}
          </p>
        ))}
      </section>
      <section class="rl-section" aria-labelledby={`${role.id}-education`}>
        <h3 id={`${role.id}-education`} class="rl-section__title">{t('sectionEducation')}</h3>
        <ul>
          {role.education.map((item) => (
            <li key={item.text} lang="en">
              {item.text}
            </li>
          ))}
          {role.certifications.map((item) => (
            <li key={item.name} lang="en">
              <strong>{item.name}</strong>: {item.text}
            </li>
          ))}
          {role.certifications.length === 0 && <li>{t('noCertification')}</li>}
        </ul>
      </section>
      {showDuties && <Duties role={role} catalog={catalog} preview={dutiesPreview} />}
      {role.relatedRoles.length > 0 && (
        <section class="rl-section" aria-labelledby={`${role.id}-related`}>
          <h3 id={`${role.id}-related`} class="rl-section__title">{t('sectionRelated')}</h3>
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
          <h3 id={`${role.id}-gaps`} class="rl-section__title">{t('sectionGaps')}</h3>
          <ul class="rl-gaps" lang="en">
            {role.gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="rl-section" aria-labelledby={`${role.id}-sources`}>
        <h3 id={`${role.id}-sources`} class="rl-section__title">{t('sectionSources')}</h3>
        <ul class="rl-sources">
          {citedSourceIds(role).map((id) => (
            <li key={id}>{sourceLabel(catalog, id)}</li>
          ))}
        </ul>
        <p class="rl-privacy">{t('privacyLine')}</p>
      </section>
    </article>
  );
}
