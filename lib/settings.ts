// User settings, stored with a WXT typed storage item and validated with zod when read: a
// corrupt or older value falls back to defaults field by field and never crashes anything.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import type { BoardId } from './boards/types';

export const REGION_AUTO = 'auto';

export const DEFAULT_SETTINGS = {
  /** Per-board switch: a board that is off gets no panel. */
  boards: { linkedin: true, indeed: true, glassdoor: true, ziprecruiter: true, 'career-site': true } as Record<BoardId, boolean>,
  /** "remember" keeps the last collapse choice; otherwise every posting starts this way. */
  panelStart: 'remember' as 'remember' | 'expanded' | 'collapsed',
  /** "auto" reads the posting's location; otherwise a region id from the data ("uk", "india" …). */
  region: REGION_AUTO as string,
  showDuties: true,
};

export type Settings = typeof DEFAULT_SETTINGS;

const settingsSchema = z.object({
  boards: z.catch(
    z.object({
      linkedin: z.catch(z.boolean(), true),
      indeed: z.catch(z.boolean(), true),
      glassdoor: z.catch(z.boolean(), true),
      ziprecruiter: z.catch(z.boolean(), true),
      'career-site': z.catch(z.boolean(), true),
    }),
    DEFAULT_SETTINGS.boards,
  ),
  panelStart: z.catch(z.enum(['remember', 'expanded', 'collapsed']), DEFAULT_SETTINGS.panelStart),
  region: z.catch(z.string().check(z.regex(/^[a-z-]{2,40}$/)), DEFAULT_SETTINGS.region),
  showDuties: z.catch(z.boolean(), DEFAULT_SETTINGS.showDuties),
});

/** Any stored value, however broken, as valid settings. */
export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
}

const settingsItem = storage.defineItem<unknown>('local:settings', {
  version: 2,
  migrations: {
    // Version 1 stored `startCollapsed: boolean`; version 2 has the three-way `panelStart`.
    2: (old: unknown) => {
      if (typeof old !== 'object' || old === null) return old;
      const { startCollapsed, ...rest } = old as Record<string, unknown>;
      return typeof startCollapsed === 'boolean'
        ? { ...rest, panelStart: startCollapsed ? 'collapsed' : 'expanded' }
        : rest;
    },
  },
});

export async function readSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings));
}

/** Calls back with the new settings whenever they change (in any tab or page); returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
