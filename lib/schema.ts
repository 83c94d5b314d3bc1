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
  /** "2023-11-10", "2025", or "n.d." when the source shows no date. */
  date: isoDateOrUndated,
  /** Seed file name under shared/seeds, or the public page's title. */
  reference: z.string().check(z.minLength(3)),
  kind: z.enum(['seed', 'public']),
  quality: z.enum(['high', 'medium', 'low']),
  note: z.optional(z.string()),
});

/** One source's salary figure, kept as the source gives it (never merged with another). */
export const salaryFigureSchema = z.object({
  sourceId: z.string(),
  /** Region id: "us" for national figures, else one of the data's regions. */
  region: z.string(),
  currency: z.enum(['USD', 'GBP', 'INR', 'AUD', 'CAD', 'EUR']),
  min: z.optional(amount),
  max: z.optional(amount),
  average: z.optional(amount),
  median: z.optional(amount),
  /** What the source's figure covers: base pay or total compensation. */
  basis: z.enum(['base', 'total']),
  /** The source's own USD equivalent for a non-USD figure, when it gives one. */
  usdEquivalent: z.optional(amount),
  note: z.optional(z.string()),
});

export const rangeSchema = z.object({
  min: amount,
  max: amount,
  currency: z.literal('USD'),
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
    /** The one range shown first, or null when no source gives this role a figure. */
    headline: z.nullable(
      z.object({
        range: rangeSchema,
        sourceIds: z.array(z.string()).check(z.minLength(1)),
        /** The written rule that picked this range. */
        rule: z.string(),
      }),
    ),
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
      min: z.optional(amount),
      max: z.optional(amount),
      currency: z.literal('USD'),
      sourceId: z.string(),
    }),
  ),
  /** Gaps said honestly: what no source gives, and what stands in for it. */
  gaps: z.array(z.string()),
});

export const regionSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** Lower-case words that, found in a posting's location, place it in this region. */
  locationWords: z.array(z.string()),
  currency: z.enum(['USD', 'GBP', 'INR', 'AUD', 'CAD', 'EUR']),
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
  schemaVersion: z.literal(1),
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

/** What a list of the roles shows: a Role has all of it. */
export interface RoleListing {
  id: RoleId;
  title: string;
  salary: { headline: { range: NonNullable<Role['salary']['headline']>['range'] } | null };
}
