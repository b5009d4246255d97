/**
 * Hostile generators for `score` and the checks the hostile properties share: every normalisation and
 * aggregation method of the registry with generated parameters, every missing-data policy, zero
 * ranges, single units, missing values, -0, huge and tiny magnitudes as numbers and as text; a check
 * that a result holds only finite decimals with ranks in bounds; and ranks computed independently
 * of the engine. Not a test file itself, so importing it registers no tests.
 */
import fc from 'fast-check';
import { aggregateMethods, ChisoError, compareIds, normaliseMethods, score, type ScoreResult } from '../../src/index.js';
import { ExactDecimal, type Exact } from '../../src/engine/decimal.js';

export type Json = Record<string, unknown>;

/** Finite values a spreadsheet, a JSON file or a program can produce, as numbers and as text. */
export const finiteValue: fc.Arbitrary<number | string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 110 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<number | string>(
      '1e400', '-1e400', '1e-400', '-1e-400', '-0', -0, '0.0', '1.7976931348623157e308', Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, '5e-324',
      `1${'0'.repeat(60)}`, `0.${'0'.repeat(60)}1`, '.5', '+7', '5.', '99.99999999999999999999999999', '1E+5',
    ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -99, max: 99 }), fc.integer({ min: -400, max: 400 })).map(([mantissa, exponent]) => `${mantissa}e${exponent}`) },
);

/** Method parameters: mostly ordinary, sometimes extreme. */
export const parameter: fc.Arbitrary<number | string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -10, max: 110 }) },
  { weight: 1, arbitrary: fc.constantFrom<number | string>('1e400', '-1e400', '1e-400', '0.5', '-0', 1e308, 5e-324, '12.5') },
);

/** Positive parameters, for those that must be ("of", points). */
export const positiveParameter: fc.Arbitrary<number | string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 110 }) },
  { weight: 1, arbitrary: fc.constantFrom<number | string>('1e400', '1e-400', '0.5', 1e308, 5e-324, '12.5') },
);

/** Two different parameters, smaller first (goalposts). */
export const orderedPair = fc
  .tuple(parameter, parameter)
  .filter(([left, right]) => !new ExactDecimal(left).eq(right))
  .map(([left, right]) => (new ExactDecimal(left).lt(right) ? [left, right] : [right, left]));

const normalisationNames = Object.keys(normaliseMethods);
const aggregationNames = Object.keys(aggregateMethods);

/** Ordinary parameters, for properties whose oracle needs ordinary magnitudes. */
const tameParameter: fc.Arbitrary<number | string> = fc.integer({ min: -10, max: 110 });
const tamePositiveParameter: fc.Arbitrary<number | string> = fc.integer({ min: 1, max: 110 });

/** One normalisation of every method in the registry, with generated parameters. */
const normalisationWith = (parameter: fc.Arbitrary<number | string>, positiveParameter: fc.Arbitrary<number | string>): fc.Arbitrary<Json> => {
  const orderedPair = fc
    .tuple(parameter, parameter)
    .filter(([left, right]) => !new ExactDecimal(left).eq(right))
    .map(([left, right]) => (new ExactDecimal(left).lt(right) ? [left, right] : [right, left]));
  return fc.constantFrom(...normalisationNames).chain((method): fc.Arbitrary<Json> => {
    switch (method) {
      case 'goalposts':
        return fc.record({ bounds: orderedPair, clip: fc.boolean() }).map(({ bounds, clip }) => ({ method, min: bounds[0], max: bounds[1], clip }));
      case 'minmax':
        return fc.oneof(
          fc.record({ method: fc.constant(method), clip: fc.boolean() }),
          fc.record({ clip: fc.boolean(), bounds: orderedPair }).map(({ clip, bounds }) => ({ method, clip, lower: bounds[0], upper: bounds[1] })),
        );
      case 'target':
        return fc.record({ method: fc.constant(method), target: parameter, baseline: fc.oneof(parameter, fc.constantFrom('min', 'max')), floor: fc.boolean(), cap: fc.boolean() }, { requiredKeys: ['method', 'target'] });
      case 'zscore':
        return fc.record({ method: fc.constant(method), mean: parameter, sd: positiveParameter }, { requiredKeys: ['method'] });
      case 'benchmark':
        // U0–U5 are the units a case has (at most six); U9 is none of them
        return fc.record({ method: fc.constant(method), unit: fc.constantFrom('U0', 'U1', 'U2', 'U9'), cap: fc.boolean() }, { requiredKeys: ['method', 'unit'] });
      case 'categories':
        return fc.record(
          { method: fc.constant(method), categories: fc.uniqueArray(fc.record({ value: fc.integer({ min: -3, max: 5 }), points: positiveParameter }), { minLength: 1, maxLength: 6, selector: (category) => category.value }), maximum: positiveParameter },
          { requiredKeys: ['method', 'categories'] },
        );
      case 'percentile':
        return fc.record({ method: fc.constant(method), ties: fc.constantFrom('min', 'average') });
      case 'steps':
        return fc.record(
          { method: fc.constant(method), steps: fc.array(fc.record({ threshold: parameter, points: positiveParameter }), { minLength: 1, maxLength: 3 }), maximum: positiveParameter, otherwise: parameter },
          { requiredKeys: ['method', 'steps'] },
        );
      case 'share':
        return fc.record({ method: fc.constant(method), of: positiveParameter }, { requiredKeys: ['method'] });
      case 'identity':
        return fc.record({ method: fc.constant(method), max: parameter }, { requiredKeys: ['method'] });
      default:
        // best, rank, borda and any method added later without parameters
        return fc.constant({ method });
    }
  });
};

/** The unweighted median of a unit's children, exactly: a custom aggregation for the generators. */
export function medianExact(values: readonly Exact[]): Exact {
  const sorted = [...values].sort((left, right) => left.cmp(right));
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as Exact) : (sorted[middle - 1] as Exact).plus(sorted[middle] as Exact).div(2);
}

/** The same median in float64. */
export function medianFloat(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** One aggregation of every method in the registry. Shifts stay small: large shifts have a property of their own. */
const aggregationWith = (parameter: fc.Arbitrary<number | string>): fc.Arbitrary<Json> => fc.constantFrom(...aggregationNames).chain((method): fc.Arbitrary<Json> => {
  switch (method) {
    case 'geometric':
    case 'harmonic':
      return fc.record({ method: fc.constant(method), shift: fc.constantFrom<number | string>(0, 1, 0.5, '0.001', '2') }, { requiredKeys: ['method'] });
    case 'count':
      return fc.record({ method: fc.constant(method), threshold: parameter }, { requiredKeys: ['method'] });
    case 'custom':
      return fc.constantFrom<Json>({ method, name: 'median', exact: medianExact, float: medianFloat }, { method, name: 'median (no float form)', exact: medianExact });
    case 'power':
      return fc.record({ method: fc.constant(method), p: fc.constantFrom<number | string>(1, 2, 3, 0.5, '0.25', 0, -0.5, -1, -2, 10) });
    default:
      return fc.constant({ method });
  }
});

const missingPolicy: fc.Arbitrary<Json> = fc.record(
  { policy: fc.constantFrom('reweight', 'reweight', 'zero', 'fail'), minShare: fc.constantFrom(0, 0.5, 1), basis: fc.constantFrom('count', 'weight') },
  { requiredKeys: ['policy'] },
);

const hostileWeight = fc.constantFrom(1, 1, 1, 1, 1, 2.5, 0, 1e-300, 1e300);
const tameWeight = fc.constantFrom(1, 1, 1, 2.5, 0);
/** Mostly unbounded kinds, so that hostile magnitudes reach the engine; bounded kinds sometimes. */
export const measurementUnit = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('score', 'index', 'level', 'other') },
  { weight: 1, arbitrary: fc.constantFrom('percent', 'count', 'ratio', 'currency', 'points', 'per-100-inhabitants', 'per-1000-inhabitants', 'yes-no') },
);

const indicatorShapeWith = (weight: fc.Arbitrary<number>, normalisation: fc.Arbitrary<Json>) =>
  fc.record({
    unit: measurementUnit,
    direction: fc.constantFrom('higher', 'lower'),
    weight,
    normalisation,
  });

/**
 * A deep copy of a generated case (objects and arrays copied; a custom aggregation's functions kept
 * as they are, which `structuredClone` refuses).
 */
export function copyCase<T>(value: T): T {
  if (Array.isArray(value)) return value.map((entry: unknown) => copyCase(entry)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, copyCase(entry)])) as T;
}

export interface Case {
  readonly framework: Json;
  readonly data: { units: { id: string; ranked?: boolean; values: Record<string, number | string | null> }[] };
  readonly indicatorIds: readonly string[];
}

/**
 * A framework of depth 2 (pillars of indicators, sometimes an indicator under the root) and data for
 * it. `tame` keeps method parameters, weights and the scale ordinary (for oracles that need it); the
 * values are whatever `value` generates.
 */
export function casesWith(value: fc.Arbitrary<number | string>, { tame = false }: { tame?: boolean } = {}): fc.Arbitrary<Case> {
  const weight = tame ? tameWeight : hostileWeight;
  const normalisation = tame ? normalisationWith(tameParameter, tamePositiveParameter) : normalisationWith(parameter, positiveParameter);
  const aggregation = aggregationWith(tame ? tameParameter : parameter);
  const indicatorShape = indicatorShapeWith(weight, normalisation);
  const shape = fc.record({
    pillars: fc.array(
      fc.record({ weight, aggregation, missing: missingPolicy, direction: fc.constantFrom(undefined, 'higher', 'lower'), indicators: fc.array(indicatorShape, { minLength: 1, maxLength: 3 }) }),
      { minLength: 1, maxLength: 3 },
    ),
    loose: fc.array(indicatorShape, { maxLength: 1 }),
    aggregation,
    missing: missingPolicy,
    scale: tame ? fc.constantFrom(1, 100, 1000) : fc.constantFrom(1, 100, 1000, 1e-300, 1e300),
    rounding: fc.record({ decimals: fc.integer({ min: 0, max: 20 }), mode: fc.constantFrom('half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor') }),
    ranking: fc.record({ ties: fc.constantFrom('competition', 'dense', 'ordinal'), on: fc.constantFrom('score', 'published') }),
    unitCount: fc.integer({ min: 1, max: 6 }),
  });
  return shape.chain((drawn) => {
    const indicators: { id: string; shape: Json }[] = [];
    const pillars = drawn.pillars.map((pillar, p) => ({
      kind: 'aggregate',
      id: `p${p}`,
      weight: pillar.weight,
      aggregation: pillar.aggregation,
      missing: pillar.missing,
      ...(pillar.direction === undefined ? {} : { direction: pillar.direction }),
      children: pillar.indicators.map((indicator, i) => {
        const node = { kind: 'indicator', id: `p${p}i${i}`, ...indicator };
        indicators.push({ id: node.id, shape: node });
        return node;
      }),
    }));
    const loose = drawn.loose.map((indicator, i) => {
      const node = { kind: 'indicator', id: `x${i}`, ...indicator };
      indicators.push({ id: node.id, shape: node });
      return node;
    });
    const framework = {
      id: 'hostile',
      name: 'Hostile',
      scale: drawn.scale,
      rounding: drawn.rounding,
      ranking: drawn.ranking,
      root: { kind: 'aggregate', id: 'index', aggregation: drawn.aggregation, missing: drawn.missing, children: [...pillars, ...loose] },
    };
    const ids = indicators.map((entry) => entry.id);
    // A column: values per unit, sometimes all equal (a zero range), sometimes with gaps.
    const column = fc.oneof(
      fc.array(fc.option(value, { freq: 5, nil: null }), { minLength: drawn.unitCount, maxLength: drawn.unitCount }),
      value.map((constant) => Array.from({ length: drawn.unitCount }, () => constant)),
    );
    return fc.record({ columns: fc.tuple(...ids.map(() => column)), unranked: fc.array(fc.boolean(), { minLength: drawn.unitCount, maxLength: drawn.unitCount }) }).map(({ columns, unranked }) => ({
      framework,
      indicatorIds: ids,
      data: {
        units: Array.from({ length: drawn.unitCount }, (_unit, u) => ({
          id: `U${u}`,
          // a few rows that are scored but never ranked (an "EU average" row)
          ...(unranked[u] === true && u % 3 === 2 ? { ranked: false } : {}),
          values: Object.fromEntries(ids.map((id, k) => [id, (columns[k] as (number | string | null)[])[u] ?? null])),
        })),
      },
    }));
  });
}

const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const FIGURE_KEYS = ['raw', 'value', 'normalised', 'score', 'published', 'points'] as const;

/** Every problem with a result: a non-finite number, a text that is not a decimal, a rank out of bounds. */
export function resultProblems(result: ScoreResult): string[] {
  const problems: string[] = [];
  // Numbers anywhere must be finite; texts and undefined are checked where they are figures (labels
  // and names may well contain "nan", as in "Financing", and echo what the framework gave).
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${path} is ${value}`);
    else if (Array.isArray(value)) value.forEach((entry, index) => visit(entry, `${path}[${index}]`));
    else if (typeof value === 'object' && value !== null) for (const [key, entry] of Object.entries(value)) visit(entry, `${path}.${key}`);
  };
  visit(result, 'result');
  const decimals = result.framework.rounding.decimals;
  for (const info of result.nodes) {
    const ranks: number[] = [];
    for (const unit of result.units) {
      const figures = unit.nodes[info.id];
      if (figures === undefined) {
        problems.push(`unit ${unit.id} has no entry for node ${info.id}`);
        continue;
      }
      for (const key of FIGURE_KEYS) {
        if (key in figures && figures[key] === undefined) problems.push(`${unit.id}.${info.id}.${key} is undefined`);
        const text = figures[key];
        if (typeof text === 'string' && (!DECIMAL_TEXT.test(text) || /nan|infinity/i.test(text))) problems.push(`${unit.id}.${info.id}.${key} = "${text}" is not a decimal`);
      }
      if (typeof figures.published === 'string' && !new RegExp(decimals === 0 ? '^-?\\d+$' : `^-?\\d+\\.\\d{${decimals}}$`).test(figures.published)) {
        problems.push(`${unit.id}.${info.id}.published = "${figures.published}" is not rounded to ${decimals} decimals`);
      }
      if (typeof figures.published === 'string' && /^-0(\.0*)?$/.test(figures.published)) problems.push(`${unit.id}.${info.id}.published = "${figures.published}" is a negative zero`);
      if (figures.rank !== null) ranks.push(figures.rank);
    }
    for (const rank of ranks) if (!Number.isInteger(rank) || rank < 1 || rank > ranks.length) problems.push(`node ${info.id}: rank ${rank} of ${ranks.length} ranked units`);
  }
  return problems;
}

/** Runs `score` and classifies the outcome; any error other than ChisoError is returned as a problem. */
export function outcome(testCase: Case): { result: ScoreResult | null; problems: string[] } {
  try {
    const result = score(testCase.framework, testCase.data);
    return { result, problems: resultProblems(result) };
  } catch (error) {
    if (error instanceof ChisoError) return { result: null, problems: [] };
    return { result: null, problems: [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`] };
  }
}

/**
 * Ranks computed here, independently of the engine: competition, dense or ordinal ranks of exact
 * decimals, highest first, ties broken by unit id (code-point order) for ordinal ranks.
 */
export function referenceRanks(entries: readonly { id: string; value: string }[], ties: 'competition' | 'dense' | 'ordinal'): Map<string, number> {
  const exact = entries.map((entry) => ({ id: entry.id, value: new ExactDecimal(entry.value) }));
  const ranks = new Map<string, number>();
  for (const entry of exact) {
    const above = exact.filter((other) => other.value.gt(entry.value));
    if (ties === 'competition') ranks.set(entry.id, above.length + 1);
    else if (ties === 'dense') ranks.set(entry.id, new Set(above.map((other) => other.value.toString())).size + 1);
    else ranks.set(entry.id, above.length + exact.filter((other) => other.value.eq(entry.value) && compareIds(other.id, entry.id) < 0).length + 1);
  }
  return ranks;
}
