// The detector hands the panel's script the board it read, once; anything else there is ignored.
import { describe, expect, it } from 'vitest';
import { handOver, takeHandover } from '../../../lib/page/handover';

describe('handover from the detector to the panel’s script', () => {
  it('gives the board once', () => {
    handOver({ board: 'seek' });
    expect(takeHandover()).toEqual({ board: 'seek' });
    expect(takeHandover()).toBeUndefined();
  });

  it('ignores anything malformed in its place', () => {
    (globalThis as Record<symbol, unknown>)[Symbol.for('role-lens/handover')] = { board: 42 };
    expect(takeHandover()).toBeUndefined();
    (globalThis as Record<symbol, unknown>)[Symbol.for('role-lens/handover')] = 'seek';
    expect(takeHandover()).toBeUndefined();
  });
});
