/**
 * Construction steps: what is done to the data before normalisation — screening units, imputing
 * missing values, treating outliers, dividing by denominators — declared in the framework as data
 * (`framework.steps`), so the whole build can be replayed, compared and published. The names follow
 * COINr (`Screen`, `Impute`, `Treat`, `Denominate`) and the JRC/OECD Handbook (2008), steps 3–4.
 *
 * @module
 */
import * as z from 'zod';
import { DecimalLikeSchema, IdSchema } from './primitives.js';

/**
 * A share from 0 to 1: a decimal (`0.9`, `"0.05"`) or an exact fraction written `"2/3"` (COINr's
 * default data threshold is two thirds, which no decimal writes exactly).
 *
 * @example
 * ShareSchema.safeParse('2/3').success; // => true
 * ShareSchema.safeParse('3/2').success; // => false
 */
export const ShareSchema = z.union([DecimalLikeSchema, z.string().regex(/^\d{1,20}\/[1-9]\d{0,19}$/, { message: 'expected a fraction written "2/3"' })]).superRefine((share, context) => {
  const text = String(share);
  const [top, bottom] = text.includes('/') ? text.split('/') : [text, '1'];
  const value = Number(top) / Number(bottom);
  if (!(value >= 0 && value <= 1)) context.addIssue({ code: 'custom', input: share, message: `a share is from 0 to 1; ${text} is not` });
});
/** A share from 0 to 1, as a decimal or a fraction text. */
export type Share = z.infer<typeof ShareSchema>;

/**
 * Screen units by data availability (COINr `Screen`): a unit is kept when the share of indicators
 * it has a value for is at least `minPresentShare` (`dat_thresh`, default two thirds) and/or the
 * share of its present values that are not zero is at least `minNonZeroShare` (`nonzero_thresh`,
 * default 0.05), as `by` says (`missing` = `"byNA"`, `zeros` = `"byzeros"`, `missing-or-zeros` =
 * `"byNAandzeros"`). `include` and `exclude` force units in or out whatever their data (`Force`).
 */
export const ScreenStepSchema = z.strictObject({
  step: z.literal('screen'),
  by: z.enum(['missing', 'zeros', 'missing-or-zeros']).default('missing'),
  minPresentShare: ShareSchema.default('2/3'),
  minNonZeroShare: ShareSchema.default('0.05'),
  include: z.array(z.string().normalize('NFC')).default([]),
  exclude: z.array(z.string().normalize('NFC')).default([]),
});

/** The imputation methods (see {@link ImputeStepSchema}). */
export const IMPUTATION_METHODS = ['mean', 'median', 'group-mean', 'group-median', 'latest', 'constant', 'linear', 'function'] as const;

/**
 * Impute missing values, indicator by indicator (COINr `Impute` with `impute_by = "column"`):
 * - `mean`, `median`: of the indicator's values over the ranked units (`i_mean`, `i_median`);
 * - `group-mean`, `group-median`: over the ranked units of the same `group` (a group key such as
 *   `region`; `i_mean_grp`, `i_median_grp`); a unit without the group, or a group with no value,
 *   stays missing;
 * - `latest`: the unit's latest earlier value in the panel given to `score` (`options.panel`),
 *   looking back at most `maxTime` of the panel's earlier years (COINr `impute_panel` with
 *   `imp_type = "latest"` and `max_time`: time points, not calendar years);
 * - `constant`: the nearest earlier value, else the nearest later one (`imp_type = "constant"`);
 * - `linear`: linear interpolation between the unit's nearest earlier and later values, the nearest
 *   value at the ends of its series (`imp_type = "linear"`: R's `approx` with `rule = 2`);
 * - `function`: a function of your own, given by name in `options.imputers`.
 * `indicators` limits the step to some indicators (default: all).
 */
export const ImputeStepSchema = z.strictObject({
  step: z.literal('impute'),
  method: z.enum(IMPUTATION_METHODS),
  group: z.string().normalize('NFC').optional(),
  maxTime: z.number().int().positive().optional(),
  function: z.string().min(1).optional(),
  indicators: z.array(IdSchema).optional(),
});

/** The outlier treatments (see {@link TreatStepSchema}). */
export const TREATMENTS = ['jrc', 'winsorise', 'log-ct', 'log-ct-plus', 'log-ct-orig', 'box-cox', 'skip'] as const;
/** The second-stage transforms of the JRC rule. */
export const TRANSFORMS = ['log-ct', 'log-ct-plus', 'log-ct-orig', 'box-cox', 'none'] as const;

const TreatmentFields = {
  method: z.enum(TREATMENTS).optional(),
  winsoriseMax: z.number().int().min(0).optional(),
  skewThreshold: DecimalLikeSchema.optional(),
  kurtosisThreshold: DecimalLikeSchema.optional(),
  then: z.enum(TRANSFORMS).optional(),
  lambda: DecimalLikeSchema.optional(),
};

/**
 * Treat outliers (COINr `Treat`, the JRC rule of the Handbook and the COIN Tool). With `method:
 * "jrc"` (the default) an indicator whose |skewness| ≥ `skewThreshold` (2) and kurtosis ≥
 * `kurtosisThreshold` (3.5) — sample estimators, as Excel and `e1071` type 2 — is winsorised one
 * extreme at a time (the side the skew points to; the extreme values take the next value in) until it
 * passes or `winsoriseMax` points (5) are winsorised; if it still fails, the original values are
 * transformed by `then` (`log-ct`: ln(x − min + 0.01·(max − min)), COINr's default `log_CT`;
 * `log-ct-plus`: the same mirrored when the skew is negative; `log-ct-orig`: ln(x − min + 1);
 * `box-cox` with `lambda`; `none`). Any other `method` is applied to every indicator: `winsorise`
 * alone, one transform, or `skip`. `overrides` set any of these per indicator.
 */
export const TreatStepSchema = z.strictObject({
  step: z.literal('treat'),
  ...TreatmentFields,
  overrides: z.array(z.strictObject({ indicator: IdSchema, ...TreatmentFields })).default([]),
  indicators: z.array(IdSchema).optional(),
});

/**
 * Divide indicators by their denominators (COINr `Denominate`) at this point of the build: each
 * indicator's `denominator` (variable and `per`) as the framework says. Without this step, a
 * framework with other steps divides first (COINr's order), and one without steps divides as it
 * always has.
 */
export const DenominateStepSchema = z.strictObject({ step: z.literal('denominate') });

/** One construction step. */
export const PipelineStepSchema = z.discriminatedUnion('step', [ScreenStepSchema, ImputeStepSchema, TreatStepSchema, DenominateStepSchema]);
/** One construction step, defaults filled in. */
export type PipelineStep = z.infer<typeof PipelineStepSchema>;
/** One construction step as written. */
export type PipelineStepInput = z.input<typeof PipelineStepSchema>;
/** A screening step. */
export type ScreenStep = z.infer<typeof ScreenStepSchema>;
/** An imputation step. */
export type ImputeStep = z.infer<typeof ImputeStepSchema>;
/** An outlier-treatment step. */
export type TreatStep = z.infer<typeof TreatStepSchema>;
/** The imputation methods. */
export type ImputationMethod = (typeof IMPUTATION_METHODS)[number];
/** The outlier treatments. */
export type Treatment = (typeof TREATMENTS)[number];
/** The second-stage transforms of the JRC rule. */
export type Transform = (typeof TRANSFORMS)[number];
