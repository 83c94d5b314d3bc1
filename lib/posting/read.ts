// What the posting itself says against the norm: where its level sits, the experience it asks
// for, and whether the law where it is requires pay in the advert. Pure; the panel draws it.
import type { Posting } from '../boards/types';
import type { MessageName } from '../i18n/messages';
import type { PostedPay } from '../pay/parse';
import type { PostingPlace } from '../place/place';
import type { RoleCatalog } from '../data/catalog';
import type { Role } from '../data/schema';
import { compareExperience, experienceAsked, typicalExperience, type ExperienceAsked } from './experience';
import { LEVEL_ORDER, levelFigures, postingLevel, type LevelFigures, type PostingLevel } from './level';
import { payTransparencyFact, type PayTransparencyFact } from './transparency';

export interface PostingReading {
  level: (PostingLevel & { figures: LevelFigures }) | null;
  experience: (ExperienceAsked & { sentence: string }) | null;
  transparency: PayTransparencyFact;
}

/** "seed 001": how a source is named beside a typical figure. */
function shortSourceName(sourceId: string, catalog: RoleCatalog): string {
  const seed = /^seed-(\d{3})$/.exec(sourceId);
  return seed ? `seed ${seed[1]}` : (catalog.source(sourceId)?.name ?? sourceId);
}

export function readPosting(
  posting: Pick<Posting, 'title' | 'description' | 'location' | 'datePosted' | 'salaryText'>,
  pay: PostedPay | null,
  place: PostingPlace,
  role: Role,
  catalog: RoleCatalog,
): PostingReading {
  const level = postingLevel(posting.title);
  const asked = posting.description ? experienceAsked(posting.description) : null;
  return {
    level: level && { ...level, figures: levelFigures(level.level, role, { roles: [...catalog.roles] }) },
    experience: asked && {
      ...asked,
      sentence: compareExperience(asked, typicalExperience(role), role.title, shortSourceName(role.experience.sourceId, catalog)),
    },
    transparency: payTransparencyFact({
      place,
      location: posting.location,
      postingDate: posting.datePosted,
      // Only an amount counts as stating pay: "Competitive" or "DOE" is no range.
      payStated: pay !== null,
      pay: pay ?? undefined,
    }),
  };
}

/** The ladder a posting's level sits on, for display: Manager → … → Head, with its own rung marked. */
export const LADDER: readonly { id: (typeof LEVEL_ORDER)[number]; label: MessageName }[] = [
  { id: 'manager', label: 'levelManager' },
  { id: 'senior-manager', label: 'levelSeniorManager' },
  { id: 'associate-director', label: 'levelAssociateDirector' },
  { id: 'director', label: 'levelDirector' },
  { id: 'senior-director', label: 'levelSeniorDirector' },
  { id: 'head', label: 'levelHeadOf' },
];
