/** Properties of the seeded generator, for any seed and stream. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/analysis/index.js';
import { fuzz } from '../fuzz/settings.js';

const seed = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.bigInt(), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2n ** 64n, -(2n ** 70n)));
const stream = fc.oneof(fc.nat(), fc.constantFrom(0, 1, Number.MAX_SAFE_INTEGER));

describe('createRandom for any seed and stream', () => {
  it('gives the same numbers for the same seed and stream, every time', () => {
    fc.assert(
      fc.property(seed, stream, (anySeed, anyStream) => {
        const first = createRandom(anySeed, anyStream);
        const second = createRandom(anySeed, anyStream);
        for (let draw = 0; draw < 8; draw += 1) {
          expect(second.uint32()).toBe(first.uint32());
          expect(second.float()).toBe(first.float());
          expect(second.normal()).toBe(first.normal());
        }
      }),
      fuzz(200),
    );
  });

  it('gives floats in [0, 1), integers in [0, count) and 32-bit words', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 1, max: 2 ** 32 }), (anySeed, count) => {
        const random = createRandom(anySeed);
        for (let draw = 0; draw < 20; draw += 1) {
          const float = random.float();
          expect(float >= 0 && float < 1).toBe(true);
          const integer = random.integer(count);
          expect(Number.isInteger(integer) && integer >= 0 && integer < count).toBe(true);
          const word = random.uint32();
          expect(Number.isInteger(word) && word >= 0 && word < 2 ** 32).toBe(true);
        }
      }),
      fuzz(200),
    );
  });

  it('gives finite, non-negative gamma draws and Dirichlet shares summing to 1, for any positive finite concentrations', () => {
    const concentration = fc.oneof(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), fc.constantFrom(Number.MIN_VALUE, 1e-10, 0.5, 1, 1e10, Number.MAX_VALUE));
    fc.assert(
      fc.property(seed, fc.array(concentration, { minLength: 1, maxLength: 6 }), (anySeed, concentrations) => {
        const random = createRandom(anySeed);
        for (const shape of concentrations) {
          const draw = random.gamma(shape);
          expect(Number.isFinite(draw) && draw >= 0).toBe(true);
        }
        const shares = random.dirichlet(concentrations);
        expect(shares.every((share) => Number.isFinite(share) && share >= 0 && share <= 1)).toBe(true);
        expect(Math.abs(shares.reduce((total, share) => total + share, 0) - 1)).toBeLessThan(1e-12);
      }),
      fuzz(200),
    );
  });
});
