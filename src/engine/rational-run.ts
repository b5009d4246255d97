/**
 * The exact rational executor, for linear frameworks: every indicator normalised by an affine map
 * (goalposts, min–max, distance to a target, share, identity, ratio to the best) and every aggregate
 * an arithmetic mean or a sum of points. Every score is then a ratio of integers, computed exactly
 * with BigInt and rounded once, when written: the full-precision figure to 40 significant digits,
 * the published one to the framework's decimals. Nothing is rounded in between, so published
 * values on an exact rounding boundary come out as a careful analyst would round them by hand.
 *
 * Speed comes from fixing one denominator per node: every unit's value at a node is an integer
 * numerator over that node's denominator, so a weighted mean is one BigInt multiply-add per child.
 * Units with missing data that re-weight get their own denominator and take a slower general path.
 *
 * @module
 */
import type { DataValue } from '../model/dataset.js';
import { decideMissing, namedValue, indicatorAffine, exactInput, rawText, readColumns, reversedChildren, type WrittenEvaluation, type MutableNodeScore, type RunContext } from './evaluation.js';
import type { PlannedAggregate } from './plan.js';
import { addRational, compareRational, multiplyRational, parseRational, rationalToFixed, rationalToText, RATIONAL_ZERO, shiftDecimalText, type Rational, leastCommonMultiple } from './rational.js';

/** A distinct raw value of one indicator: read once, normalised and written once. */
interface Distinct {
  readonly value: Rational;
  readonly raw: string;
  figures: { numerator: bigint; text: string; approximate: number; score: string; published: string; points: string | null } | null;
}

/** Exact values of one node: numerators over a shared denominator, with per-unit exceptions. */
interface Column {
  readonly numerators: (bigint | null)[];
  readonly denominator: bigint;
  /** Units whose value has another denominator (re-weighted for missing data). */
  readonly own: Map<number, bigint>;
}

function valueAt(column: Column, unit: number): Rational | null {
  const numerator = column.numerators[unit];
  if (numerator === null || numerator === undefined) return null;
  return { numerator, denominator: column.own.get(unit) ?? column.denominator };
}

/** Computes every node for every unit in exact rational arithmetic; the plan must be `linear`. */
export function evaluateRational(context: RunContext): WrittenEvaluation {
  const { plan, units, rankedUnit, problems } = context;
  const framework = plan.framework;
  const unitCount = units.length;
  const columns: Column[] = new Array(plan.nodes.length);
  const texts: MutableNodeScore[][] = new Array(plan.nodes.length);
  const approximations: (Float64Array | undefined)[] = new Array(plan.nodes.length);

  const frameworkScale = parseRational(framework.scale);
  const { decimals, mode } = framework.rounding;
  // A scale of 1, 10, 100 … moves the decimal point: the scaled text needs no arithmetic.
  const scaleExponent = /^10*$/.test(String(framework.scale)) ? String(framework.scale).length - 1 : null;
  const scaledText = (value: Rational, unscaledText: string | null): string =>
    (scaleExponent !== null && unscaledText !== null ? shiftDecimalText(unscaledText, scaleExponent) : null) ?? rationalToText(multiplyRational(value, frameworkScale));

  // 1. Indicators, one at a time (so their working data die young): read exactly, describe the
  // normalisation as an affine map, then n = clamp(scale·x + offset) as an integer numerator over
  // one denominator per indicator.
  const given = readColumns(units, plan.indicators.map((indicator) => indicator.node.id));
  const unitIds = units.map((unit) => unit.id);

  for (const [column, indicator] of plan.indicators.entries()) {
    const givenColumn = given[column] as DataValue[];
    // Each distinct raw value is read, normalised and written once; units point at its record.
    const distinctOf = new Map<number | string, Distinct>();
    const records: (Distinct | null)[] = new Array(unitCount);
    const reference: Rational[] = [];
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const raw = givenColumn[unitIndex];
      if (raw === null || raw === undefined) {
        records[unitIndex] = null;
        continue;
      }
      let record = distinctOf.get(raw);
      if (record === undefined) {
        record = { value: parseRational(exactInput(raw, (units[unitIndex] as RunContext['units'][number]).id, indicator.node.id, unitIndex)), raw: rawText(raw) as string, figures: null };
        distinctOf.set(raw, record);
      }
      records[unitIndex] = record;
      if (rankedUnit[unitIndex]) reference.push(record.value);
    }
    const named = namedValue(indicator.method, indicator.node.normalisation, unitIds, (unitIndex) => records[unitIndex]?.value ?? null);
    const { affine, failure } = indicatorAffine(indicator, reference, named);
    const nodeTexts: MutableNodeScore[] = new Array(unitCount);
    const numerators: (bigint | null)[] = new Array(unitCount).fill(null);
    if (failure !== null || affine === null) {
      if (failure !== null) problems.push(failure);
      for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
        nodeTexts[unitIndex] = { raw: records[unitIndex]?.raw ?? null, normalised: null, score: null, published: null, rank: null };
      }
      columns[indicator.position] = { numerators, denominator: 1n, own: new Map() };
      texts[indicator.position] = nodeTexts;
      continue;
    }
    const { scale, offset, floor, ceiling } = affine;
    let valueDenominator = 1n;
    for (const record of distinctOf.values()) if (record.value.denominator > valueDenominator) valueDenominator = record.value.denominator; // powers of ten
    const denominator = scale.denominator * offset.denominator * valueDenominator;
    const slope = scale.numerator * offset.denominator;
    const intercept = offset.numerator * scale.denominator * valueDenominator;
    const floorNumerator = floor === null ? null : (floor.numerator * denominator) / floor.denominator;
    const ceilingNumerator = ceiling === null ? null : (ceiling.numerator * denominator) / ceiling.denominator;
    const maximumPoints = indicator.maximumPoints;
    const approximate = new Float64Array(unitCount);
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const record = records[unitIndex] as Distinct | null;
      if (record === null) {
        nodeTexts[unitIndex] = maximumPoints === null ? { raw: null, normalised: null, score: null, published: null, rank: null } : { raw: null, normalised: null, score: null, published: null, points: null, rank: null };
        continue;
      }
      let figures = record.figures;
      if (figures === null) {
        const { value } = record;
        let numerator = slope * value.numerator * (valueDenominator / value.denominator) + intercept;
        if (floorNumerator !== null && numerator < floorNumerator) numerator = floorNumerator;
        if (ceilingNumerator !== null && numerator > ceilingNumerator) numerator = ceilingNumerator;
        const text = rationalToText({ numerator, denominator });
        const scaled = multiplyRational({ numerator, denominator }, frameworkScale);
        figures = {
          numerator,
          text,
          approximate: Number(text),
          score: scaledText({ numerator, denominator }, text),
          published: rationalToFixed(scaled, decimals, mode),
          points: maximumPoints === null ? null : rationalToText(multiplyRational({ numerator, denominator }, maximumPoints)),
        };
        record.figures = figures;
      }
      numerators[unitIndex] = figures.numerator;
      approximate[unitIndex] = figures.approximate;
      nodeTexts[unitIndex] =
        maximumPoints === null
          ? { raw: record.raw, normalised: figures.text, score: figures.score, published: figures.published, rank: null }
          : { raw: record.raw, normalised: figures.text, score: figures.score, published: figures.published, points: figures.points, rank: null };
    }
    columns[indicator.position] = { numerators, denominator, own: new Map() };
    texts[indicator.position] = nodeTexts;
    approximations[indicator.position] = approximate;
  }

  // 3. Aggregates, children before parents.
  for (const aggregate of plan.evaluationOrder) {
    const column = aggregateColumn(context, aggregate, columns);
    const isPoints = aggregate.method.reports.points;
    const nodeTexts: MutableNodeScore[] = new Array(unitCount);
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const value = valueAt(column, unitIndex);
      if (value === null) {
        nodeTexts[unitIndex] = isPoints ? { score: null, published: null, points: null, rank: null } : { score: null, published: null, rank: null };
        continue;
      }
      const scaled = multiplyRational(value, frameworkScale);
      const entry: MutableNodeScore = { score: rationalToText(scaled), published: rationalToFixed(scaled, decimals, mode), rank: null };
      if (isPoints) entry.points = rationalToText(multiplyRational(value, aggregate.rationalTotal));
      nodeTexts[unitIndex] = entry;
    }
    columns[aggregate.position] = column;
    texts[aggregate.position] = nodeTexts;
  }

  return {
    texts,
    figures: (position, unit) => (texts[position] as MutableNodeScore[])[unit] as MutableNodeScore,
    onDemand: false,
    approximations,
    compare: (position, left, right) => compareRational(valueAt(columns[position] as Column, left) as Rational, valueAt(columns[position] as Column, right) as Rational),
    present: (position, unit) => (columns[position] as Column).numerators[unit] !== null,
  };
}

/** Computes one weighted mean (or sum of points) for every unit. */
function aggregateColumn(context: RunContext, aggregate: PlannedAggregate, columns: readonly Column[]): Column {
  const { plan, units } = context;
  const { children, rationalWeights, rationalTotal } = aggregate;
  const childColumns = children.map((position) => columns[position] as Column);
  const reversed = reversedChildren(plan, aggregate);
  // One denominator for the node: L = leastCommonMultiple(childDenominator × weightDenominator) over weighted children.
  let common = 1n;
  children.forEach((_position, index) => {
    const weight = rationalWeights[index] as Rational;
    if (weight.numerator !== 0n) common = leastCommonMultiple(common, (childColumns[index] as Column).denominator * weight.denominator);
  });
  const factors = children.map((_position, index) => {
    const weight = rationalWeights[index] as Rational;
    return weight.numerator === 0n ? 0n : (weight.numerator * common) / ((childColumns[index] as Column).denominator * weight.denominator);
  });
  // value = Σ factorᵢ·numeratorᵢ / (L × W) with W = Wn / Wd  →  (Σ …) × Wd / (L × Wn)
  const denominator = common * rationalTotal.numerator;
  const numerators: (bigint | null)[] = new Array(units.length).fill(null);
  const own = new Map<number, bigint>();
  const missing: boolean[] = new Array(children.length);
  for (let unitIndex = 0; unitIndex < units.length; unitIndex += 1) {
    let missingCount = 0;
    let standard = true;
    for (let child = 0; child < children.length; child += 1) {
      const childColumn = childColumns[child] as Column;
      const isMissing = childColumn.numerators[unitIndex] === null;
      missing[child] = isMissing;
      if (isMissing) missingCount += 1;
      else if (childColumn.own.has(unitIndex)) standard = false;
    }
    let decision: 'complete' | 'zero' | 'reweight' | 'drop' = 'complete';
    if (missingCount > 0) decision = decideMissing(context, aggregate, unitIndex, missing);
    if (decision === 'drop') continue;
    if (standard && decision !== 'reweight') {
      // Fast path: shared denominators; a missing child counted as zero adds nothing.
      let sum = 0n;
      for (let child = 0; child < children.length; child += 1) {
        const factor = factors[child] as bigint;
        const childColumn = childColumns[child] as Column;
        const numerator = childColumn.numerators[unitIndex];
        if (factor === 0n || numerator === null || numerator === undefined) continue;
        sum += factor * (reversed[child] ? childColumn.denominator - numerator : numerator);
      }
      numerators[unitIndex] = sum * rationalTotal.denominator;
      continue;
    }
    // General path: this unit re-weights, or a child has its own denominator.
    let total: Rational = RATIONAL_ZERO;
    let weightSum: Rational = RATIONAL_ZERO;
    for (let child = 0; child < children.length; child += 1) {
      const weight = rationalWeights[child] as Rational;
      const value = valueAt(childColumns[child] as Column, unitIndex);
      if (value === null) {
        if (decision === 'zero') weightSum = addRational(weightSum, weight);
        continue;
      }
      const input = reversed[child] ? { numerator: value.denominator - value.numerator, denominator: value.denominator } : value;
      total = addRational(total, multiplyRational(weight, input));
      weightSum = addRational(weightSum, weight);
    }
    // total / weightSum, written over its own denominator
    numerators[unitIndex] = total.numerator * weightSum.denominator;
    own.set(unitIndex, total.denominator * weightSum.numerator);
  }
  return { numerators, denominator, own };
}
