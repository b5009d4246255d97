/**
 * Benchmark of the exact engine against a plain Float64Array loop doing the same arithmetic
 * (goalpost normalisation, weighted means at every level, a rank sort at every node), measured in
 * the same run so the ratio means something on a shared, noisy machine.
 *
 * Run: npm run bench            (all sizes)
 *      npm run bench -- --quick (63 × 50 only)
 *
 * Targets (issue #2): 63 × 50 under 20 ms; 10,000 × 100 under 2 s.
 */
import { mulberry32 } from '../scripts/random.js';
import { assertDataset, assertFramework, compilePlan, score, scoreValidated, type DatasetInput, type FrameworkInput } from '../src/index.js';
import { GOALPOSTS } from './goalposts.js';

interface Size {
  units: number;
  indicators: number;
}



function build({ units, indicators }: Size, method: 'goalposts' | 'zscore' = 'goalposts'): { framework: FrameworkInput; data: DatasetInput; goalposts: [number, number][]; weights: number[]; pillarOf: number[]; pillars: number } {
  const next = mulberry32(units * 1000 + indicators);
  const perPillar = 10;
  const pillars = Math.ceil(indicators / perPillar);
  const goalposts: [number, number][] = [];
  const weights: number[] = [];
  const pillarOf: number[] = [];
  const children = Array.from({ length: pillars }, (_pillar, p) => ({
    kind: 'aggregate' as const,
    id: `pillar${p}`,
    children: Array.from({ length: Math.min(perPillar, indicators - p * perPillar) }, (_indicator, i) => {
      const index = p * perPillar + i;
      const [min, max] = GOALPOSTS[index % GOALPOSTS.length] as [number, number];
      goalposts.push([min, max]);
      weights.push(index % 3 === 0 ? 2 : 1);
      pillarOf.push(p);
      const normalisation = method === 'goalposts' ? { method: 'goalposts' as const, min, max } : { method: 'zscore' as const };
      return { kind: 'indicator' as const, id: `i${index}`, unit: 'score' as const, weight: index % 3 === 0 ? 2 : 1, normalisation };
    }),
  }));
  const framework: FrameworkInput = { id: 'bench', name: 'Benchmark', root: { kind: 'aggregate', id: 'index', children } };
  const data: DatasetInput = {
    units: Array.from({ length: units }, (_unit, u) => ({
      id: `U${u}`,
      values: Object.fromEntries(
        goalposts.map(([min, max], index) => {
          // values with two to four decimals, as published statistics have
          const decimals = max > 1 ? 100 : 10_000;
          return [`i${index}`, Math.round((min + (max - min) * next()) * decimals) / decimals];
        }),
      ),
    })),
  };
  return { framework, data, goalposts, weights, pillarOf, pillars };
}

/** The same arithmetic in doubles: normalise, weighted means, and a rank sort at every node. */
function floatBaseline(size: Size, built: ReturnType<typeof build>): number {
  const { goalposts, weights, pillarOf, pillars } = built;
  const values = new Float64Array(size.units * size.indicators);
  built.data.units.forEach((unit, u) => {
    for (let i = 0; i < size.indicators; i += 1) values[u * size.indicators + i] = unit.values[`i${i}`] as number;
  });
  const start = performance.now();
  const normalised = new Float64Array(values.length);
  const pillarScores = new Float64Array(size.units * pillars);
  const pillarWeights = new Float64Array(pillars);
  for (let i = 0; i < size.indicators; i += 1) {
    const pillar = pillarOf[i] as number;
    pillarWeights[pillar] = (pillarWeights[pillar] as number) + (weights[i] as number);
  }
  const index = new Float64Array(size.units);
  for (let u = 0; u < size.units; u += 1) {
    for (let i = 0; i < size.indicators; i += 1) {
      const [min, max] = goalposts[i] as [number, number];
      const n = ((values[u * size.indicators + i] as number) - min) / (max - min);
      normalised[u * size.indicators + i] = n;
      const slot = u * pillars + (pillarOf[i] as number);
      pillarScores[slot] = (pillarScores[slot] as number) + (weights[i] as number) * n;
    }
    let total = 0;
    for (let p = 0; p < pillars; p += 1) {
      const pillarScore = (pillarScores[u * pillars + p] as number) / (pillarWeights[p] as number);
      pillarScores[u * pillars + p] = pillarScore;
      total += pillarScore;
    }
    index[u] = total / pillars;
  }
  const order = Array.from({ length: size.units }, (_unit, u) => u);
  const column = new Float64Array(size.units);
  const rankNode = (read: (u: number) => number): void => {
    for (let u = 0; u < size.units; u += 1) column[u] = read(u);
    order.sort((left, right) => (column[right] as number) - (column[left] as number));
  };
  for (let i = 0; i < size.indicators; i += 1) rankNode((u) => normalised[u * size.indicators + i] as number);
  for (let p = 0; p < pillars; p += 1) rankNode((u) => pillarScores[u * pillars + p] as number);
  rankNode((u) => index[u] as number);
  return performance.now() - start;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const quick = process.argv.includes('--quick');
interface Row extends Size {
  target?: number;
  runs: number;
  /** goalposts: a linear framework (exact rational executor); zscore: the decimal.js executor. */
  method: 'goalposts' | 'zscore';
}
const rows: Row[] = [
  { units: 63, indicators: 50, target: 20, runs: 15, method: 'goalposts' },
  { units: 63, indicators: 50, runs: 15, method: 'zscore' },
  ...(quick
    ? []
    : [
        { units: 3321, indicators: 60, runs: 3, method: 'goalposts' as const },
        { units: 10_000, indicators: 100, target: 2000, runs: 3, method: 'goalposts' as const },
        { units: 10_000, indicators: 100, runs: 1, method: 'zscore' as const },
      ]),
];

console.log('chiso exact engine vs a Float64Array loop doing the same arithmetic (goalposts, weighted means,');
console.log('a rank sort at every node), measured in the same run; median of runs.');
console.log('executor: rational = exact rational arithmetic (linear frameworks: integers held in doubles, BigInt past 2^53); decimal = decimal.js, 40 digits.\n');
console.log('units × indicators  executor   score() ms   engine-only ms   float loop ms   ratio   target');
for (const row of rows) {
  const built = build(row, row.method);
  // warm-up, so the JIT has seen the code before timing
  score(built.framework, build({ units: 63, indicators: row.indicators }, row.method).data);
  const framework = assertFramework(built.framework);
  const plan = compilePlan(framework);
  const dataset = assertDataset(framework, built.data);
  const full: number[] = [];
  const engine: number[] = [];
  const float: number[] = [];
  for (let run = 0; run < row.runs; run += 1) {
    let start = performance.now();
    score(built.framework, built.data);
    full.push(performance.now() - start);
    start = performance.now();
    scoreValidated(plan, dataset);
    engine.push(performance.now() - start);
    float.push(floatBaseline(row, built));
  }
  const fullMs = median(full);
  const floatMs = median(float);
  const verdict = row.target === undefined ? '' : `${fullMs < row.target ? 'met' : 'MISSED'} (< ${row.target} ms)`;
  console.log(
    `${`${row.units} × ${row.indicators}`.padEnd(18)}  ${(plan.linear ? 'rational' : 'decimal').padEnd(8)}  ${fullMs.toFixed(1).padStart(11)}  ${median(engine).toFixed(1).padStart(15)}  ${floatMs.toFixed(2).padStart(14)}  ${(fullMs / floatMs).toFixed(0).padStart(5)}×  ${verdict}`,
  );
}
