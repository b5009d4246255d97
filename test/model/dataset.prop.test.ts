/** Properties of reading values as decimals: the cost of refusing a long non-number. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertFramework, validateDataset, validateFramework } from '../../src/index.js';
import { fuzz } from '../fuzz/settings.js';

const framework = assertFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'minmax' } }] } });

describe('the cost of checking a value', () => {
  // Checks that a value or parameter text of any length is judged in linear time (no regex backtracking on a long run of digits).
  // No clock (timed tests are flaky on shared machines): a million characters make a backtracking
  // (quadratic) reader run for hours, so the test's timeout is the safety net.
  it('a 1,000,000-character value that is not a number is refused, in a dataset and in a framework', () => {
    fc.assert(
      fc.property(fc.constantFrom('x', '%', ',5', ' '), (tail) => {
        const value = '1'.repeat(1_000_000) + tail;
        expect(validateDataset(framework, { units: [{ id: 'A', values: { x: value } }] }).success).toBe(false);
        const withParameter = { id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: value } }] } };
        expect(validateFramework(withParameter).success).toBe(false);
      }),
      fuzz(4),
    );
  }, 120_000);
});
