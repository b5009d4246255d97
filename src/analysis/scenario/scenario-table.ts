/**
 * Scenario comparisons as tables `formatTable` prints (text, Markdown, CSV): one row per unit, and
 * one row per scenario.
 *
 * @module
 */
import type { Table } from '../../report/table.js';
import { checkOptions } from '../../model/arguments.js';
import { describeValue } from '../../model/describe.js';
import { formatIssue } from '../../model/issues.js';
import type { MovedMost, ScenarioComparison } from './compare-scenarios.js';

/** The figures a unit table shows for each scenario. */
export type ScenarioColumn = 'score' | 'rank' | 'shift';

/** Options for {@link scenarioTable}. */
export interface ScenarioTableOptions {
  /** Which figures to show for each scenario, in this order (default: score, rank, shift). */
  readonly columns?: readonly ScenarioColumn[];
}

const COLUMN_NAMES: readonly ScenarioColumn[] = ['score', 'rank', 'shift'];

function rankText(rank: number | null): string {
  return rank === null ? '–' : String(rank);
}

/**
 * A rank shift as a signed number ("+3", "-2", "0"), so a spreadsheet reads it as one; "–" for none.
 *
 * @example
 * shiftText(3); // => '+3'
 * shiftText(-2); // => '-2'
 * shiftText(null); // => '–'
 */
export function shiftText(shift: number | null): string {
  if (shift === null) return '–';
  return shift > 0 ? `+${shift}` : String(shift);
}

/**
 * One row per unit, in base-rank order (units without a base rank last, in dataset order): the base
 * rank, unit, name and published score, then for each scenario its published score, rank and rank
 * shift (positive = up), "–" where there is none.
 *
 * @example
 * formatTable(scenarioTable(compareScenarios(runs), { columns: ['rank', 'shift'] }), 'md');
 */
export function scenarioTable(comparison: ScenarioComparison, options: ScenarioTableOptions = {}): Table {
  checkOptions('scenarioTable', options, {
    columns: (value) => (Array.isArray(value) && value.length > 0 && value.every((entry: unknown) => typeof entry === 'string' && (COLUMN_NAMES as readonly string[]).includes(entry)) ? null : { kind: 'type', expected: 'a non-empty list of "score", "rank" and "shift"' }),
  });
  checkComparison('scenarioTable', comparison);
  const shown = options.columns ?? COLUMN_NAMES;
  const columns: Table['columns'][number][] = [
    { title: 'Rank', align: 'right' },
    { title: 'Unit', align: 'left' },
    { title: 'Name', align: 'left' },
    { title: `Base ${comparison.node}`, align: 'right' },
  ];
  for (const name of comparison.names) for (const column of shown) columns.push({ title: `${name}: ${column}`, align: 'right' });
  const order = comparison.units.map((row, index) => ({ row, index }));
  order.sort((left, right) => (left.row.baseRank ?? Number.POSITIVE_INFINITY) - (right.row.baseRank ?? Number.POSITIVE_INFINITY) || left.index - right.index);
  const rows = order.map(({ row }) => {
    const cells = [rankText(row.baseRank), row.unit, row.name ?? '', row.basePublished ?? row.baseScore ?? '–'];
    for (const figures of row.scenarios) {
      for (const column of shown) {
        if (figures === null) cells.push('–');
        else if (column === 'score') cells.push(figures.published ?? figures.score ?? '–');
        else if (column === 'rank') cells.push(rankText(figures.rank));
        else cells.push(shiftText(figures.rankShift));
      }
    }
    return cells;
  });
  return { columns, rows };
}

/**
 * Who moved most, by name where the units have names ("Hải Phòng, Nam Định (+5)"), at most three
 * named and the rest counted.
 *
 * @example
 * movedText({ places: 5, units: ['31'] }, '+', comparison); // "Hải Phòng (+5)"
 */
export function movedText(moved: MovedMost | null, sign: '+' | '-', comparison: ScenarioComparison): string {
  if (moved === null) return '–';
  const names = new Map(comparison.units.map((row) => [row.unit, row.name ?? row.unit]));
  const shown = moved.units.slice(0, 3).map((unit) => names.get(unit) ?? unit).join(', ');
  const more = moved.units.length > 3 ? ` and ${moved.units.length - 3} more` : '';
  return `${shown}${more} (${sign}${moved.places})`;
}

/**
 * One row per scenario: its status (with the first problem of a failed one), the mean and largest
 * absolute rank shift, how many units changed rank, who moved up and down most (by name where units
 * have names), and the units it could not rank.
 *
 * @example
 * formatTable(scenarioSummaryTable(compareScenarios(runs)), 'text');
 */
export function scenarioSummaryTable(comparison: ScenarioComparison): Table {
  checkComparison('scenarioSummaryTable', comparison);
  return {
    columns: [
      { title: 'Scenario', align: 'left' },
      { title: 'Status', align: 'left' },
      { title: 'Mean |shift|', align: 'right' },
      { title: 'Max |shift|', align: 'right' },
      { title: 'Changed', align: 'right' },
      { title: 'Moved up most', align: 'left' },
      { title: 'Moved down most', align: 'left' },
      { title: 'Not ranked', align: 'left' },
    ],
    rows: comparison.scenarios.map((summary) => [
      summary.name,
      summary.status === 'ok' ? 'ok' : `${summary.status}: ${summary.problems[0] === undefined ? '' : formatIssue(summary.problems[0])}${summary.problems.length > 1 ? ` (+${summary.problems.length - 1} more)` : ''}`,
      summary.meanAbsoluteRankShift === null ? '–' : summary.meanAbsoluteRankShift.toFixed(2),
      summary.maxAbsoluteRankShift === null ? '–' : String(summary.maxAbsoluteRankShift),
      summary.status === 'ok' ? String(summary.changedUnits) : '–',
      movedText(summary.movedUpMost, '+', comparison),
      movedText(summary.movedDownMost, '-', comparison),
      summary.unranked.length === 0 ? '–' : summary.unranked.map((entry) => entry.unit).join(', '),
    ]),
  };
}

function checkComparison(functionName: string, comparison: unknown): void {
  const given = comparison as Partial<ScenarioComparison> | null;
  if (typeof comparison !== 'object' || given === null || !Array.isArray(given.units) || !Array.isArray(given.scenarios) || !Array.isArray(given.names) || typeof given.node !== 'string') {
    throw new TypeError(`${functionName}: the comparison is ${describeValue(comparison)}; expected what compareScenarios returns`);
  }
}
