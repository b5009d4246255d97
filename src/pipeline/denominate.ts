/**
 * Denominating (COINr `Denominate`; JRC/OECD Handbook 2008, step 2: "scale by size"): each indicator
 * with a `denominator` is divided by that variable's value and multiplied by `per`, exactly (one
 * rounding, at the engine's 40 significant digits, where the quotient has more digits).
 *
 * @module
 */
import { divideRational, multiplyRational, parseRational, rationalToText } from '../engine/rational.js';
import { exactInput } from '../engine/evaluation.js';
import { ownValue } from '../model/records.js';
import type { DenominateRecord } from './construction.js';
import { reduceRational } from './statistics.js';
import { columnOf, type WorkingTable } from './table.js';

/**
 * Divides every indicator that has a denominator, in place. A missing or zero divisor leaves the
 * cell missing (as R's `NA` and COINr do), listed in `undefinedCells`, for a later step to impute or
 * the aggregate's missing-data policy to decide.
 *
 * @example
 * // broadband 500 per population 2000, per 100 → 25
 */
export function denominateValues(table: WorkingTable, implicit: boolean): DenominateRecord {
  const indicators: { indicator: string; variable: string; per: string }[] = [];
  const undefinedCells: { unit: string; indicator: string; reason: string }[] = [];
  for (const indicator of table.indicators) {
    if (indicator.denominator === undefined) continue;
    const { variable, per } = indicator.denominator;
    indicators.push({ indicator: indicator.id, variable, per: String(per) });
    const perRational = parseRational(per);
    const column = columnOf(table, indicator.id);
    table.columns.set(
      indicator.id,
      column.map((value, unitIndex) => {
        if (value === null) return null;
        const unit = table.units[unitIndex] as WorkingTable['units'][number];
        const divisorValue = ownValue(unit.values, variable);
        const divisor = divisorValue === null || divisorValue === undefined ? null : parseRational(exactInput(divisorValue, unit.id, variable, unitIndex));
        if (divisor === null || divisor.numerator === 0n) {
          undefinedCells.push({ unit: unit.id, indicator: indicator.id, reason: `${variable} is ${divisor === null ? 'missing' : 'zero'}` });
          return null;
        }
        return rationalToText(reduceRational(multiplyRational(divideRational(parseRational(value), divisor), perRational)));
      }),
    );
  }
  return { step: 'denominate', implicit, indicators, undefinedCells };
}
