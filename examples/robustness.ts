// docs/robustness.md's worked example: how robust is the DTI 2022 ranking to ±25% weight noise,
// and which main index drives it?
// Run it with: npx tsx examples/robustness.ts          (CHISO_EXAMPLE_RUNS=2000 for a quicker look)
// (The 2023 data are chiso's SYNTHETIC sample for the 63 provinces, not official DTI results.)
import { readFileSync } from 'node:fs';
import { formatTable, vnDti2022, type Table } from '../src/index.js';
import { fastModel, modelSensitivity, uncertainty, type ModelSensitivityResult, type UncertaintySource } from '../src/analysis/index.js';

const runs = Number(process.env.CHISO_EXAMPLE_RUNS ?? 10_000);
const data = JSON.parse(readFileSync('examples/data/vn-dti-2022/2023.json', 'utf8')) as unknown;
const model = fastModel(vnDti2022, data);
const names = new Map((data as { units: { id: string; name?: string }[] }).units.map((unit) => [unit.id, unit.name ?? unit.id]));
const mainIndices = model.framework.root.kind === 'aggregate' ? model.framework.root.children : [];

// 1. Monte Carlo: every aggregate's child weights ×(1 + u), u ~ U(−0.25, 0.25) — COINr's
//    get_noisy_weights, and what `chiso uncertainty` does with no source flags.
const started = performance.now();
const result = await uncertainty(model, { runs, seed: 1 });
const uncertaintySeconds = (performance.now() - started) / 1000;
const status = result.status;
console.log(`${runs} runs: ${status.ok} computed, ${status.failed} failed`);

// (a value that rounds to zero is written 0.000, not -0.000)
const fixed = (value: number | null, digits = 2): string => (value === null ? '–' : (Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value).toFixed(digits));
const byNominal = [...result.units].sort((left, right) => (left.nominalRank ?? Infinity) - (right.nominalRank ?? Infinity));
const rankTable = (rows: typeof byNominal): Table => ({
  columns: [
    { title: 'Nominal', align: 'right' },
    { title: 'Province', align: 'left' },
    { title: 'Median', align: 'right' },
    { title: 'Mean', align: 'right' },
    { title: '5th–95th', align: 'right' },
    { title: 'Best–worst', align: 'right' },
    { title: 'P(top 10)', align: 'right' },
  ],
  rows: rows.map((unit) => [String(unit.nominalRank ?? '–'), names.get(unit.unit) ?? unit.unit, fixed(unit.median, 1), fixed(unit.mean), `${fixed(unit.lower, 1)}–${fixed(unit.upper, 1)}`, `${unit.best ?? '–'}–${unit.worst ?? '–'}`, unit.topK.toFixed(3)]),
});
console.log(formatTable(rankTable(byNominal.slice(0, 12)), 'text'));

const width = (unit: (typeof byNominal)[number]): number => (unit.upper ?? 0) - (unit.lower ?? 0);
const steady = byNominal.filter((unit) => width(unit) === 0);
console.log(`rank the same in 90% of runs (5th = 95th percentile): ${steady.length} provinces: ${steady.map((unit) => names.get(unit.unit)).join(', ')}`);
const widest = [...byNominal].sort((left, right) => width(right) - width(left) || (left.nominalRank ?? 0) - (right.nominalRank ?? 0)).slice(0, 5);
console.log('widest 90% intervals:');
console.log(formatTable(rankTable(widest), 'text'));
let shift = 0;
let counted = 0;
for (let run = 0; run < runs; run += 1) {
  if (result.runOk[run] !== 1) continue;
  for (let unit = 0; unit < result.unitIds.length; unit += 1) {
    const rank = result.ranks[run * result.unitIds.length + unit] as number;
    const nominal = result.nominalRanks[unit] as number;
    if (rank === 0 || nominal === 0) continue;
    shift += Math.abs(rank - nominal);
    counted += 1;
  }
}
console.log(`mean |rank shift| over runs and provinces: ${(shift / counted).toFixed(2)} places`);

// Why would a weight move ranks? Raising main index j's points by a share u moves a province's
// PDTI by about u · (points_j / all points) · (its score on j − its PDTI): only where the main
// index disagrees with PDTI. Its "lever" is that share times the spread (SD over the provinces) of
// score_j − PDTI; the correlation of its scores with PDTI says the same from the other side.
const province = '31';
const unitIndex = model.unitIds.indexOf(province);
const pdti = model.base.scores(model.root);
const allPoints = mainIndices.reduce((sum, main) => sum + main.weight, 0);
const meanOf = (values: ArrayLike<number>): number => Array.from(values).reduce((sum, value) => sum + value, 0) / values.length;
const sdOf = (values: ArrayLike<number>): number => {
  const mean = meanOf(values);
  return Math.sqrt(Array.from(values).reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
};
const correlation = (left: Float64Array, right: Float64Array): number => {
  const leftMean = meanOf(left);
  const rightMean = meanOf(right);
  let product = 0;
  for (let unit = 0; unit < left.length; unit += 1) product += ((left[unit] as number) - leftMean) * ((right[unit] as number) - rightMean);
  return product / left.length / (sdOf(left) * sdOf(right));
};
console.log(
  formatTable(
    {
      columns: [
        { title: 'Main index', align: 'left' },
        { title: 'Points', align: 'right' },
        { title: 'Mean', align: 'right' },
        { title: 'SD(score − PDTI)', align: 'right' },
        { title: 'Lever', align: 'right' },
        { title: 'Corr. with PDTI', align: 'right' },
        { title: names.get(province) ?? province, align: 'right' },
      ],
      rows: mainIndices.map((main) => {
        const scores = model.base.scores(main.id);
        const gap = scores.map((score, unit) => score - (pdti[unit] as number));
        const gapSd = sdOf(gap);
        return [main.id, String(main.weight), meanOf(scores).toFixed(3), gapSd.toFixed(3), ((main.weight / allPoints) * gapSd).toFixed(4), correlation(scores, pdti).toFixed(2), (scores[unitIndex] as number).toFixed(3)];
      }),
    },
    'text',
  ),
);
console.log(`${names.get(province)}: PDTI ${(pdti[unitIndex] as number).toFixed(4)}, rank ${model.base.ranks(model.root)[unitIndex]}`);

// 2. Sobol': the same noise, as factors per main index — its weight in PDTI, and the weights of
//    its own indicators — for the mean rank shift and for one province's rank.
//    (examples/robustness-sources.json: the file `chiso sensitivity --sources` reads.)
const sources = JSON.parse(readFileSync('examples/robustness-sources.json', 'utf8')) as UncertaintySource[];
const n = Number(process.env.CHISO_EXAMPLE_N ?? 1024);
const indexTable = (sensitivity: ModelSensitivityResult): Table => ({
  columns: [
    { title: 'Factor', align: 'left' },
    { title: 'First order', align: 'right' },
    { title: '95% interval', align: 'right' },
    { title: 'Total order', align: 'right' },
    { title: '95% interval', align: 'right' },
  ],
  rows: [...sensitivity.indices]
    .sort((left, right) => right.total - left.total)
    .filter((index) => index.total >= 0.005)
    .map((index) => [index.name, fixed(index.first, 3), `${fixed(index.firstInterval?.lower ?? null, 3)} – ${fixed(index.firstInterval?.upper ?? null, 3)}`, fixed(index.total, 3), `${fixed(index.totalInterval?.lower ?? null, 3)} – ${fixed(index.totalInterval?.upper ?? null, 3)}`]),
});
const sobolStarted = performance.now();
const drivers = await modelSensitivity(model, { sources, output: { kind: 'mean-rank-shift' }, n, seed: 1 });
console.log(`Sobol' indices of the mean |rank shift| (N = ${n}, ${drivers.runs} runs; mean ${drivers.mean.toFixed(2)}, variance ${drivers.variance.toFixed(4)}):`);
console.log(formatTable(indexTable(drivers), 'text'));
const firstOrderSum = (sensitivity: ModelSensitivityResult): string => fixed(sensitivity.indices.reduce((sum, index) => sum + index.first, 0));
console.log(`sum of the first-order indices: ${firstOrderSum(drivers)}`);
const haiPhong = await modelSensitivity(model, { sources, output: { kind: 'rank', unit: province }, n, seed: 1 });
const sobolSeconds = (performance.now() - sobolStarted) / 1000;
console.log(`Sobol' indices of ${names.get(province)}'s rank (N = ${n}; mean rank ${haiPhong.mean.toFixed(2)}):`);
console.log(formatTable(indexTable(haiPhong), 'text'));
console.log(`sum of the first-order indices: ${firstOrderSum(haiPhong)}`);
console.error(`time: uncertainty ${uncertaintySeconds.toFixed(2)} s, sensitivity ${sobolSeconds.toFixed(2)} s`);
