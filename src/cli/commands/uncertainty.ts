/**
 * `chiso uncertainty`: Monte Carlo uncertainty of a ranking on the float engine — by default every
 * aggregate's child weights perturbed by ±25% (uniformly), seeded — with each unit's nominal rank,
 * median, mean, 5th–95th percentile interval and probability of the top k, and every run's status.
 *
 * @module
 */
import { prepareSources } from '../../analysis/uncertainty/prepare-sources.js';
import type { RunStatus, UncertaintyResult } from '../../analysis/uncertainty/rank-summary.js';
import { DEFAULT_UNCERTAINTY_SOURCES, type UncertaintySource } from '../../analysis/uncertainty/sources.js';
import { uncertainty } from '../../analysis/uncertainty/uncertainty.js';
import { fastModelValidated } from '../../engine/fast/model.js';
import { uncertaintyInWorkers } from '../../node/parallel.js';
import { jsonChunks } from '../../report/json.js';
import type { Table } from '../../report/table.js';
import type { Language } from '../../report/language.js';
import { messages } from '../messages.js';
import { choice, COMMON, DATA_OPTIONS_HELP, frameworkTitle, fromFile, line, parse, progressLine, showHelp, usage, writeAll, writeTable, type CliOutput, type CommandModule } from '../common.js';
import { loadModelInputs, noiseOption, readJsonOption, readSources, seedOption, unitNames, wholeNumberOption } from './arguments.js';

const OPTIONS = {
  ...COMMON,
  format: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  sources: { type: 'string' },
  noise: { type: 'string' },
  node: { type: 'string' },
  top: { type: 'string' },
  threads: { type: 'string' },
  'all-runs': { type: 'boolean' },
} as const;

const HELP = `Usage: chiso uncertainty --framework <id|file> --data <file> [--runs N] [--seed S] [options]

Monte Carlo uncertainty of the ranking: runs the model many times with random changes (by default
every aggregate's child weights moved by up to ±25%, uniformly, as COINr's get_noisy_weights) and
prints, per unit, its nominal rank, median and mean rank, 5th–95th percentile rank interval and the
probability of a rank in the top K, sorted by nominal rank. A run that cannot be computed is
counted with its reason, never dropped: the status line says how many runs were computed.
The same seed gives the same result on any machine and any number of threads.

Options:
  --framework, -f ID|FILE  a built-in framework id (see "chiso frameworks") or a framework JSON file
  --data, -d FILE          the dataset: CSV (one row per unit) or JSON
  --runs N                 the number of runs (default 1000)
  --seed S                 the seed, a whole number (default 1)
  --noise X                the weight noise: each weight w becomes w · (1 + u), u uniform in
                           [−X, X] (default 0.25)
  --sources FILE           the sources of uncertainty as a JSON list instead (weights, Dirichlet
                           weights, alternative methods, exclusion, data noise — docs/uncertainty.md)
  --node ID                the node whose ranks are summarised (default: the top index)
  --top K                  the K of the "P(top K)" column (default 10, or the number of units)
  --threads N              worker threads (default 1); the result is the same for any number
  --all-runs               with --format json: add every run's ranks (runs × units)
  --format FORMAT          table (default), md, csv, or json (the summaries and status as data)
${DATA_OPTIONS_HELP}
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`;

/** A rank statistic: whole ranks as they are, others with two decimals; "–" for none. */
function rankFigure(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** At most this many kinds of failure are listed under the status line. */
const SHOWN_REASONS = 5;

/**
 * The runs' status: "10000 runs: 10000 ok", or with failures that line and one line per kind of
 * failure (most frequent first, at most five), each with its first run so it can be replayed.
 *
 * @example
 * statusLine(1000, { ok: 1000, failed: 0, reasons: [] }); // => '1000 runs: 1000 ok'
 * statusLine(10, { ok: 8, failed: 2, reasons: [{ kind: 'invalid_weight at weights.x', reason: 'the weight of "x" is -0.1', count: 2, firstRun: 3 }] });
 * // => '10 runs: 8 ok, 2 failed\n  2 × the weight of "x" is -0.1 (first: run 3)'
 */
export function statusLine(runs: number, status: RunStatus, language: Language = 'en'): string {
  const say = messages(language);
  const head = say.runsStatus(runs, status.ok, status.failed);
  if (status.failed === 0) return head;
  const shown = status.reasons.slice(0, SHOWN_REASONS).map((reason) => `\n  ${say.failureLine(reason.count, reason.reason, reason.firstRun)}`);
  const more = status.reasons.length - SHOWN_REASONS;
  return `${head}${shown.join('')}${more > 0 ? `\n  ${say.moreFailures(more)}` : ''}`;
}

/** The per-unit table, sorted by nominal rank (units without one last, in the data's order). */
function uncertaintyTable(result: UncertaintyResult, names: ReadonlyMap<string, string>, split: boolean): Table {
  const order = result.units.map((unit, index) => ({ unit, index }));
  order.sort((left, right) => (left.unit.nominalRank ?? Number.POSITIVE_INFINITY) - (right.unit.nominalRank ?? Number.POSITIVE_INFINITY) || left.index - right.index);
  const interval = split
    ? [
        { title: '5%', align: 'right' as const },
        { title: '95%', align: 'right' as const },
      ]
    : [{ title: '5–95%', align: 'right' as const }];
  return {
    columns: [
      { title: 'Rank', align: 'right' },
      { title: 'Unit', align: 'left' },
      { title: 'Name', align: 'left' },
      { title: 'Median', align: 'right' },
      { title: 'Mean', align: 'right' },
      ...interval,
      { title: `P(top ${result.topK})`, align: 'right' },
    ],
    rows: order.map(({ unit }) => [
      rankFigure(unit.nominalRank),
      unit.unit,
      names.get(unit.unit) ?? '',
      rankFigure(unit.median),
      unit.mean === null ? '–' : unit.mean.toFixed(2),
      ...(split ? [rankFigure(unit.lower), rankFigure(unit.upper)] : [unit.lower === null || unit.upper === null ? '–' : `${rankFigure(unit.lower)} – ${rankFigure(unit.upper)}`]),
      result.status.ok === 0 || unit.ranked === 0 ? '–' : unit.topK.toFixed(3),
    ]),
  };
}

/**
 * The result as JSON data: typed arrays as lists, a bigint seed as text; every run's ranks only
 * when asked for (runs × units numbers).
 */
function serialisable(result: UncertaintyResult, names: ReadonlyMap<string, string>, allRuns: boolean): Record<string, unknown> {
  const unitCount = result.unitIds.length;
  return {
    node: result.node,
    seed: typeof result.seed === 'bigint' ? result.seed.toString() : result.seed,
    runs: result.runs,
    topK: result.topK,
    quantiles: result.quantiles,
    sources: result.sources,
    status: result.status,
    failures: result.failures,
    units: result.units.map((unit) => ({
      unit: unit.unit,
      ...(names.get(unit.unit) ? { name: names.get(unit.unit) } : {}),
      nominalRank: unit.nominalRank,
      ranked: unit.ranked,
      median: unit.median,
      mean: unit.mean,
      lower: unit.lower,
      upper: unit.upper,
      best: unit.best,
      worst: unit.worst,
      topK: unit.topK,
      distribution: { ranks: Array.from(unit.distribution.ranks), counts: Array.from(unit.distribution.counts) },
    })),
    ...(allRuns
      ? {
          unitIds: result.unitIds,
          runOk: Array.from(result.runOk, (ok) => ok === 1),
          ranks: Array.from({ length: result.runOk.length }, (_run, run) => Array.from(result.ranks.subarray(run * unitCount, (run + 1) * unitCount))),
        }
      : {}),
  };
}

async function run(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, OPTIONS);
  if (values.help) return showHelp(out, 'uncertainty', HELP);
  const format = choice(values.format, ['table', 'md', 'csv', 'json'], 'table', '--format');
  const runs = values.runs === undefined ? 1000 : wholeNumberOption(values.runs, '--runs', 1, 100_000_000);
  const seed = values.seed === undefined ? 1 : seedOption(values.seed, '--seed');
  const threads = values.threads === undefined ? 1 : wholeNumberOption(values.threads, '--threads', 1, 256);
  if (values['all-runs'] && format !== 'json') throw usage('allRunsNeedsJson');
  if (values.sources !== undefined && values.noise !== undefined) throw usage('noiseWithSources');
  const noise = values.noise === undefined ? undefined : noiseOption(values.noise);
  const { framework, dataset } = await loadModelInputs(values, values.node);
  const sourcesPath = values.sources;
  const sources: readonly UncertaintySource[] = sourcesPath === undefined ? (noise === undefined ? DEFAULT_UNCERTAINTY_SOURCES : [{ kind: 'weights', noise }]) : await readJsonOption(sourcesPath, readSources);
  const model = fastModelValidated(framework, dataset);
  const unitCount = model.unitIds.length;
  const topK = values.top === undefined ? Math.min(10, unitCount) : wholeNumberOption(values.top, '--top', 1, unitCount);
  // every mistake in the sources (an unknown aggregate, a misspelt key) is named in its file
  await fromFile(sourcesPath, () => prepareSources(model, sources));
  const say = messages(out.language);
  const progress = progressLine(out, say.runs(runs));
  const options = { sources, runs, seed, topK, ...(values.node === undefined ? {} : { node: values.node }), onProgress: ({ done, total }: { done: number; total: number }) => progress.update(done, total) };
  let result: UncertaintyResult;
  try {
    result = threads === 1 ? await uncertainty(model, options) : await uncertaintyInWorkers(framework, dataset, { ...options, threads });
  } finally {
    progress.done();
  }
  const names = unitNames(dataset);
  const status = statusLine(runs, result.status, out.language);
  if (format === 'json') {
    await writeAll(out, jsonChunks(serialisable(result, names, values['all-runs'] === true)));
    await out.stdout('\n');
    await out.stderr(`${status}\n`);
    return 0;
  }
  if (format === 'table') {
    const what = sourcesPath === undefined ? say.weightsNoise(((noise ?? 0.25) * 100).toLocaleString('en')) : say.sourcesOf(line(sourcesPath));
    await out.stdout(`${say.uncertaintyHeading(line(frameworkTitle(framework, out.language)), line(result.node), what, String(seed))}\n\n`);
  }
  await writeTable(out, uncertaintyTable(result, names, format === 'csv'), format, { translate: true });
  // a CSV is read by programs: the status goes to standard error, not into the table
  if (format === 'csv') await out.stderr(`${status}\n`);
  else await out.stdout(`\n${status}\n`);
  return 0;
}

/** `chiso uncertainty`. */
export const uncertaintyCommand: CommandModule = {
  name: 'uncertainty',
  summary: 'how robust is the ranking? Monte Carlo rank intervals (default: weights ±25%)',
  help: HELP,
  options: OPTIONS,
  run,
};
