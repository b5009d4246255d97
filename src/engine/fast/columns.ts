/**
 * Reading a validated dataset into float64 columns: one Float64Array per indicator (and per
 * denominator variable) with a presence mask beside it, so no `NaN` is ever stored.
 *
 * @module
 */
import type { Dataset, DataValue } from '../../model/dataset.js';
import { readDataValue } from '../../io/number.js';
import { inheritedKeys, ownValue, readsDirectly } from '../../model/records.js';
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
 * Reads the named variables of every unit into float64 columns, row by row (as `readColumns`
 * reads: own values only, each unit's values object hot while it is read), straight into the
 * columns — no intermediate array of boxed values. A value that is not a finite number in float64 —
 * a decimal text beyond about 1.8e308, valid for the exact engine, or anything in a dataset that was
 * never validated — is a {@link ChisoError} naming the unit, the variable and the value: it used to
 * count as missing, so a unit silently lost a value the exact engine computes with.
 *
 * @example
 * const [column] = readFloatColumns({ units: [{ id: 'a', groups: {}, ranked: true, values: { x: '1.5' } }, { id: 'b', groups: {}, ranked: true, values: {} }] }, ['x']);
 * Array.from(column.values); // => [1.5, 0]
 */
export function readFloatColumns(dataset: Pick<Dataset, 'units'>, ids: readonly string[]): FloatColumn[] {
  const units = dataset.units;
  const unitCount = units.length;
  const columns: FloatColumn[] = ids.map(() => ({ values: new Float64Array(unitCount), present: new Uint8Array(unitCount) }));
  const problems: ChisoIssue[] = [];
  // Own values only: an indicator called "toString" or "constructor" is missing, not a function.
  const inherited = inheritedKeys(ids);
  for (let unit = 0; unit < unitCount; unit += 1) {
    const given = (units[unit] as Dataset['units'][number]).values;
    const direct = readsDirectly(given);
    for (let index = 0; index < ids.length; index += 1) {
      const id = ids[index] as string;
      const raw: DataValue | undefined = direct && !inherited[index] ? given[id] : ownValue(given, id);
      if (raw === null || raw === undefined) continue;
      const value = typeof raw === 'number' ? raw : toDouble(raw);
      if (!Number.isFinite(value)) {
        problems.push(issue('out_of_range', ['units', unit, 'values', id], `unit ${quoteText((units[unit] as Dataset['units'][number]).id)}, ${quoteText(id)}: ${describeValue(raw)} does not fit in a float64 number (the fast engine's), whose magnitude ends near 1.8e308; use score(), which computes exactly`, { received: describeValue(raw) }));
        continue;
      }
      const column = columns[index] as FloatColumn;
      column.values[unit] = value;
      column.present[unit] = 1;
    }
  }
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
