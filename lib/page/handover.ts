// What a detector found, handed to the panel's script it is about to have loaded into the same
// frame. Content scripts of one extension share the frame's isolated world, so a global there is
// the handover: the page's own scripts can't see or forge it.

export interface Handover {
  /** The board whose reader found one of our roles ("career-site" on an enabled career site). */
  board: string;
}

const HANDOVER = Symbol.for('role-lens/handover');
type WithHandover = typeof globalThis & { [HANDOVER]?: unknown };

export function handOver(found: Handover): void {
  (globalThis as WithHandover)[HANDOVER] = found;
}

/** The handover, once: a second panel script in the frame works the page out itself. */
export function takeHandover(): Handover | undefined {
  const value = (globalThis as WithHandover)[HANDOVER];
  delete (globalThis as WithHandover)[HANDOVER];
  if (typeof value !== 'object' || value === null) return undefined;
  const { board } = value as Record<string, unknown>;
  return typeof board === 'string' ? { board } : undefined;
}
