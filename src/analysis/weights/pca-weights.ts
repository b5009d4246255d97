/**
 * Weights from principal components, by the procedure of the OECD/JRC Handbook on Constructing
 * Composite Indicators (2008, §6.1 "Weights based on principal components analysis or factor
 * analysis", Tables 17–18), applied to each aggregate's children in turn:
 *
 * 1. the principal components of the children's correlation matrix (on the units where all are
 *    present; see `principalComponents`);
 * 2. the components kept: eigenvalue ≥ `minEigenvalue` (1, Kaiser's rule) and share of variance
 *    ≥ `minVarianceShare` (0.1) — at least the first;
 * 3. two or more kept components are rotated by varimax (`varimax`, R's `stats::varimax` with
 *    Kaiser normalisation), so that each child loads on as few of them as possible
 *    (`rotation: "none"` skips this);
 * 4. each kept component's squared loadings, scaled to sum to 1 over the children (the share of the
 *    component's variance each child carries);
 * 5. each child takes its largest scaled squared loading among the kept components, times that
 *    component's share of the variance the kept components explain (each component's variance
 *    being the sum of its squared loadings — its eigenvalue when unrotated); the weights are then
 *    scaled to sum to 1 within the aggregate.
 *
 * With one kept component (the usual case inside a pillar) there is nothing to rotate and the
 * weights are the squared entries of the first eigenvector. Aggregates are done deepest first, so
 * an aggregate's children's scores already carry their new weights. Note (COINr's `get_PCA` says
 * the same) that PCA weights reward the children most correlated with the others and neglect the
 * rest, and a child pulling against the others still gets a positive weight (its loading is
 * squared).
 *
 * COINr's `get_PCA(weights_to = …)` differs: it takes the first component's raw loadings
 * (prcomp's `rotation[, 1]`, which can be negative) as the weights.
 *
 * @module
 */
import type { NumberLocale } from '../../io/number.js';
import { NUMBER_LOCALES } from '../../io/number.js';
import { checkOptions, oneOf, texts } from '../../model/arguments.js';
import type { Framework } from '../../model/framework.js';
import { auditModel, baseRun, scoreColumn, type AuditNode } from '../audit/audit-model.js';
import { completeRows } from '../audit/complete-rows.js';
import { principalComponents, type PrincipalComponentsProblem } from '../audit/principal-components.js';
import { varimax } from '../audit/varimax.js';
import { withWeights } from './reweight.js';

/** Options for {@link pcaWeights}. */
export interface PcaWeightsOptions {
  /** The aggregates to re-weight (default: every aggregate with two or more children). */
  readonly nodes?: readonly string[];
  /** Components with a smaller eigenvalue are not kept (default 1). */
  readonly minEigenvalue?: number;
  /** Components explaining a smaller share of the variance are not kept (default 0.1). */
  readonly minVarianceShare?: number;
  /**
   * Rotate two or more kept components by varimax before deriving the weights (`varimax`, the
   * Handbook's procedure and the default) or not (`none`).
   */
  readonly rotation?: 'varimax' | 'none';
  /** How numbers written as text in the dataset are read, as for `score`. */
  readonly locale?: NumberLocale;
}

/** What {@link pcaWeights} found at one aggregate. */
export interface PcaAggregateWeights {
  readonly id: string;
  readonly children: readonly string[];
  /** The new weights (summing to 1), or null when the components could not be computed. */
  readonly weights: readonly number[] | null;
  /** How many components were kept. */
  readonly components: number;
  /** The share of the children's variance the kept components explain (the Handbook asks for 0.6 or more). */
  readonly explained: number | null;
  /** Units where every child has a value. */
  readonly completeUnits: number;
  /** Why the weights were left as written. */
  readonly problem?: PrincipalComponentsProblem;
}

/** A framework re-weighted by PCA, with what was found at each aggregate. */
export interface PcaWeights {
  readonly framework: Framework;
  readonly aggregates: readonly PcaAggregateWeights[];
}

/**
 * The weights of one aggregate's children from their principal components (steps 2–5 above).
 *
 * @example
 * pcaChildWeights([[1, 2, 3, 4], [2, 4, 6, 8.5]])?.weights.map((weight) => weight.toFixed(4)); // => ['0.5000', '0.5000']
 */
export function pcaChildWeights(columns: readonly ArrayLike<number>[], options: Pick<PcaWeightsOptions, 'minEigenvalue' | 'minVarianceShare' | 'rotation'> = {}): { weights: number[]; components: number; explained: number; completeUnits: number } | { problem: PrincipalComponentsProblem; completeUnits: number } {
  const pca = principalComponents(columns);
  if (!('eigenvalues' in pca)) return { problem: pca.problem, completeUnits: completeRows(columns)[0]?.length ?? 0 };
  const minEigenvalue = options.minEigenvalue ?? 1;
  const minShare = options.minVarianceShare ?? 0.1;
  const kept = pca.eigenvalues.map((_, index) => index).filter((index) => (pca.eigenvalues[index] as number) >= minEigenvalue && (pca.varianceShares[index] as number) >= minShare);
  if (kept.length === 0) kept.push(0);
  // children × kept components, rotated by varimax when asked (two or more kept components)
  const unrotated = columns.map((_, child) => kept.map((component) => (pca.loadings[component] as readonly number[])[child] as number));
  const rotation = options.rotation ?? 'varimax';
  const loadings = rotation === 'varimax' && kept.length >= 2 ? varimax(unrotated).loadings : unrotated;
  // each kept (rotated) component's variance: the sum of its squared loadings (its eigenvalue unrotated)
  const explainedBy = kept.map((_, position) => loadings.reduce((sum, row) => sum + (row[position] as number) ** 2, 0));
  const keptVariance = explainedBy.reduce((sum, value) => sum + value, 0);
  // per kept component, each child's squared loading scaled to sum to 1 over the children
  const scaled = explainedBy.map((total, position) => loadings.map((row) => (total > 0 ? (row[position] as number) ** 2 / total : 0)));
  const raw = columns.map((_, child) => {
    // the component on which the child's scaled squared loading is largest (the first on a tie)
    let best = 0;
    scaled.forEach((shares, position) => {
      if ((shares[child] as number) > ((scaled[best] as number[])[child] as number)) best = position;
    });
    return keptVariance > 0 ? ((scaled[best] as number[])[child] as number) * ((explainedBy[best] as number) / keptVariance) : 0;
  });
  const sum = raw.reduce((total, weight) => total + weight, 0);
  const weights = sum > 0 ? raw.map((weight) => weight / sum) : columns.map(() => 1 / columns.length);
  return { weights, components: kept.length, explained: kept.reduce((total, index) => total + (pca.varianceShares[index] as number), 0), completeUnits: pca.count };
}

const finite = (value: unknown): { kind: 'type' | 'range'; expected: string } | null =>
  typeof value !== 'number' ? { kind: 'type', expected: 'a finite number of 0 or more' } : Number.isFinite(value) && value >= 0 ? null : { kind: 'range', expected: 'a finite number of 0 or more' };

/**
 * A new framework whose aggregates' children are weighted by their principal components (the
 * OECD/JRC Handbook 2008 procedure, varimax rotation included — see the module's notes), with what was found
 * at each aggregate. Aggregates are done deepest first, on the scores of the model re-weighted so
 * far; one whose components cannot be computed (a constant child, fewer than 3 complete units)
 * keeps its weights and says why. The framework given is not changed.
 *
 * @example
 * const { framework, aggregates } = pcaWeights(desi2022, dataset);
 * aggregates.find((row) => row.id === 'dim1')?.weights; // the two sub-dimensions' new weights
 * weightEdits(desi2022, framework); // the same change as scenario edits
 */
export function pcaWeights(frameworkInput: unknown, datasetInput: unknown, options: PcaWeightsOptions = {}): PcaWeights {
  checkOptions('pcaWeights', options, { nodes: texts, minEigenvalue: finite, minVarianceShare: finite, rotation: oneOf(['varimax', 'none']), locale: oneOf(NUMBER_LOCALES) });
  let audit = auditModel(frameworkInput, datasetInput, options.locale);
  const aggregateIds = audit.nodes.filter((node) => node.kind === 'aggregate').map((node) => node.id);
  for (const id of options.nodes ?? []) {
    if (!aggregateIds.includes(id)) throw new RangeError(`pcaWeights: "${id}" is not an aggregate of framework "${audit.framework.id}"`);
  }
  const chosen = audit.nodes.filter((node) => node.kind === 'aggregate' && node.children.length >= 2 && (options.nodes === undefined || options.nodes.includes(node.id)));
  const depths = [...new Set(chosen.map((node) => node.depth))].sort((left, right) => right - left);
  const weights = new Map<string, number>();
  const found: PcaAggregateWeights[] = [];
  for (const depth of depths) {
    const run = baseRun(audit);
    for (const node of chosen.filter((candidate) => candidate.depth === depth)) {
      const columns = node.children.map((child) => scoreColumn(run, audit.byId.get(child) as AuditNode));
      const result = pcaChildWeights(columns, options);
      if ('problem' in result) {
        found.push({ id: node.id, children: node.children, weights: null, components: 0, explained: null, completeUnits: result.completeUnits, problem: result.problem });
        continue;
      }
      node.children.forEach((child, index) => weights.set(child, result.weights[index] as number));
      found.push({ id: node.id, children: node.children, weights: result.weights, components: result.components, explained: result.explained, completeUnits: result.completeUnits });
    }
    // the next level up is analysed on scores carrying the new weights
    audit = auditModel(withWeights(audit.framework, weights), audit.dataset, undefined);
  }
  const order = new Map(audit.nodes.map((node, index) => [node.id, index]));
  found.sort((left, right) => (order.get(left.id) ?? 0) - (order.get(right.id) ?? 0));
  return { framework: audit.framework, aggregates: found };
}
