/**
 * Shared fast-check settings for the hostile-input and fuzz properties: a fixed seed so a failure in
 * CI reproduces on any machine, and bounded run counts so the whole fuzz suite stays well under a
 * minute.
 *
 * Override from the environment to explore further or to replay a failure:
 *   CHISO_FUZZ_SEED=123 CHISO_FUZZ_RUNS=10 npx vitest run test/fuzz
 * (`CHISO_FUZZ_RUNS` multiplies every property's run count; fast-check prints the seed and the
 * path of a failing case, and `CHISO_FUZZ_SEED` replays it.)
 */
import type fc from 'fast-check';

const seedText = process.env.CHISO_FUZZ_SEED;
const scaleText = process.env.CHISO_FUZZ_RUNS;

/** The seed every property uses unless `CHISO_FUZZ_SEED` says otherwise. */
export const FUZZ_SEED = seedText !== undefined && seedText !== '' && Number.isInteger(Number(seedText)) ? Number(seedText) : 20_261_123;

const scale = scaleText !== undefined && Number(scaleText) > 0 ? Number(scaleText) : 1;

/**
 * Parameters for `fc.assert`: the fixed seed and `numRuns` scaled by `CHISO_FUZZ_RUNS`.
 *
 * @example
 * fc.assert(fc.property(fc.string(), (text) => text.length >= 0), fuzz(50));
 */
export function fuzz<T>(numRuns: number): fc.Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(numRuns * scale)) };
}
