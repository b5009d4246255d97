/**
 * Benchmark of the fast (float64) engine, each figure against a baseline measured in the same run
 * (issue #7 §8), on generated data (mulberry32, seeded):
 *
 * (a) the engine computing every node vs a hand-written Float64Array loop doing the same
 *     arithmetic (goalposts, weighted means over 3 levels), 10,000 × 100 — target ≤ 2×;
 * (b) exact `score()` vs the fast engine, 10,000 × 100 (informational);
 * (c) one-weight rescoring, 200 × 100, 3 levels — target ≤ 0.1 ms per rescoring (median);
 * (d) 100 weight-noise runs (±25% uniform on every weight), 51 × 49, 4 levels, as bare model runs —
 *     target ≤ 5 ms total (end to end through `uncertainty()`: bench/analysis.bench.ts);
 * (e) 100,000 × 100 scored by the fast engine — target < 5 s and < 1 GB.
 *
 * Run: npm run bench:fast   (add --quick to skip (b) and (e))
 */
import { mulberry32 } from '../scripts/random.js';
import { assertDataset, assertFramework, score, type DatasetInput, type FrameworkInput } from '../src/index.js';
import { readFloatColumns } from '../src/engine/fast/columns.js';
import { evaluateAggregate, evaluateIndicator, scratchFor, type NodeColumn } from '../src/engine/fast/evaluate.js';
import { fastModel, fastModelValidated } from '../src/engine/fast/model.js';
import { fastPlan } from '../src/engine/fast/plan.js';
import type { MissingPolicy, Normalisation } from '../src/model/framework.js';
import type { NormaliseMethod } from '../src/methods/normalise/types.js';
import { GOALPOSTS } from './goalposts.js';

const quick = process.argv.includes('--quick');

interface Built {
  framework: FrameworkInput;
  data: DatasetInput;
  /** Indicator goalposts and weights, pillar of each indicator, pillar weights, sub-index of each pillar. */
  goalposts: [number, number][];
  weights: number[];
  pillarOf: number[];
  pillarWeights: number[];
  groupOf: number[];
  groups: number;
}

/**
 * A framework of `levels` aggregate levels above the indicators (2: index → pillars; 3: index →
 * sub-indices → pillars) with goalposts and weights 1 or 2, and data with two to four decimals.
 */
function build(units: number, indicators: number, levels: 2 | 3, perPillar = 10, pillarsPerGroup = 4): Built {
  const next = mulberry32(units * 1000 + indicators);
  const pillars = Math.ceil(indicators / perPillar);
  const groups = levels === 3 ? Math.ceil(pillars / pillarsPerGroup) : 1;
  const goalposts: [number, number][] = [];
  const weights: number[] = [];
  const pillarOf: number[] = [];
  const pillarWeights: number[] = [];
  const groupOf: number[] = [];
  const pillarNodes = Array.from({ length: pillars }, (_pillar, p) => {
    const weight = p % 2 === 0 ? 1 : 2;
    pillarWeights.push(weight);
    groupOf.push(Math.floor(p / pillarsPerGroup));
    return {
      kind: 'aggregate' as const,
      id: `pillar${p}`,
      weight,
      children: Array.from({ length: Math.min(perPillar, indicators - p * perPillar) }, (_indicator, i) => {
        const index = p * perPillar + i;
        const [min, max] = GOALPOSTS[index % GOALPOSTS.length] as [number, number];
        goalposts.push([min, max]);
        weights.push(index % 3 === 0 ? 2 : 1);
        pillarOf.push(p);
        return { kind: 'indicator' as const, id: `i${index}`, unit: 'score' as const, weight: index % 3 === 0 ? 2 : 1, normalisation: { method: 'goalposts' as const, min, max } };
      }),
    };
  });
  const children =
    levels === 2
      ? pillarNodes
      : Array.from({ length: groups }, (_group, g) => ({ kind: 'aggregate' as const, id: `sub${g}`, children: pillarNodes.filter((_pillar, p) => Math.floor(p / pillarsPerGroup) === g) }));
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
  return { framework, data, goalposts, weights, pillarOf, pillarWeights, groupOf, groups };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/** The hand-written loop: goalposts per column, weighted means into pillars, sub-indices and the index. */
function handLoop(built: Built, columns: Float64Array[], units: number): () => void {
  const { goalposts, weights, pillarOf, pillarWeights, groupOf, groups } = built;
  const pillars = pillarWeights.length;
  return () => {
    const pillarScores = Array.from({ length: pillars }, () => new Float64Array(units));
    const weightSums = new Float64Array(pillars);
    columns.forEach((column, i) => {
      const [min, max] = goalposts[i] as [number, number];
      const range = max - min;
      const weight = weights[i] as number;
      const normalised = new Float64Array(units);
      const target = pillarScores[pillarOf[i] as number] as Float64Array;
      for (let u = 0; u < units; u += 1) {
        const n = ((column[u] as number) - min) / range;
        normalised[u] = n;
        target[u] = (target[u] as number) + weight * n;
      }
      weightSums[pillarOf[i] as number] = (weightSums[pillarOf[i] as number] as number) + weight;
    });
    const groupScores = Array.from({ length: groups }, () => new Float64Array(units));
    const groupWeights = new Float64Array(groups);
    pillarScores.forEach((scores, p) => {
      const weight = pillarWeights[p] as number;
      const sum = weightSums[p] as number;
      const target = groupScores[groupOf[p] as number] as Float64Array;
      for (let u = 0; u < units; u += 1) {
        scores[u] = (scores[u] as number) / sum;
        target[u] = (target[u] as number) + weight * (scores[u] as number);
      }
      groupWeights[groupOf[p] as number] = (groupWeights[groupOf[p] as number] as number) + weight;
    });
    const index = new Float64Array(units);
    groupScores.forEach((scores, g) => {
      for (let u = 0; u < units; u += 1) index[u] = (index[u] as number) + (scores[u] as number) / (groupWeights[g] as number);
    });
    for (let u = 0; u < units; u += 1) index[u] = (index[u] as number) / groups;
  };
}

/** The fast engine's evaluation of every node (the code a run executes), on columns already read. */
function engineEvaluation(built: Built): { evaluate: () => void; columns: Float64Array[] } {
  const framework = assertFramework(built.framework);
  const dataset = assertDataset(framework, built.data);
  const plan = fastPlan(framework);
  const ids = Array.from(plan.indicators, (position) => plan.nodeIds[position] as string);
  const inputs = readFloatColumns(dataset, ids);
  const units = dataset.units.length;
  const ranked = new Uint8Array(units).fill(1);
  const scratch = scratchFor(units);
  const unitIds = dataset.units.map((unit) => unit.id);
  const evaluate = (): void => {
    const columns: (NodeColumn | null)[] = new Array<NodeColumn | null>(plan.nodeIds.length).fill(null);
    plan.indicators.forEach((position, index) => {
      columns[position] = evaluateIndicator(plan, position, inputs[index] as (typeof inputs)[number], [], plan.normalisations[position] as Normalisation, plan.normaliseMethods[position] as NormaliseMethod, ranked, unitIds, plan.prepared[position] ?? null);
    });
    for (const position of plan.evaluationOrder) {
      const children = Array.from(plan.children[position] as Int32Array);
      columns[position] = evaluateAggregate(
        plan,
        position,
        { children, weights: Float64Array.from(children, (child) => plan.weights[child] as number), aggregate: plan.aggregators[position] as NonNullable<(typeof plan.aggregators)[number]>, methodName: 'mean', missing: plan.missing[position] as MissingPolicy },
        columns,
        scratch,
        unitIds,
      );
    }
  };
  return { evaluate, columns: inputs.map((column) => column.values) };
}

const verdict = (value: number, target: number, unit: string): string => `${value <= target ? 'met' : 'MISSED'} (target ≤ ${target} ${unit})`;

console.log('chiso fast engine (float64), measured against baselines in the same run; medians.\n');

// (a) engine vs hand-written loop, 10,000 × 100, 3 levels
{
  const units = 10_000;
  const built = build(units, 100, 3);
  const { evaluate, columns } = engineEvaluation(built);
  const loop = handLoop(built, columns, units);
  for (let warm = 0; warm < 5; warm += 1) {
    evaluate();
    loop();
  }
  const engineTimes: number[] = [];
  const loopTimes: number[] = [];
  for (let run = 0; run < 15; run += 1) {
    engineTimes.push(time(evaluate));
    loopTimes.push(time(loop));
  }
  const engineMs = median(engineTimes);
  const loopMs = median(loopTimes);
  console.log(`(a) 10,000 × 100, 3 levels: engine evaluation of every node ${engineMs.toFixed(2)} ms, hand-written Float64Array loop ${loopMs.toFixed(2)} ms, ratio ${(engineMs / loopMs).toFixed(2)}× — ${verdict(engineMs / loopMs, 2, '×')}`);

  // (b) exact score() vs the fast engine
  if (!quick) {
    const framework = assertFramework(built.framework);
    const dataset = assertDataset(framework, built.data);
    fastModelValidated(framework, dataset);
    const exactMs = time(() => score(built.framework, built.data));
    const modelMs = median([0, 1, 2].map(() => time(() => fastModel(built.framework, built.data))));
    const validatedMs = median([0, 1, 2].map(() => time(() => fastModelValidated(framework, dataset))));
    console.log(`(b) 10,000 × 100: exact score() ${exactMs.toFixed(0)} ms; fastModel() ${modelMs.toFixed(0)} ms with validation (${(exactMs / modelMs).toFixed(1)}× faster), ${validatedMs.toFixed(1)} ms without (reading columns + every node; ${(exactMs / validatedMs).toFixed(0)}×); evaluation alone ${engineMs.toFixed(1)} ms (${(exactMs / engineMs).toFixed(0)}×)`);
  }
}

// (c) one-weight rescoring, 200 × 100, 3 levels
{
  const built = build(200, 100, 3);
  const model = fastModel(built.framework, built.data);
  const samples: number[] = [];
  const withRanks: number[] = [];
  for (let run = 0; run < 2000; run += 1) {
    const weight = 1 + (run % 7) / 4;
    const overrides = { weights: { [`i${run % 100}`]: weight } };
    const elapsed = time(() => model.run(overrides));
    if (run >= 200) samples.push(elapsed);
  }
  for (let run = 0; run < 2000; run += 1) {
    const overrides = { weights: { [`i${run % 100}`]: 1 + (run % 7) / 4 } };
    const elapsed = time(() => model.run(overrides).ranks('index'));
    if (run >= 200) withRanks.push(elapsed);
  }
  const perRun = median(samples);
  console.log(`(c) 200 × 100, 3 levels, one weight changed: ${(perRun * 1000).toFixed(1)} µs per rescoring (${(median(withRanks) * 1000).toFixed(1)} µs with the index's ranks) — ${verdict(perRun, 0.1, 'ms')}; COINr Regen 32 ms`);
}

// (d) 100 weight-noise runs, 51 × 49, 4 levels (index → 2 sub-indices → 8 pillars → 49 indicators)
{
  const built = build(51, 49, 3, 7, 4);
  const model = fastModel(built.framework, built.data);
  const nominal = model.weights();
  const next = mulberry32(7);
  const weights = new Float64Array(nominal.length);
  const noisy = (): void => {
    for (let run = 0; run < 100; run += 1) {
      for (let position = 0; position < nominal.length; position += 1) weights[position] = (nominal[position] as number) * (0.75 + 0.5 * next());
      model.run({ weightVector: weights }).ranks('index');
    }
  };
  // warmed until the JIT has compiled the loop (a few hundred runs are not enough on a loaded machine)
  for (let warm = 0; warm < 40; warm += 1) noisy();
  const totals = Array.from({ length: 21 }, () => time(noisy));
  const total = median(totals);
  console.log(`(d) 51 × 49, 4 levels, 100 runs of ±25% noise on every weight, with the index's ranks, bare model.run() calls: ${total.toFixed(2)} ms in all (fastest ${Math.min(...totals).toFixed(2)}) — ${verdict(total, 5, 'ms')}; COINr 2.6 s; uncertainty() end to end: npm run bench:analysis`);
}

// (e) 100,000 × 100
if (!quick) {
  const built = build(100_000, 100, 3);
  const rssBefore = process.memoryUsage().rss;
  let model: ReturnType<typeof fastModel> | null = null;
  const elapsed = time(() => {
    model = fastModel(built.framework, built.data);
  });
  const rssAfter = process.memoryUsage().rss;
  const peak = process.resourceUsage().maxRSS * 1024;
  const framework = assertFramework(built.framework);
  const dataset = assertDataset(framework, built.data);
  const validated = time(() => fastModelValidated(framework, dataset));
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const ok = model !== null && (model as ReturnType<typeof fastModel>).base.ok;
  console.log(`(e) 100,000 × 100, 3 levels: fastModel() ${(elapsed / 1000).toFixed(2)} s with validation (${(validated / 1000).toFixed(2)} s without) — ${verdict(elapsed / 1000, 5, 's')}; rss ${mb(rssBefore)} → ${mb(rssAfter)} (delta ${mb(rssAfter - rssBefore)}), peak rss of the process ${mb(peak)} (the generated dataset as JS objects included) — ${verdict((rssAfter - rssBefore) / 1024 / 1024, 1024, 'MB')}; base run ok: ${String(ok)}`);
}
