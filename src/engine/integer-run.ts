/**
 * The exact linear executor in doubles: the rational executor's arithmetic (`rational-run.ts`) —
 * every value an integer numerator over one denominator per node — carried out on integers held
 * in doubles instead of BigInt. Every integer operation is exact as long as its operands and its
 * result stay below 2^53, and this executor checks that for every one (a product or sum of exact
 * integers is a safe integer after rounding only when it was exact, so `Number.isSafeInteger` of
 * the result is the test; a weighted sum is bounded once per node from its children's largest
 * numerators). The first operation that would leave that range abandons the run and `score` runs
 * the BigInt executor instead, so the figures are the exact values either way; ranks compare exact
 * numerators, and the texts are written from the exact integers (`digits.ts`) — on demand: the
 * run keeps its columns (numerators, presence, each indicator's distinct values) and writes a
 * unit's texts when `figures` is asked for them, which `score` does the first time a caller reads
 * that unit's `nodes`. The result is, text for text, what the BigInt executor gives — only several
 * times faster, and most of all when only some units are read.
 *
 * @module
 */
import type { DataValue } from '../model/dataset.js';
import { quotientFixed, quotientText, quotientTexts } from './digits.js';
import { decideMissing, indicatorAffine, namedValue, exactInput, rawText, readColumns, reversedChildren, type Evaluation, type MutableNodeScore, type RunContext } from './evaluation.js';
import type { PlannedAggregate } from './plan.js';
import { addRational, compareRational, multiplyRational, parseRational, rationalToFixed, rationalToText, RATIONAL_ZERO, type Rational, greatestCommonDivisor, leastCommonMultiple } from './rational.js';

const MAX = Number.MAX_SAFE_INTEGER;
const MAX_BIG = BigInt(MAX);

/** Thrown (and caught in {@link evaluateIntegers}) when an exact integer would leave the safe range. */
class OutOfRange extends Error {}
const OUT_OF_RANGE = new OutOfRange('beyond safe integers');

/** A BigInt as a double, when it is a safe integer. */
function safe(value: bigint): number {
  if (value > MAX_BIG || value < -MAX_BIG) throw OUT_OF_RANGE;
  return Number(value);
}

/** An integer operation's result, which was exact when it is a safe integer. */
function exact(value: number): number {
  if (!Number.isSafeInteger(value)) throw OUT_OF_RANGE;
  return value;
}

/** The greatest common divisor of two safe integers (exact: `%` of integers is exact in doubles). */
function gcdOf(left: number, right: number): number {
  let a = left < 0 ? -left : left;
  let b = right < 0 ? -right : right;
  while (b !== 0) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

/**
 * A column over the least denominator its values allow: the shared denominator and every unit's
 * numerator on it divided by their common divisor (the values, and so every text, unchanged), so
 * that the parents' common denominators stay small.
 */
function reduced(column: Column): Column {
  const { numerators, present, own } = column;
  let divisor = column.denominator;
  for (let unit = 0; unit < numerators.length && divisor > 1; unit += 1) {
    if (present[unit] === 1 && (own.size === 0 || !own.has(unit))) divisor = gcdOf(divisor, numerators[unit] as number);
  }
  if (divisor <= 1) return column;
  for (let unit = 0; unit < numerators.length; unit += 1) {
    if (present[unit] === 1 && (own.size === 0 || !own.has(unit))) numerators[unit] = (numerators[unit] as number) / divisor;
  }
  return { numerators, present, own, denominator: column.denominator / divisor, largest: column.largest / divisor, largestReversed: column.largestReversed / divisor };
}

/** An indicator's texts for one value. */
interface IndicatorTexts {
  readonly normalised: string;
  readonly score: string;
  readonly published: string;
  readonly points: string | null;
}

/** How many distinct values of one indicator keep their texts once written (see {@link IndicatorSource}). */
const MEMO_LIMIT = 1024;

/**
 * What writing one indicator's texts needs, kept from the run: the values as given (the run's own
 * copy: numbers and texts, which nothing can change), the normalised values' column, the points
 * available; `failed` when the normalisation could not be defined for these data (the run then has
 * a problem and no result).
 */
interface IndicatorSource {
  readonly given: readonly DataValue[];
  readonly column: Column;
  readonly maximumPoints: Rational | null;
  readonly failed: boolean;
  /**
   * Texts already written, by numerator, while the indicator has had at most {@link MEMO_LIMIT}
   * distinct values (yes/no, levels, rounded percents repeat a lot): units with the same value share
   * them. Then `false`: values that hardly repeat are written for each unit — keeping them would only
   * grow a long-lived map every new text is stored into, and the garbage collector's work with it.
   */
  memo: Map<number, IndicatorTexts> | null | false;
}

/**
 * A finite number as `digits / 10^decimals`, exactly as its `String()` — the shortest decimal that
 * reads back as the number — writes it, computed without the text: the fewest decimals whose
 * rounded scaling reads back as the number (with at most 15 digits the scaled double is within a
 * quarter of that integer, so rounding finds it). With at most 15 significant digits no other decimal
 * of as many digits reads back as the same double (DBL_DIG), so that decimal is the shortest one,
 * and its digits are String()'s. False for anything else (more digits, String() in exponent form):
 * read the text then. The result is in `readDigits` and `readDecimals`.
 */
function readNumber(value: number): boolean {
  if (value === 0) {
    readDigits = 0;
    readDecimals = 0;
    return true;
  }
  const size = value < 0 ? -value : value;
  // String() writes plain decimals from 1e-6 up to 1e21; 15 significant digits stay below 1e15
  if (!(size >= 1e-6 && size < 1e15)) return false;
  for (let decimals = 0; decimals <= 21; decimals += 1) {
    const power = TEN[decimals] as number;
    const digits = Math.round(value * power);
    if (digits > 999_999_999_999_999 || digits < -999_999_999_999_999) return false;
    if (digits / power === value) {
      readDigits = digits;
      readDecimals = decimals;
      return true;
    }
  }
  return false;
}
let readDigits = 0;
let readDecimals = 0;

/**
 * A finite number as `digits / 10^decimals`, as its `String()` writes it, when it has at most 15
 * significant digits and `String()` writes it without an exponent; `null` otherwise (what the
 * executor reads from the number's text instead).
 *
 * @example
 * shortestDecimal(12.5); // => { digits: 125, decimals: 1 }
 * shortestDecimal(0.1 + 0.2); // => null
 * shortestDecimal(1e-7); // => null
 */
export function shortestDecimal(value: number): { digits: number; decimals: number } | null {
  return Number.isFinite(value) && readNumber(value) ? { digits: readDigits + 0, decimals: readDecimals } : null;
}

/** One node's exact values: integer numerators over a shared denominator, with per-unit exceptions. */
interface Column {
  /** 0 where absent. */
  readonly numerators: Float64Array;
  readonly present: Uint8Array;
  readonly denominator: number;
  /** Units whose value has another denominator (re-weighted for missing data). */
  readonly own: Map<number, number>;
  /** The largest |numerator| among the units on the shared denominator, and the largest |denominator − numerator|. */
  readonly largest: number;
  readonly largestReversed: number;
}

const TEN = Array.from({ length: 23 }, (_unused, exponent) => 10 ** exponent);

/** A plain decimal text (`-12.345`, `.5`, `5.`) of at most 16 digits below 2^53 as `digits / 10^decimals`; `null` for any other. */
function readDecimal(text: string): { digits: number; decimals: number } | null {
  let index = text.charCodeAt(0) === 45 ? 1 : 0;
  const negative = index === 1;
  let digits = 0;
  let count = 0;
  let decimals = -1;
  for (; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 46 && decimals === -1) {
      decimals = 0;
      continue;
    }
    if (code < 48 || code > 57) return null;
    digits = digits * 10 + (code - 48);
    count += 1;
    if (decimals !== -1) decimals += 1;
  }
  // 16 digits stay below 10^16: exact while below 2^53, which the check below makes sure of
  if (count === 0 || count > 16 || !Number.isSafeInteger(digits)) return null;
  return { digits: negative && digits !== 0 ? -digits : digits, decimals: decimals === -1 ? 0 : decimals };
}

/**
 * Writers of one node's figures from `numerator / denominator`: scaled by the framework's scale
 * (a power of ten moves the point), its published value, and a multiple (points).
 */
interface Writers {
  readonly shift: number | null;
  readonly scale: { readonly numerator: number; readonly denominator: number; readonly rational: Rational };
  readonly decimals: number;
  readonly mode: RunContext['plan']['framework']['rounding']['mode'];
}

/** The text of (numerator / denominator) × factor: doubles when exact, BigInt otherwise. */
function multipleText(numerator: number, denominator: number, factor: Rational): string {
  const top = numerator * Number(factor.numerator);
  const bottom = denominator * Number(factor.denominator);
  if (Number.isSafeInteger(top) && Number.isSafeInteger(bottom) && factor.numerator <= MAX_BIG && factor.denominator <= MAX_BIG) return quotientTexts(top, bottom, 0)[0];
  return rationalToText(multiplyRational({ numerator: BigInt(numerator), denominator: BigInt(denominator) }, factor));
}

/** The published text of numerator / denominator: scaled, rounded to the framework's decimals. */
function publishedText(numerator: number, denominator: number, writers: Writers): string {
  const { scale, decimals, mode } = writers;
  const top = numerator * scale.numerator;
  const bottom = denominator * scale.denominator;
  if (Number.isSafeInteger(top) && Number.isSafeInteger(bottom)) return quotientFixed(top, bottom, decimals, mode);
  return rationalToFixed(multiplyRational({ numerator: BigInt(numerator), denominator: BigInt(denominator) }, scale.rational), decimals, mode);
}

/** The scaled text of numerator / denominator: × the framework's scale, full precision. */
function scaledText(numerator: number, denominator: number, writers: Writers): string {
  const { shift, scale } = writers;
  if (shift !== null) return quotientText(numerator, denominator, shift);
  const top = numerator * scale.numerator;
  const bottom = denominator * scale.denominator;
  if (Number.isSafeInteger(top) && Number.isSafeInteger(bottom)) return quotientText(top, bottom);
  return rationalToText(multiplyRational({ numerator: BigInt(numerator), denominator: BigInt(denominator) }, scale.rational));
}

/** The full-precision text, the scaled text and the published text of numerator / denominator. */
function writeFigures(numerator: number, denominator: number, writers: Writers): [string, string, string] {
  const { shift, scale } = writers;
  const published = publishedText(numerator, denominator, writers);
  if (shift !== null) {
    const [text, scaled] = quotientTexts(numerator, denominator, shift);
    return [text, scaled, published];
  }
  const [text] = quotientTexts(numerator, denominator, 0);
  const top = numerator * scale.numerator;
  const bottom = denominator * scale.denominator;
  const scaled = Number.isSafeInteger(top) && Number.isSafeInteger(bottom) ? quotientTexts(top, bottom, 0)[0] : rationalToText(multiplyRational({ numerator: BigInt(numerator), denominator: BigInt(denominator) }, scale.rational));
  return [text, scaled, published];
}

/** What {@link evaluateIntegers} returns: the evaluation, with exact rank keys per node where they exist. */
export interface IntegerEvaluation extends Evaluation {
  /**
   * Per node, when every unit's value is on the node's shared denominator: the numerators, whose
   * order is the values' order and which are equal only for equal values (exact rank keys).
   */
  readonly exactKeys: readonly (Float64Array | undefined)[];
}

/**
 * Computes every node for every unit exactly, on integers in doubles; the plan must be `linear`.
 * Returns `null` — with nothing added to the context's problems and notes — when some exact
 * integer would not fit in a double: run `evaluateRational` then.
 */
export function evaluateIntegers(context: RunContext): IntegerEvaluation | null {
  const problemCount = context.problems.length;
  const noteCount = context.missingNotes.length;
  try {
    return run(context);
  } catch (problem) {
    if (!(problem instanceof OutOfRange)) throw problem;
    context.problems.length = problemCount;
    context.missingNotes.length = noteCount;
    return null;
  }
}

function run(context: RunContext): IntegerEvaluation {
  const { plan, units, rankedUnit, problems } = context;
  const framework = plan.framework;
  const unitCount = units.length;
  const nodeCount = plan.nodes.length;
  const columns: Column[] = new Array(nodeCount);
  const sources: (IndicatorSource | undefined)[] = new Array(nodeCount);
  const approximations: (Float64Array | undefined)[] = new Array(nodeCount);
  const exactKeys: (Float64Array | undefined)[] = new Array(nodeCount);

  const frameworkScale = parseRational(framework.scale);
  const scaleText = String(framework.scale);
  const writers: Writers = {
    // A scale of 1, 10, 100 … moves the decimal point (as the rational executor's shifted texts).
    shift: /^10*$/.test(scaleText) ? scaleText.length - 1 : null,
    scale: { numerator: safe(frameworkScale.numerator), denominator: safe(frameworkScale.denominator), rational: frameworkScale },
    decimals: framework.rounding.decimals,
    mode: framework.rounding.mode,
  };

  const given = readColumns(units, plan.indicators.map((indicator) => indicator.node.id));
  const unitIds = units.map((unit) => unit.id);

  for (const [columnIndex, indicator] of plan.indicators.entries()) {
    const givenColumn = given[columnIndex] as DataValue[];
    // Each unit's value as digits / 10^decimals: numbers read directly, texts read once each.
    const digitsOf = new Float64Array(unitCount);
    const decimalsOf = new Uint8Array(unitCount);
    const present = new Uint8Array(unitCount);
    const textsRead = new Map<string, { digits: number; decimals: number }>();
    let maximumDecimals = 0;
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const raw = givenColumn[unitIndex];
      if (raw === null || raw === undefined) continue;
      if (typeof raw !== 'number' || !Number.isFinite(raw) || !readNumber(raw)) {
        let decimal = typeof raw === 'string' ? textsRead.get(raw) : undefined;
        if (decimal === undefined) {
          const read = readDecimal(exactInput(raw, (units[unitIndex] as RunContext['units'][number]).id, indicator.node.id, unitIndex));
          if (read === null) throw OUT_OF_RANGE;
          decimal = read;
          if (typeof raw === 'string') textsRead.set(raw, decimal);
        }
        readDigits = decimal.digits;
        readDecimals = decimal.decimals;
      }
      // +0: a -0 reads as 0, as its text does
      digitsOf[unitIndex] = readDigits + 0;
      decimalsOf[unitIndex] = readDecimals;
      present[unitIndex] = 1;
      if (readDecimals > maximumDecimals) maximumDecimals = readDecimals;
    }
    // The values the normalisation learns from, one per ranked unit with a value, as exact
    // rationals (as `parseRational` reads their texts: digits over 10^decimals).
    const reference: Rational[] = [];
    if (indicator.method.dataDriven(indicator.node.normalisation)) {
      for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
        if (present[unitIndex] === 1 && rankedUnit[unitIndex]) reference.push({ numerator: BigInt(digitsOf[unitIndex] as number), denominator: 10n ** BigInt(decimalsOf[unitIndex] as number) });
      }
    }
    const named = namedValue(indicator.method, indicator.node.normalisation, unitIds, (unitIndex) =>
      present[unitIndex] === 1 ? { numerator: BigInt(digitsOf[unitIndex] as number), denominator: 10n ** BigInt(decimalsOf[unitIndex] as number) } : null,
    );
    const { affine, failure } = indicatorAffine(indicator, reference, named);
    const numerators = new Float64Array(unitCount);
    const maximumPoints = indicator.maximumPoints === null ? null : { ...indicator.maximumPoints };
    if (failure !== null || affine === null) {
      if (failure !== null) problems.push(failure);
      const column = { numerators, present: new Uint8Array(unitCount), denominator: 1, own: new Map<number, number>(), largest: 0, largestReversed: 0 };
      columns[indicator.position] = column;
      sources[indicator.position] = { given: givenColumn, column, maximumPoints, failed: true, memo: false };
      continue;
    }
    const { scale, offset, floor, ceiling } = affine;
    const valueDenominator = 10n ** BigInt(maximumDecimals);
    // n = scale · digits / 10^d + offset over the least common denominator (the rational executor
    // uses the plain product; the values are the same). A bound that is not a whole number of
    // units of either denominator would be truncated there: the BigInt executor handles that case.
    const product = scale.denominator * offset.denominator * valueDenominator;
    const denominatorBig = leastCommonMultiple(scale.denominator * valueDenominator, offset.denominator);
    for (const bound of [floor, ceiling]) {
      if (bound !== null && ((bound.numerator * product) % bound.denominator !== 0n || (bound.numerator * denominatorBig) % bound.denominator !== 0n)) throw OUT_OF_RANGE;
    }
    const denominator = safe(denominatorBig);
    const slope = safe((scale.numerator * denominatorBig) / (scale.denominator * valueDenominator));
    const intercept = safe((offset.numerator * denominatorBig) / offset.denominator);
    const floorNumerator = floor === null ? null : safe((floor.numerator * denominatorBig) / floor.denominator);
    const ceilingNumerator = ceiling === null ? null : safe((ceiling.numerator * denominatorBig) / ceiling.denominator);
    const approximate = new Float64Array(unitCount);
    let largest = 0;
    let largestReversed = 0;
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      if (present[unitIndex] === 0) continue;
      const value = exact((digitsOf[unitIndex] as number) * (TEN[maximumDecimals - (decimalsOf[unitIndex] as number)] as number));
      let numerator = exact(exact(slope * value) + intercept);
      if (floorNumerator !== null && numerator < floorNumerator) numerator = floorNumerator;
      if (ceilingNumerator !== null && numerator > ceilingNumerator) numerator = ceilingNumerator;
      numerators[unitIndex] = numerator;
      approximate[unitIndex] = numerator / denominator;
      const size = numerator < 0 ? -numerator : numerator;
      if (size > largest) largest = size;
      const reversedSize = Math.abs(denominator - numerator);
      if (reversedSize > largestReversed) largestReversed = reversedSize;
    }
    exact(largestReversed);
    const column = reduced({ numerators, present, denominator, own: new Map(), largest, largestReversed });
    columns[indicator.position] = column;
    // the texts are written from the column: the same values over the least denominator
    sources[indicator.position] = { given: givenColumn, column, maximumPoints, failed: false, memo: null };
    approximations[indicator.position] = approximate;
    exactKeys[indicator.position] = numerators;
  }

  // Aggregates, children before parents.
  const totals: (Rational | null)[] = new Array(nodeCount).fill(null);
  for (const aggregate of plan.evaluationOrder) {
    const column = reduced(aggregateColumn(context, aggregate, columns));
    const approximate = new Float64Array(unitCount);
    const { numerators, present, own } = column;
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      if (present[unitIndex] === 0) continue;
      const denominator = own.size === 0 ? column.denominator : (own.get(unitIndex) ?? column.denominator);
      approximate[unitIndex] = (numerators[unitIndex] as number) / denominator;
    }
    columns[aggregate.position] = column;
    if (aggregate.method.reports.points) totals[aggregate.position] = { ...aggregate.rationalTotal };
    approximations[aggregate.position] = approximate;
    if (own.size === 0) exactKeys[aggregate.position] = numerators;
  }

  const denominatorAt = (column: Column, unit: number): number => (column.own.size === 0 ? column.denominator : (column.own.get(unit) ?? column.denominator));
  const valueAt = (position: number, unit: number): Rational => {
    const column = columns[position] as Column;
    return { numerator: BigInt(column.numerators[unit] as number), denominator: BigInt(denominatorAt(column, unit)) };
  };
  /** One unit's texts at an indicator, in the key order of the BigInt executor's. */
  const indicatorFigures = (source: IndicatorSource, unit: number): MutableNodeScore => {
    const raw = rawText(source.given[unit] ?? null);
    if (source.failed) return { raw, normalised: null, score: null, published: null, rank: null };
    const withPoints = source.maximumPoints !== null;
    if (raw === null) return withPoints ? { raw: null, normalised: null, score: null, published: null, points: null, rank: null } : { raw: null, normalised: null, score: null, published: null, rank: null };
    const numerator = source.column.numerators[unit] as number;
    let texts = source.memo === false ? undefined : source.memo?.get(numerator);
    if (texts === undefined) {
      const denominator = source.column.denominator;
      const [normalised, score, published] = writeFigures(numerator, denominator, writers);
      texts = { normalised, score, published, points: source.maximumPoints === null ? null : multipleText(numerator, denominator, source.maximumPoints) };
      if (source.memo !== false) {
        source.memo ??= new Map();
        if (source.memo.size < MEMO_LIMIT) source.memo.set(numerator, texts);
        else source.memo = false;
      }
    }
    return withPoints
      ? { raw, normalised: texts.normalised, score: texts.score, published: texts.published, points: texts.points as string, rank: null }
      : { raw, normalised: texts.normalised, score: texts.score, published: texts.published, rank: null };
  };
  /** One unit's texts at an aggregate, in the key order of the BigInt executor's. */
  const aggregateFigures = (position: number, unit: number): MutableNodeScore => {
    const column = columns[position] as Column;
    const total = totals[position] ?? null;
    if (column.present[unit] === 0) return total !== null ? { score: null, published: null, points: null, rank: null } : { score: null, published: null, rank: null };
    const numerator = column.numerators[unit] as number;
    const denominator = denominatorAt(column, unit);
    const entry: MutableNodeScore = { score: scaledText(numerator, denominator, writers), published: publishedText(numerator, denominator, writers), rank: null };
    if (total !== null) entry.points = multipleText(numerator, denominator, total);
    return entry;
  };
  return {
    onDemand: true,
    figures: (position, unit) => {
      const source = sources[position];
      return source === undefined ? aggregateFigures(position, unit) : indicatorFigures(source, unit);
    },
    published: (position, unit) => {
      const source = sources[position];
      if (source !== undefined) return indicatorFigures(source, unit).published ?? null;
      const column = columns[position] as Column;
      return column.present[unit] === 0 ? null : publishedText(column.numerators[unit] as number, denominatorAt(column, unit), writers);
    },
    approximations,
    exactKeys,
    compare: (position, left, right) => {
      const column = columns[position] as Column;
      if (column.own.size === 0 || (!column.own.has(left) && !column.own.has(right))) {
        const difference = (column.numerators[left] as number) - (column.numerators[right] as number);
        return difference < 0 ? -1 : difference > 0 ? 1 : 0;
      }
      return compareRational(valueAt(position, left), valueAt(position, right));
    },
    present: (position, unit) => (columns[position] as Column).present[unit] === 1,
  };
}

/** One weighted mean (or sum of points) for every unit, exactly, as `rational-run.ts` computes it. */
function aggregateColumn(context: RunContext, aggregate: PlannedAggregate, columns: readonly Column[]): Column {
  const { plan, units } = context;
  const unitCount = units.length;
  const { children, rationalWeights, rationalTotal } = aggregate;
  const childColumns = children.map((position) => columns[position] as Column);
  const reversed = reversedChildren(plan, aggregate);
  let common = 1n;
  children.forEach((_position, index) => {
    const weight = rationalWeights[index] as Rational;
    if (weight.numerator !== 0n) common = leastCommonMultiple(common, BigInt((childColumns[index] as Column).denominator) * weight.denominator);
  });
  const factors = children.map((_position, index) => {
    const weight = rationalWeights[index] as Rational;
    return weight.numerator === 0n ? 0 : safe((weight.numerator * common) / (BigInt((childColumns[index] as Column).denominator) * weight.denominator));
  });
  const denominator = safe(common * rationalTotal.numerator);
  const totalDenominator = safe(rationalTotal.denominator);
  // Every partial sum of the fast path is at most Σ |factor| × largest numerator; with a margin
  // for the rounding of this bound itself, the sums and the final product are exact below 2^52.
  let bound = 0;
  children.forEach((_position, index) => {
    const column = childColumns[index] as Column;
    bound += Math.abs(factors[index] as number) * (reversed[index] ? column.largestReversed : column.largest);
  });
  if (!(bound * totalDenominator <= 2 ** 52)) throw OUT_OF_RANGE;
  const numerators = new Float64Array(unitCount);
  const present = new Uint8Array(unitCount);
  const own = new Map<number, number>();
  const missing: boolean[] = new Array(children.length);
  const anyOwn = childColumns.some((column) => column.own.size > 0);
  const childCount = children.length;
  const childNumerators = childColumns.map((column) => column.numerators);
  const childPresent = childColumns.map((column) => column.present);
  const childDenominators = childColumns.map((column) => column.denominator);
  let largest = 0;
  let largestReversed = 0;
  for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
    let missingCount = 0;
    let standard = true;
    for (let child = 0; child < childCount; child += 1) {
      const isMissing = (childPresent[child] as Uint8Array)[unitIndex] === 0;
      missing[child] = isMissing;
      if (isMissing) missingCount += 1;
      else if (anyOwn && (childColumns[child] as Column).own.has(unitIndex)) standard = false;
    }
    let decision: 'complete' | 'zero' | 'reweight' | 'drop' = 'complete';
    if (missingCount > 0) decision = decideMissing(context, aggregate, unitIndex, missing);
    if (decision === 'drop') continue;
    if (standard && decision !== 'reweight') {
      let sum = 0;
      for (let child = 0; child < childCount; child += 1) {
        const factor = factors[child] as number;
        if (factor === 0 || missing[child] === true) continue;
        const numerator = (childNumerators[child] as Float64Array)[unitIndex] as number;
        sum += factor * (reversed[child] ? (childDenominators[child] as number) - numerator : numerator);
      }
      const value = sum * totalDenominator;
      numerators[unitIndex] = value;
      present[unitIndex] = 1;
      const size = value < 0 ? -value : value;
      if (size > largest) largest = size;
      const reversedSize = Math.abs(denominator - value);
      if (reversedSize > largestReversed) largestReversed = reversedSize;
      continue;
    }
    // This unit re-weights, or a child has its own denominator: BigInt, as the rational executor.
    let total: Rational = RATIONAL_ZERO;
    let weightSum: Rational = RATIONAL_ZERO;
    for (let child = 0; child < childCount; child += 1) {
      const weight = rationalWeights[child] as Rational;
      const column = childColumns[child] as Column;
      if (missing[child] === true) {
        if (decision === 'zero') weightSum = addRational(weightSum, weight);
        continue;
      }
      const value: Rational = { numerator: BigInt(column.numerators[unitIndex] as number), denominator: BigInt(column.own.get(unitIndex) ?? column.denominator) };
      const input = reversed[child] ? { numerator: value.denominator - value.numerator, denominator: value.denominator } : value;
      total = addRational(total, multiplyRational(weight, input));
      weightSum = addRational(weightSum, weight);
    }
    let numerator = total.numerator * weightSum.denominator;
    let ownDenominator = total.denominator * weightSum.numerator;
    if (ownDenominator <= 0n) throw OUT_OF_RANGE;
    const divisor = greatestCommonDivisor(numerator, ownDenominator);
    if (divisor > 1n) {
      numerator /= divisor;
      ownDenominator /= divisor;
    }
    numerators[unitIndex] = safe(numerator);
    present[unitIndex] = 1;
    own.set(unitIndex, safe(ownDenominator));
  }
  exact(largestReversed);
  return { numerators, present, denominator, own, largest, largestReversed };
}
