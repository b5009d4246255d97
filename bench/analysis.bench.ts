/**
 * Benchmark of the analyses (issue #7 §8) through the public API researchers call, each figure
 * against a baseline measured in the same run, on generated data (mulberry32, seeded):
 *
 * (d) 100 weight-noise runs (±25% uniform on every weight) on 51 × 49, four levels (index → 2
 *     sub-indices → 8 pillars → 49 indicators, the shape of COINr's ASEM example), end to end:
 *     `uncertainty(model, { sources: [{ kind: 'weights', noise: 0.25 }], runs: 100, seed: 1 })` —
 *     target ≤ 5 ms (COINr 2.6 s); baseline: the same 100 runs as bare `model.run` calls;
 * (f) Sobol' first- and total-order indices, 10 factors (weight noise, one factor per aggregate
 *     of a 63 × 50 framework with 10 aggregates), N = 1,000: 12,000 runs, mean absolute rank
 *     shift, 1,000 bootstrap resamples, one thread — target < 1 s; baseline: the 12,000 runs alone;
 * (g) worker threads: `uncertaintyInWorkers` with 1, 2, … `availableParallelism()` threads on
 *     1,000 × 100, for 1,000 and 4,000 runs; efficiency = T1 / (p · Tp), also for the 3,000 runs
 *     between the two (a call's fixed costs — starting the pool, compiling — taken out);
 *     1 thread runs in this thread, without a pool;
 * (h) sizing of §6: 10,000 × 100 and 3,321 × 100 (the communes of Vietnam before and after 2025),
 *     1,000 runs each, one thread: time per run, the rank matrix's memory (4 bytes × runs × units).
 * The 100,000 × 100 line is (e) of bench/fast.bench.ts.
 *
 * Times are steady-state medians after a warm-up (the JIT compiles the loop first); (d) also
 * prints the first call's time, JIT compilation included.
 *
 * Run: npm run bench:analysis   (add --quick for (d) and (f) only, with fewer repetitions)
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { mulberry32 } from '../scripts/random.js';
import { fastModel, modelSensitivity, uncertainty, type FastModel, type UncertaintySource } from '../src/analysis/index.js';
import { createRandom } from '../src/analysis/random.js';
import type { DatasetInput, FrameworkInput } from '../src/index.js';

const quick = process.argv.includes('--quick');

/**
 * A framework of aggregates above `indicators` indicators (goalposts 0–100, weights 1 or 2):
 * `pillars` pillars of about equal size, grouped into `groups` sub-indices (0: pillars under the
 * index), and data with two decimals.
 */
function build(units: number, indicators: number, pillars: number, groups: number): { framework: FrameworkInput; data: DatasetInput } {
  const next = mulberry32(units * 1000 + indicators);
  const pillarNodes = Array.from({ length: pillars }, (_pillar, p) => {
    const first = Math.floor((indicators * p) / pillars);
    const end = Math.floor((indicators * (p + 1)) / pillars);
    return {
      kind: 'aggregate' as const,
      id: `pillar${p}`,
      weight: p % 2 === 0 ? 1 : 2,
      children: Array.from({ length: end - first }, (_indicator, i) => ({
        kind: 'indicator' as const,
        id: `i${first + i}`,
        unit: 'score' as const,
        weight: (first + i) % 3 === 0 ? 2 : 1,
        normalisation: { method: 'goalposts' as const, min: 0, max: 100 },
      })),
    };
  });
  const children =
    groups === 0
      ? pillarNodes
      : Array.from({ length: groups }, (_group, g) => ({ kind: 'aggregate' as const, id: `sub${g}`, children: pillarNodes.filter((_pillar, p) => Math.floor((p * groups) / pillars) === g) }));
  const framework: FrameworkInput = { id: 'bench', name: 'Benchmark', scale: 100, root: { kind: 'aggregate', id: 'index', children } };
  const data: DatasetInput = {
    units: Array.from({ length: units }, (_unit, u) => ({
      id: `U${u}`,
      values: Object.fromEntries(Array.from({ length: indicators }, (_indicator, i) => [`i${i}`, Math.round(100 * next() * 100) / 100])),
    })),
  };
  return { framework, data };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function time(action: () => unknown): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** Steady-state timings after `warm` untimed calls: the median and the fastest of `samples`. */
async function steady(action: () => unknown, warm: number, samples: number): Promise<{ median: number; fastest: number }> {
  for (let call = 0; call < warm; call += 1) await action();
  const times: number[] = [];
  for (let call = 0; call < samples; call += 1) times.push(await time(action));
  return { median: median(times), fastest: Math.min(...times) };
}

/** A timing as "median (fastest …)", in ms. */
const shown = ({ median: middle, fastest }: { median: number; fastest: number }, digits = 2): string => `${middle.toFixed(digits)} ms (fastest ${fastest.toFixed(digits)})`;

const meets = (value: number, target: number, below: boolean): boolean => (below ? value < target : value <= target);
/** Met on the median; "met at the fastest" when only the fastest run meets it (a loaded machine). */
const verdict = ({ median: middle, fastest }: { median: number; fastest: number }, target: number, unit: string, below = false): string =>
  `${meets(middle, target, below) ? 'met' : meets(fastest, target, below) ? 'met at the fastest run only, MISSED at the median' : 'MISSED'} (target ${below ? '<' : '≤'} ${target} ${unit})`;
const WEIGHT_NOISE: UncertaintySource[] = [{ kind: 'weights', noise: 0.25 }];

/** The same runs as bare model runs: weights drawn as `uncertainty` draws them, the index's ranks read. */
function bareRuns(model: FastModel, runs: number, seed: number): () => void {
  const nominal = model.weights();
  const weights = new Float64Array(nominal.length);
  const parent = model.plan.parent;
  return () => {
    for (let run = 0; run < runs; run += 1) {
      const random = createRandom(seed, run);
      weights.set(nominal);
      // every weight but the root's, in the order of the nodes (the same count of draws)
      for (let position = 0; position < nominal.length; position += 1) if ((parent[position] as number) >= 0) weights[position] = (nominal[position] as number) * (1 + (random.float() * 2 - 1) * 0.25);
      model.run({ weightVector: weights }).ranks(model.root);
    }
  };
}

const [oneMinute = 0, fiveMinutes = 0] = loadavg();
const load = `load average ${oneMinute.toFixed(2)} (1 min), ${fiveMinutes.toFixed(2)} (5 min) on ${availableParallelism()} cores`;

console.log(`chiso analyses, measured against baselines in the same run; steady-state medians; ${load}.\n`);

// (d) 100 weight-noise runs, 51 × 49, four levels, end to end
{
  const { framework, data } = build(51, 49, 8, 2);
  const model = fastModel(framework, data);
  const analysis = (): Promise<unknown> => uncertainty(model, { sources: WEIGHT_NOISE, runs: 100, seed: 1 });
  const first = await time(analysis);
  const whole = await steady(analysis, quick ? 20 : 100, quick ? 15 : 41);
  const bare = await steady(bareRuns(model, 100, 1), quick ? 20 : 100, quick ? 15 : 41);
  const build51 = await steady(() => fastModel(framework, data), 5, quick ? 5 : 15);
  console.log(
    `(d) 51 × 49, 4 levels, uncertainty() with 100 runs of ±25% weight noise, end to end: ${shown(whole)} — ${verdict(whole, 5, 'ms')}; ${((whole.median / 100) * 1000).toFixed(1)} µs per run; the first call, JIT compilation included, ${first.toFixed(1)} ms; the same 100 runs as bare model.run() calls ${shown(bare)} (uncertainty() = ${(whole.median / bare.median).toFixed(2)}× that); fastModel() of the 51 × 49 data ${shown(build51)}; COINr 2.6 s (${Math.round(2600 / whole.median)}× slower than the median)`,
  );
}

// (f) Sobol', 10 factors, N = 1,000 on 63 × 50
{
  // 9 pillars under the index: 10 aggregates, so weight noise "per-aggregate" is 10 factors
  const { framework, data } = build(63, 50, 9, 0);
  const model = fastModel(framework, data);
  const sources: UncertaintySource[] = [{ kind: 'weights', noise: 0.25, factors: 'per-aggregate' }];
  const analysis = (n: number) => modelSensitivity(model, { sources, output: { kind: 'mean-rank-shift' }, n, seed: 1 });
  await analysis(64);
  const result = await analysis(1000);
  const whole = await steady(() => analysis(1000), 0, quick ? 3 : 5);
  const noBootstrap = await steady(() => modelSensitivity(model, { sources, output: { kind: 'mean-rank-shift' }, n: 1000, seed: 1, bootstrap: false }), 0, 3);
  const bare = await steady(bareRuns(model, result.runs, 1), 1, 3);
  console.log(
    `(f) 63 × 50, Sobol' indices of the mean rank shift, ${result.indices.length} factors (${result.indices.map((index) => index.name.replace('weights:', '')).join(', ')}), N = 1,000, ${result.runs.toLocaleString('en')} runs, one thread, with 1,000 bootstrap resamples: ${shown(whole, 0)} — ${verdict(whole, 1000, 'ms', true)}; without the bootstrap ${shown(noBootstrap, 0)}; the same number of bare model.run() calls ${shown(bare, 0)} (modelSensitivity() = ${(whole.median / bare.median).toFixed(2)}× that)`,
  );
}

// (g) worker threads
if (!quick) {
  const cores = availableParallelism();
  const units = 1000;
  const runs = 1000;
  const { framework, data } = build(units, 100, 10, 3);
  // The built package when there is one (CI builds before its quick bench; `npm run build` here):
  // that is what users run, and its workers load plain JavaScript instead of compiling the
  // TypeScript sources through tsx, which alone takes about a second per pool.
  const builtUrl = new URL('../dist/node/index.js', import.meta.url);
  const fromBuild = existsSync(builtUrl);
  const { uncertaintyInWorkers } = fromBuild ? ((await import(builtUrl.href)) as typeof import('../src/node/index.js')) : await import('../src/node/index.js');
  const timings: { threads: number; small: number; large: number; startup: number }[] = [];
  for (let threads = 1; threads <= cores; threads += 1) {
    const options = { sources: WEIGHT_NOISE, seed: 1, threads };
    await uncertaintyInWorkers(framework, data, { ...options, runs: 100 });
    // a pool's start: the threads start, load the library and compile the model (one run each)
    const startup = threads === 1 ? 0 : await time(() => uncertaintyInWorkers(framework, data, { ...options, runs: threads }));
    const small = await time(() => uncertaintyInWorkers(framework, data, { ...options, runs }));
    const large = await time(() => uncertaintyInWorkers(framework, data, { ...options, runs: 4 * runs }));
    timings.push({ threads, small, large, startup });
  }
  const one = timings[0] ?? { small: Number.NaN, large: Number.NaN };
  const describe = ({ threads, small, large, startup }: (typeof timings)[number]): string =>
    `${threads} thread${threads === 1 ? '' : 's'}: ${runs.toLocaleString('en')} runs ${small.toFixed(0)} ms (efficiency ${(one.small / (threads * small)).toFixed(2)}), ${(4 * runs).toLocaleString('en')} runs ${large.toFixed(0)} ms (${(one.large / (threads * large)).toFixed(2)}), the ${(3 * runs).toLocaleString('en')} runs between ${(large - small).toFixed(0)} ms (${((one.large - one.small) / (threads * (large - small))).toFixed(2)})${threads === 1 ? ', in this thread without a pool' : `, a pool's start alone ${startup.toFixed(0)} ms`}`;
  console.log(
    `(g) uncertaintyInWorkers, ${units.toLocaleString('en')} × 100, on ${cores} available cores (load average ${(loadavg()[0] ?? 0).toFixed(2)}); efficiency = T1 / (p · Tp): ${timings.map(describe).join('; ')}. A call starts its own pool: the workers load the library (${fromBuild ? 'the built package, dist/' : 'from the TypeScript sources through tsx: run npm run build first to measure what users run'}) and compile the model and their loops afresh`,
  );
}

// (h) sizing: every commune of Vietnam × 100 indicators
if (!quick) {
  for (const units of [10_000, 3_321]) {
    const runs = 1000;
    const { framework, data } = build(units, 100, 10, 3);
    const model = fastModel(framework, data);
    await uncertainty(model, { sources: WEIGHT_NOISE, runs: 20, seed: 1 });
    const rssBefore = process.memoryUsage().rss;
    const whole = await time(() => uncertainty(model, { sources: WEIGHT_NOISE, runs, seed: 1 }));
    const bare = await time(bareRuns(model, runs, 1));
    const perRun = whole / runs;
    const matrix = 4 * runs * units;
    const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
    console.log(
      `(h) ${units.toLocaleString('en')} × 100, uncertainty() with ${runs.toLocaleString('en')} runs: ${(whole / 1000).toFixed(2)} s (${perRun.toFixed(2)} ms per run; bare model.run() calls ${(bare / runs).toFixed(2)} ms per run), rank matrix ${mb(matrix)} (rss grew ${mb(process.memoryUsage().rss - rssBefore)}); 10⁴ runs: about ${((perRun * 10_000) / 1000).toFixed(0)} s on one thread, rank matrix ${mb(matrix * 10)}`,
    );
  }
}
