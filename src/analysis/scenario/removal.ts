/**
 * One-at-a-time removal (COINr's `remove_elements`): drop each indicator, or each aggregate at a
 * level, in turn and see how the ranking moves. Built on scenarios: one `drop` edit each, scored
 * with the exact engine.
 *
 * @module
 */
import { NUMBER_LOCALES, type NumberLocale } from '../../io/number.js';
import { checkOptions, oneOf, text } from '../../model/arguments.js';
import { describeValue, quoteText } from '../../model/describe.js';
import type { FrameworkNode, Label } from '../../model/framework.js';
import { ChisoError, formatIssue, issue, type ChisoIssue } from '../../model/issues.js';
import { didYouMean } from '../../model/suggest.js';
import { assertFramework } from '../../model/validate.js';
import type { Table } from '../../report/table.js';
import { compareScenarios, type ScenarioComparison } from './compare-scenarios.js';
import { scoreScenarios, type ScenarioRuns } from './score-scenarios.js';
import { movedText } from './scenario-table.js';

/** Options for {@link removalAnalysis}. */
export interface RemovalOptions {
  /**
   * What to remove in turn: `'indicators'` (default) every indicator; a depth (1: the top index's
   * children, 2: theirs, …) every node at it; or a list of node ids.
   */
  readonly level?: 'indicators' | number | readonly string[];
  /** The output compared (default: the top index). */
  readonly node?: string;
  /** How numbers written as text in the dataset are read (`vi-VN` or `en`), as for `score`. */
  readonly locale?: NumberLocale | undefined;
}

/** One element removed, and what it did. */
export interface Removal {
  /** The node removed. */
  readonly element: string;
  readonly label?: Label;
  readonly kind: 'indicator' | 'aggregate';
  /** Its depth in the framework (1: a child of the top index). */
  readonly depth: number;
  /** `ok`; `failed` (the model without it cannot be scored: see `problems`); `not-compared` (it is the node compared or above it). */
  readonly status: 'ok' | 'failed' | 'not-compared';
  readonly problems: readonly ChisoIssue[];
  /** Mean |rank shift| over the units ranked with and without it; `null` unless `ok`. */
  readonly meanAbsoluteRankShift: number | null;
  readonly maxAbsoluteRankShift: number | null;
  /** The units that moved up and down most without it (see `ScenarioSummary`). */
  readonly movedUpMost: ScenarioComparison['scenarios'][number]['movedUpMost'];
  readonly movedDownMost: ScenarioComparison['scenarios'][number]['movedDownMost'];
}

/** The result of {@link removalAnalysis}. */
export interface RemovalAnalysis {
  /** The node compared. */
  readonly node: string;
  /** One entry per element removed, in the framework's order. */
  readonly removals: readonly Removal[];
  /**
   * The comparison behind it: one scenario per element, named by its id. Per unit, the rank after
   * each removal is `comparison.units[i].scenarios[j].rank` (the order of `removals`).
   */
  readonly comparison: ScenarioComparison;
  /** The base result and every run. */
  readonly runs: ScenarioRuns;
}

function elementsOf(root: FrameworkNode): { node: FrameworkNode; depth: number }[] {
  const found: { node: FrameworkNode; depth: number }[] = [];
  const visit = (node: FrameworkNode, depth: number): void => {
    found.push({ node, depth });
    if (node.kind === 'aggregate') for (const child of node.children) visit(child, depth + 1);
  };
  visit(root, 0);
  return found;
}

/**
 * Removes each indicator (or each node at a depth, or each node listed) in turn, scores the
 * framework without it exactly, and reports per element the mean and largest absolute rank shift at
 * the node compared and the units that moved most, and per unit the rank after each removal. A
 * removal that makes the model impossible to score — the last child of an aggregate, a gap under
 * a `fail` policy — is an element with `status: 'failed'` and its reason, never left out.
 *
 * @example
 * const analysis = removalAnalysis(desi2022, desiData, { level: 1 });
 * analysis.removals.map((removal) => removal.element); // => ['dim1', 'dim2', 'dim3', 'dim4']
 */
export function removalAnalysis(frameworkInput: unknown, datasetInput: unknown, options: RemovalOptions = {}): RemovalAnalysis {
  checkOptions('removalAnalysis', options, {
    level: (value) => (value === 'indicators' || (typeof value === 'number' && Number.isInteger(value) && value >= 1) || (Array.isArray(value) && value.every((entry: unknown) => typeof entry === 'string')) ? null : { kind: 'type', expected: '"indicators", a depth (a whole number from 1) or a list of node ids' }),
    node: text,
    locale: oneOf(NUMBER_LOCALES),
  });
  const framework = assertFramework(frameworkInput);
  const all = elementsOf(framework.root);
  const level = options.level ?? 'indicators';
  let chosen: { node: FrameworkNode; depth: number }[];
  if (level === 'indicators') chosen = all.filter((entry) => entry.node.kind === 'indicator');
  else if (typeof level === 'number') {
    chosen = all.filter((entry) => entry.depth === level);
    const deepest = Math.max(...all.map((entry) => entry.depth));
    if (chosen.length === 0) throw new RangeError(`removalAnalysis: option "level" is ${level}; framework ${quoteText(framework.id)} has levels 1 to ${deepest}`);
  } else {
    const byId = new Map(all.map((entry) => [entry.node.id, entry]));
    const problems: ChisoIssue[] = [];
    const seen = new Set<string>();
    (level as readonly string[]).forEach((id, index) => {
      if (seen.has(id)) problems.push(issue('duplicate_id', ['level', index], `node ${quoteText(id)} is listed twice`, { received: id }));
      seen.add(id);
      if (id === framework.root.id) problems.push(issue('invalid_shape', ['level', index], `${quoteText(id)} is the top index: it cannot be removed`, { received: id }));
      else if (!byId.has(id)) problems.push(issue('unknown_reference', ['level', index], `there is no node ${quoteText(id)} in framework ${quoteText(framework.id)}${didYouMean(id, byId.keys())}`, { received: id }));
    });
    if (problems.length > 0) throw new ChisoError(problems, 'The elements to remove are not valid');
    chosen = (level as readonly string[]).map((id) => byId.get(id)).filter((entry): entry is { node: FrameworkNode; depth: number } => entry !== undefined);
  }
  const node = options.node ?? framework.root.id;
  if (!all.some((entry) => entry.node.id === node)) {
    throw new ChisoError([issue('unknown_reference', ['node'], `node ${quoteText(node)} is not in framework ${quoteText(framework.id)}${didYouMean(node, all.map((entry) => entry.node.id))}`, { received: node })]);
  }
  const runs = scoreScenarios(framework, datasetInput, chosen.map((entry) => ({ name: entry.node.id, edits: [{ kind: 'drop' as const, node: entry.node.id }] })), { locale: options.locale });
  const comparison = compareScenarios(runs, { node });
  const removals = chosen.map((entry, index): Removal => {
    const summary = comparison.scenarios[index];
    if (summary === undefined) throw new RangeError('removalAnalysis: a removal has no summary');
    return {
      element: entry.node.id,
      ...(entry.node.label === undefined ? {} : { label: entry.node.label }),
      kind: entry.node.kind,
      depth: entry.depth,
      status: summary.status,
      problems: summary.problems,
      meanAbsoluteRankShift: summary.meanAbsoluteRankShift,
      maxAbsoluteRankShift: summary.maxAbsoluteRankShift,
      movedUpMost: summary.movedUpMost,
      movedDownMost: summary.movedDownMost,
    };
  });
  return { node, removals, comparison, runs };
}

/**
 * One row per element removed, the largest mean shift first (failed removals last, in framework
 * order): the element, its label, the mean and largest absolute rank shift, who moved most (by name
 * where units have names), or why it could not be removed.
 *
 * @example
 * formatTable(removalTable(removalAnalysis(desi2022, desiData, { level: 2 })), 'md');
 */
export function removalTable(analysis: RemovalAnalysis): Table {
  if (typeof analysis !== 'object' || analysis === null || !Array.isArray(analysis.removals)) {
    throw new TypeError(`removalTable: the analysis is ${describeValue(analysis)}; expected what removalAnalysis returns`);
  }
  const order = analysis.removals.map((removal, index) => ({ removal, index }));
  order.sort((left, right) => (right.removal.meanAbsoluteRankShift ?? -1) - (left.removal.meanAbsoluteRankShift ?? -1) || left.index - right.index);
  return {
    columns: [
      { title: 'Removed', align: 'left' },
      { title: 'Label', align: 'left' },
      { title: 'Mean |shift|', align: 'right' },
      { title: 'Max |shift|', align: 'right' },
      { title: 'Moved up most', align: 'left' },
      { title: 'Moved down most', align: 'left' },
      { title: 'Status', align: 'left' },
    ],
    rows: order.map(({ removal }) => [
      removal.element,
      removal.label?.en ?? removal.label?.vi ?? '',
      removal.meanAbsoluteRankShift === null ? '–' : removal.meanAbsoluteRankShift.toFixed(2),
      removal.maxAbsoluteRankShift === null ? '–' : String(removal.maxAbsoluteRankShift),
      movedText(removal.movedUpMost, '+', analysis.comparison),
      movedText(removal.movedDownMost, '-', analysis.comparison),
      removal.status === 'ok' ? 'ok' : `${removal.status}: ${removal.problems.map(formatIssue).join('; ')}`,
    ]),
  };
}
