/**
 * Per-indicator statistics and flags — the first table of a statistical audit (OECD/JRC Handbook
 * on Constructing Composite Indicators 2008, step 4 "multivariate analysis" and its data checks;
 * COINr's `get_stats`, whose columns and flag rules these follow).
 *
 * Flags, each with COINr's default threshold (all configurable):
 * - `low-availability`: the share of units with a value is below `minAvailability` (0.65);
 * - `skew-kurtosis`: |skewness| > `maxSkewness` (2) **and** kurtosis > `maxKurtosis` (3.5) — the
 *   JRC's rule for indicators whose outliers may need treatment;
 * - `many-zeros`: the non-zero values are fewer than `minNonZero` (0.5) of all units;
 * - `few-distinct`: the distinct values are fewer than `minDistinct` (0.5) of all units — a
 *   near-constant or heavily tied indicator;
 * - `constant`: every present value is the same (skewness and kurtosis are undefined, shown null).
 * As in COINr, the zero and distinct shares of the flags are taken over all units (a missing value
 * is neither), while `nonZeroShare` and `distinctShare` report them over the values present.
 *
 * @module
 */
import { checkOptions, oneOf } from '../../model/arguments.js';
import type { NumberLocale } from '../../io/number.js';
import { NUMBER_LOCALES } from '../../io/number.js';
import { auditModel, indicatorColumn, type AuditModel, type AuditValues } from './audit-model.js';
import { describeValues, type ValueSummary } from './describe-values.js';

/** A flag raised on an indicator's distribution. */
export type IndicatorFlag = 'low-availability' | 'skew-kurtosis' | 'many-zeros' | 'few-distinct' | 'constant';

/** Thresholds of the indicator flags (COINr's `get_stats` defaults). */
export interface IndicatorFlagThresholds {
  /** Least share of units with a value (default 0.65). */
  readonly minAvailability?: number;
  /** |skewness| above this … (default 2) */
  readonly maxSkewness?: number;
  /** … and kurtosis above this flag possible outliers (default 3.5). */
  readonly maxKurtosis?: number;
  /** Least share of units with a non-zero value (default 0.5). */
  readonly minNonZero?: number;
  /** Least share of units with distinct values (default 0.5). */
  readonly minDistinct?: number;
}

/** Options for {@link auditIndicators}. */
export interface AuditIndicatorsOptions extends IndicatorFlagThresholds {
  /**
   * Which values to describe: `raw` as given (default, COINr's "Raw" data set), `denominated`
   * (after each indicator's denominator), or `normalised` (the engine's normalised values on the
   * framework's scale).
   */
  readonly values?: AuditValues;
  /** How numbers written as text in the dataset are read, as for `score`. */
  readonly locale?: NumberLocale;
}

/** One indicator's statistics and flags. */
export interface IndicatorAudit extends ValueSummary {
  readonly id: string;
  /** The aggregate it belongs to. */
  readonly parent: string;
  /** Units in the dataset. */
  readonly units: number;
  /** Share of units with a value (`count / units`). */
  readonly availability: number;
  /** Share of the present values that are not zero (null when none is present). */
  readonly nonZeroShare: number | null;
  /** Share of the present values that are distinct (null when none is present). */
  readonly distinctShare: number | null;
  /** Share of the present values that are zero (null when none is present). */
  readonly zeroShare: number | null;
  readonly flags: readonly IndicatorFlag[];
}

const THRESHOLDS = { minAvailability: 0.65, maxSkewness: 2, maxKurtosis: 3.5, minNonZero: 0.5, minDistinct: 0.5 } as const;

/** A finite number (a threshold). */
const finite = (value: unknown): { kind: 'type' | 'range'; expected: string } | null =>
  typeof value !== 'number' ? { kind: 'type', expected: 'a finite number' } : Number.isFinite(value) ? null : { kind: 'range', expected: 'a finite number' };

/** The option checks of the flag thresholds. @internal */
export const THRESHOLD_OPTIONS = { minAvailability: finite, maxSkewness: finite, maxKurtosis: finite, minNonZero: finite, minDistinct: finite } as const;

/** The flags of one indicator's summary. @internal */
export function indicatorFlags(summary: ValueSummary, units: number, thresholds: IndicatorFlagThresholds): IndicatorFlag[] {
  const limits = { ...THRESHOLDS, ...thresholds };
  const flags: IndicatorFlag[] = [];
  if (units === 0 || summary.count / units < limits.minAvailability) flags.push('low-availability');
  if (summary.skewness !== null && summary.kurtosis !== null && Math.abs(summary.skewness) > limits.maxSkewness && summary.kurtosis > limits.maxKurtosis) flags.push('skew-kurtosis');
  if (units === 0 || (summary.count - summary.zeros) / units < limits.minNonZero) flags.push('many-zeros');
  if (units === 0 || summary.distinct / units < limits.minDistinct) flags.push('few-distinct');
  if (summary.constant) flags.push('constant');
  return flags;
}

/** {@link auditIndicators} on a model already compiled. @internal */
export function indicatorAudits(audit: AuditModel, options: AuditIndicatorsOptions): IndicatorAudit[] {
  const units = audit.model.unitIds.length;
  return audit.nodes
    .filter((node) => node.kind === 'indicator')
    .map((node) => {
      const summary = describeValues(indicatorColumn(audit, node.id, options.values ?? 'raw'));
      const present = summary.count;
      return {
        id: node.id,
        parent: node.parent ?? '',
        units,
        availability: units === 0 ? 0 : present / units,
        ...summary,
        nonZeroShare: present === 0 ? null : (present - summary.zeros) / present,
        distinctShare: present === 0 ? null : summary.distinct / present,
        zeroShare: present === 0 ? null : summary.zeros / present,
        flags: indicatorFlags(summary, units, options),
      };
    });
}

/**
 * Statistics of every indicator of a framework over a dataset — availability, mean, standard
 * deviation (n − 1), extremes, median, skewness and kurtosis (G1, G2: COINr's `skew`/`kurt`,
 * e1071 type 2), shares of zeros and distinct values — with the flags COINr's `get_stats` raises.
 * Works on the data alone: the model need not be scorable (a `fail` missing-data policy meeting a
 * gap is read as "reweight" here; values out of range are still refused).
 *
 * @example
 * const rows = auditIndicators(desi2022, dataset);
 * rows.find((row) => row.id === 'desi_1a1')?.flags; // e.g. ['skew-kurtosis']
 */
export function auditIndicators(frameworkInput: unknown, datasetInput: unknown, options: AuditIndicatorsOptions = {}): IndicatorAudit[] {
  checkOptions('auditIndicators', options, { values: oneOf(['raw', 'denominated', 'normalised']), locale: oneOf(NUMBER_LOCALES), ...THRESHOLD_OPTIONS });
  return indicatorAudits(auditModel(frameworkInput, datasetInput, options.locale, true), options);
}
