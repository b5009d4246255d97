/**
 * `chiso sensitivity`: Sobol' first- and total-order indices (Saltelli sampling, bootstrap
 * intervals) of one output of the ranking — the mean absolute rank shift, a unit's rank or score —
 * to the sources of uncertainty; by default the weights, ±25%, one factor per aggregate, so the
 * answer reads "which aggregate's weights drive the ranking".
 *
 * @module
 */
import { SOBOL_MAX_DIMENSIONS } from '../../analysis/sensitivity/sobol-sequence.js';
import { modelSensitivity, type ModelSensitivityResult, type SensitivityOutput } from '../../analysis/uncertainty/model-sensitivity.js';
import { prepareSources } from '../../analysis/uncertainty/prepare-sources.js';
import { sourceInputs } from '../../analysis/uncertainty/source-inputs.js';
import type { UncertaintySource } from '../../analysis/uncertainty/sources.js';
import { fastModelValidated } from '../../engine/fast/model.js';
import type { Framework, FrameworkNode } from '../../model/framework.js';
import { modelSensitivityInWorkers } from '../../node/parallel.js';
import { quoteText } from '../../model/describe.js';
import { jsonChunks } from '../../report/json.js';
import type { Table } from '../../report/table.js';
import type { Language } from '../../report/language.js';
import { messages } from '../messages.js';
import { choice, COMMON, DATA_OPTIONS_HELP, frameworkTitle, fromFile, line, parse, progressLine, showHelp, usage, writeAll, writeTable, type CliOutput, type CommandModule } from '../common.js';
import { loadModelInputs, noiseOption, readJsonOption, readSources, seedOption, unitOption, wholeNumberOption } from './arguments.js';

const OPTIONS = {
  ...COMMON,
  format: { type: 'string' },
  n: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  sources: { type: 'string' },
  noise: { type: 'string' },
  output: { type: 'string' },
  node: { type: 'string' },
  bootstrap: { type: 'string' },
  threads: { type: 'string' },
} as const;

const HELP = `Usage: chiso sensitivity --framework <id|file> --data <file> [--n N] [--seed S] [options]

Which uncertain choices drive the ranking? Variance-based (Sobol') sensitivity: first-order (the
share of the output's variance a factor causes alone) and total-order indices (alone and with
others), with bootstrap confidence intervals, sorted by total index. By default the factors are
each aggregate's child weights, moved by up to ±25% (uniformly), and the output is the mean
absolute rank shift from the nominal ranking. N (g + 2) runs for g factors, on the float engine.

Options:
  --framework, -f ID|FILE  a built-in framework id (see "chiso frameworks") or a framework JSON file
  --data, -d FILE          the dataset: CSV (one row per unit) or JSON
  --n N                    the base sample size N (default 1024; a power of two suits Sobol' points)
  --runs R                 instead of --n: about R runs in all (N = R ÷ (g + 2), rounded down)
  --seed S                 the seed of the sample and the bootstrap, a whole number (default 1)
  --noise X                the weight noise of the default factors: ±X (default 0.25)
  --sources FILE           the sources of uncertainty as a JSON list instead; each source's
                           "factors" ("one", "per-aggregate", "per-item") says how it is split
                           into factors (docs/uncertainty.md)
  --output WHAT            mean-rank-shift (default), rank:UNIT (a unit's rank) or score:UNIT
  --node ID                the node the output is read at (default: the top index)
  --bootstrap B            bootstrap resamples for the 95% intervals (default 1000; 0: none)
  --threads N              worker threads (default 1); the result is the same for any number
  --format FORMAT          table (default), md, csv, or json (the indices as data)
${DATA_OPTIONS_HELP}
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`;

function nodeLabels(framework: Framework): ReadonlyMap<string, string> {
  const labels = new Map<string, string>();
  const visit = (node: FrameworkNode): void => {
    labels.set(node.id, node.label?.en ?? node.label?.vi ?? '');
    if (node.kind === 'aggregate') for (const child of node.children) visit(child);
  };
  visit(framework.root);
  return labels;
}

/**
 * What each factor varies, in words, by factor name: a per-aggregate weight factor
 * `weights:infrastructure` varies the weights of the infrastructure index's children, a per-item one
 * the weight of infrastructure itself — the same name, so the label says which. Source names
 * follow `prepareSources`: the kind, `kind#2` for a second source of a kind, or the given name.
 */
function factorLabels(framework: Framework, sources: readonly UncertaintySource[]): ReadonlyMap<string, string> {
  const labels = nodeLabels(framework);
  const described = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const source of sources) {
    const occurrence = (seen.get(source.kind) ?? 0) + 1;
    seen.set(source.kind, occurrence);
    const name = source.name ?? (occurrence === 1 ? source.kind : `${source.kind}#${occurrence}`);
    for (const [id, label] of labels) {
      const text = label === '' ? id : label;
      if (source.kind !== 'weights') described.set(`${name}:${id}`, text);
      else if (source.factors === 'per-aggregate') described.set(`${name}:${id}`, `weights within ${text}`);
      else if (source.factors === 'per-item') described.set(`${name}:${id}`, `weight of ${text}`);
    }
  }
  return described;
}

/** What the output is, in words. */
function outputText(output: SensitivityOutput, node: string, language: Language | undefined): string {
  const say = messages(language);
  if (output.kind === 'mean-rank-shift') return say.meanRankShiftAt(node);
  return say.outputOf(output.kind, output.unit, node);
}

/** An index with three decimals; a small negative estimate rounds to "0.000", not "-0.000". */
function figure(value: number): string {
  const text = value.toFixed(3);
  return text === '-0.000' ? '0.000' : text;
}

/** One row per factor, the largest total index first. */
function sensitivityTable(result: ModelSensitivityResult, labels: ReadonlyMap<string, string>, split: boolean): Table {
  const rows = [...result.indices].sort((left, right) => right.total - left.total || left.first - right.first);
  const interval = (title: string): Table['columns'][number][] =>
    result.confidence === null ? [] : split ? [{ title: `${title} low`, align: 'right' }, { title: `${title} high`, align: 'right' }] : [{ title: `${title} ${Math.round(result.confidence * 100)}%`, align: 'right' }];
  const cells = (value: { lower: number; upper: number } | null): string[] => {
    if (result.confidence === null) return [];
    if (value === null) return split ? ['', ''] : ['–'];
    return split ? [figure(value.lower), figure(value.upper)] : [`${figure(value.lower)} – ${figure(value.upper)}`];
  };
  return {
    columns: [{ title: 'Factor', align: 'left' }, { title: 'What varies', align: 'left' }, { title: 'First', align: 'right' }, ...interval('First'), { title: 'Total', align: 'right' }, ...interval('Total')],
    rows: rows.map((index) => {
      return [index.name, labels.get(index.name) ?? '', figure(index.first), ...cells(index.firstInterval), figure(index.total), ...cells(index.totalInterval)];
    }),
  };
}

/** --output: mean-rank-shift, rank:UNIT or score:UNIT. */
function outputOption(given: string | undefined): { kind: 'mean-rank-shift' } | { kind: 'rank' | 'score'; unit: string } {
  if (given === undefined || given === 'mean-rank-shift') return { kind: 'mean-rank-shift' };
  const match = /^(rank|score):(.+)$/.exec(given);
  if (match === null) throw usage('outputNotOneOf', `"${line(given)}"`);
  return { kind: match[1] as 'rank' | 'score', unit: match[2] as string };
}

async function run(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, OPTIONS);
  if (values.help) return showHelp(out, 'sensitivity', HELP);
  const format = choice(values.format, ['table', 'md', 'csv', 'json'], 'table', '--format');
  if (values.n !== undefined && values.runs !== undefined) throw usage('nOrRuns');
  const runsWanted = values.runs === undefined ? undefined : wholeNumberOption(values.runs, '--runs', 1, 1_000_000_000);
  let n = values.n === undefined ? 1024 : wholeNumberOption(values.n, '--n', 2, 10_000_000);
  const seed = values.seed === undefined ? 1 : seedOption(values.seed, '--seed');
  const resamples = values.bootstrap === undefined ? 1000 : wholeNumberOption(values.bootstrap, '--bootstrap', 0, 1_000_000);
  const threads = values.threads === undefined ? 1 : wholeNumberOption(values.threads, '--threads', 1, 256);
  if (values.sources !== undefined && values.noise !== undefined) throw usage('noiseWithSourcesFactors');
  const noise = values.noise === undefined ? 0.25 : noiseOption(values.noise);
  const given = outputOption(values.output);
  const { framework, dataset } = await loadModelInputs(values, values.node);
  const output: SensitivityOutput = {
    ...(given.kind === 'mean-rank-shift' ? given : { kind: given.kind, unit: unitOption(given.unit, dataset, values.provinces === true, '--output') }),
    ...(values.node === undefined ? {} : { node: values.node }),
  };
  const sourcesPath = values.sources;
  const sources: readonly UncertaintySource[] = sourcesPath === undefined ? [{ kind: 'weights', noise, factors: 'per-aggregate' }] : await readJsonOption(sourcesPath, readSources);
  const model = fastModelValidated(framework, dataset);
  if (output.kind !== 'mean-rank-shift') {
    // a unit with no rank (an EU row) or no score as written would fail every run
    const nominal = model.base;
    const index = model.unitIds.indexOf(output.unit);
    const node = output.node ?? model.root;
    const missing = output.kind === 'rank' ? nominal.ranks(node)[index] === 0 : nominal.present(node)[index] !== 1;
    if (missing) throw usage('outputMissing', quoteText(`${output.kind}:${output.unit}`), quoteText(output.unit), output.kind, quoteText(node));
  }
  // every mistake in the sources is named in its file; Sobol' points take at most 128 inputs
  const { inputs, factors } = await fromFile(sourcesPath, () => sourceInputs(prepareSources(model, sources)));
  if (runsWanted !== undefined) {
    n = Math.floor(runsWanted / (factors.length + 2));
    if (n < 2) throw usage('runsTooFew', runsWanted, factors.length, 2 * (factors.length + 2));
  }
  const sequence = 2 * inputs.length > SOBOL_MAX_DIMENSIONS ? 'random' : 'sobol';
  const runs = n * (factors.length + 2);
  const say = messages(out.language);
  const progress = progressLine(out, say.runs(runs));
  const options = { sources, output, n, seed, sequence, bootstrap: resamples === 0 ? (false as const) : { resamples }, onProgress: ({ done, total }: { done: number; total: number }) => progress.update(done, total) } as const;
  let result: ModelSensitivityResult;
  try {
    result = threads === 1 ? await modelSensitivity(model, options) : await modelSensitivityInWorkers(framework, dataset, { ...options, threads });
  } finally {
    progress.done();
  }
  const node = output.node ?? model.root;
  const about = say.sensitivityAbout(outputText(output, node, out.language), n, result.runs, String(seed), sequence === 'sobol', inputs.length);
  if (format === 'json') {
    await writeAll(out, jsonChunks({ ...result, seed: typeof result.seed === 'bigint' ? result.seed.toString() : result.seed, factors: result.indices.map((index) => index.name) }));
    await out.stdout('\n');
    return 0;
  }
  if (format === 'table') await out.stdout(`${say.sensitivityHeading(line(frameworkTitle(framework, out.language)), line(about))}\n\n`);
  await writeTable(out, sensitivityTable(result, factorLabels(framework, sources), format === 'csv'), format, { translate: true });
  const figure = (value: number): string => (out.language === 'vi' ? value.toPrecision(4).replace('.', ',') : value.toPrecision(4));
  if (format !== 'csv') await out.stdout(`\n${say.outputMean(figure(result.mean), figure(result.variance), result.confidence === null ? null : Math.round(result.confidence * 100), result.resamplesUsed)}\n`);
  return 0;
}

/** `chiso sensitivity`. */
export const sensitivityCommand: CommandModule = {
  name: 'sensitivity',
  summary: "which choices drive the ranking? Sobol' indices (default: each aggregate's weights ±25%)",
  help: HELP,
  options: OPTIONS,
  run,
};
