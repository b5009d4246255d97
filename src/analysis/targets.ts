/**
 * Achievement against plan targets, as provincial reports write it: "đạt 114% so với mục tiêu".
 *
 * @module
 */
import { ExactDecimal } from '../engine/decimal.js';
import { localeAdvice, readDataValue, readsAsThousands, type NumberReading } from '../io/number.js';
import { roundToText } from '../engine/decimal.js';
import type { DatasetInput } from '../model/dataset.js';
import { describeValue } from '../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { ownValue } from '../model/records.js';
import { checkArgument, checkOptions, oneOf, text, wholeNumber } from '../model/arguments.js';
import { assertDatasetShape } from '../model/validate.js';
import { didYouMean } from '../model/suggest.js';

/**
 * A value or target read as validation reads it, in the dataset's locale. Without one, `"1.640"`
 * is refused: it is 1640 or 1.64, and achievement does not know whether the indicator counts.
 */
function readFigure(value: unknown, locale: DatasetInput['locale']): NumberReading {
  if (locale === undefined && typeof value === 'string' && readsAsThousands(value.trim())) {
    const text = value.trim();
    return { ok: false, kind: 'ambiguous', reason: `"${text}" is ${text.replace('.', '')} if "." groups thousands (vi-VN), ${text} if it is a decimal point (en); ${localeAdvice()}` };
  }
  return readDataValue(value, { locale });
}

/** One unit's achievement against a target. */
export interface AchievementRow {
  readonly unit: string;
  readonly name?: string;
  readonly value: string | null;
  readonly target: string;
  /** value ÷ target (target ÷ value when lower is better), exact; `null` when the value is missing. */
  readonly achievement: string | null;
  /** The achievement as a percentage rounded to `decimals` (half-up): "114". */
  readonly percent: string | null;
  /** How far the value is from the target (target − value; value − target when lower is better); negative once exceeded. */
  readonly gap: string | null;
  /** Whether the target is reached. */
  readonly reached: boolean | null;
}

/** Options for {@link achievement}. */
export interface AchievementOptions {
  /** Whether a lower value is better (days to process a dossier). Default: higher. */
  readonly direction?: 'higher' | 'lower';
  /** Decimals of the percentage (default 0). */
  readonly decimals?: number;
}

/**
 * Each unit's achievement against a target for one indicator (or variable) of a dataset: value ÷
 * target as an exact ratio and a percentage, the gap to the target, and whether it is reached.
 * The target is one number for every unit, or one per unit id. Values and targets are read in the
 * dataset's `locale`; without one, text such as `"1.640"` (1640 in Vietnamese, 1.64 in English) is
 * refused. An indicator no unit gives is refused with a did-you-mean.
 *
 * @example
 * // Điện Biên: 8 border communes meet the standard against a target of 7 → "đạt 114% so với mục tiêu"
 * achievement({ units: [{ id: '11', values: { communes_standard: 8 } }] }, 'communes_standard', 7)[0]?.percent; // => '114'
 */
export function achievement(
  dataset: DatasetInput,
  indicator: string,
  target: number | string | Readonly<Record<string, number | string>>,
  options: AchievementOptions = {},
): AchievementRow[] {
  checkArgument('achievement', 'the indicator', indicator, text);
  checkOptions('achievement', options, { direction: oneOf(['higher', 'lower']), decimals: wholeNumber(0, 20) });
  assertDatasetShape(dataset, 'Achievement cannot be computed');
  if (typeof target !== 'number' && typeof target !== 'string' && (typeof target !== 'object' || target === null || Array.isArray(target))) {
    throw new TypeError(`achievement: the target is ${describeValue(target)}; expected a number, a decimal text, or an object of them by unit id`);
  }
  const problems: ChisoIssue[] = [];
  // an indicator no unit gives is a misspelt one, not a column of missing values
  if (dataset.units.length > 0 && !dataset.units.some((unit) => Object.hasOwn(unit.values, indicator))) {
    const keys = [...new Set(dataset.units.flatMap((unit) => Object.keys(unit.values)))];
    throw new ChisoError([issue('unknown_reference', ['indicator'], `no unit gives a value for "${indicator}"${didYouMean(indicator, keys)}`, { received: indicator })], 'Achievement cannot be computed');
  }
  const rows = dataset.units.map((unit, index): AchievementRow => {
    const goalInput = typeof target === 'object' ? ownValue(target, unit.id) : target;
    const goalReading = goalInput === undefined ? null : readFigure(goalInput, dataset.locale);
    if (goalReading === null || !goalReading.ok || Number(goalReading.text) === 0) {
      problems.push(issue('invalid_method', ['targets', unit.id], `unit "${unit.id}" has no usable target for "${indicator}" (got ${describeValue(goalInput)}${goalReading !== null && !goalReading.ok ? `: ${goalReading.reason}` : ''})`, { expected: 'a non-zero number' }));
      return { unit: unit.id, value: null, target: String(goalInput), achievement: null, percent: null, gap: null, reached: null };
    }
    const goal = new ExactDecimal(goalReading.text);
    const given = ownValue(unit.values, indicator);
    const base = { unit: unit.id, ...(unit.name === undefined ? {} : { name: unit.name }), target: goal.toString() };
    if (given === null || given === undefined) return { ...base, value: null, achievement: null, percent: null, gap: null, reached: null };
    const reading = readFigure(given, dataset.locale);
    if (!reading.ok) {
      problems.push(issue(reading.kind === 'ambiguous' ? 'ambiguous_number' : reading.kind === 'beyond_limits' ? 'out_of_range' : 'not_a_number', ['units', index, 'values', indicator], `unit "${unit.id}", indicator "${indicator}": ${reading.reason}`));
      return { ...base, value: null, achievement: null, percent: null, gap: null, reached: null };
    }
    const value = new ExactDecimal(reading.text);
    const lower = options.direction === 'lower';
    if (lower && value.isZero()) {
      problems.push(issue('undefined_computation', ['units', index, 'values', indicator], `unit "${unit.id}": a lower-is-better achievement divides by the value, which is 0`));
      return { ...base, value: value.toString(), achievement: null, percent: null, gap: null, reached: null };
    }
    const ratio = lower ? goal.div(value) : value.div(goal);
    return {
      ...base,
      value: value.toString(),
      achievement: ratio.toString(),
      percent: roundToText(ratio.times(100), options.decimals ?? 0, 'half-up'),
      gap: (lower ? value.minus(goal) : goal.minus(value)).toString(),
      reached: ratio.gte(1),
    };
  });
  if (problems.length > 0) throw new ChisoError(problems, 'Achievement cannot be computed');
  return rows;
}
