/** Properties of the seeded generator, for any seed and stream. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, randomFromState } from '../../src/analysis/index.js';
import { fuzz } from '../fuzz/settings.js';

const seed = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.bigInt(), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2n ** 64n, -(2n ** 70n)));
const stream = fc.oneof(fc.nat(), fc.constantFrom(0, 1, Number.MAX_SAFE_INTEGER));

/**
 * Source of truth for the seeding: splitmix64 as its reference code writes it, in BigInt (64-bit
 * arithmetic done exactly): state words from splitmix64 seeded with seed ⊕ mix64(stream), its
 * first two outputs split low word first. createRandom computes the same on 32-bit words.
 */
const MASK_64 = (1n << 64n) - 1n;
function mix64(value: bigint): bigint {
  let z = value & MASK_64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
  return z ^ (z >> 31n);
}
function referenceState(seedValue: number | bigint, streamValue: number | bigint): [number, number, number, number] {
  const start = BigInt.asUintN(64, BigInt(seedValue)) ^ mix64(BigInt.asUintN(64, BigInt(streamValue)));
  const first = mix64((start + 0x9e3779b97f4a7c15n) & MASK_64);
  const second = mix64((start + 2n * 0x9e3779b97f4a7c15n) & MASK_64);
  return [Number(first & 0xffffffffn), Number(first >> 32n), Number(second & 0xffffffffn), Number(second >> 32n)];
}

describe('createRandom for any seed and stream', () => {
  it('seeds as splitmix64 in exact 64-bit arithmetic (BigInt) does, carries and negative seeds included', () => {
    const words = fc.constantFrom(0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffe);
    const edge = fc.tuple(words, words).map(([high, low]) => (BigInt(high) << 32n) | BigInt(low));
    fc.assert(
      fc.property(fc.oneof(seed, edge, edge.map((value) => -value)), fc.oneof(stream, edge), (anySeed, anyStream) => {
        const reference = randomFromState(referenceState(anySeed, anyStream));
        const random = createRandom(anySeed, anyStream);
        for (let draw = 0; draw < 4; draw += 1) expect(random.uint32()).toBe(reference.uint32());
      }),
      fuzz(500),
    );
  });


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
