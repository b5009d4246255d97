/**
 * Screening units by data availability (COINr `Screen`; JRC/OECD Handbook 2008, step 3: "units
 * with too little data are excluded").
 *
 * @module
 */
import { parseRational, rationalToText, compareRational, type Rational } from '../engine/rational.js';
import type { ScreenStep } from '../model/steps.js';
import type { ScreenedUnit, ScreenRecord } from './construction.js';
import { reduceRational } from './statistics.js';
import type { WorkingTable } from './table.js';

/** A share as written (`0.9`, `"2/3"`) as an exact rational. */
export function shareRational(share: string | number): Rational {
  const text = String(share);
  if (!text.includes('/')) return parseRational(text);
  const [top, bottom] = text.split('/');
  return { numerator: BigInt(top ?? '0'), denominator: BigInt(bottom ?? '1') };
}

/**
 * Keeps the units with enough data: present share ≥ `minPresentShare` (by `missing`), non-zero
 * share of the present values ≥ `minNonZeroShare` (by `zeros`), or both (`missing-or-zeros`), over
 * the framework's indicators; `include` / `exclude` override the rule. Shares are compared exactly.
 *
 * @example
 * // 3 indicators, a unit with 2 values: present share 2/3 ≥ 2/3, kept
 */
export function screenUnits(table: WorkingTable, step: ScreenStep): ScreenRecord {
  const minPresent = shareRational(step.minPresentShare);
  const minNonZero = shareRational(step.minNonZeroShare);
  const include = new Set(step.include);
  const exclude = new Set(step.exclude);
  const indicatorCount = table.indicators.length;
  const judged: ScreenedUnit[] = [];
  const keep: boolean[] = [];
  table.units.forEach((unit, unitIndex) => {
    let present = 0;
    let zeros = 0;
    for (const indicator of table.indicators) {
      const value = (table.columns.get(indicator.id) as (string | null)[])[unitIndex];
      if (value === null || value === undefined) continue;
      present += 1;
      if (parseRational(value).numerator === 0n) zeros += 1;
    }
    const presentShare = reduceRational({ numerator: BigInt(present), denominator: BigInt(Math.max(indicatorCount, 1)) });
    const nonZeroShare = present === 0 ? null : reduceRational({ numerator: BigInt(present - zeros), denominator: BigInt(present) });
    const lowData = compareRational(presentShare, minPresent) < 0;
    // COINr: with no value present, the non-zero share is NaN and the unit is not flagged for zeros
    const lowNonZero = nonZeroShare !== null && compareRational(nonZeroShare, minNonZero) < 0;
    let kept: boolean;
    let reason: string;
    if (exclude.has(unit.id)) [kept, reason] = [false, 'forced out'];
    else if (include.has(unit.id)) [kept, reason] = [true, 'forced in'];
    else {
      const failsData = step.by !== 'zeros' && lowData;
      const failsZeros = step.by !== 'missing' && lowNonZero;
      kept = !failsData && !failsZeros;
      reason = failsData
        ? `too little data (${present} of ${indicatorCount} indicators, below ${String(step.minPresentShare)})`
        : failsZeros
          ? `too many zeros (${present - zeros} of ${present} values not zero, below ${String(step.minNonZeroShare)})`
          : 'enough data';
    }
    keep.push(kept);
    judged.push({ unit: unit.id, presentShare: rationalToText(presentShare), nonZeroShare: nonZeroShare === null ? null : rationalToText(nonZeroShare), kept, reason });
  });
  table.units = table.units.filter((_unit, index) => keep[index]);
  table.ranked = table.ranked.filter((_ranked, index) => keep[index]);
  for (const [id, column] of table.columns) table.columns.set(id, column.filter((_value, index) => keep[index]));
  return { step: 'screen', units: judged, removed: judged.filter((entry) => !entry.kept).map((entry) => entry.unit) };
}
