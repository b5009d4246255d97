/**
 * Criteria-attainment summaries, as new-countryside reports give them: how many units meet the
 * standard, how many fall in each band, the share meeting each criterion, the average met.
 *
 * @module
 */
import { quoteText } from '../model/describe.js';
import { ExactDecimal, guardDecimalSettings } from '../engine/decimal.js';
import { ranksLowestFirst } from '../engine/rank.js';
import type { ScoreResult } from '../engine/result.js';
import { ChisoError, issue } from '../model/issues.js';
import { checkArgument, text } from '../model/arguments.js';
import { assertResult } from '../model/saved-result.js';

/** A criteria-attainment summary at one `count` node. */
export interface CriteriaSummary {
  readonly node: string;
  /** Units with a value at the node. */
  readonly units: number;
  /** Units per band, in the framework's order (best first); share = count ÷ units, exact. */
  readonly bands: readonly { readonly label: string; readonly count: number; readonly share: string }[];
  /**
   * For each counted child criterion (weight not 0): units meeting it — its normalised value (an
   * aggregate: its score ÷ the scale) at or above the node's `threshold`, as the engine counts `met`.
   */
  readonly criteria: readonly { readonly id: string; readonly met: number; readonly of: number; readonly share: string }[];
  /** Mean number of criteria met per unit, exact. */
  readonly averageMet: string;
}

/**
 * Summarises a `count` node: units per band, the share meeting each criterion and the average
 * number met — "21 communes meet the standard (18.26%) … 11.7 criteria per commune on average".
 * A result whose units have scores but no counts at the node (one mapped onto the 34 provinces by
 * `mergeResultTo34`) is refused with a {@link ChisoError}, never summarised as "none met".
 *
 * @example
 * const summary = criteriaSummary(result, 'c08');
 * summary.criteria.find((entry) => entry.id === 'c08_it_management'); // => { met: 105, of: 110, share: '0.9545…' }
 */
export function criteriaSummary(result: ScoreResult, node: string): CriteriaSummary {
  guardDecimalSettings();
  checkArgument('criteriaSummary', 'the node', node, text);
  assertResult(result);
  const info = result.nodes.find((candidate) => candidate.id === node);
  if (!info || info.kind !== 'aggregate' || info.threshold === undefined) {
    throw new ChisoError([issue('unknown_reference', ['node'], `${quoteText(node)} is not a criteria-counting (count) node of this result`, { received: node })]);
  }
  const scored = result.units.filter((unit) => unit.nodes[node]?.met !== null && unit.nodes[node]?.met !== undefined);
  // Units with a score but no count at all: the counts were not carried (a result mapped onto the
  // 34 provinces averages scores, and a mean of counts is no count). A summary of nothing would
  // read as "no unit meets any criterion".
  const uncounted = result.units.filter((unit) => unit.nodes[node]?.met === undefined && unit.nodes[node]?.score !== null && unit.nodes[node]?.score !== undefined);
  if (uncounted.length > 0) {
    throw new ChisoError([issue('unknown_reference', ['units', result.units.indexOf(uncounted[0] as (typeof uncounted)[number]), 'nodes', node, 'met'], `unit "${uncounted[0]?.id ?? ''}" has a score at "${node}" but no count of criteria met${uncounted.length > 1 ? ` (and ${uncounted.length - 1} more units)` : ''}: summarise the result before mapping it onto the 34 provinces (mergeResultTo34 averages scores, not counts)`)], 'The criteria cannot be summarised');
  }
  const share = (count: number, of: number): string => (of === 0 ? '0' : new ExactDecimal(count).div(of).toString());
  const labels: string[] = [];
  for (const unit of scored) {
    const band = unit.nodes[node]?.band;
    if (band && !labels.includes(band)) labels.push(band);
  }
  // bands in the order a unit meets them: most criteria first
  // one pass, no spread: Math.max(...list) overflows the stack beyond about 100,000 units
  const order = new Map<string, number>();
  for (const unit of scored) {
    const band = unit.nodes[node]?.band;
    if (band) order.set(band, Math.max(order.get(band) ?? Number.NEGATIVE_INFINITY, unit.nodes[node]?.met ?? 0));
  }
  const bands = [...labels]
    // equal counts (bands of a hand-edited result) by label, so the order does not follow the units'
    .sort((left, right) => (order.get(right) ?? 0) - (order.get(left) ?? 0) || (left < right ? -1 : left > right ? 1 : 0))
    .map((label) => {
      const count = scored.filter((unit) => unit.nodes[node]?.band === label).length;
      return { label, count, share: share(count, scored.length) };
    });
  // The engine's rule (criteriaMet): a child with weight 0 is not a criterion; one is met when its
  // value on the 0–1 scale reaches the threshold. Aggregates report score = value × scale, so
  // compare the score with threshold × scale, exactly.
  const threshold = new ExactDecimal(info.threshold ?? 1);
  const counted = (info.children ?? []).flatMap((child) => {
    const childInfo = result.nodes.find((candidate) => candidate.id === child);
    return childInfo === undefined || childInfo.weight === 0 ? [] : [childInfo];
  });
  const criteria = counted.map((childInfo) => {
    const child = childInfo.id;
    const bar = childInfo.kind === 'aggregate' ? threshold.times(result.framework.scale) : threshold;
    // A lower-is-better aggregate is counted on 1 − s, as the engine aggregates and ranks it.
    const lowerIsBetter = ranksLowestFirst(childInfo);
    let met = 0;
    let of = 0;
    for (const unit of scored) {
      const figures = unit.nodes[child];
      const value = childInfo.kind === 'aggregate' ? figures?.score : figures?.normalised;
      if (value === null || value === undefined) continue;
      of += 1;
      if ((lowerIsBetter ? new ExactDecimal(result.framework.scale).minus(value) : new ExactDecimal(value)).gte(bar)) met += 1;
    }
    return { id: child, met, of, share: share(met, of) };
  });
  const totalMet = scored.reduce((total, unit) => total + (unit.nodes[node]?.met ?? 0), 0);
  return { node, units: scored.length, bands, criteria, averageMet: share(totalMet, scored.length) };
}
