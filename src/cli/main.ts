/**
 * The `chiso` command. `run` takes the arguments and an output sink and returns the exit code, so
 * the command is tested in-process; `bin.ts` wires it to the real process.
 *
 * Exit codes: 0 success (also when the reader of the output goes away, as in `chiso … | head -1`);
 * 1 invalid input (every problem printed, one line each, never a stack trace) or output that cannot
 * be written; 2 wrong usage; 70 an internal error — a bug in chiso (EX_SOFTWARE in sysexits.h),
 * printed in one line, with the stack trace only under `--debug`.
 *
 * Everything printed passes through {@link escapeTerminalText}: no control sequence in a label,
 * unit name or message reaches the terminal.
 *
 * @module
 */
import type { ParseArgsConfig } from 'node:util';
import { compareResults } from '../analysis/compare.js';
import { panelFromResults } from '../analysis/panel.js';
import { ExactDecimal } from '../engine/decimal.js';
import { compilePlan } from '../engine/plan.js';
import { scoreValidated } from '../engine/score.js';
import { escapeControlCharacters, escapeTerminalText } from '../report/escape.js';
import { jsonChunks } from '../report/json.js';
import { formatDecimal, groupTitle, nodeTitle, type Language } from '../report/language.js';
import { OutputError } from './output.js';
import { wrapToWidth } from '../report/text-width.js';
import { resultWorkbook } from '../xlsx/write.js';
import { choice, COMMON, dataOptions, provincesWanted, DATA_OPTIONS_HELP, eraOf, fromFile, frameworkArgument, frameworkTitle, globalOptionsHelp, groupKeys, known, line, loadDataset, loadFramework, loadValidDataset, nodeIds, parse, refuseCsvOptionsWithoutCsv, required, showHelp, usage, usageFrom, UsageError, withProvincesAndEra, writeAll, writeTable, type CliOutput, type CommandModule } from './common.js';
export type { CliOutput } from './common.js';
export type { CliEnvironment } from './global-options.js';
import { extractGlobalOptions, resolveLanguage, resolveWidth, type CliEnvironment } from './global-options.js';
import { fileOutput, type FileOutput } from './file-output.js';
import { MAIN_HELP_VI } from './help-vi.js';
import { errorSummary, issueLine, messages, outputFailure } from './messages.js';
import { suggestion } from './suggest.js';
import { scenarioCommand } from './commands/scenario.js';
import { uncertaintyCommand } from './commands/uncertainty.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { targetCommand } from './commands/target.js';
import { mappingCommand } from './commands/mapping.js';
import { importCommand } from './commands/import.js';
import { auditCommand } from './commands/audit.js';
import { weightsCommand } from './commands/weights.js';
import { reportCommand } from './commands/report.js';
import { explainUnit } from '../analysis/explain.js';
import { constructionSummary } from '../pipeline/summary.js';
import type { ScoreResult } from '../engine/result.js';
import { builtinFramework, builtinFrameworks } from '../frameworks/index.js';
import { quoteText } from '../model/describe.js';
import { ChisoError, issue } from '../model/issues.js';
import { yearProblem } from '../model/limits.js';
import { assertDataset, validateDataset, validateFramework } from '../model/validate.js';
import { readDatasetFile, readResultOrDataset, resolveFramework } from '../node/index.js';
import { groupTable, panelTable, rankingTable } from '../report/table.js';
import { mergeResultTo34 } from '../vietnam/merger.js';
import { closestProvinces, findProvince } from '../vietnam/names.js';
import { PROVINCES_34, PROVINCES_63, REGIONS } from '../vietnam/provinces.js';


const VERSION = '0.1.0';

/**
 * Commands kept in modules of their own (src/cli/commands/): listed in the main help after the
 * built-in ones, with their own --help and options.
 */
const COMMAND_MODULES: readonly CommandModule[] = [scenarioCommand, uncertaintyCommand, sensitivityCommand, targetCommand, auditCommand, weightsCommand, mappingCommand, importCommand, reportCommand];

const MAIN_HELP = `chiso ${VERSION} — composite indices and rankings (ICT Index, DTI, DESI, your own)

Usage: chiso <command> [options]

Commands:
  score       score a dataset with a framework and print the ranking
  validate    check a framework, and a dataset against it
  panel       score several years and print each unit's rank history
  explain     show where one unit's score comes from
  frameworks  list the built-in frameworks (or print one as JSON)
  provinces   list Vietnam's 63 or 34 provinces, or find one by name
${COMMAND_MODULES.map((module) => `  ${module.name.padEnd(11)} ${module.summary}\n`).join('')}
Run "chiso <command> --help" for a command's options; --debug (any command) shows the stack
trace of an internal error; chiso --version prints the version.
Exit codes: 0 success, 1 invalid input or output that cannot be written, 2 wrong usage,
70 internal error (a bug in chiso: please report it).
`;

/** The main help in a language: the Vietnamese one lists commands added later with their English summary. */
function mainHelp(language: Language | undefined): string {
  if (language !== 'vi') return MAIN_HELP + '\nOptions of every command:\n' + globalOptionsHelp(language);
  const listed = new Set(['scenario', 'uncertainty', 'sensitivity', 'target', 'audit', 'weights', 'mapping', 'import', 'report']);
  const others = COMMAND_MODULES.filter((module) => !listed.has(module.name)).map((module) => `  ${module.name.padEnd(11)} ${module.summary}\n`).join('');
  return MAIN_HELP_VI.replace('{version}', VERSION).replace('{modules}\n', `${others}\n`) + '\nTùy chọn của mọi lệnh:\n' + globalOptionsHelp(language);
}

const HELP: Record<string, string> = {
  ...Object.fromEntries(COMMAND_MODULES.map((module) => [module.name, module.help])),
  score: `Usage: chiso score --framework <file.json | built-in id> --data <file.csv | file.json> [options]

Scores every unit at every node, exactly, and prints the ranking.

Options:
  --framework, -f ID|FILE  a built-in framework id (see "chiso frameworks") or a framework JSON file
  --data, -d FILE          the dataset: CSV (one row per unit) or JSON
  --format FORMAT          table (default), md, csv, json (the whole result) or xlsx (a workbook:
                           ranking, one sheet per level, method; needs --out)
  --previous FILE          an earlier dataset or saved JSON result: adds rank and score changes
  --node ID                rank by this node instead of the top index
  --group KEY              add the rank within this group (e.g. region)
  --group-summary          with --group: rank the groups by mean score below the table
  --columns IDS            comma-separated node ids to show as columns (default: the node's children)
  --titles KIND            column titles: label (default), short or id
  --compact                fewer columns: no unit id, no rank within the group, only the change in words
  --merge-34               map a result for the 63 former provinces onto the 34 from 1 July 2025
                           (each new province: the mean of its former provinces' scores, as DTI 2024)
  --merge-partial          with --merge-34: a new province some of whose former provinces are
                           missing gets the mean of those present (by default that is an error)
${DATA_OPTIONS_HELP}
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`,
  validate: `Usage: chiso validate --framework <file.json | built-in id> [--data <file>]

Reports every problem in a framework and, with --data, in a dataset checked against it.

Options:
  --framework, -f ID|FILE  a built-in framework id or a framework JSON file
  --data, -d FILE          a dataset to check (CSV or JSON)
${DATA_OPTIONS_HELP}
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`,
  explain: `Usage: chiso explain --framework <id|file> --data <file> --unit <id> [--format text|json]

Shows each indicator's normalised value, effective weight and contribution to one unit's score,
and the unit's strengths and weaknesses.

Options:
  --framework, -f ID|FILE  a built-in framework id or a framework JSON file
  --data, -d FILE          the dataset (CSV or JSON)
  --unit, -u ID            the unit to explain (with --provinces, also a province name: "TP.HCM")
  --format FORMAT          text (default) or json
${DATA_OPTIONS_HELP}
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
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
  --merge-34               with --provinces, when some years list the 63 provinces and some the 34:
                           map the years of the 63 onto the 34 (each new province: the mean of its
                           former provinces' scores, as DTI 2024), so each code is one province
${DATA_OPTIONS_HELP}
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`,
  frameworks: `Usage: chiso frameworks [--show ID]

Lists the built-in frameworks with their ids; --show prints one as JSON, to save and edit.

Options:
  --show ID                print the built-in framework ID as JSON
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`,
  provinces: `Usage: chiso provinces [--era 63|34] [--find NAME]

Lists Vietnam's provinces — the 63 until 30 June 2025 (default) or the 34 from 1 July 2025 — with
official codes, names and regions; --find resolves a name as people write it ("TP.HCM", "Da Nang").

Options:
  --era 63|34              the 63 provinces until 30 June 2025 (default) or the 34 from 1 July 2025
  --find NAME              only the province with this name, as people write it
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`,
};

/**
 * The options each command accepts (besides `--debug`, which every command takes). Its `--help`
 * describes every one of them; a test checks that.
 *
 * @example
 * Object.keys(COMMAND_OPTIONS.frameworks); // => ['help', 'show']
 */
export const COMMAND_OPTIONS = {
  score: {
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
    'merge-partial': { type: 'boolean' },
  },
  validate: COMMON,
  explain: { ...COMMON, unit: { type: 'string', short: 'u' }, format: { type: 'string' } },
  panel: { ...COMMON, data: { type: 'string', short: 'd', multiple: true }, years: { type: 'string' }, node: { type: 'string' }, scores: { type: 'boolean' }, format: { type: 'string' }, 'merge-34': { type: 'boolean' } },
  frameworks: { help: { type: 'boolean', short: 'h' }, show: { type: 'string' } },
  provinces: { help: { type: 'boolean', short: 'h' }, era: { type: 'string' }, find: { type: 'string' } },
  ...(Object.fromEntries(COMMAND_MODULES.map((module) => [module.name, module.options])) as Record<string, NonNullable<ParseArgsConfig['options']>>),
} as const satisfies Record<string, ParseArgsConfig['options']>;

async function scoreCommand(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, COMMAND_OPTIONS.score);
  if (values.help) return help('score', out);
  const format = choice(values.format, ['table', 'md', 'csv', 'json', 'xlsx'], 'table', '--format');
  if (format === 'xlsx' && (out.file === undefined || out.bytes === undefined)) throw usage('xlsxNeedsOut');
  const titles = choice(values.titles, ['label', 'short', 'id'], 'label', '--titles');
  if (values['group-summary'] && values.group === undefined) throw usage('needs', '--group-summary', '--group');
  if (values['merge-partial'] && !values['merge-34']) throw usage('needs', '--merge-partial', '--merge-34');
  if (format === 'json' || format === 'xlsx') {
    // the whole result is written: options that shape the table would do nothing
    const tableOnly = (['group-summary', 'columns', 'titles', 'compact'] as const).find((name) => values[name] !== undefined);
    if (tableOnly !== undefined) throw usage('tableOnlyWithJson', `--${tableOnly}`);
  }
  refuseCsvOptionsWithoutCsv(values, [values.data, values.previous]);
  const framework = await loadFramework(values.framework);
  const plan = compilePlan(framework);
  const nodes = nodeIds(plan);
  if (values.node !== undefined) known(values.node, nodes, '--node', 'node');
  const columns = values.columns?.split(',').map((column) => column.trim()).filter(Boolean);
  if (columns !== undefined && columns.length === 0) throw usage('columnsNameNothing', quoteText(values.columns ?? ''));
  for (const column of columns ?? []) known(column, nodes, '--columns', 'node');
  const groups = values.group === undefined ? framework.ranking.groups : [...new Set([...framework.ranking.groups, values.group])];
  const options = await dataOptions(values, groups);
  const dataPath = required(values.data, '--data');
  const dataset = await loadValidDataset(framework, dataPath, values, groups);
  if (values.group !== undefined) known(values.group, groupKeys(dataset), '--group', 'group', dataPath);
  // with --provinces the era is known: a result already of the 34 is not mapped again
  const merge = (scored: ScoreResult, era: '63' | '34' | undefined): ScoreResult => (values['merge-34'] && era !== '34' ? mergeResultTo34(scored, { partial: values['merge-partial'] === true }) : scored);
  const result = await fromFile(dataPath, () => merge(scoreValidated(plan, dataset, { groups }), eraOf(dataset)));
  let previous: ScoreResult | undefined;
  if (values.previous !== undefined) {
    const previousPath = required(values.previous, '--previous');
    previous = await fromFile(previousPath, async () => {
      const earlier = await readResultOrDataset(previousPath, options);
      if (earlier.kind === 'result') {
        const compared = values.node ?? result.root;
        if (!earlier.result.nodes.some((info) => info.id === compared)) {
          throw new ChisoError([issue('unknown_reference', ['nodes'], `the saved result has no node "${line(compared)}" to compare with (it is a result of framework "${line(earlier.result.framework.id)}")`, { received: compared })], 'The saved result cannot be compared');
        }
        // a saved result of the 63 is mapped too; one already of the 34 is used as it is
        return earlier.result.units.length > 34 ? merge(earlier.result, undefined) : earlier.result;
      }
      const input = provincesWanted(values, options) ? withProvincesAndEra(earlier.dataset) : earlier.dataset;
      const [now, then] = [eraOf(dataset), eraOf(input)];
      if (now !== undefined && then !== undefined && now !== then && !values['merge-34']) {
        throw new ChisoError(
          [issue('invalid_shape', [previousPath, 'units'], `"${previousPath}" lists the ${then} provinces and "${dataPath}" the ${now}: one code names a different province before and after the 1 July 2025 merger, so ranks cannot be compared; add --merge-34 to map the 63 onto the 34 first`)],
          'The previous dataset cannot be compared',
        );
      }
      return merge(scoreValidated(plan, assertDataset(framework, input), { groups }), then);
    });
  }
  if (format === 'xlsx') {
    const language = out.language ?? 'en';
    const workbook = await resultWorkbook(result, { language, ...(previous === undefined ? {} : { previous }), ...(values.group === undefined ? {} : { group: values.group }) });
    await out.bytes?.(workbook);
    return 0;
  }
  return scoreOutput(out, format, result, previous, values, dataPath, columns, titles, framework);
}

/** The score command's text output: JSON, or the ranking table (and group summary). */
async function scoreOutput(
  out: CliOutput,
  format: 'table' | 'md' | 'csv' | 'json',
  result: ScoreResult,
  previous: ScoreResult | undefined,
  values: { node?: string | undefined; group?: string | undefined; compact?: boolean | undefined; 'group-summary'?: boolean | undefined },
  dataPath: string,
  columns: string[] | undefined,
  titles: 'label' | 'short' | 'id',
  framework: Parameters<typeof frameworkTitle>[0],
): Promise<number> {
  if (format === 'json') {
    const comparison = previous ? compareResults(previous, result, values.node === undefined ? {} : { node: values.node }) : undefined;
    // written unit by unit: a result of 100,000 units is never held as one string
    await writeAll(out, jsonChunks(comparison ? { ...result, comparison } : result));
    await out.stdout('\n');
    return 0;
  }
  const table = rankingTable(result, {
    ...(values.node === undefined ? {} : { node: values.node }),
    ...(previous ? { previous } : {}),
    ...(values.group === undefined ? {} : { group: values.group }),
    ...(columns === undefined ? {} : { columns }),
    titles,
    compact: values.compact === true,
    language: out.language ?? 'en',
  });
  // built before anything is written: a summary that cannot be made (no ranked unit in any group)
  // is refused with nothing on standard output, not after the ranking
  const group = values['group-summary'] ? values.group : undefined;
  const summary = group === undefined ? undefined : await fromFile(dataPath, () => groupTable(result, group, { ...(values.node === undefined ? {} : { node: values.node }), language: out.language ?? 'en' }));
  const say = messages(out.language);
  if (format === 'table') await out.stdout(`${wrapToWidth(line(frameworkTitle(framework, out.language)) + (result.dataset.year === undefined ? '' : ` — ${result.dataset.year}`), out.width ?? Number.POSITIVE_INFINITY)}\n\n`);
  await writeTable(out, table, format, { columnsOption: true });
  if (summary !== undefined && group !== undefined) {
    await out.stdout(format === 'csv' ? '\n' : `\n${say.byGroup(line(out.language === 'vi' ? groupTitle(group, 'vi').toLowerCase() : group))}\n\n`);
    await writeTable(out, summary, format);
  }
  if (format === 'table') {
    for (const entry of result.unranked) await out.stdout(`\n${say.notRanked(line(entry.unit), line(entry.reason))}`);
    if (result.unranked.length > 0) await out.stdout('\n');
    if (result.missing.length > 0) await out.stdout(`\n${say.missingAdjustments(result.missing.length)}\n`);
    if (result.construction !== undefined) await out.stdout(`\n${constructionSummary(result.construction)}; use --format json to see them.\n`);
  }
  return 0;
}

async function validateCommand(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, COMMAND_OPTIONS.validate);
  if (values.help) return help('validate', out);
  refuseCsvOptionsWithoutCsv(values, [values.data]);
  if (values.data === undefined) {
    const dataOnly = (['provinces', 'locale', 'group-column'] as const).find((name) => values[name] !== undefined);
    if (dataOnly !== undefined) throw usage('aboutDataWithoutData', `--${dataOnly}`);
  }
  const given = await frameworkArgument(values.framework);
  const checked = await fromFile(builtinFramework(given) === undefined ? given : undefined, async () => {
    const result = validateFramework(await resolveFramework(given));
    if (!result.success) throw new ChisoError(result.issues, 'The framework is not valid');
    return result.value;
  });
  await out.stdout(`${messages(out.language).frameworkValid(checked.id)}\n`);
  if (values.data !== undefined) {
    const dataPath = values.data;
    const data = await fromFile(dataPath, async () => {
      const result = validateDataset(checked, await loadDataset(dataPath, values, checked.ranking.groups));
      if (!result.success) throw new ChisoError(result.issues, 'The dataset is not valid');
      return result.value;
    });
    // the same checks as score: a dataset that validates is one score reads
    const present = groupKeys(data);
    for (const column of values['group-column'] ?? []) known(column, present, '--group-column', 'group column', dataPath);
    await out.stdout(`${messages(out.language).datasetValid(line(dataPath), data.units.length)}\n`);
  }
  return 0;
}

/**
 * An exact figure rounded for display, in plain decimal notation whatever its size: a double would
 * print 1.84e+325 as "Infinity" and 9.2e+31 in exponent form.
 */
function fixed(value: string | InstanceType<typeof ExactDecimal>, decimals: number): string {
  return new ExactDecimal(value).toFixed(decimals);
}

async function explainCommand(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, COMMAND_OPTIONS.explain);
  if (values.help) return help('explain', out);
  const format = choice(values.format, ['text', 'json'], 'text', '--format');
  refuseCsvOptionsWithoutCsv(values, [values.data]);
  const framework = await loadFramework(values.framework);
  const given = required(values.unit, '--unit');
  const dataPath = required(values.data, '--data');
  const dataset = await loadValidDataset(framework, dataPath, values, framework.ranking.groups);
  const ids = dataset.units.map((entry) => entry.id);
  // with --provinces a unit may be named as people write it ("TP.HCM"), as in the data
  const era = eraOf(dataset);
  const code = values.provinces && !ids.includes(given) && era !== undefined ? findProvince(given, era)?.code : undefined;
  const unit = known(code ?? given, ids, '--unit', 'unit');
  const result = await fromFile(dataPath, () => scoreValidated(compilePlan(framework), dataset));
  const explanation = explainUnit(result, unit);
  if (format === 'json') {
    await writeAll(out, jsonChunks(explanation));
    await out.stdout('\n');
    return 0;
  }
  const decimals = framework.rounding.decimals;
  const language = out.language ?? 'en';
  const say = messages(language);
  const published = explanation.published === null ? '–' : formatDecimal(explanation.published, language, { grouping: false });
  await out.stdout(`${say.explainHeading(line(explanation.name ?? explanation.unit), published, String(explanation.rank ?? '–'), explanation.rankedCount)}\n\n`);
  const [indicatorTitle = '', rawTitle = '', normalisedTitle = '', rankTitle = '', weightTitle = '', contributionTitle = ''] = say.explainColumns;
  const table = {
    columns: [
      { title: indicatorTitle, align: 'left' as const },
      { title: rawTitle, align: 'right' as const },
      { title: normalisedTitle, align: 'right' as const },
      { title: rankTitle, align: 'right' as const },
      { title: weightTitle, align: 'right' as const },
      { title: contributionTitle, align: 'right' as const },
    ],
    rows: explanation.indicators.map((entry) => [
      nodeTitle(entry.label, entry.id, language),
      entry.marks === undefined ? (entry.raw ?? '–') : `${entry.raw ?? '–'} → ${entry.value === null || entry.value === undefined ? '–' : fixed(entry.value, 4)} (${entry.marks.join(', ')})`,
      entry.normalised === null ? '–' : fixed(entry.normalised, 4),
      entry.rank === null ? '–' : String(entry.rank),
      fixed(new ExactDecimal(entry.effectiveWeight).times(100), 2),
      entry.contribution === null ? '–' : fixed(entry.contribution, decimals + 2),
    ]),
  };
  await writeTable(out, table, 'text');
  const list = (title: string, entries: typeof explanation.strengths): string =>
    `\n${title}: ${entries.length === 0 ? say.none : entries.map((entry) => `${line(language === 'vi' ? nodeTitle(entry.label, entry.id, 'vi') : (entry.label?.en ?? entry.id))} (${say.rankOf(String(entry.rank))})`).join('; ')}\n`;
  await out.stdout(list(say.strengths, explanation.strengths));
  await out.stdout(list(say.weaknesses, explanation.weaknesses));
  return 0;
}

async function panelCommand(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, COMMAND_OPTIONS.panel);
  if (values.help) return help('panel', out);
  const format = choice(values.format, ['table', 'md', 'csv'], 'table', '--format');
  const framework = await loadFramework(values.framework);
  const plan = compilePlan(framework);
  if (values.node !== undefined) known(values.node, nodeIds(plan), '--node', 'node');
  const paths = values.data ?? [];
  if (paths.length < 2) throw usage('twoDatasets');
  refuseCsvOptionsWithoutCsv(values, paths);
  if (values['merge-34'] && !values.provinces && values.mapping === undefined) throw usage('merge34NeedsProvinces');
  const years = values.years?.split(',').map((year) => year.trim());
  if (years !== undefined) {
    if (years.length !== paths.length) throw usage('yearsCount', quoteText(values.years ?? ''), paths.length, years.length);
    const wrong = years.find((year) => yearProblem(year) !== null);
    if (wrong !== undefined) throw usage('yearsWrong', quoteText(values.years ?? ''), yearProblem(wrong) ?? '');
  }
  const readOptions = await dataOptions(values, framework.ranking.groups);
  const provinces = provincesWanted(values, readOptions);
  const results: ScoreResult[] = [];
  const fileOfYear = new Map<number, string>();
  const eras: { path: string; era: '63' | '34' }[] = [];
  for (const [index, path] of paths.entries()) {
    const given = years?.[index] === undefined ? undefined : Number(years[index]);
    const raw = await fromFile(path, () => readDatasetFile(path, readOptions));
    const year = given ?? raw.year ?? raw.units.find((unit) => typeof unit.year === 'number')?.year;
    if (year === undefined) {
      throw new ChisoError([issue('missing_value', [path, 'year'], `"${path}" has no year: give the dataset a "year" (JSON), a "year" column (CSV), or use --years`)], 'The panel cannot be built');
    }
    const earlier = fileOfYear.get(year);
    if (earlier !== undefined) throw new ChisoError([issue('duplicate_id', [path, 'year'], `"${earlier}" and "${path}" are both for ${year}`)], 'The panel cannot be built');
    fileOfYear.set(year, path);
    // provinces are matched as of the year: the 63 before 1 July 2025, the 34 after
    const dataset = await fromFile(path, () => {
      if (!provinces) return assertDataset(framework, raw);
      const matched = withProvincesAndEra(raw, year);
      eras.push({ path, era: eraOf(matched) ?? '63' });
      return assertDataset(framework, matched);
    });
    const present = groupKeys(dataset);
    for (const column of values['group-column'] ?? []) known(column, present, '--group-column', 'group column', path);
    results.push(await fromFile(path, () => scoreValidated(plan, { ...dataset, year })));
  }
  const before = eras.filter((entry) => entry.era === '63');
  const after = eras.filter((entry) => entry.era === '34');
  if (before.length > 0 && after.length > 0) {
    if (!values['merge-34']) {
      throw new ChisoError(
        [issue('invalid_shape', [before[0]?.path ?? '', 'units'], `"${before[0]?.path ?? ''}" lists the 63 provinces (until 30 June 2025) and "${after[0]?.path ?? ''}" the 34 (from 1 July 2025): one code names a different province before and after the merger, so their ranks cannot be compared; add --merge-34 to map the years of the 63 onto the 34 first`)],
        'The panel cannot be built',
      );
    }
    const merged = new Set(before.map((entry) => entry.path));
    for (const [index, path] of paths.entries()) {
      if (merged.has(path)) results[index] = await fromFile(path, () => mergeResultTo34(results[index] as ScoreResult));
    }
  } else if (values['merge-34'] && before.length > 0) {
    // every year of the 63: map them all, for a panel of the 34
    for (const [index, path] of paths.entries()) results[index] = await fromFile(path, () => mergeResultTo34(results[index] as ScoreResult));
  } else if (values['merge-34']) {
    throw usage('nothingToMerge');
  }
  const panel = panelFromResults(results, values.node);
  if (format === 'table') await out.stdout(`${line(frameworkTitle(framework, out.language))}: ${panel.years.join(', ')}\n\n`);
  await writeTable(out, panelTable(panel, { scores: values.scores === true, language: out.language ?? 'en' }), format);
  return 0;
}

async function frameworksCommand(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, COMMAND_OPTIONS.frameworks);
  if (values.help) return help('frameworks', out);
  if (values.show !== undefined) {
    const framework = builtinFramework(known(values.show, Object.keys(builtinFrameworks), '--show', 'built-in framework'));
    await writeAll(out, jsonChunks(framework));
    await out.stdout('\n');
    return 0;
  }
  for (const [id, framework] of Object.entries(builtinFrameworks)) await out.stdout(`${id.padEnd(24)} ${frameworkTitle(framework, out.language)}\n`);
  return 0;
}

async function provincesCommand(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, COMMAND_OPTIONS.provinces);
  if (values.help) return help('provinces', out);
  const era = choice(values.era, ['63', '34'], '63', '--era');
  const find = values.find;
  const found = find === undefined ? undefined : findProvince(find, era);
  if (find !== undefined && found === undefined) {
    // a former province asked for among the 34: say where it went, not which names look alike
    const former = era === '34' ? findProvince(find, '63') : undefined;
    const successor = former === undefined ? undefined : PROVINCES_34.find((province) => province.code === former.successorCode);
    if (former !== undefined && successor !== undefined) throw usage('findFormer', quoteText(find), former.name, successor.name, successor.code);
    throw usage('findNotFound', quoteText(find), era, closestProvinces(find, era).join(', '));
  }
  const list = found === undefined ? (era === '63' ? PROVINCES_63 : PROVINCES_34) : [found];
  const rows = list.map((province) => [
    province.code,
    province.name,
    province.english,
    REGIONS[province.region].vi,
    era === '63' ? `→ ${PROVINCES_34.find((candidate) => candidate.code === province.successorCode)?.name ?? ''}` : `← ${(province.formerCodes ?? []).map((code) => PROVINCES_63.find((former) => former.code === code)?.name).join(', ')}`,
  ]);
  const say = messages(out.language);
  const title = era === '63' ? say.partOf : say.formedFrom;
  const [codeTitle = '', nameTitle = '', englishTitle = '', regionTitle = ''] = say.provinceColumns;
  await writeTable(
    out,
    {
      columns: [
        { title: codeTitle, align: 'left' },
        { title: nameTitle, align: 'left' },
        { title: englishTitle, align: 'left', drop: 1 },
        { title: regionTitle, align: 'left', drop: 2 },
        { title, align: 'left' },
      ],
      rows,
    },
    'text',
  );
  return 0;
}

async function help(command: string, out: CliOutput): Promise<number> {
  const english = Object.hasOwn(HELP, command) ? HELP[command] : undefined;
  if (english === undefined) {
    await out.stdout(mainHelp(out.language));
    return 0;
  }
  return showHelp(out, command, english);
}


/**
 * Runs the `chiso` command with the given arguments (without `node` and the script) and returns the
 * exit code: 0 success, 1 invalid input or output that cannot be written, 2 wrong usage, 70 an
 * internal error (a bug). Every text written is escaped for the terminal; `--debug`, anywhere in
 * the arguments, adds the stack trace to an internal error. The global options `--lang`, `--out`
 * and `--width` are read here for every command; `environment` gives `CHISO_LANG`, `COLUMNS` and
 * the terminal's width (none of them when run in-process by a test: English, no width limit).
 *
 * @example
 * const code = await run(['score', '--framework', 'desi-2022', '--data', 'examples/data/desi-2022.csv', '--lang', 'vi'], {
 *   stdout: (text) => process.stdout.write(text),
 *   stderr: (text) => process.stderr.write(text),
 * });
 */
export async function run(argv: readonly string[], output: CliOutput, environment: CliEnvironment = {}): Promise<number> {
  const debug = argv.includes('--debug');
  const withoutDebug = argv.filter((argument) => argument !== '--debug');
  let language: Language = 'en';
  let command: string | undefined = withoutDebug[0];
  let file: FileOutput | undefined;
  const escaped = {
    stdout: (text: string) => (file === undefined ? output.stdout(escapeTerminalText(text)) : file.write(escapeTerminalText(text))),
    stderr: (text: string) => output.stderr(escapeTerminalText(text)),
    ...(output.progress === undefined ? {} : { progress: (text: string) => output.progress?.(escapeTerminalText(text)) }),
  };
  let out: CliOutput = escaped;
  try {
    // the language first, so that a mistake in the other global options is told in it
    const globals = extractGlobalOptions(withoutDebug);
    language = resolveLanguage(globals.lang, environment);
    out = { ...escaped, language };
    const [given, ...rest] = globals.rest;
    command = given;
    if (globals.out !== undefined) {
      if (globals.out === '') throw usage('outEmpty');
      file = fileOutput(globals.out);
    }
    const target = file;
    out = {
      ...escaped,
      language,
      width: resolveWidth(globals.width, environment, target !== undefined),
      ...(target === undefined ? {} : { file: target.path, bytes: (data: Uint8Array) => target.bytes(data) }),
    };
    const code = await dispatch(command, rest, out);
    if (file !== undefined) {
      if (code === 0) await file.commit();
      else await file.discard();
    }
    await output.end?.();
    return code;
  } catch (error) {
    await file?.discard();
    const say = messages(language);
    if (error instanceof OutputError) {
      if (error.closed) return 0;
      await printError(out, `chiso: ${outputFailure(error.message, error.code, language)}\n`);
      return 1;
    }
    // what was written so far still goes out, before the message; a failure there adds nothing
    await output.end?.().catch(() => undefined);
    if (error instanceof UsageError) {
      await printError(out, `chiso: ${escapeControlCharacters(error.in(language))}\n${say.runHelp(command !== undefined && Object.hasOwn(HELP, command) ? `${command} ` : '')}\n`);
      return 2;
    }
    if (error instanceof ChisoError) {
      const [summary] = error.message.split('\n');
      await printError(out, `chiso: ${escapeControlCharacters(errorSummary(summary ?? '', language))}\n${error.issues.map((problem) => `  ${escapeControlCharacters(issueLine(problem, language))}\n`).join('')}`);
      return 1;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const [firstLine] = message.split('\n');
    await printError(out, `chiso: ${say.internalError(escapeControlCharacters(firstLine ?? ''), debug)}\n`);
    if (debug && error instanceof Error && error.stack !== undefined) await printError(out, `${error.stack}\n`);
    return 70;
  }
}

/** Writes to standard error; a failure there has nowhere to be reported, so it is ignored. */
async function printError(out: CliOutput, text: string): Promise<void> {
  try {
    await out.stderr(text);
  } catch {
    // standard error is gone too
  }
}

async function dispatch(command: string | undefined, rest: string[], out: CliOutput): Promise<number> {
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      await out.stdout(mainHelp(out.language));
      return command === undefined ? 2 : 0;
    case '--version':
    case '-v':
      await out.stdout(`${VERSION}\n`);
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
      return await frameworksCommand(rest, out);
    case 'provinces':
      return await provincesCommand(rest, out);
    default: {
      const module = COMMAND_MODULES.find((candidate) => candidate.name === command);
      if (module !== undefined) return await module.run(rest, out);
      throw usageFrom((say, language) => say.usage.unknownCommand(quoteText(command), suggestion(command, ['score', 'validate', 'panel', 'explain', 'frameworks', 'provinces', ...COMMAND_MODULES.map((candidate) => candidate.name)], language)));
    }
  }
}
