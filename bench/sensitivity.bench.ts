/**
 * Benchmark of the Sobol' sensitivity core: sampling, model runs and estimators (with 1,000
 * bootstrap resamples), each timed, against a plain loop that runs the same model on the same rows
 * — so the ratio is what `sobolIndices` adds around the model, measured in the same run.
 *
 * Run: npx tsx bench/sensitivity.bench.ts
 *
 * Cases:
 * - Ishigami (3 inputs), N = 2,400: 12,000 runs of a cheap function — the library's own cost.
 * - 10 pillar weights ±25% on 63 provinces × 50 indicators (a float weighted mean and a rank per
 *   run), N = 1,000: 12,000 runs — the issue's sizing (target < 1 s on one thread once the float
 *   engine is the model; here the model is a hand-written Float64Array loop).
 */
import { mulberry32 } from '../scripts/random.js';
import { saltelliSample, sobolEstimates, sobolIndices, type SensitivityInput } from '../src/analysis/index.js';

interface Case {
  readonly name: string;
  readonly model: (values: readonly number[]) => number;
  readonly inputs: readonly SensitivityInput[];
  readonly n: number;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

const ishigami = ([x1 = 0, x2 = 0, x3 = 0]: readonly number[]): number => Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);

/** 63 units × 50 indicators (0–1) in 10 pillars of 5; output: the rank of unit 0 under the pillar weights. */
function provincesModel(): (values: readonly number[]) => number {
  const units = 63;
  const indicators = 50;
  const next = mulberry32(63_050);
  const data = new Float64Array(units * indicators);
  for (let cell = 0; cell < data.length; cell += 1) data[cell] = next();
  const pillarMeans = new Float64Array(units * 10);
  for (let unit = 0; unit < units; unit += 1) {
    for (let pillar = 0; pillar < 10; pillar += 1) {
      let sum = 0;
      for (let indicator = 0; indicator < 5; indicator += 1) sum += data[unit * indicators + pillar * 5 + indicator] ?? 0;
      pillarMeans[unit * 10 + pillar] = sum / 5;
    }
  }
  const scores = new Float64Array(units);
  return (weights) => {
    let total = 0;
    for (const weight of weights) total += weight;
    for (let unit = 0; unit < units; unit += 1) {
      let sum = 0;
      for (let pillar = 0; pillar < 10; pillar += 1) sum += (pillarMeans[unit * 10 + pillar] ?? 0) * (weights[pillar] ?? 0);
      scores[unit] = sum / total;
    }
    let rank = 1;
    for (let unit = 1; unit < units; unit += 1) if ((scores[unit] ?? 0) > (scores[0] ?? 0)) rank += 1;
    return rank;
  };
}

const uniform = (name: string, min: number, max: number): SensitivityInput => ({ name, distribution: 'uniform', min, max });

const cases: Case[] = [
  { name: 'Ishigami, 3 inputs, N = 2,400', model: ishigami, inputs: ['x1', 'x2', 'x3'].map((name) => uniform(name, -Math.PI, Math.PI)), n: 2400 },
  { name: '63 × 50, 10 pillar weights ±25%, N = 1,000', model: provincesModel(), inputs: Array.from({ length: 10 }, (_pillar, index) => uniform(`pillar${index + 1}`, 0.75, 1.25)), n: 1000 },
];

for (const { name, model, inputs, n } of cases) {
  // Warm up the JIT on a small run first.
  await sobolIndices(model, inputs, { n: 64, bootstrap: { resamples: 20 } });
  const [sample, sampling] = time(() => saltelliSample(inputs, { n, seed: 1 }));
  const [outputs, plainLoop] = time(() => ({ a: sample.a.map(model), b: sample.b.map(model), ab: sample.ab.map((matrix) => matrix.map(model)) }));
  const [, estimating] = time(() => sobolEstimates(outputs, { bootstrap: { resamples: 1000, seed: 1 } }));
  const [, pointOnly] = time(() => sobolEstimates(outputs, { bootstrap: false }));
  const start = performance.now();
  const result = await sobolIndices(model, inputs, { n, seed: 1 });
  const whole = performance.now() - start;
  console.log(`${name}: ${result.runs.toLocaleString('en')} runs`);
  console.log(`  sampling ${sampling.toFixed(1)} ms · model on every row, plain loop ${plainLoop.toFixed(1)} ms · estimators ${pointOnly.toFixed(1)} ms, with 1,000 bootstrap resamples ${estimating.toFixed(1)} ms`);
  console.log(`  sobolIndices end to end ${whole.toFixed(1)} ms = ${(whole / (sampling + plainLoop + estimating)).toFixed(2)}× the parts timed alone`);
}
