// Which of the data's regions a posting's location falls in.
import type { Region } from './schema';

const US_REGION_ID = 'us';

/**
 * The region whose location words appear in a posting's location ("Miami, FL" → miami),
 * or "us" when none does. Words match whole words only ("Perth" is not "Perthshire").
 */
export function regionForLocation(location: string | undefined, regions: readonly Region[]): string {
  if (!location) return US_REGION_ID;
  const words = ` ${location.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
  for (const region of regions) {
    if (region.locationWords.some((word) => words.includes(` ${word} `))) return region.id;
  }
  return US_REGION_ID;
}
