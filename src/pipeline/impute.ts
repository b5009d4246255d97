/**
 * Imputing missing values (COINr `Impute`; JRC/OECD Handbook 2008, step 3): column by column, by
 * the mean or median of the indicator (over all ranked units or those of the same group), from
 * other years of a panel, or with a function of your own. Every imputed cell is recorded.
 *
 * @module
 */
import { readDataValue } from '../io/number.js';
import { quoteText } from '../model/describe.js';
import { ChisoError, issue } from '../model/issues.js';
import { ownValue } from '../model/records.js';
import type { ImputeStep } from '../model/steps.js';
import { parseRational, rationalToText, subtractRational, multiplyRational, addRational } from '../engine/rational.js';
import type { ImputedCell, ImputeRecord, PanelYear } from './construction.js';
import { exactMean, exactMedian, reduceRational } from './statistics.js';
import { columnOf, stepIndicators, type WorkingTable } from './table.js';

/** One unit as an imputation function sees it. */
export interface ImputerUnit {
  readonly id: string;
  readonly groups: Readonly<Record<string, string>>;
  readonly ranked: boolean;
  /** The value as exact decimal text, or `null` when missing. */
  readonly value: string | null;
}

/**
 * An imputation function of your own (declared by name in a `function` impute step, given in
 * `options.imputers`): it receives one indicator's column and returns a value for every unit (only
 * those for missing cells are used; `null` leaves a cell missing).
 */
export type Imputer = (column: { readonly indicator: string; readonly units: readonly ImputerUnit[] }) => readonly (number | string | null)[];

/** What the imputation step needs beyond the framework. */
export interface ImputeContext {
  readonly imputers?: Readonly<Record<string, Imputer>> | undefined;
  readonly panel?: readonly PanelYear[] | undefined;
  /** The year of the dataset being scored (panel methods). */
  readonly year?: number | undefined;
}

/** An exact decimal text from what a function returned, or a ChisoError naming the cell. */
function returnedValue(value: unknown, name: string, unit: string, indicator: string): string | null {
  if (value === null || value === undefined) return null;
  const reading = typeof value === 'number' || typeof value === 'string' ? readDataValue(value) : null;
  if (reading === null || !reading.ok) {
    throw new ChisoError([issue('not_a_number', ['steps', 'impute', unit, indicator], `imputation function ${quoteText(name)} returned ${typeof value === 'string' ? quoteText(value) : String(value)} for unit ${quoteText(unit)}, indicator ${quoteText(indicator)}: not a finite number`)], 'An imputation function returned a value that is not a number');
  }
  return reading.text;
}

/** Mean or median of the ranked units' present values among `members` (all units when undefined). */
function centre(values: readonly (string | null)[], ranked: readonly boolean[], median: boolean, members?: readonly number[]): { value: string; count: number } | null {
  const present: string[] = [];
  const positions = members ?? values.map((_value, index) => index);
  for (const index of positions) {
    const value = values[index];
    if (value !== null && value !== undefined && ranked[index]) present.push(value);
  }
  if (present.length === 0) return null;
  return { value: median ? exactMedian(present) : exactMean(present), count: present.length };
}

/** A unit's value of an indicator in another year's dataset, as exact text. */
function valueIn(year: PanelYear, unitId: string, indicator: string): string | null {
  const unit = year.dataset.units.find((candidate) => candidate.id === unitId);
  if (unit === undefined) return null;
  const value = ownValue(unit.values, indicator);
  if (value === null || value === undefined) return null;
  const reading = readDataValue(value);
  return reading.ok ? reading.text : null;
}

/** Imputes the missing cells of the step's indicators, in place, and records each one. */
export function imputeValues(table: WorkingTable, step: ImputeStep, context: ImputeContext): ImputeRecord {
  const cells: ImputedCell[] = [];
  const stillMissing: { unit: string; indicator: string }[] = [];
  const median = step.method === 'median' || step.method === 'group-median';
  for (const indicator of stepIndicators(table, step.indicators)) {
    const column = columnOf(table, indicator.id);
    if (!column.includes(null)) continue;
    const filled = [...column];
    const record = (unitIndex: number, value: string | null, from: string): void => {
      const unit = table.units[unitIndex]?.id ?? '';
      if (value === null) {
        stillMissing.push({ unit, indicator: indicator.id });
        return;
      }
      filled[unitIndex] = value;
      cells.push({ unit, indicator: indicator.id, value, method: step.method, from });
    };
    if (step.method === 'mean' || step.method === 'median') {
      const found = centre(column, table.ranked, median);
      column.forEach((value, unitIndex) => {
        if (value === null) record(unitIndex, found?.value ?? null, `${step.method} of ${found?.count ?? 0} units`);
      });
    } else if (step.method === 'group-mean' || step.method === 'group-median') {
      const key = step.group as string;
      const members = new Map<string, number[]>();
      table.units.forEach((unit, unitIndex) => {
        const group = ownValue(unit.groups, key);
        if (group === undefined) return;
        const list = members.get(group) ?? [];
        list.push(unitIndex);
        members.set(group, list);
      });
      const centres = new Map<string, { value: string; count: number } | null>();
      column.forEach((value, unitIndex) => {
        if (value !== null) return;
        const group = ownValue((table.units[unitIndex] as WorkingTable['units'][number]).groups, key);
        if (group === undefined) return record(unitIndex, null, '');
        if (!centres.has(group)) centres.set(group, centre(column, table.ranked, median, members.get(group) ?? []));
        const found = centres.get(group) ?? null;
        record(unitIndex, found?.value ?? null, `${median ? 'median' : 'mean'} of ${key} = ${group} (${found?.count ?? 0} units)`);
      });
    } else if (step.method === 'function') {
      const name = step.function as string;
      const imputer = context.imputers === undefined ? undefined : ownValue(context.imputers, name);
      if (typeof imputer !== 'function') throw new TypeError(`the framework's impute step names the function ${quoteText(name)}: pass it to score in options.imputers (the fast engine, fastModel, takes no imputation functions)`);
      const returned = imputer({ indicator: indicator.id, units: table.units.map((unit, unitIndex) => ({ id: unit.id, groups: unit.groups, ranked: table.ranked[unitIndex] as boolean, value: column[unitIndex] ?? null })) });
      if (!Array.isArray(returned) || returned.length !== column.length) throw new TypeError(`imputation function ${quoteText(name)} must return one value per unit (${column.length}), got ${Array.isArray(returned) ? returned.length : typeof returned}`);
      column.forEach((value, unitIndex) => {
        if (value !== null) return;
        const unit = table.units[unitIndex]?.id ?? '';
        record(unitIndex, returnedValue(returned[unitIndex], name, unit, indicator.id), name);
      });
    } else {
      const year = context.year;
      if (year === undefined) throw new TypeError(`panel imputation (${step.method}) needs the year of the dataset (dataset.year)`);
      if (context.panel === undefined || context.panel.length === 0) throw new TypeError(`panel imputation (${step.method}) needs other years' datasets: pass them to score in options.panel (the fast engine, fastModel, takes none)`);
      // COINr's max_time (for "latest") counts the panel's time points, not calendar years: with
      // data for 2018, 2020 and 2022, max_time = 1 lets 2022 take 2020's value.
      const earlier = [...context.panel].filter((entry) => entry.year < year).sort((left, right) => right.year - left.year);
      const later = [...context.panel].filter((entry) => entry.year > year).sort((left, right) => left.year - right.year);
      const lookBack = step.method === 'latest' ? earlier.slice(0, step.maxTime ?? earlier.length) : earlier;
      column.forEach((value, unitIndex) => {
        if (value !== null) return;
        const unitId = table.units[unitIndex]?.id ?? '';
        const before = lookBack.map((entry) => ({ year: entry.year, value: valueIn(entry, unitId, indicator.id) })).find((entry) => entry.value !== null);
        if (step.method === 'latest') return record(unitIndex, before?.value ?? null, before === undefined ? '' : `${before.year}`);
        const after = later.map((entry) => ({ year: entry.year, value: valueIn(entry, unitId, indicator.id) })).find((entry) => entry.value !== null);
        if (step.method === 'linear' && before !== undefined && after !== undefined) {
          const low = parseRational(before.value as string);
          const high = parseRational(after.value as string);
          const fraction = { numerator: BigInt(year - before.year), denominator: BigInt(after.year - before.year) };
          const interpolated = reduceRational(addRational(low, multiplyRational(subtractRational(high, low), fraction)));
          return record(unitIndex, rationalToText(interpolated), `between ${before.year} and ${after.year}`);
        }
        // "constant" (and "linear" at the ends of the series): the nearest value before, else after
        // (R's approx with rule = 2, as COINr's impute_panel)
        const nearest = before ?? after;
        record(unitIndex, nearest?.value ?? null, nearest === undefined ? '' : `${nearest.year}`);
      });
    }
    table.columns.set(indicator.id, filled);
  }
  return { step: 'impute', method: step.method, cells, stillMissing };
}
