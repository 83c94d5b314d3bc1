// The panel's remembered choices: collapsed or open, and postings the user dismissed.
// Values are validated when read: corrupt or old values fall back to defaults.
import { z } from 'zod/mini';
import { validatedItem } from './validated-item';

/** Enough to cover weeks of browsing; the oldest dismissals drop off first. */
const MAX_DISMISSED_POSTINGS = 500;

/** Undefined until the user first collapses or opens the panel. */
const collapsedItem = validatedItem<boolean | undefined>('local:panelCollapsed', z.boolean(), () => undefined);
const dismissedItem = validatedItem('local:dismissedPostings', z.array(z.string().check(z.maxLength(600))), () => []);

export const readPanelCollapsed = (): Promise<boolean | undefined> => collapsedItem.read();

export const savePanelCollapsed = (collapsed: boolean): Promise<void> => collapsedItem.write(collapsed);

export const readDismissedPostings = (): Promise<string[]> => dismissedItem.read();

export async function dismissPosting(key: string): Promise<void> {
  const dismissed = (await readDismissedPostings()).filter((existing) => existing !== key);
  dismissed.push(key);
  await dismissedItem.write(dismissed.slice(-MAX_DISMISSED_POSTINGS));
}
