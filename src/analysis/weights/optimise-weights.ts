/**
 * Weights optimised so that each child's importance in an aggregate matches a target — the
 * "closing the gap" of Becker, Saisana, Paruolo and Vandecasteele (2017, "Weights and importance
 * in composite indicators: closing the gap", Ecological Indicators 80, 12–22,
 * doi:10.1016/j.ecolind.2017.03.056), in the linear form COINr's `get_opt_weights(optype =
 * "balance")` implements.
 *
 * For an aggregate y with children x_1 … x_k and target importances t_i (relative; scaled to sum to
 * 1), find weights w (positive, summing to 1) minimising
 *
 *     (1/k) Σ_i (m_i(w) / Σ_j m_j(w) − t_i)²
 *
 * where m_i(w) is the importance measure of x_i in y re-aggregated with w:
 * - `measure: "pearson"` (default): Pearson's r(x_i, y), what COINr's `get_opt_weights` balances
 *   (its objective is the log of this mean, which has the same minimum);
 * - `measure: "r2"`: r(x_i, y)², the linear estimate of Becker et al.'s first-order sensitivity
 *   index S_i = V(E(y | x_i)) / V(y) (the squared correlation ratio; exact when E(y | x_i) is
 *   linear). Becker et al. estimate S_i non-linearly (penalised splines); that is not done here.
 *
 * The weights are parametrised as w_i = e^θ_i / Σ_j e^θ_j with θ_k = 0 (k − 1 free parameters, so
 * every weight stays positive and the sum 1 without constraints) and the objective is minimised by
 * Nelder–Mead (`nelderMead`) from the targets themselves (as COINr starts from `itarg`),
 * deterministically. The aggregate is recomputed on the fast (float64) engine with its own method
 * and missing-data policy for every trial; the children's scores do not change. COINr correlates
 * the children with the top index rather than their own aggregate: the same for the index's own
 * children, which is the usual use.
 *
 * @module
 */
import type { NumberLocale } from '../../io/number.js';
import { NUMBER_LOCALES } from '../../io/number.js';
import { checkOptions, oneOf, text, wholeNumber } from '../../model/arguments.js';
import { quoteText } from '../../model/describe.js';
import type { Framework } from '../../model/framework.js';
import { ChisoError, issue } from '../../model/issues.js';
import { auditModel, baseRun, scoreColumn, type AuditNode } from '../audit/audit-model.js';
import { pearsonCorrelation } from '../audit/correlation.js';
import { nelderMead } from './nelder-mead.js';
import { withWeights } from './reweight.js';

/** Options for {@link optimiseWeights}. */
export interface OptimiseWeightsOptions {
  /** The aggregate whose children's weights are optimised (default: the top index). */
  readonly node?: string;
  /** The importance measure balanced: Pearson's r (default, COINr) or r² (Becker et al.'s linear S_i). */
  readonly measure?: 'pearson' | 'r2';
  /** Nelder–Mead iterations at most (default 2000). */
  readonly maxIterations?: number;
  /** How numbers written as text in the dataset are read, as for `score`. */
  readonly locale?: NumberLocale;
}

/** The outcome of {@link optimiseWeights}. */
export interface OptimisedWeights {
  /** The framework with the aggregate's children re-weighted (the one given is not changed). */
  readonly framework: Framework;
  readonly node: string;
  readonly children: readonly string[];
  readonly measure: 'pearson' | 'r2';
  /** The targets, scaled to sum to 1. */
  readonly targets: readonly number[];
  /** The weights found, summing to 1. */
  readonly weights: readonly number[];
  /** Each child's measure share with the weights found. */
  readonly obtained: readonly number[];
  /** Each child's measure share with the weights as written. */
  readonly initial: readonly number[];
  /** The mean squared difference between `obtained` and `targets`. */
  readonly objective: number;
  /** True when Nelder–Mead met its tolerances (1e-10 on the objective, 1e-8 on the parameters). */
  readonly converged: boolean;
  readonly iterations: number;
  readonly evaluations: number;
}

function softmax(parameters: readonly number[]): number[] {
  const all = [...parameters, 0];
  const largest = Math.max(...all);
  const exponentials = all.map((value) => Math.exp(value - largest));
  const total = exponentials.reduce((sum, value) => sum + value, 0);
  return exponentials.map((value) => value / total);
}

/**
 * A new framework whose aggregate's children are weighted so that their importance (Pearson's r, or
 * r²) in the aggregate is shared as the targets say — Becker et al. (2017) as COINr's
 * `get_opt_weights` implements it; see the module's notes. Targets are relative importances by
 * child id (every child, each > 0), or `"equal"`. Reports the weights, the shares obtained and
 * whether the optimiser converged.
 *
 * @example
 * const balanced = optimiseWeights(desi2022, dataset, 'equal');
 * balanced.obtained; // each dimension's share of Σr, close to 0.25
 * compareScenarios(scoreScenarios(desi2022, dataset, [{ name: 'balanced', edits: weightEdits(desi2022, balanced.framework) }]));
 */
export function optimiseWeights(frameworkInput: unknown, datasetInput: unknown, targetsInput: Readonly<Record<string, number>> | 'equal', options: OptimiseWeightsOptions = {}): OptimisedWeights {
  checkOptions('optimiseWeights', options, { node: text, measure: oneOf(['pearson', 'r2']), maxIterations: wholeNumber(1, 1_000_000), locale: oneOf(NUMBER_LOCALES) });
  const audit = auditModel(frameworkInput, datasetInput, options.locale);
  const node = audit.byId.get(options.node ?? audit.framework.root.id);
  if (node === undefined || node.kind !== 'aggregate') throw new RangeError(`optimiseWeights: option "node" is ${quoteText(options.node ?? '')}, which is not an aggregate of framework ${quoteText(audit.framework.id)}`);
  const children = node.children;
  if (children.length < 2) throw new RangeError(`optimiseWeights: aggregate ${quoteText(node.id)} has one child: there is nothing to balance`);
  let targets: number[];
  if (targetsInput === 'equal') targets = children.map(() => 1 / children.length);
  else {
    if (typeof targetsInput !== 'object' || targetsInput === null) throw new TypeError(`optimiseWeights: the targets are ${String(targetsInput)}; expected "equal" or relative importances by child id`);
    const unknown = Object.keys(targetsInput).filter((id) => !children.includes(id));
    if (unknown.length > 0) throw new RangeError(`optimiseWeights: ${unknown.map(quoteText).join(', ')} ${unknown.length === 1 ? 'is not a child' : 'are not children'} of ${quoteText(node.id)} (its children: ${children.map(quoteText).join(', ')})`);
    const given = children.map((id) => (Object.hasOwn(targetsInput, id) ? targetsInput[id] : undefined));
    const missing = children.filter((_, index) => given[index] === undefined);
    if (missing.length > 0) throw new RangeError(`optimiseWeights: no target for ${missing.map(quoteText).join(', ')}: give every child of ${quoteText(node.id)} a target`);
    if (!given.every((value) => typeof value === 'number' && Number.isFinite(value) && value > 0)) throw new RangeError(`optimiseWeights: every target must be a finite number above 0; got ${given.map(String).join(', ')}`);
    const total = (given as number[]).reduce((sum, value) => sum + value, 0);
    targets = (given as number[]).map((value) => value / total);
  }
  const measure = options.measure ?? 'pearson';
  const run = baseRun(audit);
  const childColumns = children.map((child) => scoreColumn(run, audit.byId.get(child) as AuditNode));
  const constant = children.filter((_, index) => pearsonCorrelation(childColumns[index] as Float64Array, childColumns[index] as Float64Array) === null);
  if (constant.length > 0) {
    throw new ChisoError(constant.map((child) => issue('undefined_computation', ['weights', child], `${quoteText(child)} has the same score for every unit (or fewer than two scores): its correlation with ${quoteText(node.id)} is undefined, so its importance cannot be balanced`)), 'The weights cannot be optimised');
  }
  const shares = (weights: readonly number[]): number[] | null => {
    const overrides: Record<string, number> = {};
    children.forEach((child, index) => (overrides[child] = weights[index] as number));
    const trial = audit.model.run({ weights: overrides });
    if (!trial.ok) return null;
    const aggregate = scoreColumn(trial, { ...node, reversed: false });
    const values: number[] = [];
    for (const column of childColumns) {
      const coefficient = pearsonCorrelation(column, aggregate);
      if (coefficient === null) return null;
      values.push(measure === 'r2' ? coefficient * coefficient : coefficient);
    }
    const total = values.reduce((sum, value) => sum + value, 0);
    return total === 0 ? null : values.map((value) => value / total);
  };
  const objective = (weights: readonly number[]): number => {
    const obtained = shares(weights);
    if (obtained === null) return Number.POSITIVE_INFINITY;
    return obtained.reduce((sum, share, index) => sum + (share - (targets[index] as number)) ** 2, 0) / children.length;
  };
  const last = targets[children.length - 1] as number;
  const start = targets.slice(0, -1).map((target) => Math.log(target / last));
  const found = nelderMead((parameters) => objective(softmax(parameters)), start, { maxIterations: options.maxIterations ?? 2000 });
  const weights = softmax(found.point);
  const written = children.map((child) => (audit.byId.get(child) as AuditNode).weight);
  const initial = shares(written) ?? children.map(() => Number.NaN);
  if (initial.some(Number.isNaN)) throw new ChisoError([issue('undefined_computation', ['weights', node.id], `the importance of ${quoteText(node.id)}'s children is undefined with the weights as written (the aggregate is constant)`)], 'The weights cannot be optimised');
  const obtained = shares(weights) ?? initial;
  return {
    framework: withWeights(audit.framework, new Map(children.map((child, index) => [child, weights[index] as number]))),
    node: node.id,
    children,
    measure,
    targets,
    weights,
    obtained,
    initial,
    objective: found.value,
    converged: found.converged,
    iterations: found.iterations,
    evaluations: found.evaluations,
  };
}
