/**
 * What the construction steps did, as plain data in the result (`ScoreResult.construction`): which
 * units were screened out and why, every imputed cell with its method and value, every treated cell
 * with its original and new value and the rule — so a published index can say what it changed.
 *
 * @module
 */
import type { Dataset } from '../model/dataset.js';
import type { ImputationMethod, Transform, Treatment } from '../model/steps.js';

/** One unit as the screening step judged it. */
export interface ScreenedUnit {
  readonly unit: string;
  /** Share of the indicators with a value, as an exact decimal text (40 digits). */
  readonly presentShare: string;
  /** Share of the present values that are not zero; `null` when no value is present. */
  readonly nonZeroShare: string | null;
  readonly kept: boolean;
  /** Why: `"enough data"`, `"too little data (…)"`, `"too many zeros (…)"`, `"forced in"`, `"forced out"`. */
  readonly reason: string;
}

/** What a screening step did. */
export interface ScreenRecord {
  readonly step: 'screen';
  readonly units: readonly ScreenedUnit[];
  /** The units removed, in dataset order. */
  readonly removed: readonly string[];
}

/** One imputed cell. */
export interface ImputedCell {
  readonly unit: string;
  readonly indicator: string;
  /** The value written, as exact decimal text. */
  readonly value: string;
  readonly method: ImputationMethod;
  /** Where it came from: `"mean of 48 units"`, `"mean of group EurAsia_group = Asia (20 units)"`, `"2021"`, a function's name. */
  readonly from: string;
}

/** What an imputation step did. */
export interface ImputeRecord {
  readonly step: 'impute';
  readonly method: ImputationMethod;
  readonly cells: readonly ImputedCell[];
  /** Cells still missing after the step (no group value, no year in the panel…). */
  readonly stillMissing: readonly { readonly unit: string; readonly indicator: string }[];
}

/** What the treatment did to one indicator. */
export interface TreatedIndicator {
  readonly indicator: string;
  /** What was applied: `none` (it passed, or was skipped), `winsorise`, or a transform. */
  readonly applied: 'none' | 'winsorise' | Exclude<Transform, 'none'>;
  /** The treatment asked for (the step's, or the indicator's override). */
  readonly method: Treatment;
  /** Skewness and kurtosis (sample estimators, 40 digits) before and after; `null` with too few values. */
  readonly skewBefore: string | null;
  readonly kurtosisBefore: string | null;
  readonly skewAfter: string | null;
  readonly kurtosisAfter: string | null;
  /** Whether the values after treatment pass the skew/kurtosis test (`null`: too few values or no spread to judge). */
  readonly passes: boolean | null;
  /** Points winsorised (COINr's `nwin`). */
  readonly winsorised: number;
  /** Anything worth saying: "skipped (override)", "fewer than 4 values". */
  readonly note?: string;
}

/** One treated cell. */
export interface TreatedCell {
  readonly unit: string;
  readonly indicator: string;
  readonly original: string;
  readonly value: string;
  /** `winsorised-high`, `winsorised-low`, or the transform's name (`log-ct`, `box-cox`…). */
  readonly rule: string;
}

/** What an outlier-treatment step did. */
export interface TreatRecord {
  readonly step: 'treat';
  readonly indicators: readonly TreatedIndicator[];
  readonly cells: readonly TreatedCell[];
}

/** What a denominate step did. */
export interface DenominateRecord {
  readonly step: 'denominate';
  /** True when the framework declared other steps but no denominate step, so division came first. */
  readonly implicit: boolean;
  readonly indicators: readonly { readonly indicator: string; readonly variable: string; readonly per: string }[];
  /** Cells left missing because the divisor was missing or zero. */
  readonly undefinedCells: readonly { readonly unit: string; readonly indicator: string; readonly reason: string }[];
}

/** One step's record. */
export type StepRecord = ScreenRecord | ImputeRecord | TreatRecord | DenominateRecord;

/** What the construction steps did, in the order they ran. */
export interface Construction {
  readonly steps: readonly StepRecord[];
}

/** A cell's marks in the result: what the steps did to it. */
export type CellMark = 'imputed' | 'treated';

/** Another year's data for panel imputation (`latest`, `linear`). */
export interface PanelYear {
  readonly year: number;
  readonly dataset: Dataset;
}
