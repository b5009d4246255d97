/** Properties of reading values as decimals: the cost of refusing a long non-number. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertFramework, validateDataset, validateFramework } from '../../src/index.js';
import { fuzz } from '../fuzz/settings.js';

const framework = assertFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'minmax' } }] } });

/** Milliseconds an action takes. */
function timed(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

describe('the cost of checking a value', () => {
  // Checks that a value or parameter text of any length is judged in linear time (no regex backtracking on a long run of digits).
  it('refusing a 50,000-character value that is not a number takes well under a second, in a dataset and in a framework', () => {
    fc.assert(
      fc.property(fc.constantFrom('x', '%', ',5', ' '), (tail) => {
        const value = '1'.repeat(50_000) + tail;
        expect(timed(() => validateDataset(framework, { units: [{ id: 'A', values: { x: value } }] }))).toBeLessThan(1_000);
        const withParameter = { id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: value } }] } };
        expect(timed(() => validateFramework(withParameter))).toBeLessThan(1_000);
      }),
      fuzz(4),
    );
  });
});
