/**
 * Outlier treatment (COINr `Treat`; the JRC rule of the JRC/OECD Handbook 2008 and the JRC's COIN
 * Tool): winsorisation up to a number of points, then a log transform if the indicator still has
 * |skewness| ≥ 2 and kurtosis ≥ 3.5; Box-Cox with a given λ; per-indicator overrides. Every changed
 * cell is recorded with its original value.
 *
 * Winsorisation only copies values, so it is exact; the decision to winsorise or transform is taken
 * on exact rationals (see `failsSkewKurtosis`). Logarithms and powers are not rational: they are
 * computed with decimal.js at the engine's 40 significant digits (correctly rounded), so a treated
 * value is exact to 40 digits, not exact.
 *
 * @module
 */
import { ExactDecimal, type Exact } from '../engine/decimal.js';
import { quoteText } from '../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import type { Transform, Treatment, TreatStep } from '../model/steps.js';
import type { TreatedCell, TreatedIndicator, TreatRecord } from './construction.js';
import { failsSkewKurtosis, sampleKurtosis, sampleSkewness, shapeOf } from './statistics.js';
import { columnOf, stepIndicators, type WorkingTable } from './table.js';

/** The settings for one indicator: the step's, with its override over them, and COINr's defaults. */
interface Settings {
  readonly method: Treatment;
  readonly winsoriseMax: number;
  readonly skewThreshold: string | number;
  readonly kurtosisThreshold: string | number;
  readonly then: Transform;
  readonly lambda: string | number | undefined;
}

function settingsFor(step: TreatStep, indicator: string): Settings {
  const override = step.overrides.find((entry) => entry.indicator === indicator);
  return {
    method: override?.method ?? step.method ?? 'jrc',
    winsoriseMax: override?.winsoriseMax ?? step.winsoriseMax ?? 5,
    skewThreshold: override?.skewThreshold ?? step.skewThreshold ?? 2,
    kurtosisThreshold: override?.kurtosisThreshold ?? step.kurtosisThreshold ?? 3.5,
    then: override?.then ?? step.then ?? 'log-ct',
    lambda: override?.lambda ?? step.lambda,
  };
}

/**
 * COINr's `winsorise`, exactly: while the sample fails and fewer than `winsoriseMax` points are
 * winsorised, the extreme value(s) on the side the skew points to (high when skew ≥ 0) take the
 * next value in; ties move together. The count is COINr's `nwin` (the points at the last extreme).
 *
 * @example
 * // 1…10, 30, 100 with winmax 2: 100 → 30, then both 30s → 10 (nwin = 2)
 */
export function winsorise(sample: readonly string[], settings: Pick<Settings, 'winsoriseMax' | 'skewThreshold' | 'kurtosisThreshold'>): { values: string[]; count: number; fails: boolean | null } {
  const values = [...sample];
  const exact = values.map((value) => new ExactDecimal(value));
  let fails = failsSkewKurtosis(shapeOf(values), settings.skewThreshold, settings.kurtosisThreshold);
  let lastHigh = 0;
  let lastLow = 0;
  let count = 0;
  while (fails === true && count < settings.winsoriseMax) {
    const high = shapeOf(values).third >= 0n;
    let extreme = exact[0] as Exact;
    for (const value of exact) if (high ? value.gt(extreme) : value.lt(extreme)) extreme = value;
    const at: number[] = [];
    let next: Exact | null = null;
    exact.forEach((value, index) => {
      if (value.eq(extreme)) at.push(index);
      else if (next === null || (high ? value.gt(next) : value.lt(next))) next = value;
    });
    if (next === null) break;
    const replacement: Exact = next;
    const text = values[exact.indexOf(replacement)] as string;
    for (const index of at) {
      values[index] = text;
      exact[index] = replacement;
    }
    if (high) lastHigh = at.length;
    else lastLow = at.length;
    count = lastHigh + lastLow;
    fails = failsSkewKurtosis(shapeOf(values), settings.skewThreshold, settings.kurtosisThreshold);
  }
  return { values, count, fails };
}

/**
 * A transform of the whole column (every present value), with min and max of the reference sample:
 * `log-ct` ln(x − min + 0.01·(max − min)) (COINr `log_CT`), `log-ct-plus` the same or, when the skew
 * is negative, −ln(max + 0.01·(max − min) − x) (`log_CT_plus`), `log-ct-orig` ln(x − min + 1)
 * (`log_CT_orig`), `box-cox` with y = x − min + 1: (y^λ − 1)/λ, or ln y when λ = 0 (`boxcox`).
 * Decimal at 40 significant digits.
 *
 * @example
 * transformValues(['1', '2', '3'], ['1', '2', '3'], 'log-ct-orig', undefined)[0]; // => '0'
 */
export function transformValues(column: readonly (string | null)[], sample: readonly string[], transform: Exclude<Transform, 'none'>, lambda: string | number | undefined): (string | null)[] {
  let min = new ExactDecimal(sample[0] as string);
  let max = min;
  for (const text of sample) {
    const value = new ExactDecimal(text);
    if (value.lt(min)) min = value;
    if (value.gt(max)) max = value;
  }
  const offset = max.minus(min).times('0.01');
  const negative = transform === 'log-ct-plus' && shapeOf(sample).third < 0n;
  const power = lambda === undefined ? null : new ExactDecimal(lambda);
  return column.map((text) => {
    if (text === null) return null;
    const value = new ExactDecimal(text);
    let result: Exact;
    if (transform === 'box-cox') {
      const shifted = value.minus(min).plus(1);
      if (power === null) throw new RangeError('box-cox needs lambda');
      // Box-Cox is defined for y > 0 only: a unit not ranked, below the reference minimum by 1 or
      // more, had y ≤ 0, and with an even λ a value far below the rest came out above them
      if (!shifted.isPositive() || shifted.isZero()) throw new RangeError(`box-cox of ${text} is undefined: it is below the reference units' minimum ${min.toString()} by 1 or more (x − min + 1 = ${shifted.toString()}, and Box-Cox needs it above 0)`);
      result = power.isZero() ? shifted.ln() : shifted.pow(power).minus(1).div(power);
    } else if (transform === 'log-ct-orig') result = value.minus(min).plus(1).ln();
    else if (negative) result = max.plus(offset).minus(value).ln().neg();
    else result = value.minus(min).plus(offset).ln();
    if (!result.isFinite()) throw new RangeError(`${transform} of ${text} is not finite`);
    return result.toString();
  });
}

/** Treats the step's indicators in place and records what was done. */
export function treatOutliers(table: WorkingTable, step: TreatStep, stepIndex: number): TreatRecord {
  const indicators: TreatedIndicator[] = [];
  const cells: TreatedCell[] = [];
  const problems: ChisoIssue[] = [];
  for (const indicator of stepIndicators(table, step.indicators)) {
    const settings = settingsFor(step, indicator.id);
    const column = columnOf(table, indicator.id);
    const samplePositions = column.flatMap((value, index) => (value !== null && table.ranked[index] ? [index] : []));
    const sample = samplePositions.map((index) => column[index] as string);
    const before = shapeOf(sample);
    const skewBefore = sampleSkewness(before);
    const kurtosisBefore = sampleKurtosis(before);
    const base = { indicator: indicator.id, method: settings.method, skewBefore, kurtosisBefore };
    const unchanged = (note: string | undefined, passes: boolean | null): void => {
      indicators.push({ ...base, applied: 'none', skewAfter: skewBefore, kurtosisAfter: kurtosisBefore, passes, winsorised: 0, ...(note === undefined ? {} : { note }) });
    };
    if (settings.method === 'skip') {
      unchanged('skipped (override)', null);
      continue;
    }
    const failsBefore = failsSkewKurtosis(before, settings.skewThreshold, settings.kurtosisThreshold);
    let treated: (string | null)[] | null = null;
    let applied: TreatedIndicator['applied'] = 'none';
    let count = 0;
    if (settings.method === 'jrc' || settings.method === 'winsorise') {
      if (failsBefore === null) {
        unchanged(sample.length < 4 ? 'fewer than 4 values: skewness and kurtosis undefined' : 'all values equal', null);
        continue;
      }
      if (!failsBefore) {
        unchanged(undefined, true);
        continue;
      }
      const winsorised = winsorise(sample, settings);
      count = winsorised.count;
      if (winsorised.fails === false || settings.method === 'winsorise' || settings.then === 'none') {
        // the other units (not ranked) are held to the same bounds
        const low = winsorised.values.reduce((least, text) => (new ExactDecimal(text).lt(least) ? text : least), winsorised.values[0] as string);
        const high = winsorised.values.reduce((most, text) => (new ExactDecimal(text).gt(most) ? text : most), winsorised.values[0] as string);
        treated = column.map((value, index) => {
          const at = samplePositions.indexOf(index);
          if (at !== -1) return winsorised.values[at] as string;
          if (value === null) return null;
          if (new ExactDecimal(value).gt(high)) return high;
          if (new ExactDecimal(value).lt(low)) return low;
          return value;
        });
        applied = 'winsorise';
      } else {
        // COINr (combine_treat = FALSE): the transform is applied to the original values
        try {
          treated = transformValues(column, sample, settings.then, settings.lambda);
          applied = settings.then;
        } catch (problem) {
          problems.push(issue('undefined_computation', ['steps', stepIndex, 'indicators', indicator.id], `indicator ${quoteText(indicator.id)}: ${(problem as Error).message}`));
          continue;
        }
      }
    } else {
      if (sample.length === 0) {
        unchanged('no values', null);
        continue;
      }
      if (settings.method === 'box-cox' && settings.lambda === undefined) {
        problems.push(issue('invalid_method', ['steps', stepIndex, 'lambda'], `indicator ${quoteText(indicator.id)}: box-cox needs lambda`));
        continue;
      }
      try {
        treated = transformValues(column, sample, settings.method, settings.lambda);
        applied = settings.method;
      } catch (problem) {
        problems.push(issue('undefined_computation', ['steps', stepIndex, 'indicators', indicator.id], `indicator ${quoteText(indicator.id)}: ${(problem as Error).message}`));
        continue;
      }
    }
    const after = shapeOf(samplePositions.map((index) => treated?.[index] as string));
    indicators.push({
      ...base,
      applied,
      skewAfter: sampleSkewness(after),
      kurtosisAfter: sampleKurtosis(after),
      passes: (() => {
        const fails = failsSkewKurtosis(after, settings.skewThreshold, settings.kurtosisThreshold);
        return fails === null ? null : !fails;
      })(),
      winsorised: count,
    });
    column.forEach((original, index) => {
      const value = treated?.[index] ?? null;
      if (original === null || value === null || value === original) return;
      const rule = applied === 'winsorise' ? (new ExactDecimal(value).lt(original) ? 'winsorised-high' : 'winsorised-low') : applied;
      cells.push({ unit: table.units[index]?.id ?? '', indicator: indicator.id, original, value, rule });
    });
    table.columns.set(indicator.id, treated ?? column);
  }
  if (problems.length > 0) throw new ChisoError(problems, 'The outlier treatment cannot be computed');
  return { step: 'treat', indicators, cells };
}
