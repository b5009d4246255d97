/**
 * Seeded, reproducible pseudo-random numbers for Monte Carlo, bootstrap and sampling.
 *
 * The generator is **xoshiro128\*\*** (Blackman and Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 47(4), 2021; reference code at prng.di.unimi.it, public domain): 128 bits of
 * state, period 2^128 − 1, passes BigCrush and PractRand, and needs only 32-bit integer operations —
 * which JavaScript does exactly and fast (`Math.imul`, `>>>`), unlike the 64-bit multiplies of PCG64
 * or xoshiro256. Its state is filled from the seed by **splitmix64** (Steele, Lea and Flood 2014), as
 * the reference code recommends: the seed is a 64-bit integer, and splitmix64's first two outputs
 * (each split into its low and high 32 bits) are the four state words.
 *
 * Why not `Math.random`? It cannot be seeded. Why not mulberry32 (scripts/random.ts)? Its 32-bit
 * state has period 2^32 and is exhausted by one large Monte Carlo run; it stays for sample data.
 *
 * **Streams.** Stream `s` of seed `seed` seeds splitmix64 with `seed ⊕ mix64(s)`, where `mix64` is
 * splitmix64's output bijection (so stream 0 is the plain seeding, and distinct streams of one seed
 * start from distinct states). Giving run `r` of a Monte Carlo its own stream `r` makes the result
 * independent of how runs are divided among threads: the same seed gives the same numbers on one
 * thread or eight.
 *
 * **Reproducibility.** Integers and uniform doubles are bit-identical on every machine and engine
 * (integer arithmetic only). Normal and gamma draws also call `Math.log`, `Math.sqrt`, `Math.cos`,
 * `Math.sin`: `Math.sqrt` is exact by the standard; the others are identical wherever the engine uses
 * fdlibm (V8 in Node, Chrome and Deno; SpiderMonkey), which is where chiso runs.
 *
 * @module
 */

/** A seeded stream of pseudo-random numbers (see {@link createRandom}). Not for cryptography. */
export interface Random {
  /** The next 32 random bits, as an integer in [0, 2^32). */
  uint32(): number;
  /** A uniform double in [0, 1) with 53 random bits (every multiple of 2^-53 equally likely). */
  float(): number;
  /** A uniform integer in [0, `count`), without modulo bias (Lemire's rejection); `count` ≤ 2^32. */
  integer(count: number): number;
  /** A normal draw (Box–Muller, both values of each pair used), mean 0 and standard deviation 1 unless given. */
  normal(mean?: number, standardDeviation?: number): number;
  /** A gamma draw with the given shape (> 0) and scale (default 1), by Marsaglia and Tsang's method. */
  gamma(shape: number, scale?: number): number;
  /** A Dirichlet draw: one positive share per concentration parameter, summing to 1. */
  dirichlet(concentrations: readonly number[]): number[];
}

const MASK_64 = (1n << 64n) - 1n;
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;

/** splitmix64's output function: a bijection of 64-bit integers with mix64(0) = 0. */
function mix64(value: bigint): bigint {
  let z = value & MASK_64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
  return z ^ (z >> 31n);
}

function toUint64(value: number | bigint, name: string): bigint {
  if (typeof value === 'bigint') return BigInt.asUintN(64, value);
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer (or a bigint); got ${String(value)}`);
  return BigInt.asUintN(64, BigInt(value));
}

/**
 * The four xoshiro128** state words for a seed and stream: splitmix64 seeded with
 * `seed ⊕ mix64(stream)`, its first two outputs split low word first.
 */
function seedState(seed: bigint, stream: bigint): [number, number, number, number] {
  const start = seed ^ mix64(stream);
  const first = mix64((start + GOLDEN_GAMMA) & MASK_64);
  const second = mix64((start + 2n * GOLDEN_GAMMA) & MASK_64);
  // The all-zero state is the one state xoshiro cannot leave. Two consecutive splitmix64 outputs
  // are never both zero (mix64 is a bijection and the states differ), so this cannot happen.
  return [Number(first & 0xffffffffn), Number(first >> 32n), Number(second & 0xffffffffn), Number(second >> 32n)];
}

const TWO_POW_26 = 67_108_864;
const TWO_POW_53 = 9_007_199_254_740_992;
const TWO_POW_32 = 4_294_967_296;

/**
 * A seeded pseudo-random generator (xoshiro128**, seeded by splitmix64): the same seed and stream
 * give the same numbers on any machine. Use one stream per Monte Carlo run so results do not depend
 * on how runs are split among threads.
 *
 * Cost: a few integer operations per 32 bits; two 32-bit outputs per 53-bit double.
 *
 * @param seed Any safe integer or bigint (taken modulo 2^64).
 * @param stream Which independent stream of this seed (default 0): a non-negative safe integer or bigint.
 *
 * @example
 * const random = createRandom(42);
 * random.float(); // => 0.4137016681565887 (the same everywhere)
 * createRandom(42).float() === createRandom(42).float(); // => true
 * createRandom(42, 1).float() === createRandom(42, 0).float(); // => false
 */
export function createRandom(seed: number | bigint, stream: number | bigint = 0): Random {
  if (typeof stream === 'number' && !(Number.isSafeInteger(stream) && stream >= 0)) throw new RangeError(`stream must be a non-negative safe integer; got ${String(stream)}`);
  if (typeof stream === 'bigint' && stream < 0n) throw new RangeError(`stream must be non-negative; got ${String(stream)}`);
  return randomFromState(seedState(toUint64(seed, 'seed'), toUint64(stream, 'stream')));
}

/**
 * A xoshiro128** generator started from four given 32-bit state words (not all zero), bypassing the
 * splitmix64 seeding — for checking against the reference implementation's test vectors, or for
 * resuming a stream. Most callers want {@link createRandom}.
 *
 * @example
 * randomFromState([1, 2, 3, 4]).uint32(); // => 11520 (the reference code's first output)
 */
export function randomFromState(state: readonly [number, number, number, number]): Random {
  if (!Array.isArray(state as unknown) || state.length !== 4) throw new TypeError(`randomFromState: the state is ${typeof state === 'object' && state !== null ? JSON.stringify(state).slice(0, 80) : String(state)}; expected four 32-bit words`);
  const words = state.map((word, index) => {
    if (!(Number.isInteger(word) && word >= 0 && word < TWO_POW_32)) throw new RangeError(`state[${index}] must be an integer in [0, 2^32); got ${String(word)}`);
    return word;
  });
  if (words.every((word) => word === 0)) throw new RangeError('the xoshiro128** state must not be all zero');
  let s0 = words[0] ?? 1;
  let s1 = words[1] ?? 0;
  let s2 = words[2] ?? 0;
  let s3 = words[3] ?? 0;
  let spareNormal: number | undefined;

  function uint32(): number {
    // xoshiro128**: result = rotl(s1 × 5, 7) × 9, then the xorshift-rotate state transition.
    const times5 = Math.imul(s1, 5);
    const result = Math.imul((times5 << 7) | (times5 >>> 25), 9) >>> 0;
    const shifted = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= shifted;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  function float(): number {
    // 27 high bits of one output and 26 of the next make a 53-bit integer, scaled by 2^-53
    // (the construction of MT19937's genrand_res53): every double k·2^-53 in [0, 1) is equally likely.
    const high = uint32() >>> 5;
    const low = uint32() >>> 6;
    return (high * TWO_POW_26 + low) / TWO_POW_53;
  }

  function integer(count: number): number {
    if (!(Number.isInteger(count) && count >= 1 && count <= TWO_POW_32)) throw new RangeError(`count must be an integer from 1 to 2^32; got ${String(count)}`);
    // Rejection of the short last block of 2^32 mod count values keeps every integer equally likely.
    const limit = TWO_POW_32 - (TWO_POW_32 % count);
    for (;;) {
      const value = uint32();
      if (value < limit) return value % count;
    }
  }

  function standardNormal(): number {
    if (spareNormal !== undefined) {
      const value = spareNormal;
      spareNormal = undefined;
      return value;
    }
    // Box–Muller: 1 − u lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - float()));
    const angle = 2 * Math.PI * float();
    spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  function normal(mean = 0, standardDeviation = 1): number {
    if (!Number.isFinite(mean)) throw new RangeError(`mean must be finite; got ${String(mean)}`);
    if (!(Number.isFinite(standardDeviation) && standardDeviation >= 0)) throw new RangeError(`standardDeviation must be finite and non-negative; got ${String(standardDeviation)}`);
    return mean + standardDeviation * standardNormal();
  }

  function gammaUnit(shape: number): number {
    if (shape < 1) {
      // Boost: Gamma(a) = Gamma(a + 1) · U^(1/a) (Marsaglia and Tsang 2000, §6).
      return gammaUnit(shape + 1) * Math.pow(1 - float(), 1 / shape);
    }
    // Marsaglia and Tsang, "A simple method for generating gamma variables", ACM TOMS 26(3), 2000.
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = standardNormal();
      const base = 1 + c * x;
      if (base <= 0) continue;
      const v = base * base * base;
      const u = 1 - float();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  function gamma(shape: number, scale = 1): number {
    if (!(Number.isFinite(shape) && shape > 0)) throw new RangeError(`shape must be finite and positive; got ${String(shape)}`);
    if (!(Number.isFinite(scale) && scale > 0)) throw new RangeError(`scale must be finite and positive; got ${String(scale)}`);
    return gammaUnit(shape) * scale;
  }

  function dirichlet(concentrations: readonly number[]): number[] {
    if (concentrations.length === 0) throw new RangeError('dirichlet needs at least one concentration parameter');
    const draws = concentrations.map((concentration, index) => {
      if (!(Number.isFinite(concentration) && concentration > 0)) throw new RangeError(`concentrations[${index}] must be finite and positive; got ${String(concentration)}`);
      return gammaUnit(concentration);
    });
    let total = 0;
    for (const draw of draws) total += draw;
    if (total === Infinity) {
      // Concentrations near 1e308 give draws whose sum overflows: divide by the largest first.
      const largest = draws.reduce((most, draw) => Math.max(most, draw), 0);
      total = 0;
      for (let index = 0; index < draws.length; index += 1) {
        draws[index] = (draws[index] ?? 0) / largest;
        total += draws[index] ?? 0;
      }
    }
    // Every gamma draw can underflow to 0 for tiny concentrations; fall back to the most likely
    // corner (the largest draw is then undefined, so choose one uniformly) rather than divide 0/0.
    if (!(total > 0)) {
      const corner = integer(draws.length);
      return draws.map((_draw, index) => (index === corner ? 1 : 0));
    }
    return draws.map((draw) => draw / total);
  }

  return { uint32, float, integer, normal, gamma, dirichlet };
}
