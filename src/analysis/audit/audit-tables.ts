/**
 * Tables of a statistical audit, for a terminal, Markdown or CSV (`formatTable`): the indicator
 * statistics, the correlations, the flags, alpha and principal components per aggregate, and
 * nominal weight beside importance. Statistics are written to 4 significant digits (COINr's tables
 * round to 3); `–` marks a statistic that is undefined.
 *
 * @module
 */
import { checkOptions, oneOf } from '../../model/arguments.js';
import { formatDecimal, LANGUAGES, type Language } from '../../report/language.js';
import type { Table } from '../../report/table.js';
import type { IndicatorAudit } from './audit-indicators.js';
import type { StatisticalAudit } from './statistical-audit.js';

/** Options for the audit tables. */
export interface AuditTableOptions {
  /** Number forms: `en` (default, "0.8002") or `vi` ("0,8002"). */
  readonly language?: Language;
  /** Significant digits of the statistics (default 4). */
  readonly digits?: number;
}

/**
 * A statistic as text: `digits` significant digits, `–` for none.
 *
 * @example
 * statisticText(0.123456); // => '0.1235'
 * statisticText(null); // => '–'
 * statisticText(-2.5, { language: 'vi' }); // => '-2,5'
 */
export function statisticText(value: number | null | undefined, options: AuditTableOptions = {}): string {
  if (value === null || value === undefined) return '–';
  const text = String(Number(value.toPrecision(options.digits ?? 4)));
  return formatDecimal(text, options.language ?? 'en', { grouping: false });
}

const right = (title: string): Table['columns'][number] => ({ title, align: 'right' });
const left = (title: string): Table['columns'][number] => ({ title, align: 'left' });

function checked(name: string, options: AuditTableOptions): AuditTableOptions {
  checkOptions(name, options, {
    language: oneOf(LANGUAGES),
    digits: (value) => (typeof value !== 'number' ? { kind: 'type', expected: 'a whole number from 1 to 17' } : Number.isInteger(value) && value >= 1 && value <= 17 ? null : { kind: 'range', expected: 'a whole number from 1 to 17' }),
  });
  return options;
}

/**
 * The indicator statistics: one row per indicator.
 *
 * @example
 * indicatorAuditTable(auditIndicators(desi2022, dataset)).columns[0]?.title; // 'Indicator'
 */
export function indicatorAuditTable(rows: readonly IndicatorAudit[], options: AuditTableOptions = {}): Table {
  const format = checked('indicatorAuditTable', options);
  const number = (value: number | null): string => statisticText(value, format);
  return {
    columns: [left('Indicator'), left('Parent'), right('Present'), right('Availability'), right('Mean'), right('SD'), right('Min'), right('Max'), right('Skewness'), right('Kurtosis'), right('Zeros'), left('Flags')],
    rows: rows.map((row) => [row.id, row.parent, `${row.count}/${row.units}`, number(row.availability), number(row.mean), number(row.standardDeviation), number(row.minimum), number(row.maximum), number(row.skewness), number(row.kurtosis), number(row.zeroShare), row.flags.join(', ')]),
  };
}

/**
 * Every table of an audit: `indicators`, `correlations`, `flags`, `aggregates` (Cronbach's alpha,
 * the first principal component's share of variance, the components with eigenvalue above 1 and the
 * first component's loadings) and `importance` (nominal share beside r² share, in the parent and
 * in the index).
 *
 * @example
 * formatTable(auditTables(statisticalAudit(desi2022, dataset)).aggregates, 'text');
 */
export function auditTables(audit: StatisticalAudit, options: AuditTableOptions = {}): { indicators: Table; correlations: Table; flags: Table; aggregates: Table; importance: Table } {
  const format = checked('auditTables', options);
  const number = (value: number | null | undefined): string => statisticText(value, format);
  const correlations: Table = {
    columns: [left('First'), left('Second'), left('Relation'), left('Group'), right('Units'), ...audit.methods.map((method) => right(method.charAt(0).toUpperCase() + method.slice(1)))],
    rows: audit.correlations.map((row) => [row.first, row.second, row.relation, row.group, String(row.count), ...audit.methods.map((method) => number(row[method]))]),
  };
  const flags: Table = {
    columns: [left('Flag'), left('Group'), left('Nodes'), right(audit.flagMethod.charAt(0).toUpperCase() + audit.flagMethod.slice(1))],
    rows: audit.flags.map((flag) => [flag.code, flag.group, flag.nodes.join(', '), number(flag.correlation)]),
  };
  const aggregates: Table = {
    columns: [left('Aggregate'), right('Children'), right('Complete units'), right('Cronbach alpha'), right('PC1 share'), right('Eigenvalues > 1'), left('PC1 loadings')],
    rows: audit.aggregates.map((row) => {
      const components = row.components;
      if (!('eigenvalues' in components)) return [row.id, String(row.children.length), String(row.completeUnits), number(row.alpha), '–', '–', components.problem];
      const loadings = components.loadings[0] ?? [];
      return [row.id, String(row.children.length), String(row.completeUnits), number(row.alpha), number(components.varianceShares[0]), String(components.eigenvalues.filter((value) => value > 1).length), row.children.map((child, index) => `${child} ${number(loadings[index])}`).join('; ')];
    }),
  };
  const importance: Table = {
    columns: [left('Node'), left('Parent'), right('Nominal share'), right('r'), right('r² share'), right('Nominal in index'), right('r with index'), right('r² share in index')],
    rows: audit.importance.map((row) => [row.id, row.parent, number(row.nominalShare), number(row.correlation), number(row.importanceShare), number(row.nominalIndexShare), number(row.indexCorrelation), number(row.indexImportanceShare)]),
  };
  return { indicators: indicatorAuditTable(audit.indicators, format), correlations, flags, aggregates, importance };
}
