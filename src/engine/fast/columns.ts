/**
 * Reading a validated dataset into float64 columns: one Float64Array per indicator (and per
 * denominator variable) with a presence mask beside it, so no `NaN` is ever stored.
 *
 * @module
 */
import type { Dataset, DataValue } from '../../model/dataset.js';
import { readDataValue } from '../../io/number.js';
import { readColumns } from '../evaluation.js';

/** One variable across the units: values (0 where missing) and presence (1 where given). */
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
 * A value that is not a finite number (only possible in a dataset that was never validated) counts
 * as missing.
 *
 * @example
 * const [column] = readFloatColumns({ units: [{ id: 'a', groups: {}, ranked: true, values: { x: '1.5' } }, { id: 'b', groups: {}, ranked: true, values: {} }] }, ['x']);
 * Array.from(column.values); // => [1.5, 0]
 */
export function readFloatColumns(dataset: Pick<Dataset, 'units'>, ids: readonly string[]): FloatColumn[] {
  const given = readColumns(dataset.units, ids);
  const unitCount = dataset.units.length;
  return given.map((column: DataValue[]) => {
    const values = new Float64Array(unitCount);
    const present = new Uint8Array(unitCount);
    for (let unit = 0; unit < unitCount; unit += 1) {
      const raw = column[unit];
      if (raw === null || raw === undefined) continue;
      const value = toDouble(raw);
      if (!Number.isFinite(value)) continue;
      values[unit] = value;
      present[unit] = 1;
    }
    return { values, present };
  });
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
