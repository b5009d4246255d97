/**
 * Achievement against a plan of targets, indicator by indicator: a unit's whole profile against
 * its plan ("đạt 114% so với mục tiêu" for each target the plan sets).
 *
 * @module
 */
import type { DatasetInput } from '../../model/dataset.js';
import { describeValue, quoteText } from '../../model/describe.js';
import type { Direction, FrameworkInput } from '../../model/framework.js';
import { checkOptions, record, text, wholeNumber, anything } from '../../model/arguments.js';
import { ChisoError, issue, type ChisoIssue } from '../../model/issues.js';
import { ownValue } from '../../model/records.js';
import { validatedFramework, walkFramework } from '../../model/validate.js';
import type { Table } from '../../report/table.js';
import { achievement, type AchievementRow } from '../targets.js';

/** One unit's achievement against the plan's target for one indicator. */
export interface PlanAchievementRow extends AchievementRow {
  readonly indicator: string;
  readonly direction: Direction;
}

/** Options for {@link planAchievement}. */
export interface PlanAchievementOptions {
  /** Only this unit (its whole profile against the plan). Default: every unit. */
  readonly unit?: string;
  /** A framework whose indicators' directions say which way is better (lower: target ÷ value). */
  readonly framework?: FrameworkInput;
  /** Directions by indicator id, over the framework's (default: higher is better). */
  readonly directions?: Readonly<Record<string, Direction>>;
  /** Decimals of the percentages (default 0). */
  readonly decimals?: number;
}

/**
 * Every unit's (or one unit's) achievement against a plan: for each indicator the plan sets a
 * target for — one number for every unit, or one per unit id, as a plan file read from JSON gives
 * them — value ÷ target (target ÷ value when lower is better), the percentage, the gap and whether it
 * is reached, as {@link achievement} computes them for one indicator. Rows are by indicator in the
 * plan's order, then by unit. Every problem of every indicator is reported in one ChisoError.
 *
 * @example
 * planAchievement({ units: [{ id: '11', values: { communes: 8, days: 4 } }] }, { communes: 7, days: 5 }, { directions: { days: 'lower' } }).map((row) => row.percent); // => ['114', '125']
 */
export function planAchievement(
  dataset: DatasetInput,
  targets: Readonly<Record<string, number | string | Readonly<Record<string, number | string>>>>,
  options: PlanAchievementOptions = {},
): PlanAchievementRow[] {
  checkOptions('planAchievement', options, { unit: text, framework: anything, directions: record, decimals: wholeNumber(0, 20) });
  if (typeof targets !== 'object' || (targets as unknown) === null || Array.isArray(targets)) throw new TypeError(`planAchievement: the targets are ${describeValue(targets)}; expected an object of targets by indicator id`);
  const frameworkDirections = new Map<string, Direction>();
  if (options.framework !== undefined) {
    walkFramework(validatedFramework(options.framework).root, (node) => {
      if (node.kind === 'indicator') frameworkDirections.set(node.id, node.direction);
    });
  }
  if (options.unit !== undefined && !dataset.units.some((unit) => unit.id === options.unit)) {
    throw new ChisoError([issue('unknown_unit', ['unit'], `there is no unit ${quoteText(options.unit)} in the dataset`, { received: options.unit })], 'Achievement cannot be computed');
  }
  const problems: ChisoIssue[] = [];
  const rows: PlanAchievementRow[] = [];
  for (const [indicator, target] of Object.entries(targets)) {
    const direction = (options.directions === undefined ? undefined : ownValue(options.directions, indicator)) ?? frameworkDirections.get(indicator) ?? 'higher';
    try {
      const found = achievement(dataset, indicator, target, { direction, ...(options.decimals === undefined ? {} : { decimals: options.decimals }) });
      for (const row of found) if (options.unit === undefined || row.unit === options.unit) rows.push({ indicator, direction, ...row });
    } catch (error) {
      if (!(error instanceof ChisoError)) throw error;
      problems.push(...error.issues.map((found) => ({ ...found, path: ['targets', indicator, ...found.path] })));
    }
  }
  if (problems.length > 0) throw new ChisoError(problems, 'Achievement cannot be computed');
  return rows;
}

/**
 * The rows of {@link planAchievement} as a table for `formatTable`.
 *
 * @example
 * planAchievementTable(planAchievement({ units: [{ id: '11', values: { communes: 8 } }] }, { communes: 7 })).rows[0]; // => ['communes', '11', '8', '7', '114', '-1', 'yes']
 */
export function planAchievementTable(rows: readonly PlanAchievementRow[]): Table {
  return {
    columns: [
      { title: 'Indicator', align: 'left' },
      { title: 'Unit', align: 'left' },
      { title: 'Value', align: 'right' },
      { title: 'Target', align: 'right' },
      { title: '% of target', align: 'right' },
      { title: 'Gap', align: 'right' },
      { title: 'Reached', align: 'left' },
    ],
    rows: rows.map((row) => [row.indicator, row.unit, row.value ?? '–', row.target, row.percent ?? '–', row.gap ?? '–', row.reached === null ? '–' : row.reached ? 'yes' : 'no']),
  };
}
