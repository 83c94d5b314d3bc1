// The panel's remembered choices: collapsed or open, and postings the user dismissed.
// Values are validated when read: corrupt or old values fall back to defaults.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

/** Enough to cover weeks of browsing; the oldest dismissals drop off first. */
const MAX_DISMISSED_POSTINGS = 500;

const collapsedItem = storage.defineItem<unknown>('local:panelCollapsed');
const dismissedItem = storage.defineItem<unknown>('local:dismissedPostings');

const collapsedSchema = z.boolean();
const dismissedSchema = z.array(z.string().check(z.maxLength(600)));

export async function readPanelCollapsed(): Promise<boolean | undefined> {
  const parsed = collapsedSchema.safeParse(await collapsedItem.getValue().catch(() => undefined));
  return parsed.success ? parsed.data : undefined;
}

export async function savePanelCollapsed(collapsed: boolean): Promise<void> {
  await collapsedItem.setValue(collapsed);
}

export async function readDismissedPostings(): Promise<string[]> {
  const parsed = dismissedSchema.safeParse(await dismissedItem.getValue().catch(() => undefined));
  return parsed.success ? parsed.data : [];
}

export async function dismissPosting(key: string): Promise<void> {
  const dismissed = (await readDismissedPostings()).filter((existing) => existing !== key);
  dismissed.push(key);
  await dismissedItem.setValue(dismissed.slice(-MAX_DISMISSED_POSTINGS));
}
