/**
 * Exact sample statistics for the construction steps: mean, median, and the skewness and kurtosis
 * the JRC outlier rule tests — decided in exact rational arithmetic, so a value on a threshold is
 * never misjudged by rounding.
 *
 * @module
 */
import { ExactDecimal } from '../engine/decimal.js';
import { greatestCommonDivisor, parseRational, rationalToText, type Rational } from '../engine/rational.js';

/** A rational in lowest terms. */
export function reduceRational(value: Rational): Rational {
  const divisor = greatestCommonDivisor(value.numerator < 0n ? -value.numerator : value.numerator, value.denominator);
  return divisor <= 1n ? value : { numerator: value.numerator / divisor, denominator: value.denominator / divisor };
}

/**
 * The arithmetic mean of decimal texts, exactly, written at the engine's 40 significant digits
 * (exact whenever the mean is a decimal of at most 40 digits: always for 2, 4, 5, 8, 10… values).
 *
 * @example
 * exactMean(['1', '2', '4']); // => '2.333333333333333333333333333333333333333'
 * exactMean(['0.1', '0.2']); // => '0.15'
 */
export function exactMean(values: readonly string[]): string {
  if (values.length === 0) throw new RangeError('exactMean: no values');
  const { integers, scale } = commonIntegers(values);
  const sum = integers.reduce((total, value) => total + value, 0n);
  return rationalToText(reduceRational({ numerator: sum, denominator: scale * BigInt(values.length) }));
}

/**
 * The median of decimal texts as R's `median` computes it: the middle value, or the mean of the two
 * middle values (always an exact decimal).
 *
 * @example
 * exactMedian(['3', '1', '2']); // => '2'
 * exactMedian(['1', '2', '3', '10']); // => '2.5'
 */
export function exactMedian(values: readonly string[]): string {
  if (values.length === 0) throw new RangeError('exactMedian: no values');
  const sorted = [...values].sort((left, right) => new ExactDecimal(left).cmp(right));
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return new ExactDecimal(sorted[middle] as string).toString();
  return new ExactDecimal(sorted[middle - 1] as string).plus(sorted[middle] as string).div(2).toString();
}

/** Decimal texts as integers over one common power of ten. */
function commonIntegers(values: readonly string[]): { integers: bigint[]; scale: bigint } {
  const rationals = values.map((value) => parseRational(value));
  let scale = 1n;
  for (const value of rationals) if (value.denominator > scale) scale = value.denominator;
  return { integers: rationals.map((value) => value.numerator * (scale / value.denominator)), scale };
}

/** The sums the shape statistics are made of, in integers (see {@link shapeOf}). */
export interface Shape {
  /** The number of values. */
  readonly count: number;
  /** Σd², Σd³, Σd⁴ where d = n·x − Σx (deviations from the mean, scaled to integers). */
  readonly second: bigint;
  readonly third: bigint;
  readonly fourth: bigint;
}

/** The central sums of decimal texts, exactly (deviations scaled by n and the common power of ten, which cancels in every ratio used). */
export function shapeOf(values: readonly string[]): Shape {
  const { integers } = commonIntegers(values);
  const count = BigInt(integers.length);
  const sum = integers.reduce((total, value) => total + value, 0n);
  let second = 0n;
  let third = 0n;
  let fourth = 0n;
  for (const value of integers) {
    const deviation = count * value - sum;
    const squared = deviation * deviation;
    second += squared;
    third += squared * deviation;
    fourth += squared * squared;
  }
  return { count: integers.length, second, third, fourth };
}

/**
 * Whether |skewness| ≥ `skewThreshold` and kurtosis ≥ `kurtosisThreshold` — the JRC rule's
 * "fails" (COINr's `check_SkewKurt` passes a column when |skew| < threshold OR kurtosis <
 * threshold). Skewness and kurtosis are the sample estimators of Excel and `e1071` type 2:
 * G1 = √(n(n−1))/(n−2) · √n·m3/m2^{3/2} and G2 = ((n+1)(r − 3) + 6)(n−1)/((n−2)(n−3)) with
 * r = n·m4/m2². The comparison is exact: G1² and G2 are rational. Needs 4 values and a spread
 * (`null` otherwise: nothing to judge).
 *
 * @example
 * failsSkewKurtosis(shapeOf(['1','2','3','4','5','6','7','8','9','10','30','100']), '2', '3.5'); // => true
 * failsSkewKurtosis(shapeOf(['1','2','3','4']), '2', '3.5'); // => false
 */
export function failsSkewKurtosis(shape: Shape, skewThreshold: string | number, kurtosisThreshold: string | number): boolean | null {
  const { count, second, third, fourth } = shape;
  if (count < 4 || second === 0n) return null;
  const n = BigInt(count);
  const skew = parseRational(skewThreshold);
  const kurtosis = parseRational(kurtosisThreshold);
  // |G1| ≥ T ⇔ G1² ≥ T² (T ≥ 0) ⇔ n²(n−1)·Σd³²·q² ≥ p²·Σd²³·(n−2)²  (d scaled: the factors cancel)
  const skewLeft = n * n * (n - 1n) * third * third * skew.denominator * skew.denominator;
  const skewRight = skew.numerator * skew.numerator * second * second * second * (n - 2n) * (n - 2n);
  const skewFails = skew.numerator < 0n || skewLeft >= skewRight;
  // G2 ≥ K ⇔ ((n+1)(n·Σd⁴ − 3·Σd²²) + 6·Σd²²)(n−1)·q ≥ p·(n−2)(n−3)·Σd²²
  const squareOfSecond = second * second;
  const kurtosisLeft = ((n + 1n) * (n * fourth - 3n * squareOfSecond) + 6n * squareOfSecond) * (n - 1n) * kurtosis.denominator;
  const kurtosisRight = kurtosis.numerator * (n - 2n) * (n - 3n) * squareOfSecond;
  return skewFails && kurtosisLeft >= kurtosisRight;
}

/**
 * The sample skewness (Excel, `e1071` type 2, COINr `skew`) at 40 significant digits, for reports;
 * `null` with fewer than 3 values or no spread.
 *
 * @example
 * sampleSkewness(shapeOf(['1', '2', '3', '10']))?.slice(0, 8); // => '1.763632'
 */
export function sampleSkewness(shape: Shape): string | null {
  const { count, second, third } = shape;
  if (count < 3 || second === 0n) return null;
  const n = new ExactDecimal(count);
  const ratio = new ExactDecimal(third.toString()).div(new ExactDecimal(second.toString()).pow(1.5));
  return n.sqrt().times(ratio).times(n.times(n.minus(1)).sqrt()).div(n.minus(2)).toString();
}

/**
 * The sample excess kurtosis (Excel, `e1071` type 2, COINr `kurt`) at 40 significant digits;
 * `null` with fewer than 4 values or no spread.
 *
 * @example
 * sampleKurtosis(shapeOf(['1', '2', '3', '10'])); // => '3.228'
 */
export function sampleKurtosis(shape: Shape): string | null {
  const { count, second, fourth } = shape;
  if (count < 4 || second === 0n) return null;
  // rational: ((n+1)(n·Σd⁴ − 3·Σd²²) + 6·Σd²²)(n−1) / ((n−2)(n−3)·Σd²²), written once at 40 digits
  const n = BigInt(count);
  const squareOfSecond = second * second;
  const numerator = ((n + 1n) * (n * fourth - 3n * squareOfSecond) + 6n * squareOfSecond) * (n - 1n);
  return rationalToText(reduceRational({ numerator, denominator: (n - 2n) * (n - 3n) * squareOfSecond }));
}
