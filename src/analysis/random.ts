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

/**
 * 64-bit integers are held as two unsigned 32-bit words (high, low) and computed with 32-bit and
 * exact double arithmetic — the same numbers BigInt would give, without allocating a BigInt:
 * seeding a stream costs a few dozen integer operations.
 */
const TWO_POW_32_WORD = 4_294_967_296;

/** The low 64 bits of a·b for a = (aHigh, aLow), b = (bHigh, bLow); the result in `into`. */
function multiply64(aHigh: number, aLow: number, bHigh: number, bLow: number, into: Uint32Array): void {
  // aLow · bLow in full from 16-bit halves (every partial product and sum is an exact double)
  const a0 = aLow & 0xffff;
  const a1 = aLow >>> 16;
  const b0 = bLow & 0xffff;
  const b1 = bLow >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const carry = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const lowHigh = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + Math.floor(carry / 65_536);
  into[1] = Math.imul(aLow, bLow) >>> 0;
  into[0] = (lowHigh + Math.imul(aLow, bHigh) + Math.imul(aHigh, bLow)) >>> 0;
}

/** splitmix64's output function on (high, low), in place: a bijection of 64-bit integers with mix64(0) = 0. */
function mix64(word: Uint32Array): void {
  let high = word[0] as number;
  let low = word[1] as number;
  // z ^= z >> 30
  low = (low ^ ((low >>> 30) | (high << 2))) >>> 0;
  high = (high ^ (high >>> 30)) >>> 0;
  multiply64(high, low, 0xbf58476d, 0x1ce4e5b9, word);
  high = word[0] as number;
  low = word[1] as number;
  // z ^= z >> 27
  low = (low ^ ((low >>> 27) | (high << 5))) >>> 0;
  high = (high ^ (high >>> 27)) >>> 0;
  multiply64(high, low, 0x94d049bb, 0x133111eb, word);
  high = word[0] as number;
  low = word[1] as number;
  // z ^= z >> 31
  word[1] = (low ^ ((low >>> 31) | (high << 1))) >>> 0;
  word[0] = (high ^ (high >>> 31)) >>> 0;
}

/** A seed or stream as 64-bit two's complement (high, low) words, into `into`. */
function toWords(value: number | bigint, name: string, into: Uint32Array): void {
  if (typeof value === 'bigint') {
    const word = BigInt.asUintN(64, value);
    into[0] = Number(word >> 32n);
    into[1] = Number(word & 0xffffffffn);
    return;
  }
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer (or a bigint); got ${String(value)}`);
  // floor division gives the high word of the two's complement for negative values too
  into[0] = Math.floor(value / TWO_POW_32_WORD) >>> 0;
  into[1] = value >>> 0;
}

/** (high, low) + (addHigh, addLow) modulo 2^64, in place. */
function add64(word: Uint32Array, addHigh: number, addLow: number): void {
  const low = (word[1] as number) + addLow;
  word[1] = low >>> 0;
  word[0] = ((word[0] as number) + addHigh + (low >= TWO_POW_32_WORD ? 1 : 0)) >>> 0;
}

/** splitmix64's increment γ = 0x9e3779b97f4a7c15, and 2γ mod 2^64 = 0x3c6ef372fe94f82a. */
const GAMMA_HIGH = 0x9e3779b9;
const GAMMA_LOW = 0x7f4a7c15;
const TWO_GAMMA_HIGH = 0x3c6ef372;
const TWO_GAMMA_LOW = 0xfe94f82a;

/** Scratch words for seeding (seeding is synchronous, so one set serves every call). */
const seedWords = new Uint32Array(2);
const streamWords = new Uint32Array(2);
const outputWords = new Uint32Array(2);

/**
 * The four xoshiro128** state words for a seed and stream: splitmix64 seeded with
 * `seed ⊕ mix64(stream)`, its first two outputs split low word first.
 */
function seedState(seed: number | bigint, stream: number | bigint): [number, number, number, number] {
  toWords(seed, 'seed', seedWords);
  toWords(stream, 'stream', streamWords);
  mix64(streamWords);
  const startHigh = ((seedWords[0] as number) ^ (streamWords[0] as number)) >>> 0;
  const startLow = ((seedWords[1] as number) ^ (streamWords[1] as number)) >>> 0;
  outputWords[0] = startHigh;
  outputWords[1] = startLow;
  add64(outputWords, GAMMA_HIGH, GAMMA_LOW);
  mix64(outputWords);
  const firstLow = outputWords[1] as number;
  const firstHigh = outputWords[0] as number;
  outputWords[0] = startHigh;
  outputWords[1] = startLow;
  add64(outputWords, TWO_GAMMA_HIGH, TWO_GAMMA_LOW);
  mix64(outputWords);
  // The all-zero state is the one state xoshiro cannot leave. Two consecutive splitmix64 outputs
  // are never both zero (mix64 is a bijection and the states differ), so this cannot happen.
  return [firstLow, firstHigh, outputWords[1] as number, outputWords[0] as number];
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
  return generator(seedState(seed, stream));
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
  return generator([words[0] ?? 1, words[1] ?? 0, words[2] ?? 0, words[3] ?? 0]);
}

/**
 * The generator from four state words already checked (not all zero). Its functions are the
 * methods of object literals that call each other through the object (never `this`), so each
 * works unbound (`const next = random.uint32`), and making a stream allocates only the two objects.
 */
function generator(state: readonly [number, number, number, number]): Random {
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let s3 = state[3];
  let spareNormal: number | undefined;

  const random: Random = {
    uint32(): number {
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
    },

    float(): number {
      // 27 high bits of one output and 26 of the next make a 53-bit integer, scaled by 2^-53
      // (the construction of MT19937's genrand_res53): every double k·2^-53 in [0, 1) is equally likely.
      const high = random.uint32() >>> 5;
      const low = random.uint32() >>> 6;
      return (high * TWO_POW_26 + low) / TWO_POW_53;
    },

    integer(count: number): number {
      if (!(Number.isInteger(count) && count >= 1 && count <= TWO_POW_32)) throw new RangeError(`count must be an integer from 1 to 2^32; got ${String(count)}`);
      // Rejection of the short last block of 2^32 mod count values keeps every integer equally likely.
      const limit = TWO_POW_32 - (TWO_POW_32 % count);
      for (;;) {
        const value = random.uint32();
        if (value < limit) return value % count;
      }
    },

    normal(mean = 0, standardDeviation = 1): number {
      if (!Number.isFinite(mean)) throw new RangeError(`mean must be finite; got ${String(mean)}`);
      if (!(Number.isFinite(standardDeviation) && standardDeviation >= 0)) throw new RangeError(`standardDeviation must be finite and non-negative; got ${String(standardDeviation)}`);
      return mean + standardDeviation * draws.standardNormal();
    },

    gamma(shape: number, scale = 1): number {
      if (!(Number.isFinite(shape) && shape > 0)) throw new RangeError(`shape must be finite and positive; got ${String(shape)}`);
      if (!(Number.isFinite(scale) && scale > 0)) throw new RangeError(`scale must be finite and positive; got ${String(scale)}`);
      return draws.gammaUnit(shape) * scale;
    },

    dirichlet(concentrations: readonly number[]): number[] {
      if (concentrations.length === 0) throw new RangeError('dirichlet needs at least one concentration parameter');
      const gammas = concentrations.map((concentration, index) => {
        if (!(Number.isFinite(concentration) && concentration > 0)) throw new RangeError(`concentrations[${index}] must be finite and positive; got ${String(concentration)}`);
        return draws.gammaUnit(concentration);
      });
      let total = 0;
      for (const draw of gammas) total += draw;
      if (total === Infinity) {
        // Concentrations near 1e308 give draws whose sum overflows: divide by the largest first.
        const largest = gammas.reduce((most, draw) => Math.max(most, draw), 0);
        total = 0;
        for (let index = 0; index < gammas.length; index += 1) {
          gammas[index] = (gammas[index] ?? 0) / largest;
          total += gammas[index] ?? 0;
        }
      }
      // Every gamma draw can underflow to 0 for tiny concentrations; fall back to the most likely
      // corner (the largest draw is then undefined, so choose one uniformly) rather than divide 0/0.
      if (!(total > 0)) {
        const corner = random.integer(gammas.length);
        return gammas.map((_draw, index) => (index === corner ? 1 : 0));
      }
      return gammas.map((draw) => draw / total);
    },
  };

  const draws = {
    standardNormal(): number {
      if (spareNormal !== undefined) {
        const value = spareNormal;
        spareNormal = undefined;
        return value;
      }
      // Box–Muller: 1 − u lies in (0, 1], so the logarithm is finite.
      const radius = Math.sqrt(-2 * Math.log(1 - random.float()));
      const angle = 2 * Math.PI * random.float();
      spareNormal = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },

    gammaUnit(shape: number): number {
      if (shape < 1) {
        // Boost: Gamma(a) = Gamma(a + 1) · U^(1/a) (Marsaglia and Tsang 2000, §6).
        return draws.gammaUnit(shape + 1) * Math.pow(1 - random.float(), 1 / shape);
      }
      // Marsaglia and Tsang, "A simple method for generating gamma variables", ACM TOMS 26(3), 2000.
      const d = shape - 1 / 3;
      const c = 1 / Math.sqrt(9 * d);
      for (;;) {
        const x = draws.standardNormal();
        const base = 1 + c * x;
        if (base <= 0) continue;
        const v = base * base * base;
        const u = 1 - random.float();
        if (u < 1 - 0.0331 * x * x * x * x) return d * v;
        if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
      }
    },
  };

  return random;
}
