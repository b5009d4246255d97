/**
 * What the audit reads from a model: the framework's tree (each node with its parent and nominal
 * weight) and the columns of values, from the fast (float64) engine. @internal
 *
 * **Which values.** Indicator statistics describe, on request, the raw values as given, the values
 * after the denominator (what COINr's `Denominate` produces and its outlier treatment is applied
 * to), or the normalised values on the framework's scale. Correlations, Cronbach's alpha, PCA and
 * importance use the scores the engine computes (normalised indicators and aggregate scores), each
 * *oriented as its parent aggregates it*: a lower-is-better aggregate feeds its parent 1 − s, so
 * its column is negated here (a correlation is unchanged by the shift). The fast engine's scores
 * agree with the exact engine's within 1e-12 relative — far below anything a statistic reports —
 * and reading columns avoids turning 40-digit texts back into numbers.
 *
 * @module
 */
import { denominatedInput } from '../../engine/fast/evaluate.js';
import { floatColumnOf, readFloatColumns } from '../../engine/fast/columns.js';
import { fastModelValidated } from '../../engine/fast/model.js';
import type { FastModel, FastRun } from '../../engine/fast/types.js';
import type { NumberLocale } from '../../io/number.js';
import type { Dataset } from '../../model/dataset.js';
import type { Framework, FrameworkNode } from '../../model/framework.js';
import { ChisoError } from '../../model/issues.js';
import { assertDataset, assertFramework, walkFramework } from '../../model/validate.js';

/** One node of the tree as the audit sees it. */
export interface AuditNode {
  readonly id: string;
  readonly kind: 'indicator' | 'aggregate';
  /** The parent aggregate's id (null for the top index). */
  readonly parent: string | null;
  /** Depth below the top index (the index is 0). */
  readonly depth: number;
  /** Children's ids (empty for an indicator). */
  readonly children: readonly string[];
  /** The weight as written. */
  readonly weight: number;
  /** The weight divided by the sum of its siblings' weights (1 for the top index). */
  readonly nominalShare: number;
  /** The product of the nominal shares from the top index down (COINr's `get_eff_wts`). */
  readonly nominalIndexShare: number;
  /** True when the node feeds its parent 1 − s (a lower-is-better aggregate). */
  readonly reversed: boolean;
}

/** A validated model ready for auditing. */
export interface AuditModel {
  readonly framework: Framework;
  readonly dataset: Dataset;
  readonly model: FastModel;
  readonly nodes: readonly AuditNode[];
  readonly byId: ReadonlyMap<string, AuditNode>;
}

/** Which values indicator statistics describe. */
export type AuditValues = 'raw' | 'denominated' | 'normalised';

/** Every aggregate's missing-data policy replaced by "reweight" with no minimum share. */
function skippingGaps(node: FrameworkNode): FrameworkNode {
  if (node.kind === 'indicator') return node;
  return { ...node, missing: { policy: 'reweight', minShare: 0, basis: 'count' }, children: node.children.map(skippingGaps) };
}

/**
 * Validates and compiles a framework and a dataset for the audit. With `describeOnly` (indicator
 * statistics alone), gaps are read under a "reweight" policy everywhere: describing the data does
 * not depend on what the framework does with a gap, and a `fail` policy meeting one is exactly
 * the kind of thing an audit is run to find.
 */
export function auditModel(frameworkInput: unknown, datasetInput: unknown, locale: NumberLocale | undefined, describeOnly = false): AuditModel {
  const framework = assertFramework(frameworkInput);
  const reading = describeOnly ? assertFramework({ ...framework, root: skippingGaps(framework.root) }) : framework;
  const dataset = assertDataset(reading, datasetInput, { locale });
  const model = fastModelValidated(reading, dataset);
  return { framework, dataset, model, ...auditNodes(framework) };
}

/** The framework's nodes with their parents and nominal shares, parents first. */
export function auditNodes(framework: Framework): { nodes: AuditNode[]; byId: Map<string, AuditNode> } {
  const nodes: AuditNode[] = [];
  const byId = new Map<string, AuditNode>();
  walkFramework(framework.root, (node: FrameworkNode, path, parent) => {
    const parentNode = parent === null ? undefined : byId.get(parent.id);
    const siblingsWeight = parent === null ? node.weight : parent.children.reduce((total, child) => total + child.weight, 0);
    const nominalShare = parent === null ? 1 : siblingsWeight > 0 ? node.weight / siblingsWeight : 0;
    const entry: AuditNode = {
      id: node.id,
      kind: node.kind,
      parent: parent?.id ?? null,
      depth: path.filter((part) => part === 'children').length,
      children: node.kind === 'aggregate' ? node.children.map((child) => child.id) : [],
      weight: node.weight,
      nominalShare,
      nominalIndexShare: (parentNode?.nominalIndexShare ?? 1) * nominalShare,
      reversed: node.kind === 'aggregate' && node.direction === 'lower' && parent !== null,
    };
    nodes.push(entry);
    byId.set(node.id, entry);
  });
  return { nodes, byId };
}

/**
 * A node's scores in a run as a column (NaN where the unit has none), oriented as its parent
 * aggregates it (negated for a lower-is-better aggregate).
 */
export function scoreColumn(run: FastRun, node: AuditNode): Float64Array {
  const values = run.values(node.id);
  const present = run.present(node.id);
  const sign = node.reversed ? -1 : 1;
  return Float64Array.from(values, (value, unit) => (present[unit] === 1 ? sign * value : Number.NaN));
}

/** The columns of a model's base run, refusing a run the framework's rules stopped. */
export function baseRun(audit: AuditModel): FastRun {
  const run = audit.model.base;
  if (!run.ok) throw new ChisoError(run.problems, 'The model cannot be scored, so its scores cannot be audited (auditIndicators describes the data alone)');
  return run;
}

/** An indicator's values of the kind asked for, NaN where missing. */
export function indicatorColumn(audit: AuditModel, id: string, values: AuditValues): Float64Array {
  const { model } = audit;
  const raw = model.rawValues(id);
  if (values === 'raw') return raw;
  if (values === 'normalised') {
    const scores = model.base.scores(id);
    const present = model.base.present(id);
    return Float64Array.from(scores, (value, unit) => (present[unit] === 1 ? value : Number.NaN));
  }
  const position = model.nodeIndex(id);
  const denominator = model.plan.denominators[position] ?? null;
  if (denominator === null) return raw;
  const [divisor] = readFloatColumns(audit.dataset, [denominator.variable]);
  const { input } = denominatedInput(model.plan, position, floatColumnOf(raw), divisor ?? null, model.unitIds);
  return Float64Array.from(input.values, (value, unit) => (input.present[unit] === 1 ? value : Number.NaN));
}
