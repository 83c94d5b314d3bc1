// What the panel says about pay for one posting: where the posting is, which region's figure comes
// first, the pay it states and how that compares. Pure, so the panel only draws it.
import type { Posting } from '../boards/types';
import { placeOfPosting, regionIdsFor, type PostingPlace } from '../place/place';
import { REGION_AUTO } from '../storage/settings';
import type { Role } from '../data/schema';
import { comparePostedPay, type CompareContext, type PayComparison } from './compare';
import { looksLikePay, readPostingPay, type PostedPay } from './parse';

/** The posting's own pay as the panel shows it: its text, what was read from it, and the verdict. */
export interface PostingPayView {
  /** The posting's pay text as the page shows it. */
  text?: string;
  /** The yearly reading, or null when the text can't be read (then it's shown as it is, uncompared). */
  pay: PostedPay | null;
  comparison: PayComparison | null;
}

export interface PostingAssessment {
  place: PostingPlace;
  /** The regions whose figure may be shown first, in order: the user's fixed region, or the posting's metro then country. */
  wantedRegionIds: string[];
  /** Absent when the posting states no pay (and no text that reads like pay). */
  postingPay?: PostingPayView;
}

export interface PostingClues {
  posting: Posting;
  /** The board site's country ("IN" on in.indeed.com). */
  siteCountry?: string;
  /** The settings' region: "auto", or a fixed region id. */
  settingRegion: string;
}

export function assessPosting({ posting, siteCountry, settingRegion }: PostingClues, role: Role, context: CompareContext): PostingAssessment {
  const fixedRegion = settingRegion === REGION_AUTO ? undefined : settingRegion;
  const place = placeOfPosting(
    { location: posting.location, addressCountry: posting.addressCountry, siteCountry, settingRegionId: fixedRegion },
    context.regions,
  );
  const wantedRegionIds = fixedRegion ? [fixedRegion] : regionIdsFor(place, context.regions);
  const pay = readPostingPay(posting, { country: place.country ?? siteCountry, currency: posting.structuredPay?.currency });
  const hasPayText = posting.salaryText !== undefined && looksLikePay(posting.salaryText);
  const postingPay =
    pay || hasPayText ? { text: posting.salaryText, pay, comparison: pay ? comparePostedPay(pay, role, place, context) : null } : undefined;
  return { place, wantedRegionIds, postingPay };
}
