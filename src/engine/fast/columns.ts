/**
 * Reading a validated dataset into float64 columns: one Float64Array per indicator (and per
 * denominator variable) with a presence mask beside it, so no `NaN` is ever stored.
 *
 * @module
 */
import type { Dataset, DataValue } from '../../model/dataset.js';
import { readDataValue } from '../../io/number.js';
import { readColumns } from '../evaluation.js';
import { describeValue, quoteText } from '../../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../../model/issues.js';

/**
 * One variable across the units: values (0 where missing) and presence (1 where given).
 *
 * @example
 * Array.from(floatColumnOf(Float64Array.of(1, Number.NaN)).values); // => [1, 0]
 */
export interface FloatColumn {
  readonly values: Float64Array;
  readonly present: Uint8Array;
}

/** A validated value as a double (numbers as they are, decimal texts read as plain decimals). */
function toDouble(value: number | string): number {
  if (typeof value === 'number') return value;
  const reading = readDataValue(value);
  return reading.ok ? Number(reading.text) : Number.NaN;
}

/**
 * Reads the named variables of every unit into float64 columns, row by row (see `readColumns`).
 * A value that is not a finite number in float64 — a decimal text beyond about 1.8e308, valid for
 * the exact engine, or anything in a dataset that was never validated — is a {@link ChisoError}
 * naming the unit, the variable and the value: it used to count as missing, so a unit silently
 * lost a value the exact engine computes with.
 *
 * @example
 * const [column] = readFloatColumns({ units: [{ id: 'a', groups: {}, ranked: true, values: { x: '1.5' } }, { id: 'b', groups: {}, ranked: true, values: {} }] }, ['x']);
 * Array.from(column.values); // => [1.5, 0]
 */
export function readFloatColumns(dataset: Pick<Dataset, 'units'>, ids: readonly string[]): FloatColumn[] {
  const given = readColumns(dataset.units, ids);
  const unitCount = dataset.units.length;
  const problems: ChisoIssue[] = [];
  const columns = given.map((column: DataValue[], index) => {
    const values = new Float64Array(unitCount);
    const present = new Uint8Array(unitCount);
    for (let unit = 0; unit < unitCount; unit += 1) {
      const raw = column[unit];
      if (raw === null || raw === undefined) continue;
      const value = toDouble(raw);
      if (!Number.isFinite(value)) {
        const id = ids[index] ?? '';
        problems.push(issue('out_of_range', ['units', unit, 'values', id], `unit ${quoteText(dataset.units[unit]?.id ?? '')}, ${quoteText(id)}: ${describeValue(raw)} does not fit in a float64 number (the fast engine's), whose magnitude ends near 1.8e308; use score(), which computes exactly`, { received: describeValue(raw) }));
        continue;
      }
      values[unit] = value;
      present[unit] = 1;
    }
    return { values, present };
  });
  if (problems.length > 0) throw new ChisoError(problems, 'The dataset holds values beyond float64');
  return columns;
}

/**
 * A column from values given as doubles, `NaN` marking a missing value (an override's `values`).
 *
 * @example
 * Array.from(floatColumnOf(Float64Array.of(2, Number.NaN)).present); // => [1, 0]
 */
export function floatColumnOf(given: Float64Array): FloatColumn {
  const values = new Float64Array(given.length);
  const present = new Uint8Array(given.length);
  for (let unit = 0; unit < given.length; unit += 1) {
    const value = given[unit] as number;
    if (Number.isNaN(value)) continue;
    values[unit] = value;
    present[unit] = 1;
  }
  return { values, present };
}
