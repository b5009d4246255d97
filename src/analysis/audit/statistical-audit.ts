/**
 * The statistical audit of a composite index (OECD/JRC Handbook on Constructing Composite
 * Indicators 2008, steps 4 and 7; Saisana, Saltelli and Tarantola 2005; COINr's `get_stats`,
 * `get_corr`, `get_corr_flags`, `get_cronbach`, `get_PCA`): indicator statistics and flags,
 * correlations within and between levels, Cronbach's alpha and principal components per
 * aggregate, and each node's *importance* in its parent and in the index next to its nominal
 * weight.
 *
 * **Correlations** (Pearson, Spearman, Kendall τ-b; pairwise-complete units) are reported for
 * every pair of siblings (`siblings`: children of one aggregate, "within a pillar"), every node
 * with its parent (`parent`), and every node below the index's children with the index (`index`).
 * Flags: `collinear` — two siblings with |r| above `collinearity` (0.9, COINr's `get_corr_flags`
 * default: possible double counting); `negative-with-parent` — a node whose correlation with its
 * own parent is below zero (it pulls against the aggregate it is meant to build). Both use the
 * `flagMethod` correlation (Pearson unless told).
 *
 * **Importance** (Paruolo, Saisana and Saltelli 2013, "Ratings and rankings: voodoo or science?",
 * JRSS A 176, 609–634; Becker, Saisana, Paruolo and Vandecasteele 2017, "Weights and importance in
 * composite indicators: closing the gap", Ecological Indicators 80, 12–22,
 * doi:10.1016/j.ecolind.2017.03.056): the nominal weight of x_i says what the builder intended; its
 * importance is the first-order sensitivity index of the aggregate y to x_i,
 *
 *     S_i = V(E(y | x_i)) / V(y)        (the squared correlation ratio η²)
 *
 * estimated here in its linear form, S_i ≈ r(x_i, y)² (exact when E(y | x_i) is linear in x_i, the
 * case Becker et al. write as the linear approximation). Reported per node: `correlation` r with the
 * parent, `importance` r², and `importanceShare` = r² ÷ Σ r² over its siblings, to set beside
 * `nominalShare` (the weight ÷ the siblings' weights). For indicators the same is given against the
 * index (`indexCorrelation`, `indexImportance`, `indexImportanceShare` over all indicators) beside
 * `nominalIndexShare`, the product of nominal shares down the tree (COINr's `get_eff_wts`). A
 * non-linear estimate of η² (Becker et al. fit penalised splines) is not computed.
 *
 * @module
 */
import { checkOptions, oneOf } from '../../model/arguments.js';
import { NUMBER_LOCALES } from '../../io/number.js';
import { auditModel, baseRun, scoreColumn, type AuditModel, type AuditNode } from './audit-model.js';
import { indicatorAudits, THRESHOLD_OPTIONS, type AuditIndicatorsOptions, type IndicatorAudit } from './audit-indicators.js';
import { completeCount, correlation, type CorrelationMethod } from './correlation.js';
import { cronbachAlpha } from './cronbach-alpha.js';
import { principalComponents, type PrincipalComponents, type PrincipalComponentsProblem } from './principal-components.js';

/** Options for {@link statisticalAudit}. */
export interface StatisticalAuditOptions extends AuditIndicatorsOptions {
  /** Correlation coefficients to compute (default all three). */
  readonly methods?: readonly CorrelationMethod[];
  /** The coefficient the flags and importance read (default `pearson`; must be among `methods`). */
  readonly flagMethod?: CorrelationMethod;
  /** |r| above which two siblings are flagged collinear (default 0.9). */
  readonly collinearity?: number;
}

/** How two nodes of a correlation row are related. */
export type CorrelationRelation = 'siblings' | 'parent' | 'index';

/** One correlation between two nodes. */
export interface CorrelationRow {
  readonly first: string;
  readonly second: string;
  readonly relation: CorrelationRelation;
  /** For siblings, their aggregate; otherwise the second node. */
  readonly group: string;
  /** Units where both have a value. */
  readonly count: number;
  /** The coefficients asked for (null when undefined: a constant column, fewer than 2 units). */
  readonly pearson?: number | null;
  readonly spearman?: number | null;
  readonly kendall?: number | null;
}

/** A structural flag raised by the audit. */
export interface StructureFlag {
  readonly code: 'collinear' | 'negative-with-parent';
  /** The aggregate concerned (the siblings' parent, or the node's parent). */
  readonly group: string;
  readonly nodes: readonly string[];
  readonly correlation: number;
  readonly message: string;
}

/** Cronbach's alpha and principal components of one aggregate's children. */
export interface AggregateAudit {
  readonly id: string;
  readonly children: readonly string[];
  readonly alpha: number | null;
  /** Units where every child has a value (alpha and PCA are computed on them). */
  readonly completeUnits: number;
  /** The principal components of the children, or why there are none. */
  readonly components: PrincipalComponents | { readonly problem: PrincipalComponentsProblem; readonly column?: number };
}

/** A node's nominal weight beside its importance (see the module's definition). */
export interface ImportanceRow {
  readonly id: string;
  readonly kind: 'indicator' | 'aggregate';
  readonly parent: string;
  readonly weight: number;
  readonly nominalShare: number;
  /** r with the parent (flagMethod), null when undefined. */
  readonly correlation: number | null;
  /** r², the linear estimate of the first-order sensitivity index S_i. */
  readonly importance: number | null;
  /** importance ÷ the siblings' total importance (null when any sibling's is undefined or all are 0). */
  readonly importanceShare: number | null;
  readonly nominalIndexShare: number;
  /** For indicators: r with the index; null for aggregates. */
  readonly indexCorrelation: number | null;
  readonly indexImportance: number | null;
  /** indexImportance ÷ the total over all indicators. */
  readonly indexImportanceShare: number | null;
}

/** The whole audit. */
export interface StatisticalAudit {
  readonly framework: string;
  readonly root: string;
  readonly units: number;
  readonly methods: readonly CorrelationMethod[];
  readonly flagMethod: CorrelationMethod;
  readonly indicators: readonly IndicatorAudit[];
  readonly correlations: readonly CorrelationRow[];
  readonly flags: readonly StructureFlag[];
  readonly aggregates: readonly AggregateAudit[];
  readonly importance: readonly ImportanceRow[];
}

const METHODS: readonly CorrelationMethod[] = ['pearson', 'spearman', 'kendall'];

function correlationRow(first: AuditNode, second: AuditNode, relation: CorrelationRelation, group: string, columns: ReadonlyMap<string, Float64Array>, methods: readonly CorrelationMethod[]): CorrelationRow {
  const left = columns.get(first.id) as Float64Array;
  const right = columns.get(second.id) as Float64Array;
  const coefficients: Partial<Record<CorrelationMethod, number | null>> = {};
  for (const method of methods) coefficients[method] = correlation(left, right, method);
  return { first: first.id, second: second.id, relation, group, count: completeCount(left, right), ...coefficients };
}

function shares(values: readonly (number | null)[]): (number | null)[] {
  if (values.some((value) => value === null)) return values.map(() => null);
  const total = (values as number[]).reduce((sum, value) => sum + value, 0);
  return values.map((value) => (total > 0 && value !== null ? value / total : null));
}

/** {@link statisticalAudit} on a model already compiled. @internal */
export function auditOf(audit: AuditModel, options: StatisticalAuditOptions = {}): StatisticalAudit {
  const methods = options.methods ?? METHODS;
  const flagMethod = options.flagMethod ?? 'pearson';
  if (!methods.includes(flagMethod)) throw new RangeError(`statisticalAudit: option "flagMethod" is ${JSON.stringify(flagMethod)}, which is not among the methods computed (${methods.map((method) => JSON.stringify(method)).join(', ')})`);
  const collinearity = options.collinearity ?? 0.9;
  const run = baseRun(audit);
  const columns = new Map(audit.nodes.map((node) => [node.id, scoreColumn(run, node)]));
  const root = audit.nodes[0] as AuditNode;
  const correlations: CorrelationRow[] = [];
  const flags: StructureFlag[] = [];
  const aggregates: AggregateAudit[] = [];
  for (const node of audit.nodes) {
    if (node.kind !== 'aggregate') continue;
    const children = node.children.map((id) => audit.byId.get(id) as AuditNode);
    children.forEach((left, index) => {
      for (const right of children.slice(index + 1)) {
        const row = correlationRow(left, right, 'siblings', node.id, columns, methods);
        correlations.push(row);
        const value = row[flagMethod];
        if (value !== null && value !== undefined && Math.abs(value) > collinearity) {
          flags.push({ code: 'collinear', group: node.id, nodes: [left.id, right.id], correlation: value, message: `${left.id} and ${right.id} in ${node.id}: ${flagMethod} ${value.toFixed(3)}, beyond ±${collinearity} (possible double counting)` });
        }
      }
    });
    const childColumns = children.map((child) => columns.get(child.id) as Float64Array);
    const alpha = cronbachAlpha(childColumns);
    aggregates.push({ id: node.id, children: node.children, alpha: alpha.alpha, completeUnits: alpha.count, components: principalComponents(childColumns) });
  }
  for (const node of audit.nodes) {
    if (node.parent === null) continue;
    const parent = audit.byId.get(node.parent) as AuditNode;
    const row = correlationRow(node, parent, 'parent', parent.id, columns, methods);
    correlations.push(row);
    const value = row[flagMethod];
    if (value !== null && value !== undefined && value < 0) {
      flags.push({ code: 'negative-with-parent', group: parent.id, nodes: [node.id], correlation: value, message: `${node.id} correlates negatively with its parent ${parent.id}: ${flagMethod} ${value.toFixed(3)}` });
    }
    if (node.depth >= 2) correlations.push(correlationRow(node, root, 'index', root.id, columns, methods));
  }
  const importance = importanceRows(audit, columns);
  return {
    framework: audit.framework.id,
    root: root.id,
    units: audit.model.unitIds.length,
    methods,
    flagMethod,
    indicators: indicatorAudits(audit, options),
    correlations,
    flags,
    aggregates,
    importance,
  };
}

function importanceRows(audit: AuditModel, columns: ReadonlyMap<string, Float64Array>): ImportanceRow[] {
  const method: CorrelationMethod = 'pearson';
  const root = audit.nodes[0] as AuditNode;
  const rootColumn = columns.get(root.id) as Float64Array;
  const withParent = new Map<string, number | null>();
  for (const node of audit.nodes) {
    if (node.parent !== null) withParent.set(node.id, correlation(columns.get(node.id) as Float64Array, columns.get(node.parent) as Float64Array, method));
  }
  const squared = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : value * value);
  const shareInParent = new Map<string, number | null>();
  for (const node of audit.nodes) {
    if (node.kind !== 'aggregate') continue;
    const values = shares(node.children.map((id) => squared(withParent.get(id))));
    node.children.forEach((id, index) => shareInParent.set(id, values[index] ?? null));
  }
  const indicators = audit.nodes.filter((node) => node.kind === 'indicator');
  const withIndex = new Map(indicators.map((node) => [node.id, correlation(columns.get(node.id) as Float64Array, rootColumn, method)]));
  const indexShares = shares(indicators.map((node) => squared(withIndex.get(node.id))));
  const indexShareOf = new Map(indicators.map((node, index) => [node.id, indexShares[index] ?? null]));
  return audit.nodes
    .filter((node) => node.parent !== null)
    .map((node) => {
      const value = withParent.get(node.id) ?? null;
      const indexValue = node.kind === 'indicator' ? (withIndex.get(node.id) ?? null) : null;
      return {
        id: node.id,
        kind: node.kind,
        parent: node.parent ?? '',
        weight: node.weight,
        nominalShare: node.nominalShare,
        correlation: value,
        importance: squared(value),
        importanceShare: shareInParent.get(node.id) ?? null,
        nominalIndexShare: node.nominalIndexShare,
        indexCorrelation: indexValue,
        indexImportance: squared(indexValue),
        indexImportanceShare: node.kind === 'indicator' ? (indexShareOf.get(node.id) ?? null) : null,
      };
    });
}

const isMethodList = (value: unknown): { kind: 'type' | 'range'; expected: string } | null => {
  const expected = 'a non-empty list of "pearson", "spearman", "kendall"';
  if (!Array.isArray(value)) return { kind: 'type', expected };
  return value.length > 0 && value.every((entry: unknown) => typeof entry === 'string' && (METHODS as readonly string[]).includes(entry)) && new Set(value).size === value.length ? null : { kind: 'range', expected };
};

const isCorrelationBound = (value: unknown): { kind: 'type' | 'range'; expected: string } | null =>
  typeof value !== 'number' ? { kind: 'type', expected: 'a number from 0 to 1' } : value >= 0 && value <= 1 ? null : { kind: 'range', expected: 'a number from 0 to 1' };

/**
 * The statistical audit of a framework over a dataset: indicator statistics and flags
 * ({@link auditIndicators}), correlations within and between levels with collinearity and
 * negative-correlation flags, Cronbach's alpha and principal components per aggregate, and
 * importance beside nominal weight (see the module's definitions). The framework must be scorable
 * on the dataset (a ChisoError names what stops it). Print it with {@link auditTables}.
 *
 * @example
 * const audit = statisticalAudit(desi2022, dataset);
 * audit.aggregates.find((row) => row.id === 'desi')?.alpha; // Cronbach's alpha of the four dimensions
 * audit.flags.filter((flag) => flag.code === 'collinear'); // sibling pairs with |r| > 0.9
 */
export function statisticalAudit(frameworkInput: unknown, datasetInput: unknown, options: StatisticalAuditOptions = {}): StatisticalAudit {
  checkOptions('statisticalAudit', options, {
    values: oneOf(['raw', 'denominated', 'normalised']),
    locale: oneOf(NUMBER_LOCALES),
    ...THRESHOLD_OPTIONS,
    methods: isMethodList,
    flagMethod: oneOf(METHODS),
    collinearity: isCorrelationBound,
  });
  return auditOf(auditModel(frameworkInput, datasetInput, options.locale), options);
}
