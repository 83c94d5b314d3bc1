// Where the panel goes: beside the posting when the viewport has room, never over it.

export const PANEL_WIDTH = 340;
const GAP = 12;
const EDGE = 8;
const TOP = 88;

export type Placement =
  | { kind: 'side'; left: number; top: number }
  /** No room beside the posting: a collapsed pill in the bottom-right corner. */
  | { kind: 'corner' };

/** Picks the free side of the posting's container (right first), or the corner. */
export function placePanel(container: { left: number; right: number }, viewportWidth: number): Placement {
  const needed = PANEL_WIDTH + GAP + EDGE;
  if (viewportWidth - container.right >= needed) return { kind: 'side', left: container.right + GAP, top: TOP };
  if (container.left >= needed) return { kind: 'side', left: container.left - GAP - PANEL_WIDTH, top: TOP };
  return { kind: 'corner' };
}
