/**
 * The indicator model: a framework is a tree of aggregates (index, pillar, sub-index) whose
 * leaves are indicators. Everything here is data — zod schemas with their inferred types — so a
 * framework can be written in TypeScript or loaded from JSON, and serialised back unchanged.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import * as z from 'zod';
import { quoteText } from './describe.js';
import { yearProblem } from './limits.js';
import { DECIMAL_STRING, DecimalLikeSchema, ID_RULE, IdSchema, type DecimalLike } from './primitives.js';
import { PipelineStepSchema } from './steps.js';

export { DECIMAL_STRING, DecimalLikeSchema, ID_RULE, IdSchema, type DecimalLike };

/** Labels in Vietnamese and/or English. */
export const LabelSchema = z.strictObject({
  vi: z.string().normalize('NFC').optional(),
  en: z.string().normalize('NFC').optional(),
  /** A short form for table headers ("CQS" for hoạt động chính quyền số). */
  short: z.string().normalize('NFC').optional(),
});

/**
 * A year: a whole number from 1900 to 2200 (`MIN_YEAR`, `MAX_YEAR`; `0`, `203` or `20233` is a
 * typing or export error, not a year).
 *
 * @example
 * YearSchema.safeParse(2023).success; // => true
 * YearSchema.safeParse(0).success; // => false
 */
export const YearSchema = z
  .number()
  .int()
  .superRefine((year, context) => {
    const problem = yearProblem(year);
    if (problem !== null) context.addIssue({ code: 'custom', input: year, message: problem });
  });
/** Labels in Vietnamese and/or English. */
export type Label = z.infer<typeof LabelSchema>;

/**
 * Why a text is not an id, naming the text (abbreviated, control characters escaped) and the
 * first characters an id cannot hold.
 *
 * @example
 * idProblem('Hà Nội'); // => 'id "Hà Nội" is refused: ids use letters, digits, "_", "-" and "." only (it has " ")'
 * idProblem(''); // => 'an id cannot be empty'
 */
export function idProblem(text: string): string {
  if (text === '') return 'an id cannot be empty';
  const refused: string[] = [];
  for (const character of text) {
    if (/^[\p{L}\p{N}_.-]$/u.test(character) || refused.includes(character)) continue;
    refused.push(character);
    if (refused.length === 3) break;
  }
  return `id ${quoteText(text)} is refused: ${ID_RULE} (it has ${refused.map(quoteText).join(', ')})`;
}

/** What an indicator's value measures. Sets the default valid range (see {@link defaultRange}). */
export const UnitSchema = z.enum([
  'percent',
  'ratio',
  'per-100-inhabitants',
  'per-1000-inhabitants',
  'count',
  'currency',
  'score',
  'points',
  'index',
  'yes-no',
  'level',
  'other',
]);
/** What an indicator's value measures. */
export type MeasurementUnit = z.infer<typeof UnitSchema>;

/** Whether a higher or a lower value is better. */
export const DirectionSchema = z.enum(['higher', 'lower']);
/** Whether a higher or a lower value is better. */
export type Direction = z.infer<typeof DirectionSchema>;

/** A valid range for raw values; either bound may be left open. */
export const RangeSchema = z.strictObject({ min: DecimalLikeSchema.optional(), max: DecimalLikeSchema.optional() });
/** A valid range for raw values. */
export type Range = z.infer<typeof RangeSchema>;

const StepSchema = z.strictObject({
  /** The threshold: for "higher is better" a value at or above it earns the points. */
  threshold: DecimalLikeSchema,
  /** Points earned at this step. */
  points: DecimalLikeSchema,
});

/** How an indicator's raw value becomes a normalised score. One variant per method. */
export const NormalisationSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('goalposts'),
    min: DecimalLikeSchema,
    max: DecimalLikeSchema,
    clip: z.boolean().default(false),
  }),
  z.strictObject({
    method: z.literal('minmax'),
    clip: z.boolean().default(false),
    /** The score of the worst reference unit (0 when absent): COINr's `n_minmax` `l_u[1]`. */
    lower: DecimalLikeSchema.optional(),
    /** The score of the best reference unit (1 when absent): COINr's `n_minmax` `l_u[2]`. */
    upper: DecimalLikeSchema.optional(),
  }),
  z.strictObject({ method: z.literal('best') }),
  z.strictObject({
    method: z.literal('target'),
    target: DecimalLikeSchema,
    baseline: z.union([DecimalLikeSchema, z.literal('min'), z.literal('max')]).optional(),
    floor: z.boolean().default(true),
    /** Hold scores at 1 once the target is met (true when absent); false is COINr's `n_dist2targ` default. */
    cap: z.boolean().optional(),
  }),
  z.strictObject({
    method: z.literal('zscore'),
    /** The mean the scores are given (0 when absent): COINr's `n_zscore` `m_sd[1]`. */
    mean: DecimalLikeSchema.optional(),
    /** The standard deviation the scores are given (1 when absent, must be positive): `m_sd[2]`. */
    sd: DecimalLikeSchema.optional(),
  }),
  z.strictObject({ method: z.literal('percentile'), ties: z.enum(['min', 'average']).default('min') }),
  z.strictObject({
    method: z.literal('steps'),
    steps: z.array(StepSchema).min(1),
    maximum: DecimalLikeSchema.optional(),
    otherwise: DecimalLikeSchema.default(0),
  }),
  z.strictObject({ method: z.literal('share'), of: DecimalLikeSchema.default(1) }),
  z.strictObject({ method: z.literal('identity'), max: DecimalLikeSchema.default(1) }),
  z.strictObject({ method: z.literal('rank') }),
  z.strictObject({ method: z.literal('borda') }),
  z.strictObject({
    method: z.literal('benchmark'),
    /** The id of the unit whose value scores 1 (COINr's `iref`, by id rather than by row number). */
    unit: z.string().normalize('NFC').min(1),
    /** Hold scores at 1 beyond the benchmark (COINr's `cap_max`, false by default). */
    cap: z.boolean().default(false),
  }),
  z.strictObject({
    method: z.literal('categories'),
    categories: z.array(z.strictObject({ value: DecimalLikeSchema, points: DecimalLikeSchema })).min(1),
    maximum: DecimalLikeSchema.optional(),
  }),
]);
/** A normalisation method and its parameters. */
export type Normalisation = z.infer<typeof NormalisationSchema>;
/** A normalisation method and its parameters, as written (defaults not yet filled in). */
export type NormalisationInput = z.input<typeof NormalisationSchema>;
/** The names of the built-in normalisation methods. */
export type NormalisationMethod = Normalisation['method'];

/**
 * A user's aggregation of one unit's children, in exact decimals: the scores of the children that
 * take part (present, weight above 0; a lower-is-better sub-index as 1 − s) and their weights, as
 * decimal.js values at chiso's 40 significant digits; it returns the unit's score as a decimal.js
 * value, a decimal text or a finite number. Throw `ValueProblem` for a unit it cannot score.
 */
export type CustomExactAggregator = (values: readonly Decimal[], weights: readonly Decimal[]) => Decimal | string | number;
/** The same aggregation in float64, for the fast engine (the same children, as doubles). */
export type CustomFloatAggregator = (values: Float64Array, weights: Float64Array) => number;

/**
 * A function held in a framework written in TypeScript (a JSON framework cannot hold one): any
 * other value is an `invalid_type` issue expecting a function, so a missing one reads "custom
 * aggregation of \"top\" needs \"exact\": a function …" like any missing parameter.
 */
function functionSchema<F>() {
  return z.custom<F>().superRefine((value, context) => {
    if (typeof value !== 'function') context.addIssue({ code: 'invalid_type', expected: 'function', input: value, message: 'expected a function' });
  });
}

/** How an aggregate combines its children. */
export const AggregationSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('mean') }),
  z.strictObject({ method: z.literal('sum') }),
  z.strictObject({ method: z.literal('geometric'), shift: DecimalLikeSchema.optional() }),
  z.strictObject({ method: z.literal('harmonic'), shift: DecimalLikeSchema.optional() }),
  z.strictObject({ method: z.literal('minimum') }),
  z.strictObject({ method: z.literal('count'), threshold: DecimalLikeSchema.default(1) }),
  z.strictObject({ method: z.literal('power'), p: DecimalLikeSchema }),
  z.strictObject({ method: z.literal('copeland') }),
  z.strictObject({
    method: z.literal('custom'),
    /** A name for messages and results ("trimmed mean"). */
    name: z.string().min(1),
    exact: functionSchema<CustomExactAggregator>(),
    float: functionSchema<CustomFloatAggregator>().optional(),
  }),
]);
/** An aggregation method and its parameters. */
export type Aggregation = z.infer<typeof AggregationSchema>;
/** An aggregation method and its parameters, as written (defaults not yet filled in). */
export type AggregationInput = z.input<typeof AggregationSchema>;
/** The names of the built-in aggregation methods. */
export type AggregationMethod = Aggregation['method'];

/**
 * What an aggregate does when some children have no value for a unit:
 * - `reweight`: skip them and share their weight among the present ones (COINr's default);
 * - `zero`: count them as a normalised score of 0 (a DTI criterion not reported earns no points);
 * - `fail`: stop with an error naming every unit and indicator.
 * With `reweight`, `minShare` is the least share of data that must be present; below it the
 * aggregate itself is missing for that unit. The share counts children (`basis: "count"`, the
 * default — COINr's `dat_thresh`) or their weights (`basis: "weight"`).
 */
export const MissingPolicySchema = z.strictObject({
  policy: z.enum(['reweight', 'zero', 'fail']).default('fail'),
  minShare: z.number().min(0).max(1).default(0),
  basis: z.enum(['count', 'weight']).default('count'),
});
/** A missing-data policy. */
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;
/** A missing-data policy as written (defaults not yet filled in). */
export type MissingPolicyInput = z.input<typeof MissingPolicySchema>;

/** A leaf of the framework: one measured quantity. */
export const IndicatorNodeSchema = z.strictObject({
  kind: z.literal('indicator'),
  id: IdSchema,
  label: LabelSchema.optional(),
  unit: UnitSchema,
  direction: DirectionSchema.default('higher'),
  range: RangeSchema.optional(),
  weight: z.number().default(1),
  normalisation: NormalisationSchema,
  /** Divide the raw value by another variable (for per-capita values), then multiply by `per`. */
  denominator: z.strictObject({ variable: IdSchema, per: DecimalLikeSchema.default(1) }).optional(),
  source: z.string().optional(),
  description: z.string().optional(),
});
/** A leaf of the framework: one measured quantity. */
export type IndicatorNode = z.infer<typeof IndicatorNodeSchema>;

/**
 * Bands that classify a node's result, best first: a unit gets the label of the first band whose
 * `atLeast` it reaches. For a `count` node the number of criteria met is compared, otherwise the
 * score on the framework's scale. New-countryside communes: 19 criteria → "đạt chuẩn", 15–18, …
 */
export const BandSchema = z.strictObject({ label: z.string().min(1), atLeast: DecimalLikeSchema });
/** One band of a node's classification. */
export type Band = z.infer<typeof BandSchema>;

/** An inner node: index, sub-index or pillar. */
export interface AggregateNode {
  kind: 'aggregate';
  id: string;
  label?: Label | undefined;
  weight: number;
  aggregation: Aggregation;
  missing: MissingPolicy;
  direction?: Direction | undefined;
  bands?: Band[] | undefined;
  description?: string | undefined;
  children: FrameworkNode[];
}
/** An inner node as written: defaults not yet filled in. */
export interface AggregateNodeInput {
  kind: 'aggregate';
  id: string;
  label?: Label | undefined;
  weight?: number | undefined;
  aggregation?: z.input<typeof AggregationSchema> | undefined;
  missing?: z.input<typeof MissingPolicySchema> | undefined;
  direction?: Direction | undefined;
  bands?: z.input<typeof BandSchema>[] | undefined;
  description?: string | undefined;
  children: FrameworkNodeInput[];
}
/** Any node of the tree. */
export type FrameworkNode = IndicatorNode | AggregateNode;
/** Any node of the tree, as written. */
export type FrameworkNodeInput = z.input<typeof IndicatorNodeSchema> | AggregateNodeInput;

/** An inner node: index, sub-index or pillar. */
export const AggregateNodeSchema: z.ZodType<AggregateNode, AggregateNodeInput> = z.lazy(() =>
  z.strictObject({
    kind: z.literal('aggregate'),
    id: IdSchema,
    label: LabelSchema.optional(),
    weight: z.number().default(1),
    aggregation: AggregationSchema.default({ method: 'mean' }),
    missing: MissingPolicySchema.default({ policy: 'fail', minShare: 0, basis: 'count' }),
    direction: DirectionSchema.optional(),
    bands: z.array(BandSchema).min(1).optional(),
    description: z.string().optional(),
    children: z.array(FrameworkNodeSchema).min(1),
  }),
);

/** Any node of the tree. */
export const FrameworkNodeSchema: z.ZodType<FrameworkNode, FrameworkNodeInput> = z.lazy(() =>
  // Told apart by `kind`, so a problem is reported against the kind of node written, not the closest guess.
  // (The annotation on the recursive AggregateNodeSchema hides that it is a discriminable object.)
  z.discriminatedUnion('kind', [IndicatorNodeSchema, AggregateNodeSchema as unknown as z.core.$ZodTypeDiscriminable]) as unknown as z.ZodType<FrameworkNode, FrameworkNodeInput>,
);

/** Rounding modes for published values. */
export const RoundingModeSchema = z.enum(['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor']);
/** A rounding mode for published values. */
export type RoundingMode = z.infer<typeof RoundingModeSchema>;

/** How published values are rounded: once, at the end. */
export const RoundingSchema = z.strictObject({
  decimals: z.number().int().min(0).max(20).default(4),
  mode: RoundingModeSchema.default('half-up'),
});
/** How published values are rounded. */
export type Rounding = z.infer<typeof RoundingSchema>;

/**
 * How units are ranked:
 * - `ties`: `competition` ("1224", the best shared rank), `dense` ("1223"), or `ordinal`
 *   ("1234", ties broken by unit id in code-point order so the result does not depend on input order);
 * - `on`: rank the full-precision `score`, or the `published` (rounded) value — the latter is what a
 *   ministry does when it prints two provinces on the same rank;
 * - `exclude`: unit ids that are scored but never ranked (an "EU" or "national average" row). An
 *   id no unit of a dataset has excludes nothing; `validateDataset` refuses one that is close to a
 *   unit's id (`"EUU"` for `"EU"`), since that unit would be ranked;
 * - `groups`: group keys (e.g. `region`) to rank within, at every node. `validateDataset` refuses a
 *   unit's group key close to one of these (`"regoin"`) and a ranked unit lacking a group other
 *   ranked units have; in a dataset where no ranked unit has the group, ranks within it are `null`.
 */
export const RankingSchema = z.strictObject({
  ties: z.enum(['competition', 'dense', 'ordinal']).default('competition'),
  on: z.enum(['score', 'published']).default('score'),
  exclude: z.array(z.string().normalize('NFC')).default([]),
  groups: z.array(z.string().normalize('NFC')).default([]),
});
/** How units are ranked. */
export type Ranking = z.infer<typeof RankingSchema>;
/** The tie methods. */
export type TieMethod = Ranking['ties'];

/** A variable that is not scored but used by indicators, e.g. population as a denominator. */
export const VariableSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema.optional(),
  unit: UnitSchema,
  range: RangeSchema.optional(),
});
/** A variable used by indicators but not scored. */
export type Variable = z.infer<typeof VariableSchema>;

/** A whole composite-index methodology. */
export const FrameworkSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  label: LabelSchema.optional(),
  edition: z.string().optional(),
  year: YearSchema.optional(),
  description: z.string().optional(),
  source: z.string().optional(),
  /** Aggregate scores are multiplied by this: 1 for a 0–1 index, 100 for 0–100, N for points out of N. */
  scale: z.number().positive().default(1),
  rounding: RoundingSchema.default({ decimals: 4, mode: 'half-up' }),
  ranking: RankingSchema.default({ ties: 'competition', on: 'score', exclude: [], groups: [] }),
  variables: z.array(VariableSchema).default([]),
  /**
   * Construction steps applied to the dataset before normalisation, in order: screen, impute,
   * treat, denominate (see `src/model/steps.ts` and docs/pipeline.md). Left out, the data are scored
   * as given (indicators' denominators still apply).
   */
  steps: z.array(PipelineStepSchema).optional(),
  root: AggregateNodeSchema,
});
/** A whole composite-index methodology, defaults filled in. */
export type Framework = z.infer<typeof FrameworkSchema>;
/** A whole composite-index methodology as written (JSON or TypeScript). */
export type FrameworkInput = z.input<typeof FrameworkSchema>;

/** The union of indicator ids below a node written in TypeScript (see {@link IndicatorIds}). */
export type IndicatorIdsOfNode<Node> = Node extends { kind: 'indicator'; id: infer Id }
  ? Id
  : Node extends { children: readonly (infer Child)[] }
    ? IndicatorIdsOfNode<Child>
    : never;

/**
 * The union of indicator ids of a framework written in TypeScript with {@link defineFramework}.
 *
 * @example
 * const fw = defineFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'top', children: [
 *   { kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'minmax' } }] } });
 * type Ids = IndicatorIds<typeof fw>; // 'a'
 */
export type IndicatorIds<F> = F extends { root: infer Root } ? IndicatorIdsOfNode<Root> : never;

/**
 * Writes a framework in TypeScript with full type inference: ids stay literal types, so
 * {@link IndicatorIds} can type a dataset's values. It returns its argument unchanged; validate it
 * with `validateFramework` or let `score` do so.
 *
 * @example
 * const fw = defineFramework({
 *   id: 'mini', name: 'Mini index', scale: 100,
 *   root: { kind: 'aggregate', id: 'index', children: [
 *     { kind: 'indicator', id: 'fibre', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
 *     { kind: 'indicator', id: 'staff', unit: 'count', normalisation: { method: 'minmax' } },
 *   ] },
 * });
 * fw.root.children[0].id; // => 'fibre'
 */
export function defineFramework<const F extends FrameworkInput>(framework: F): F {
  return framework;
}

/**
 * The valid range a unit implies when an indicator states none: percent 0–100, ratio 0–1,
 * counts, rates, currency and points at least 0, yes/no 0–1; score, index, level and other
 * unbounded.
 *
 * @example
 * defaultRange('percent'); // => { min: 0, max: 100 }
 */
export function defaultRange(unit: MeasurementUnit): Range {
  if (typeof unit !== 'string' || !(UnitSchema.options as readonly string[]).includes(unit)) {
    throw new RangeError(`defaultRange: the unit is ${typeof unit === 'string' ? JSON.stringify(unit.slice(0, 64)) : typeof unit}; expected one of ${UnitSchema.options.map((name) => `"${name}"`).join(', ')}`);
  }
  switch (unit) {
    case 'percent':
      return { min: 0, max: 100 };
    case 'ratio':
    case 'yes-no':
      return { min: 0, max: 1 };
    case 'per-100-inhabitants':
    case 'per-1000-inhabitants':
    case 'count':
    case 'currency':
    case 'points':
      return { min: 0 };
    default:
      return {};
  }
}
