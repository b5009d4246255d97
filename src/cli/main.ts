/**
 * The `chiso` command. `run` takes the arguments and an output sink and returns the exit code, so
 * the command is tested in-process; `bin.ts` wires it to the real process.
 *
 * Exit codes: 0 success; 1 invalid input (every problem printed, one line each, never a stack
 * trace); 2 wrong usage.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { compareResults } from '../analysis/compare.js';
import { explainUnit } from '../analysis/explain.js';
import type { ScoreResult } from '../engine/result.js';
import { score } from '../engine/score.js';
import { builtinFramework, builtinFrameworks } from '../frameworks/index.js';
import type { DatasetFromCsvOptions } from '../io/csv.js';
import { ChisoError, formatIssue } from '../model/issues.js';
import { assertFramework, validateDataset, validateFramework } from '../model/validate.js';
import { readDatasetFile, readResultOrDataset, resolveFramework } from '../node/index.js';
import { scorePanel } from '../analysis/panel.js';
import { formatTable, groupTable, panelTable, rankingTable } from '../report/table.js';
import type { DatasetInput } from '../model/dataset.js';
import { mergeResultTo34 } from '../vietnam/merger.js';
import { resolveProvince, withProvinces } from '../vietnam/names.js';
import { PROVINCES_34, PROVINCES_63, REGIONS } from '../vietnam/provinces.js';

/** Where the command writes. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

class UsageError extends Error {}

const VERSION = '0.1.0';

const MAIN_HELP = `chiso ${VERSION} — composite indices and rankings (ICT Index, DTI, DESI, your own)

Usage: chiso <command> [options]

Commands:
  score       score a dataset with a framework and print the ranking
  validate    check a framework, and a dataset against it
  panel       score several years and print each unit's rank history
  explain     show where one unit's score comes from
  frameworks  list the built-in frameworks (or print one as JSON)
  provinces   list Vietnam's 63 or 34 provinces, or find one by name

Run "chiso <command> --help" for a command's options.
Exit codes: 0 success, 1 invalid input, 2 wrong usage.
`;

const DATA_OPTIONS_HELP = `  --provinces            units are Vietnamese provinces: match their names ("TP.HCM", "Da Nang"),
                         use the official codes and add each province's region
  --id-column NAME       CSV column with unit ids (default: id, unit, code, country or province)
  --group-column NAME    CSV column holding a group such as region (repeatable); the framework's
                         ranking groups and --group are read as groups too
  --ignore COLUMNS       comma-separated CSV columns to leave out
  --comment PREFIX       skip CSV lines starting with PREFIX, e.g. "#" (by default every line is data)`;

const HELP: Record<string, string> = {
  score: `Usage: chiso score --framework <file.json | built-in id> --data <file.csv | file.json> [options]

Scores every unit at every node, exactly, and prints the ranking.

Options:
  --framework, -f ID|FILE  a built-in framework id (see "chiso frameworks") or a framework JSON file
  --data, -d FILE          the dataset: CSV (one row per unit) or JSON
  --format FORMAT          table (default), md, csv, or json (the whole result)
  --previous FILE          an earlier dataset or saved JSON result: adds rank and score changes
  --node ID                rank by this node instead of the top index
  --group KEY              add the rank within this group (e.g. region)
  --group-summary          with --group: rank the groups by mean score below the table
  --columns IDS            comma-separated node ids to show as columns (default: the node's children)
  --titles KIND            column titles: label (default), short or id
  --compact                fewer columns: no unit id, no rank within the group, only the change in words
  --merge-34               map a result for the 63 former provinces onto the 34 from 1 July 2025
                           (each new province: the mean of its former provinces' scores, as DTI 2024)
${DATA_OPTIONS_HELP}
  --help, -h               this help
`,
  validate: `Usage: chiso validate --framework <file.json | built-in id> [--data <file>]

Reports every problem in a framework and, with --data, in a dataset checked against it.

Options:
  --framework, -f ID|FILE  a built-in framework id or a framework JSON file
  --data, -d FILE          a dataset to check (CSV or JSON)
${DATA_OPTIONS_HELP}
  --help, -h               this help
`,
  explain: `Usage: chiso explain --framework <id|file> --data <file> --unit <id> [--format text|json]

Shows each indicator's normalised value, effective weight and contribution to one unit's score,
and the unit's strengths and weaknesses.

Options:
  --framework, -f ID|FILE  a built-in framework id or a framework JSON file
  --data, -d FILE          the dataset (CSV or JSON)
  --unit, -u ID            the unit to explain
  --format FORMAT          text (default) or json
${DATA_OPTIONS_HELP}
  --help, -h               this help
`,
  panel: `Usage: chiso panel --framework <id|file> --data <year 1> --data <year 2> … [options]

Scores each dataset (each needs a year: a JSON "year", a CSV "year" column, or --years) and prints
every unit's rank per year, its rank history ("52 → 29 → 31 → 9") and its last change.

Options:
  --framework, -f ID|FILE  a built-in framework id or a framework JSON file
  --data, -d FILE          a dataset, once per year (CSV or JSON)
  --years LIST             comma-separated years for the datasets, in the same order
  --node ID                the node to follow (default: the top index)
  --scores                 add each year's published score
  --format FORMAT          table (default), md or csv
${DATA_OPTIONS_HELP}
  --help, -h               this help
`,
  frameworks: `Usage: chiso frameworks [--show ID]

Lists the built-in frameworks with their ids; --show prints one as JSON, to save and edit.
`,
  provinces: `Usage: chiso provinces [--era 63|34] [--find NAME]

Lists Vietnam's provinces — the 63 until 30 June 2025 (default) or the 34 from 1 July 2025 — with
official codes, names and regions; --find resolves a name as people write it ("TP.HCM", "Da Nang").
`,
};

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  framework: { type: 'string', short: 'f' },
  data: { type: 'string', short: 'd' },
  'id-column': { type: 'string' },
  'group-column': { type: 'string', multiple: true },
  ignore: { type: 'string' },
  comment: { type: 'string' },
  provinces: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

/** Reads a dataset, resolving its units as provinces when --provinces is given. */
async function loadDataset(
  path: string,
  values: { 'id-column'?: string | undefined; 'group-column'?: string[] | undefined; ignore?: string | undefined; comment?: string | undefined; provinces?: boolean | undefined },
  groups: readonly string[] = [],
): Promise<DatasetInput> {
  const dataset = await readDatasetFile(path, csvOptions(values, groups));
  return values.provinces ? withProvinces(dataset) : dataset;
}

function parse<const Options extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UsageError(`${flag} is required`);
  return value;
}

/**
 * CSV reading options. Group columns are those named with --group-column, plus the groups the
 * framework ranks within and the one asked for with --group, so a "region" column is read as a
 * group without being named twice.
 */
function csvOptions(values: { 'id-column'?: string | undefined; 'group-column'?: string[] | undefined; ignore?: string | undefined; comment?: string | undefined }, groups: readonly string[] = []): DatasetFromCsvOptions {
  const groupColumns = [...new Set([...(values['group-column'] ?? []), ...groups])];
  return {
    idColumnOption: '--id-column',
    ...(values.comment === undefined ? {} : { comment: values.comment }),
    ...(values['id-column'] === undefined ? {} : { idColumn: values['id-column'] }),
    ...(groupColumns.length === 0 ? {} : { groupColumns }),
    ...(values.ignore === undefined ? {} : { ignoreColumns: values.ignore.split(',').map((column) => column.trim()).filter(Boolean) }),
  };
}

function choice<const T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

async function scoreCommand(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, {
    ...COMMON,
    format: { type: 'string' },
    previous: { type: 'string' },
    node: { type: 'string' },
    group: { type: 'string' },
    'group-summary': { type: 'boolean' },
    columns: { type: 'string' },
    titles: { type: 'string' },
    compact: { type: 'boolean' },
    'merge-34': { type: 'boolean' },
  });
  if (values.help) return help('score', out);
  const format = choice(values.format, ['table', 'md', 'csv', 'json'], 'table', '--format');
  const titles = choice(values.titles, ['label', 'short', 'id'], 'label', '--titles');
  if (values['group-summary'] && values.group === undefined) throw new UsageError('--group-summary needs --group');
  const frameworkInput = await resolveFramework(required(values.framework, '--framework'));
  const framework = assertFramework(frameworkInput);
  const groups = values.group === undefined ? framework.ranking.groups : [...new Set([...framework.ranking.groups, values.group])];
  const options = csvOptions(values, groups);
  const dataset = await loadDataset(required(values.data, '--data'), values, groups);
  const merge = (scored: ScoreResult): ScoreResult => (values['merge-34'] ? mergeResultTo34(scored) : scored);
  const result = merge(score(framework, dataset, { groups }));
  let previous: ScoreResult | undefined;
  if (values.previous !== undefined) {
    const earlier = await readResultOrDataset(values.previous, options);
    // a saved result of the 63 is mapped too; one already of the 34 is used as it is
    previous = earlier.kind === 'result' ? (earlier.result.units.length > 34 ? merge(earlier.result) : earlier.result) : merge(score(framework, values.provinces ? withProvinces(earlier.dataset) : earlier.dataset, { groups }));
  }
  if (format === 'json') {
    const comparison = previous ? compareResults(previous, result, values.node === undefined ? {} : { node: values.node }) : undefined;
    out.stdout(JSON.stringify(comparison ? { ...result, comparison } : result, null, 2) + '\n');
    return 0;
  }
  const table = rankingTable(result, {
    ...(values.node === undefined ? {} : { node: values.node }),
    ...(previous ? { previous } : {}),
    ...(values.group === undefined ? {} : { group: values.group }),
    ...(values.columns === undefined ? {} : { columns: values.columns.split(',').map((column) => column.trim()).filter(Boolean) }),
    titles,
    compact: values.compact === true,
  });
  if (format === 'table') out.stdout(`${result.framework.name}${result.dataset.year === undefined ? '' : ` — ${result.dataset.year}`}\n\n`);
  out.stdout(formatTable(table, format === 'table' ? 'text' : format));
  if (values['group-summary'] && values.group !== undefined) {
    out.stdout(format === 'csv' ? '\n' : `\nBy ${values.group}\n\n`);
    out.stdout(formatTable(groupTable(result, values.group, values.node === undefined ? {} : { node: values.node }), format === 'table' ? 'text' : format));
  }
  if (format === 'table') {
    for (const entry of result.unranked) out.stdout(`\nNot ranked: ${entry.unit} (${entry.reason})`);
    if (result.unranked.length > 0) out.stdout('\n');
    if (result.missing.length > 0) out.stdout(`\n${result.missing.length} missing-data adjustment(s); use --format json to see them.\n`);
  }
  return 0;
}

async function validateCommand(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, COMMON);
  if (values.help) return help('validate', out);
  const frameworkInput = await resolveFramework(required(values.framework, '--framework'));
  const checked = validateFramework(frameworkInput);
  if (!checked.success) throw new ChisoError(checked.issues, 'The framework is not valid');
  out.stdout(`Framework "${checked.value.id}" is valid.\n`);
  if (values.data !== undefined) {
    const dataset = await loadDataset(values.data, values, checked.value.ranking.groups);
    const data = validateDataset(checked.value, dataset);
    if (!data.success) throw new ChisoError(data.issues, 'The dataset is not valid');
    out.stdout(`Dataset "${values.data}" is valid: ${data.value.units.length} units.\n`);
  }
  return 0;
}

async function explainCommand(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, { ...COMMON, unit: { type: 'string', short: 'u' }, format: { type: 'string' } });
  if (values.help) return help('explain', out);
  const format = choice(values.format, ['text', 'json'], 'text', '--format');
  const framework = assertFramework(await resolveFramework(required(values.framework, '--framework')));
  const unit = required(values.unit, '--unit');
  const dataset = await loadDataset(required(values.data, '--data'), values, framework.ranking.groups);
  const result = score(framework, dataset);
  const explanation = explainUnit(result, unit);
  if (format === 'json') {
    out.stdout(JSON.stringify(explanation, null, 2) + '\n');
    return 0;
  }
  const decimals = framework.rounding.decimals;
  out.stdout(`${explanation.name ?? explanation.unit}: ${explanation.published ?? '–'} (rank ${explanation.rank ?? '–'} of ${explanation.rankedCount})\n\n`);
  const table = {
    columns: [
      { title: 'Indicator', align: 'left' as const },
      { title: 'Raw', align: 'right' as const },
      { title: 'Normalised', align: 'right' as const },
      { title: 'Rank', align: 'right' as const },
      { title: 'Weight %', align: 'right' as const },
      { title: 'Contribution', align: 'right' as const },
    ],
    rows: explanation.indicators.map((entry) => [
      entry.label?.en ?? entry.label?.vi ?? entry.id,
      entry.raw ?? '–',
      entry.normalised === null ? '–' : Number(entry.normalised).toFixed(4),
      entry.rank === null ? '–' : String(entry.rank),
      (Number(entry.effectiveWeight) * 100).toFixed(2),
      entry.contribution === null ? '–' : Number(entry.contribution).toFixed(decimals + 2),
    ]),
  };
  out.stdout(formatTable(table, 'text'));
  const list = (title: string, entries: typeof explanation.strengths): void => {
    out.stdout(`\n${title}: ${entries.length === 0 ? 'none' : entries.map((entry) => `${entry.label?.en ?? entry.id} (rank ${entry.rank})`).join('; ')}\n`);
  };
  list('Strengths', explanation.strengths);
  list('Weaknesses', explanation.weaknesses);
  return 0;
}

async function panelCommand(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, { ...COMMON, data: { type: 'string', short: 'd', multiple: true }, years: { type: 'string' }, node: { type: 'string' }, scores: { type: 'boolean' }, format: { type: 'string' } });
  if (values.help) return help('panel', out);
  const format = choice(values.format, ['table', 'md', 'csv'], 'table', '--format');
  const framework = assertFramework(await resolveFramework(required(values.framework, '--framework')));
  const paths = values.data ?? [];
  if (paths.length < 2) throw new UsageError('give at least two datasets with --data, one per year');
  const years = values.years?.split(',').map((year) => Number(year.trim()));
  if (years !== undefined && (years.length !== paths.length || years.some((year) => !Number.isInteger(year)))) {
    throw new UsageError(`--years needs one whole year per --data (${paths.length}), got "${values.years}"`);
  }
  const datasets = await Promise.all(paths.map(async (path, index) => {
    const dataset = await loadDataset(path, values, framework.ranking.groups);
    const year = years?.[index] ?? dataset.year ?? dataset.units.find((unit) => unit.year !== undefined)?.year;
    return year === undefined ? dataset : { ...dataset, year };
  }));
  const panel = scorePanel(framework, datasets, values.node === undefined ? {} : { node: values.node });
  if (format === 'table') out.stdout(`${framework.name}: ${panel.years.join(', ')}\n\n`);
  out.stdout(formatTable(panelTable(panel, { scores: values.scores === true }), format === 'table' ? 'text' : format));
  return 0;
}

function frameworksCommand(args: string[], out: CliOutput): number {
  const values = parse(args, { help: { type: 'boolean', short: 'h' }, show: { type: 'string' } });
  if (values.help) return help('frameworks', out);
  if (values.show !== undefined) {
    const framework = builtinFramework(values.show);
    if (!framework) throw new UsageError(`there is no built-in framework "${values.show}"; see "chiso frameworks"`);
    out.stdout(JSON.stringify(framework, null, 2) + '\n');
    return 0;
  }
  for (const [id, framework] of Object.entries(builtinFrameworks)) out.stdout(`${id.padEnd(24)} ${framework.name}\n`);
  return 0;
}

function provincesCommand(args: string[], out: CliOutput): number {
  const values = parse(args, { help: { type: 'boolean', short: 'h' }, era: { type: 'string' }, find: { type: 'string' } });
  if (values.help) return help('provinces', out);
  const era = choice(values.era, ['63', '34'], '63', '--era');
  const list = values.find === undefined ? (era === '63' ? PROVINCES_63 : PROVINCES_34) : [resolveProvince(values.find, era)];
  const rows = list.map((province) => [
    province.code,
    province.name,
    province.english,
    REGIONS[province.region].vi,
    era === '63' ? `→ ${PROVINCES_34.find((candidate) => candidate.code === province.successorCode)?.name ?? ''}` : `← ${(province.formerCodes ?? []).map((code) => PROVINCES_63.find((former) => former.code === code)?.name).join(', ')}`,
  ]);
  const title = era === '63' ? 'Since 1 July 2025 part of' : 'Formed from';
  out.stdout(
    formatTable(
      {
        columns: [
          { title: 'Code', align: 'left' },
          { title: 'Name', align: 'left' },
          { title: 'English', align: 'left' },
          { title: 'Region', align: 'left' },
          { title, align: 'left' },
        ],
        rows,
      },
      'text',
    ),
  );
  return 0;
}

function help(command: string, out: CliOutput): number {
  out.stdout(HELP[command] ?? MAIN_HELP);
  return 0;
}

/**
 * Runs the `chiso` command with the given arguments (without `node` and the script) and returns the
 * exit code.
 *
 * @example
 * const code = await run(['score', '--framework', 'desi-2022', '--data', 'examples/data/desi-2022.csv'], {
 *   stdout: (text) => process.stdout.write(text),
 *   stderr: (text) => process.stderr.write(text),
 * });
 */
export async function run(argv: readonly string[], out: CliOutput): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        out.stdout(MAIN_HELP);
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v':
        out.stdout(`${VERSION}\n`);
        return 0;
      case 'score':
        return await scoreCommand(rest, out);
      case 'validate':
        return await validateCommand(rest, out);
      case 'explain':
        return await explainCommand(rest, out);
      case 'panel':
        return await panelCommand(rest, out);
      case 'frameworks':
        return frameworksCommand(rest, out);
      case 'provinces':
        return provincesCommand(rest, out);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`chiso: ${error.message}\nRun "chiso ${command !== undefined && HELP[command] ? `${command} ` : ''}--help" for usage.\n`);
      return 2;
    }
    if (error instanceof ChisoError) {
      const [summary] = error.message.split('\n');
      out.stderr(`chiso: ${summary}\n`);
      for (const problem of error.issues) out.stderr(`  ${formatIssue(problem)}\n`);
      return 1;
    }
    throw error;
  }
}
