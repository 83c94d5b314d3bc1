// The shape of data/roles.json. Types come from here (z.infer), never from a second copy.
import { z } from 'zod/mini';

import { ROLE_IDS } from './role-ids';

export { ROLE_IDS };

export const roleIdSchema = z.enum(ROLE_IDS);
export const familySchema = z.enum(['support', 'service', 'care']);
export const levelSchema = z.enum(['director', 'manager']);

const amount = z.number().check(z.nonnegative());
const isoDateOrUndated = z.string().check(z.regex(/^(\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/));

export const sourceSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(3)),
  /** The source page's own date: "2023-11-10", "2025", or "n.d." when it shows none. */
  date: isoDateOrUndated,
  /** Seed file name under shared/seeds, or the public page's title. */
  reference: z.string().check(z.minLength(3)),
  /** Official statistics come before other sources in the headline rule. */
  kind: z.enum(['seed', 'official', 'public']),
  /** A low-quality source is shown, labelled, but never heads. */
  quality: z.enum(['high', 'medium', 'low']),
  note: z.optional(z.string()),
});

const currencyCode = z.string().check(z.regex(/^[A-Z]{3}$/));

/** What a figure is: a min–max range, a central value, or one open end. */
export const STATISTICS = ['range', 'average', 'median', 'point', 'percentile', 'floor', 'ceiling'] as const;

/**
 * One source's salary figure, one kind of statistic, kept as the source gives it: a source that
 * gives a range and an average is two figures, never merged with another.
 */
export const salaryFigureSchema = z.object({
  sourceId: z.string(),
  /** Region id: "us" for US national figures, else one of the data's regions. */
  region: z.string(),
  currency: currencyCode,
  /** Base pay, or total compensation (bonus, equity, overtime …). */
  basis: z.enum(['base', 'total']),
  /**
   * range: min–max (percentiles say which); average, median, point (a typical amount the source
   * calls neither), percentile: one value; floor: "over X"; ceiling: "up to X".
   */
  statistic: z.enum(STATISTICS),
  min: z.optional(amount),
  max: z.optional(amount),
  value: z.optional(amount),
  /** For a range of percentiles ([10, 90]) or a single percentile ([25]). */
  percentiles: z.optional(z.array(z.number().check(z.int(), z.minimum(1), z.maximum(99)))),
  /** The year the figure describes, when the source says (BLS May 2024 → 2024); else the source's date is all we know. */
  year: z.optional(z.number().check(z.int(), z.minimum(1990), z.maximum(2100))),
  /** Whom the figure covers when not the whole occupation: "entry level", "experienced". */
  population: z.optional(z.string()),
  /** For official statistics of an occupation: the source that files this title under it (O*NET). */
  occupationSourceId: z.optional(z.string()),
  /** Set when the figure describes another occupation that stands in for this title: why. */
  proxy: z.optional(z.string()),
  /** The source's own USD equivalent for a non-USD figure, when it gives one. */
  usdEquivalent: z.optional(amount),
  note: z.optional(z.string()),
});

export const roleSchema = z.object({
  id: roleIdSchema,
  title: z.string(),
  shortTitle: z.string(),
  family: familySchema,
  level: levelSchema,
  aliases: z.array(z.string()),
  summary: z.string(),
  salary: z.object({
    /** Every figure the sources give; the one shown first follows the headline rule (lib/data/figures.ts). */
    figures: z.array(salaryFigureSchema),
    /** Said plainly where the sources are silent or disagree. */
    caveat: z.optional(z.string()),
    /** Roles whose figures stand in, labelled so, when this role has none of its own. */
    comparableRoleIds: z.array(roleIdSchema),
  }),
  experience: z.object({
    /** Absent when the source gives no number ("several years"). */
    minYears: z.optional(z.number()),
    maxYears: z.optional(z.number()),
    wording: z.string(),
    sourceId: z.string(),
    /** Other sources' wording where they differ. */
    alternatives: z.array(z.object({ wording: z.string(), sourceId: z.string() })),
  }),
  education: z.array(z.object({ text: z.string(), sourceId: z.string() })),
  certifications: z.array(z.object({ name: z.string(), text: z.string(), sourceId: z.string() })),
  duties: z.object({
    items: z.array(z.string()).check(z.minLength(8), z.maxLength(10)),
    sourceId: z.string(),
    note: z.optional(z.string()),
  }),
  relatedRoles: z.array(
    z.object({
      title: z.string(),
      min: amount,
      max: amount,
      currency: currencyCode,
      /** Related roles' ranges are US figures from the seeds; what they cover, as for any figure. */
      region: z.string(),
      basis: z.enum(['base', 'total']),
      sourceId: z.string(),
    }),
  ),
  /** Gaps said honestly: what no source gives, and what stands in for it. */
  gaps: z.array(z.string()),
});

export const regionSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** As a figure's tag says it: "US", "UK", "SF Bay Area". */
  shortLabel: z.string(),
  /** ISO 3166-1 alpha-2 country the region lies in: figures compare only with postings there. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  /** Lower-case words that, found in a posting's location, place it in this region. */
  locationWords: z.array(z.string()),
  currency: currencyCode,
});

/**
 * Fixed, dated exchange rates as the cited table prints them: some currencies as US dollars per
 * unit, others as units per US dollar. Never a live rate.
 */
export const exchangeRatesSchema = z.object({
  sourceId: z.string(),
  period: z.string(),
  usdPerUnit: z.record(z.string(), z.number().check(z.positive())),
  unitsPerUsd: z.record(z.string(), z.number().check(z.positive())),
});

export const roleDataSchema = z.object({
  schemaVersion: z.literal(2),
  updated: z.string(),
  sources: z.array(sourceSchema),
  regions: z.array(regionSchema),
  exchangeRates: exchangeRatesSchema,
  roles: z.array(roleSchema).check(z.length(ROLE_IDS.length)),
});

export type RoleId = z.infer<typeof roleIdSchema>;
export type Family = z.infer<typeof familySchema>;
export type Level = z.infer<typeof levelSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SalaryFigure = z.infer<typeof salaryFigureSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Region = z.infer<typeof regionSchema>;
export type ExchangeRates = z.infer<typeof exchangeRatesSchema>;
export type RoleData = z.infer<typeof roleDataSchema>;

/** What a list of the roles shows before the full data is loaded: the role and its US headline. */
export interface RoleListing {
  id: RoleId;
  title: string;
  /** The figure shown first for the US, with what labelling it needs; absent when no figure qualifies. */
  headline?: { figure: SalaryFigure; region: Region; source: Source };
}
