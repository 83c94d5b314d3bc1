// Everything the panel shows about one recognised posting, worked out in one place: where it is,
// the figure shown first, its pay and the verdict, what it says itself, and the contract
// attributes tests read from the panel's host. Pure; the panel only draws it.
import type { Posting } from '../boards/types';
import type { RoleCatalog } from '../data/catalog';
import { figureShownFirst } from '../data/figures';
import type { Role } from '../data/schema';
import { assessPosting, type PostingAssessment } from '../pay/assess';
import { comparedFigureAttribute } from '../pay/compare';
import { postingPayAttribute } from '../pay/parse';
import { experienceAttribute } from '../posting/experience';
import { readPosting, type PostingReading } from '../posting/read';
import type { RoleMatch } from '../titles/classify';

export interface PostingDescription extends PostingAssessment {
  role: Role;
  reading: PostingReading;
  /** The `<role-lens-panel>` data attributes (README, "Contract for tests"); undefined ones are absent. */
  contract: Record<string, string | undefined>;
}

export function describePosting(
  posting: Posting,
  match: RoleMatch,
  where: { siteCountry?: string; settingRegion: string },
  catalog: RoleCatalog,
): PostingDescription {
  const role = catalog.role(match.roleId);
  const assessment = assessPosting({ posting, siteCountry: where.siteCountry, settingRegion: where.settingRegion }, role, catalog);
  const { postingPay, place, wantedRegionIds } = assessment;
  const comparison = postingPay?.comparison;
  const reading = readPosting(posting, postingPay?.pay ?? null, place, role, catalog);
  return {
    ...assessment,
    role,
    reading,
    contract: {
      roleId: match.roleId,
      postingPay: postingPay?.pay ? postingPayAttribute(postingPay.pay) : undefined,
      headlineRegion: figureShownFirst(role, wantedRegionIds, catalog).regionId,
      payVerdict: comparison?.verdict ?? 'not-compared',
      payComparedTo: comparison?.figure?.region,
      payComparedFigure: comparison?.figure && comparedFigureAttribute(comparison.figure),
      payTransparency: reading.transparency.status,
      experienceAsked: experienceAttribute(reading.experience) ?? undefined,
      postingLevel: reading.level?.level,
    },
  };
}
