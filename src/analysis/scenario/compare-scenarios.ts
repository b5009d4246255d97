/**
 * Scenarios side by side: per unit, the base score and rank and each scenario's score, rank and rank
 * shift; per scenario, how much the ranking moved and who moved most.
 *
 * @module
 */
import type { ChisoIssue } from '../../model/issues.js';
import { ChisoError, issue } from '../../model/issues.js';
import { checkOptions, text } from '../../model/arguments.js';
import { describeValue, quoteText } from '../../model/describe.js';
import { didYouMean } from '../../model/suggest.js';
import { compareResults, type ComparisonRow } from '../compare.js';
import type { ScenarioRuns } from './score-scenarios.js';

/** One unit's figures in one scenario. */
export interface ScenarioFigures {
  /** Full-precision score at the node (the normalised value for an indicator); `null` where none. */
  readonly score: string | null;
  /** The published (rounded) value; `null` where none. */
  readonly published: string | null;
  readonly rank: number | null;
  /** Places moved up (positive) or down (negative) from the base: `base rank − scenario rank`. */
  readonly rankShift: number | null;
  /** `scenario score − base score`, exactly; `null` unless both exist. */
  readonly scoreChange: string | null;
  /** The shift in words: "up 3 places", "unchanged", "no longer ranked". */
  readonly description: string;
}

/** One unit across the base and every scenario. */
export interface ScenarioUnitRow {
  readonly unit: string;
  readonly name?: string;
  readonly baseScore: string | null;
  readonly basePublished: string | null;
  readonly baseRank: number | null;
  /** One entry per scenario, in the scenarios' order; `null` for a scenario that was not compared. */
  readonly scenarios: readonly (ScenarioFigures | null)[];
}

/** The units that moved most one way, and by how many places. */
export interface MovedMost {
  /** Places moved (always positive). */
  readonly places: number;
  /** Every unit that moved that far, in the dataset's order. */
  readonly units: readonly string[];
}

/** What one scenario did to the ranking at the node. */
export interface ScenarioSummary {
  readonly name: string;
  /**
   * `ok`; `failed` (the scenario could not be scored — see `problems`); `not-compared` (it was
   * scored, but the node compared is not in it: it was dropped).
   */
  readonly status: 'ok' | 'failed' | 'not-compared';
  /** Why it failed or was not compared (empty when `ok`). */
  readonly problems: readonly ChisoIssue[];
  /** Units ranked both in the base and in the scenario: the shifts below are over them. */
  readonly comparedUnits: number;
  /** Mean of |rank shift| over the compared units; `null` when there are none. */
  readonly meanAbsoluteRankShift: number | null;
  /** The largest |rank shift|; `null` when there are no compared units. */
  readonly maxAbsoluteRankShift: number | null;
  /** Units whose rank changed. */
  readonly changedUnits: number;
  /** The units that moved up most; `null` when no unit moved up. */
  readonly movedUpMost: MovedMost | null;
  /** The units that moved down most; `null` when no unit moved down. */
  readonly movedDownMost: MovedMost | null;
  /** Units without a rank at the top index in the scenario, and why (the result's `unranked`). */
  readonly unranked: readonly { readonly unit: string; readonly reason: string }[];
}

/** Scenarios compared with the base at one node. */
export interface ScenarioComparison {
  /** The node compared. */
  readonly node: string;
  /** The scenarios' names, in order (the order of every `scenarios` list below). */
  readonly names: readonly string[];
  /** One row per unit of the base, in the dataset's order. */
  readonly units: readonly ScenarioUnitRow[];
  /** One summary per scenario. */
  readonly scenarios: readonly ScenarioSummary[];
  /**
   * `'fast'` when the figures come from the float64 engine (`previewScenarios`: scores within about
   * 1e-12, published values and ranks on them rounded in float64); absent for `compareScenarios`,
   * whose figures are the exact engine's.
   */
  readonly engine?: 'fast';
}

/** Options for {@link compareScenarios}. */
export interface CompareScenariosOptions {
  /** The node to compare (default: the top index). */
  readonly node?: string;
}

function movedMost(rows: readonly ComparisonRow[], direction: 1 | -1): MovedMost | null {
  let places = 0;
  let units: string[] = [];
  for (const row of rows) {
    if (row.rankChange === null) continue;
    const moved = row.rankChange * direction;
    if (moved <= 0 || moved < places) continue;
    if (moved > places) {
      places = moved;
      units = [];
    }
    units.push(row.unit);
  }
  return places === 0 ? null : { places, units };
}

/**
 * Compares every scenario with the base at one node (the top index by default), reusing
 * `compareResults` for each: per unit, the base score and rank and each scenario's score, rank and
 * rank shift (positive = up); per scenario, the mean and largest absolute rank shift over the units
 * ranked in both, how many units changed rank, who moved up and down most, and the units the
 * scenario could not rank. A failed scenario is listed with its problems, never left out.
 *
 * @example
 * const comparison = compareScenarios(runs);
 * comparison.scenarios[0]?.meanAbsoluteRankShift; // a number of places, or null
 */
export function compareScenarios(runs: ScenarioRuns, options: CompareScenariosOptions = {}): ScenarioComparison {
  checkOptions('compareScenarios', options, { node: text });
  if (typeof runs !== 'object' || runs === null || typeof runs.base !== 'object' || !Array.isArray(runs.scenarios)) {
    throw new TypeError(`compareScenarios: the runs are ${describeValue(runs)}; expected what scoreScenarios returns`);
  }
  const base = runs.base;
  const node = options.node ?? base.root;
  if (!base.nodes.some((info) => info.id === node)) {
    throw new ChisoError([issue('unknown_reference', ['node'], `node ${quoteText(node)} is not in the base result${didYouMean(node, base.nodes.map((info): string => info.id))}`, { received: node })]);
  }
  const comparisons = runs.scenarios.map((run) => {
    if (run.status !== 'ok') return null;
    if (!run.result.nodes.some((info: { readonly id: string }) => info.id === node)) return null;
    return compareResults(base, run.result, { node });
  });
  const summaries = runs.scenarios.map((run, index): ScenarioSummary => {
    const empty = { comparedUnits: 0, meanAbsoluteRankShift: null, maxAbsoluteRankShift: null, changedUnits: 0, movedUpMost: null, movedDownMost: null };
    if (run.status === 'failed') return { name: run.name, status: 'failed', problems: run.problems, ...empty, unranked: [] };
    const comparison = comparisons[index];
    if (comparison === null || comparison === undefined) {
      const problem = issue('unknown_reference', ['node'], `node ${quoteText(node)} is not in scenario ${quoteText(run.name)}: an edit dropped it`, { received: node });
      return { name: run.name, status: 'not-compared', problems: [problem], ...empty, unranked: run.result.unranked };
    }
    const shifts = comparison.rows.flatMap((row) => (row.rankChange === null ? [] : [Math.abs(row.rankChange)]));
    const total = shifts.reduce((sum, shift) => sum + shift, 0);
    return {
      name: run.name,
      status: 'ok',
      problems: [],
      comparedUnits: shifts.length,
      meanAbsoluteRankShift: shifts.length === 0 ? null : total / shifts.length,
      maxAbsoluteRankShift: shifts.length === 0 ? null : Math.max(...shifts),
      changedUnits: shifts.filter((shift) => shift !== 0).length,
      movedUpMost: movedMost(comparison.rows, 1),
      movedDownMost: movedMost(comparison.rows, -1),
      unranked: run.result.unranked,
    };
  });
  const byUnit = comparisons.map((comparison) => new Map(comparison?.rows.map((row) => [row.unit, row]) ?? []));
  const units = base.units.map((unit): ScenarioUnitRow => {
    const figures = unit.nodes[node];
    return {
      unit: unit.id,
      ...(unit.name === undefined ? {} : { name: unit.name }),
      baseScore: figures?.score ?? figures?.normalised ?? null,
      basePublished: figures?.published ?? null,
      baseRank: figures?.rank ?? null,
      scenarios: byUnit.map((rows) => {
        const row = rows.get(unit.id);
        if (row === undefined) return null;
        return { score: row.currentScore, published: row.currentPublished, rank: row.currentRank, rankShift: row.rankChange, scoreChange: row.scoreChange, description: row.description };
      }),
    };
  });
  return { node, names: runs.scenarios.map((run) => run.name), units, scenarios: summaries };
}
