/**
 * Benchmark of the certified-exact path (issue #7 §1, §8): exact `score()` — linear frameworks on
 * exact integers in doubles, BigInt only beyond 2^53 — against the same result computed the old
 * way (BigInt rationals throughout, `scoreValidatedOnBigInt`: "before") and against the fast
 * float64 engine (`fastModel`) on the same data, all measured in the same run. Targets: exact
 * `score()` ≤ 3× the fast engine, and 10,000 × 100 under 1 s.
 *
 * Texts on demand: `score()` computes every figure, rank, group rank and missing-data note, but a
 * unit's 40-digit and published texts are written the first time its `nodes` are read. So the
 * benchmark prints both: `score()` alone (what the targets are about), and `score()` followed by
 * `JSON.stringify` of the result, which writes every text — the full cost of a result read whole.
 *
 * Wall-clock and CPU times are both printed: on a shared machine wall time includes waiting for a
 * core, CPU time (this process, every thread: GC helpers included) does not.
 *
 * Run: npm run bench:certified            (63 × 50 and 10,000 × 100)
 *      npm run bench:certified -- --quick (63 × 50 only)
 */
import { mulberry32 } from '../scripts/random.js';
import { assertDataset, assertFramework, compilePlan, score, scoreValidated, type DatasetInput, type FrameworkInput } from '../src/index.js';
import { scoreValidatedOnBigInt } from '../src/engine/score.js';
import { fastModel } from '../src/engine/fast/model.js';
import { GOALPOSTS } from './goalposts.js';


/** index → sub-indices → pillars of 10 goalpost indicators, scale 100, as bench/fast.bench.ts builds it. */
function build(units: number, indicators: number): { framework: FrameworkInput; data: DatasetInput } {
  const next = mulberry32(units * 1000 + indicators);
  const perPillar = 10;
  const pillarsPerGroup = 4;
  const pillars = Math.ceil(indicators / perPillar);
  const goalposts: [number, number][] = [];
  const pillarNodes = Array.from({ length: pillars }, (_pillar, p) => ({
    kind: 'aggregate' as const,
    id: `pillar${p}`,
    weight: p % 2 === 0 ? 1 : 2,
    children: Array.from({ length: Math.min(perPillar, indicators - p * perPillar) }, (_indicator, i) => {
      const index = p * perPillar + i;
      const [min, max] = GOALPOSTS[index % GOALPOSTS.length] as [number, number];
      goalposts.push([min, max]);
      return { kind: 'indicator' as const, id: `i${index}`, unit: 'score' as const, weight: index % 3 === 0 ? 2 : 1, normalisation: { method: 'goalposts' as const, min, max } };
    }),
  }));
  const groups = Math.ceil(pillars / pillarsPerGroup);
  const children = Array.from({ length: groups }, (_group, g) => ({ kind: 'aggregate' as const, id: `sub${g}`, children: pillarNodes.filter((_pillar, p) => Math.floor(p / pillarsPerGroup) === g) }));
  const framework: FrameworkInput = { id: 'bench', name: 'Benchmark', scale: 100, root: { kind: 'aggregate', id: 'index', children } };
  const data: DatasetInput = {
    units: Array.from({ length: units }, (_unit, u) => ({
      id: `U${u}`,
      values: Object.fromEntries(
        goalposts.map(([min, max], index) => {
          const decimals = max > 1 ? 100 : 10_000;
          return [`i${index}`, Math.round((min + (max - min) * next()) * decimals) / decimals];
        }),
      ),
    })),
  };
  return { framework, data };
}

interface Timing {
  wall: number;
  cpu: number;
}

function time(action: () => unknown): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  action();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function median(samples: Timing[]): Timing {
  const middle = (values: number[]): number => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] as number;
  return { wall: middle(samples.map((sample) => sample.wall)), cpu: middle(samples.map((sample) => sample.cpu)) };
}

const show = (timing: Timing): string => `${timing.wall.toFixed(1).padStart(8)} ms (cpu ${timing.cpu.toFixed(0)})`;
const quick = process.argv.includes('--quick');
const sizes = [
  { units: 63, indicators: 50, runs: 41 },
  ...(quick ? [] : [{ units: 10_000, indicators: 100, runs: 3 }]),
];

console.log('certified-exact score() vs the BigInt path (before) and the fast float64 engine, same data, same run; medians.');
console.log('score() writes each unit\'s texts when its nodes are first read; "+ every text" is score() then JSON.stringify of the whole result.\n');
for (const { units, indicators, runs } of sizes) {
  const built = build(units, indicators);
  const framework = assertFramework(built.framework);
  const dataset = assertDataset(framework, built.data);
  const plan = compilePlan(framework);
  // warm-up on a small dataset of the same framework, so the JIT has seen the code
  const small = build(63, indicators);
  for (let warm = 0; warm < 3; warm += 1) {
    score(built.framework, small.data);
    scoreValidatedOnBigInt(plan, assertDataset(framework, small.data));
    fastModel(built.framework, small.data);
  }
  // the two paths give the same result (the property tests check it on random frameworks)
  const same = JSON.stringify(scoreValidated(plan, dataset)) === JSON.stringify(scoreValidatedOnBigInt(plan, dataset));
  const samples: Record<'score' | 'everyText' | 'validation' | 'certified' | 'bigint' | 'fast', Timing[]> = { score: [], everyText: [], validation: [], certified: [], bigint: [], fast: [] };
  for (let run = 0; run < runs; run += 1) {
    samples.score.push(time(() => score(built.framework, built.data)));
    samples.everyText.push(time(() => JSON.stringify(score(built.framework, built.data)).length));
    samples.validation.push(time(() => assertDataset(assertFramework(built.framework), built.data)));
    samples.certified.push(time(() => scoreValidated(plan, dataset)));
    // before: what score() did until now — the same validation and plan, then the BigInt executor
    samples.bigint.push(
      time(() => {
        const checked = assertFramework(built.framework);
        return scoreValidatedOnBigInt(compilePlan(checked), assertDataset(checked, built.data));
      }),
    );
    samples.fast.push(time(() => fastModel(built.framework, built.data)));
  }
  const scoreTime = median(samples.score);
  const validation = median(samples.validation);
  const bigint = median(samples.bigint);
  const fast = median(samples.fast);
  const before = bigint;
  const ratio = scoreTime.wall / fast.wall;
  console.log(`${units} × ${indicators} (3 levels, goalposts, scale 100); results identical: ${String(same)}`);
  const everyText = median(samples.everyText);
  console.log(`  exact score() now (texts on demand) ${show(scoreTime)}`);
  console.log(`    + every text (JSON.stringify)     ${show(everyText)}   → ${(everyText.wall / fast.wall).toFixed(2)}× the fast engine; before: score() alone ${(before.wall / everyText.wall).toFixed(2)}× this`);
  console.log(`    of which validation              ${show(validation)}`);
  console.log(`    scoreValidated (certified path)  ${show(median(samples.certified))}`);
  console.log(`  before: score() on the BigInt path ${show(before)}   → ${(before.wall / scoreTime.wall).toFixed(2)}× faster now (cpu ${(before.cpu / scoreTime.cpu).toFixed(2)}×)`);
  console.log(`  fast engine, fastModel()           ${show(fast)}`);
  console.log(`  exact score() / fast engine: ${ratio.toFixed(2)}× wall, ${(scoreTime.cpu / fast.cpu).toFixed(2)}× cpu — ${ratio <= 3 ? 'met' : 'MISSED'} (target ≤ 3×)${units === 10_000 ? `; ${scoreTime.wall < 1000 ? 'met' : 'MISSED'} (target < 1 s)` : ''}\n`);
}
