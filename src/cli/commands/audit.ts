/**
 * `chiso audit`: the statistical audit of a model (docs/audit.md) — indicator statistics and flags,
 * structural flags, Cronbach's alpha and principal components per aggregate, nominal weight beside
 * importance, and (with --correlations) every correlation.
 *
 * @module
 */
import { auditIndicators } from '../../analysis/audit/audit-indicators.js';
import { auditTables, indicatorAuditTable } from '../../analysis/audit/audit-tables.js';
import type { CorrelationMethod } from '../../analysis/audit/correlation.js';
import { statisticalAudit } from '../../analysis/audit/statistical-audit.js';
import { quoteText } from '../../model/describe.js';
import { jsonChunks } from '../../report/json.js';
import { formatTableLines, type Table } from '../../report/table.js';
import { AUDIT_TITLES_VI, messages } from '../messages.js';
import { choice, COMMON, DATA_OPTIONS_HELP, frameworkTitle, fromFile, known, line, parse, usage, writeAll, showHelp, type CliOutput, type CommandModule } from '../common.js';
import { loadModelInputs } from './arguments.js';

const OPTIONS = {
  ...COMMON,
  format: { type: 'string' },
  values: { type: 'string' },
  methods: { type: 'string' },
  collinearity: { type: 'string' },
  correlations: { type: 'boolean' },
  'data-only': { type: 'boolean' },
} as const;

const HELP = `Usage: chiso audit --framework <id|file> --data <file> [options]

The statistical audit of a model (docs/audit.md): per indicator the availability, mean, standard
deviation, extremes, skewness and kurtosis (as COINr's get_stats) with flags (low availability,
|skewness| > 2 and kurtosis > 3.5, many zeros, few distinct values, constant); flags for sibling
indicators correlated beyond ±0.9 and for nodes correlated negatively with their own parent;
Cronbach's alpha and principal components per aggregate; and each node's nominal weight beside its
importance (its squared correlation with its parent and with the index, as shares).

Options:
  --framework, -f ID|FILE  a built-in framework id (see "chiso frameworks") or a framework JSON file
  --data, -d FILE          the dataset: CSV (one row per unit) or JSON
  --values KIND            what the indicator statistics describe: raw (default), denominated
                           (after each indicator's denominator) or normalised
  --methods LIST           correlations to compute, comma-separated from pearson, spearman, kendall
                           (default: all three; flags and importance use Pearson's r)
  --collinearity R         flag sibling pairs with |r| above R (default 0.9)
  --correlations           also print every correlation (siblings, with the parent, with the index)
  --data-only              only the indicator statistics: works on data the model cannot score yet
  --format FORMAT          table (default), md, csv, or json (the whole audit as data)
${DATA_OPTIONS_HELP}
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`;

const METHODS: readonly CorrelationMethod[] = ['pearson', 'spearman', 'kendall'];

async function run(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, OPTIONS);
  if (values.help) return showHelp(out, 'audit', HELP);
  const format = choice(values.format, ['table', 'md', 'csv', 'json'], 'table', '--format');
  // the global --lang: the tables' number forms ("0,8002" in Vietnamese); JSON stays data
  const language = out.language ?? 'en';
  const kind = choice(values.values, ['raw', 'denominated', 'normalised'], 'raw', '--values');
  let methods: CorrelationMethod[] | undefined;
  if (values.methods !== undefined) {
    methods = values.methods.split(',').map((method) => method.trim()).filter(Boolean).map((method) => known(method, METHODS, '--methods', 'correlation') as CorrelationMethod);
    if (methods.length === 0) throw usage('methodsNothing', quoteText(values.methods));
    if (!methods.includes('pearson')) methods = ['pearson', ...methods];
    methods = [...new Set(methods)];
  }
  let collinearity: number | undefined;
  if (values.collinearity !== undefined) {
    collinearity = /^(0(\.[0-9]+)?|1(\.0+)?|\.[0-9]+)$/.test(values.collinearity) ? Number(values.collinearity) : Number.NaN;
    if (Number.isNaN(collinearity)) throw usage('collinearity', quoteText(values.collinearity));
  }
  if (values['data-only'] && (values.methods !== undefined || values.collinearity !== undefined || values.correlations)) throw usage('dataOnlyAlone');
  const { framework, dataset, dataPath } = await loadModelInputs(values);
  const say = messages(language);
  const heading = say.auditIndicators(line(frameworkTitle(framework, language)), say.valuesKind(kind));
  const tableFormat = format === 'table' ? 'text' : format === 'json' ? 'csv' : format;
  const write = async (title: string, table: Table, first: boolean): Promise<void> => {
    if (format === 'table') await out.stdout(`${first ? '' : '\n'}${title}\n\n`);
    else if (format === 'md') await out.stdout(`${first ? '' : '\n'}## ${title}\n\n`);
    else if (!first) await out.stdout('\n');
    // CSV keeps its English column names, as data to be read back; text and Markdown are translated
    const titled = language === 'vi' && format !== 'csv' ? { ...table, columns: table.columns.map((column) => ({ ...column, title: (Object.hasOwn(AUDIT_TITLES_VI, column.title) ? AUDIT_TITLES_VI[column.title] : undefined) ?? column.title })) } : table;
    await writeAll(out, formatTableLines(titled, tableFormat));
  };
  if (values['data-only']) {
    const rows = await fromFile(dataPath, () => auditIndicators(framework, dataset, { values: kind }));
    if (format === 'json') {
      await writeAll(out, jsonChunks(rows));
      await out.stdout('\n');
      return 0;
    }
    await write(heading, indicatorAuditTable(rows, { language }), true);
    return 0;
  }
  const audit = await fromFile(dataPath, () => statisticalAudit(framework, dataset, { values: kind, ...(methods === undefined ? {} : { methods }), ...(collinearity === undefined ? {} : { collinearity }) }));
  if (format === 'json') {
    await writeAll(out, jsonChunks(audit));
    await out.stdout('\n');
    return 0;
  }
  const tables = auditTables(audit, { language });
  await write(heading, tables.indicators, true);
  await write(say.auditFlags(audit.flags.length > 0), tables.flags, false);
  await write(say.auditAggregates, tables.aggregates, false);
  await write(say.auditImportance, tables.importance, false);
  if (values.correlations) await write(say.auditCorrelations, tables.correlations, false);
  return 0;
}

/** `chiso audit`. */
export const auditCommand: CommandModule = {
  name: 'audit',
  summary: 'statistical audit: indicator statistics, correlations, alpha, PCA, importance',
  help: HELP,
  options: OPTIONS,
  run,
};
