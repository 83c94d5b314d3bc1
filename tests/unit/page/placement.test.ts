// Where the panel goes: beside the posting when there is room, never over it; else the corner.
import { describe, expect, it } from 'vitest';
import { PANEL_WIDTH, placePanel } from '../../../lib/page/placement';

describe('placePanel', () => {
  it('sits to the right of a posting that leaves room on its right', () => {
    const placement = placePanel({ left: 24, right: 744 }, 1400);
    expect(placement).toEqual({ kind: 'side', left: 756, top: 88 });
  });

  it('sits to the left when only the left side has room, its right edge clear of the posting', () => {
    const placement = placePanel({ left: 500, right: 1300 }, 1400);
    expect(placement.kind).toBe('side');
    if (placement.kind === 'side') expect(placement.left + PANEL_WIDTH).toBeLessThan(500);
  });

  it('waits in the corner when neither side has room (a full-width pane, a narrow window)', () => {
    expect(placePanel({ left: 0, right: 1400 }, 1400)).toEqual({ kind: 'corner' });
    expect(placePanel({ left: 20, right: 380 }, 400)).toEqual({ kind: 'corner' });
  });

  it('never overlaps the posting wherever it is', () => {
    for (let left = 0; left <= 1400; left += 50) {
      for (let width = 100; left + width <= 1600; width += 100) {
        const placement = placePanel({ left, right: left + width }, 1600);
        if (placement.kind !== 'side') continue;
        const overlaps = placement.left < left + width && placement.left + PANEL_WIDTH > left;
        expect(overlaps, `${left}–${left + width}`).toBe(false);
        expect(placement.left).toBeGreaterThanOrEqual(0);
        expect(placement.left + PANEL_WIDTH).toBeLessThanOrEqual(1600);
      }
    }
  });
});
