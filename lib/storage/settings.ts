// User settings, stored with a WXT typed storage item and validated with zod when read: a
// corrupt or older value falls back to defaults field by field and never crashes anything.
import { z } from 'zod/mini';
import { BOARD_SUMMARIES } from '../boards/sites';
import { validatedItem } from './validated-item';

export const REGION_AUTO = 'auto';

/** Every switchable source of postings, as settings list them: the registry's boards and the career sites the user enables. */
export const BOARD_SWITCHES: readonly { id: string; label: string }[] = [
  ...BOARD_SUMMARIES.map(({ id, label }) => ({ id, label })),
  { id: 'career-site', label: 'Career sites you enable (JSON-LD)' },
];
const BOARD_SWITCH_IDS = BOARD_SWITCHES.map((board) => board.id);

/** Each field falls back to its default alone, so one corrupt value never costs the others. */
const settingsSchema = z.object({
  /** Per-board switch: a board that is off gets no panel. */
  boards: z.catch(
    z.object(Object.fromEntries(BOARD_SWITCH_IDS.map((id) => [id, z.catch(z.boolean(), true)]))),
    () => Object.fromEntries(BOARD_SWITCH_IDS.map((id) => [id, true])),
  ),
  /** "remember" keeps the last collapse choice; otherwise every posting starts this way. */
  panelStart: z.catch(z.enum(['remember', 'expanded', 'collapsed']), 'remember'),
  /** "auto" reads the posting's place; otherwise a region id from the data ("uk", "india" …). */
  region: z.catch(z.string().check(z.regex(/^[a-z-]{2,40}$/)), REGION_AUTO),
  showDuties: z.catch(z.boolean(), true),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Any stored value, however broken, as valid settings. */
export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
}

/** Stored as an object; anything else reads as no settings, so every field takes its default. */
const storedSettingsSchema = { safeParse: (raw: unknown) => ({ success: true as const, data: parseSettings(raw) }) };

const settingsItem = validatedItem('local:settings', storedSettingsSchema, () => structuredClone(DEFAULT_SETTINGS), {
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

export const readSettings = (): Promise<Settings> => settingsItem.read();

export const saveSettings = (settings: Settings): Promise<void> => settingsItem.write(parseSettings(settings));

/** Calls back with the new settings whenever they change (in any tab or page); returns the unwatch. */
export const watchSettings = (onChange: (settings: Settings) => void): (() => void) => settingsItem.watch(onChange);
