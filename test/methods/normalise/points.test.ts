/** Points-based normalisations, as DTI scoring rules (Decision 922/QĐ-BTTTT) are written. */
import { describe, expect, it } from 'vitest';
import { normaliser } from '../../helpers.js';

const meetings = { method: 'steps' as const, steps: [{ threshold: 1, points: 5 }, { threshold: 2, points: 10 }, { threshold: 3, points: 15 }, { threshold: 4, points: 20 }] };

describe('steps', () => {
  it('turns 4 steering meetings → 20 points, 3 → 15, 2 → 10, 1 → 5 into a share of 20', () => {
    const normalise = normaliser(meetings);
    expect([0, 1, 2, 3, 4, 6].map(normalise)).toEqual(['0', '0.25', '0.5', '0.75', '1', '1']);
  });
  it('accepts half points and an explicit maximum', () => {
    const normalise = normaliser({ method: 'steps', steps: [{ threshold: 0.5, points: 0.5 }, { threshold: 1, points: 1 }], maximum: 2 });
    expect([0.5, 1].map(normalise)).toEqual(['0.25', '0.5']);
  });
  it('earns the points of the lowest threshold not exceeded when lower is better', () => {
    const days = normaliser({ method: 'steps', steps: [{ threshold: 3, points: 10 }, { threshold: 7, points: 5 }] }, 'lower');
    expect([2, 5, 9].map(days)).toEqual(['1', '0.5', '0']);
  });
});

describe('share', () => {
  it('scores ratio × maximum points as a share capped at 1 (87.5% of dossiers on time → 0.875)', () => {
    const normalise = normaliser({ method: 'share', of: 100 });
    expect(['87.5', '100', '112'].map(normalise)).toEqual(['0.875', '1', '1']);
  });
  it('uses one minus the share when lower is better', () => {
    expect(normaliser({ method: 'share', of: 1 }, 'lower')('0.2')).toBe('0.8');
  });
});

describe('identity', () => {
  it('keeps a published component value as it is (Đà Nẵng ICT Index 2023, HTKT 0.7908)', () => {
    expect(normaliser({ method: 'identity' })('0.7908')).toBe('0.7908');
  });
  it('uses max − x when lower is better', () => {
    expect(normaliser({ method: 'identity' }, 'lower')('0.25')).toBe('0.75');
  });
});
