/**
 * The decimal executor: every figure with decimal.js at 40 significant digits. It handles every
 * method (z-scores need a square root, geometric means a logarithm); frameworks that are wholly
 * linear take the exact rational executor instead (`rational-run.ts`).
 *
 * @module
 */
import type { Dataset, DataValue } from '../model/dataset.js';
import { issue } from '../model/issues.js';
import { quoteText } from '../model/describe.js';
import { ownValue } from '../model/records.js';
import { ExactDecimal, ONE, roundToText, ZERO, type Exact } from './decimal.js';
import { asValueProblem, decideMissing, namedValue, exactInput, rawText, readColumns, reversedChildren, type WrittenEvaluation, type MutableNodeScore, type RunContext } from './evaluation.js';
import { criteriaThreshold, type PlannedAggregate } from './plan.js';
import { ValueProblem } from '../methods/normalise/types.js';

/** An indicator's figures for one distinct value, written once. */
interface IndicatorFigures {
  readonly value: Exact;
  readonly text: string;
  readonly score: string;
  readonly published: string;
  readonly points: string | undefined;
}

/** Computes every node for every unit with decimal.js. */
export function evaluateDecimal(context: RunContext): WrittenEvaluation {
  const { plan, units, rankedUnit, problems } = context;
  const framework = plan.framework;
  const unitCount = units.length;
  const nodeCount = plan.nodes.length;
  // Internal scores on 0–1, one array per node, one entry per unit.
  const values: (Exact | null)[][] = new Array(nodeCount);
  const texts: MutableNodeScore[][] = new Array(nodeCount);
  const scale = new ExactDecimal(framework.scale);
  const { decimals, mode } = framework.rounding;

  // 1. Indicators: read, divide by denominators, normalise. Equal raw values are read and
  // normalised once per indicator (published statistics repeat values a lot: yes/no, levels,
  // percents with one decimal), so the decimal work grows with the distinct values, not the units.
  const given = readColumns(units, plan.indicators.map((indicator) => indicator.node.id));
  const unitIds = units.map((unit) => unit.id);
  for (const [indicatorIndex, indicator] of plan.indicators.entries()) {
    const { node, denominator } = indicator;
    const givenColumn = given[indicatorIndex] as DataValue[];
    const column: (Exact | null)[] = new Array(unitCount);
    const rawTexts: (string | null)[] = new Array(unitCount);
    // Filled with null, not left as holes: a unit without a value reads `value: null`, never undefined.
    const valueTexts: (string | null)[] = denominator === null ? [] : new Array<string | null>(unitCount).fill(null);
    const parsed = new Map<number | string, Exact>();
    const reference: Exact[] = [];
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const unit = units[unitIndex] as Dataset['units'][number];
      const raw = givenColumn[unitIndex];
      rawTexts[unitIndex] = rawText(raw);
      let value: Exact | null = null;
      if (raw !== null && raw !== undefined) {
        value = parsed.get(raw) ?? null;
        if (value === null) {
          value = new ExactDecimal(exactInput(raw, unit.id, node.id, unitIndex));
          parsed.set(raw, value);
        }
      }
      if (value !== null && denominator !== null) {
        const divisorRaw = ownValue(unit.values, denominator.variable) as DataValue;
        const divisor = divisorRaw === null || divisorRaw === undefined ? null : new ExactDecimal(exactInput(divisorRaw, unit.id, denominator.variable, unitIndex));
        if (divisor === null || divisor.isZero()) {
          problems.push(issue('undefined_computation', ['units', unitIndex, 'values', denominator.variable], `unit ${quoteText(unit.id)}: ${quoteText(node.id)} is divided by ${quoteText(denominator.variable)}, which is ${divisor === null ? 'missing' : 'zero'}`));
          value = null;
        } else {
          value = value.div(divisor).times(denominator.per);
        }
        valueTexts[unitIndex] = value === null ? null : value.toString();
      }
      column[unitIndex] = value;
      if (value !== null && rankedUnit[unitIndex]) reference.push(value);
    }
    let normalise: ((value: Exact) => Exact) | null = null;
    try {
      const named = namedValue(indicator.method, node.normalisation, unitIds, (unitIndex) => column[unitIndex] ?? null);
      const methodReference = indicator.method.dataDriven(node.normalisation) ? reference : [];
      normalise = indicator.method.prepare(node.normalisation, named === undefined ? { direction: node.direction, reference: methodReference } : { direction: node.direction, reference: methodReference, named });
    } catch (problem) {
      const valueProblem = asValueProblem(problem);
      problems.push(issue(valueProblem.code, [...indicator.path, 'normalisation'], `indicator ${quoteText(node.id)} (${node.normalisation.method}): ${valueProblem.message}`));
    }
    const normalisedOf = new Map<Exact, IndicatorFigures>();
    const maximumPoints = indicator.maximumPoints === null ? null : new ExactDecimal(indicator.maximumPoints.numerator.toString()).div(indicator.maximumPoints.denominator.toString());
    const nodeTexts: MutableNodeScore[] = new Array(unitCount);
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const value = column[unitIndex] as Exact | null;
      let figures: IndicatorFigures | undefined;
      if (value !== null && normalise !== null) {
        // Without a denominator, equal raw texts share one Exact object, so it is a valid memo key.
        figures = denominator === null ? normalisedOf.get(value) : undefined;
        if (figures === undefined) {
          try {
            const normalised = normalise(value);
            const scaled = framework.scale === 1 ? normalised : normalised.times(scale);
            figures = {
              value: normalised,
              text: normalised.toString(),
              score: scaled.toString(),
              published: roundToText(scaled, decimals, mode),
              points: maximumPoints === null ? undefined : normalised.times(maximumPoints).toString(),
            };
            if (denominator === null) normalisedOf.set(value, figures);
          } catch (problem) {
            const valueProblem = asValueProblem(problem);
            const unit = units[unitIndex] as Dataset['units'][number];
            problems.push(issue(valueProblem.code, ['units', unitIndex, 'values', node.id], `unit ${quoteText(unit.id)}, indicator ${quoteText(node.id)} (${node.normalisation.method}): ${valueProblem.message}`));
          }
        }
      }
      column[unitIndex] = figures?.value ?? null;
      const entry: MutableNodeScore = { raw: rawTexts[unitIndex] as string | null, normalised: figures?.text ?? null, score: figures?.score ?? null, published: figures?.published ?? null, rank: null };
      if (denominator !== null) entry.value = valueTexts[unitIndex] as string | null;
      if (maximumPoints !== null) entry.points = figures?.points ?? null;
      nodeTexts[unitIndex] = entry;
    }
    values[indicator.position] = column;
    texts[indicator.position] = nodeTexts;
  }

  // 2. Aggregates, children before parents.
  for (const aggregate of plan.evaluationOrder) {
    const column = aggregateColumn(context, aggregate, values);
    const nodeTexts: MutableNodeScore[] = new Array(unitCount);
    const isPoints = aggregate.method.reports.points;
    const thresholdText = criteriaThreshold(aggregate.node);
    const countThreshold = thresholdText === null ? null : new ExactDecimal(thresholdText);
    const reversed = reversedChildren(plan, aggregate);
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const internal = column[unitIndex] as Exact | null;
      if (internal === null) {
        nodeTexts[unitIndex] = { score: null, published: null, rank: null, ...(isPoints ? { points: null } : {}), ...(countThreshold ? { met: null } : {}) };
        continue;
      }
      const scaled = framework.scale === 1 ? internal : internal.times(scale);
      const entry: MutableNodeScore = { score: scaled.toString(), published: roundToText(scaled, decimals, mode), rank: null };
      if (isPoints) entry.points = internal.times(aggregate.totalWeight).toString();
      if (countThreshold) entry.met = criteriaMet(aggregate, values, unitIndex, countThreshold, reversed);
      nodeTexts[unitIndex] = entry;
    }
    values[aggregate.position] = column;
    texts[aggregate.position] = nodeTexts;
  }

  return {
    texts,
    figures: (position, unit) => (texts[position] as MutableNodeScore[])[unit] as MutableNodeScore,
    onDemand: false,
    compare: (position, left, right) => ((values[position] as (Exact | null)[])[left] as Exact).cmp((values[position] as (Exact | null)[])[right] as Exact),
    present: (position, unit) => (values[position] as (Exact | null)[])[unit] !== null,
  };
}

/**
 * How many of a count node's weighted children reach the threshold for one unit, on the values the
 * count aggregation itself sees: a lower-is-better child aggregate as 1 − s (see `reversedChildren`).
 */
function criteriaMet(aggregate: PlannedAggregate, values: readonly (Exact | null)[][], unitIndex: number, threshold: Exact, reversed: readonly boolean[]): number {
  let met = 0;
  aggregate.children.forEach((position, index) => {
    const value = (values[position] as (Exact | null)[])[unitIndex];
    if (value === null || value === undefined || (aggregate.weights[index] as Exact).isZero()) return;
    if ((reversed[index] === true ? ONE.minus(value) : value).gte(threshold)) met += 1;
  });
  return met;
}

/** Computes one aggregate for every unit, applying its missing-data policy. */
function aggregateColumn(context: RunContext, aggregate: PlannedAggregate, values: readonly (Exact | null)[][]): (Exact | null)[] {
  const { plan, units, problems } = context;
  const { node, children } = aggregate;
  const childColumns = children.map((position) => values[position] as (Exact | null)[]);
  const reversed = reversedChildren(plan, aggregate);
  const anyReversed = reversed.includes(true);
  const childIds = node.children.map((child) => child.id);
  const scratch: (Exact | null)[] = new Array(children.length);
  const missing: boolean[] = new Array(children.length);
  const column: (Exact | null)[] = new Array(units.length);
  const across: { unitIndex: number; values: (Exact | null)[] }[] = [];
  const report = (unitIndex: number, valueProblem: ValueProblem): void => {
    const unit = units[unitIndex] as Dataset['units'][number];
    const detail = valueProblem.message.replace(/^child (\d+)/, (_match, index: string) => `${quoteText(childIds[Number(index) - 1] ?? "")}`);
    problems.push(issue(valueProblem.code, ['units', unitIndex, 'scores', node.id], `unit ${quoteText(unit.id)}, node ${quoteText(node.id)} (${node.aggregation.method}): ${detail}`));
  };
  for (let unitIndex = 0; unitIndex < units.length; unitIndex += 1) {
    let missingCount = 0;
    for (let child = 0; child < children.length; child += 1) {
      let value = (childColumns[child] as (Exact | null)[])[unitIndex] as Exact | null;
      missing[child] = value === null;
      if (value === null) missingCount += 1;
      else if (anyReversed && reversed[child]) value = ONE.minus(value);
      scratch[child] = value;
    }
    if (missingCount > 0) {
      const decision = decideMissing(context, aggregate, unitIndex, missing);
      if (decision === 'drop') {
        column[unitIndex] = null;
        continue;
      }
      if (decision === 'zero') for (let child = 0; child < children.length; child += 1) if (scratch[child] === null) scratch[child] = ZERO;
    }
    if (aggregate.acrossUnits !== null) {
      // a method that compares units: every kept unit's inputs first, then one call
      across.push({ unitIndex, values: scratch.slice() });
      continue;
    }
    try {
      column[unitIndex] = aggregate.aggregate(scratch);
    } catch (problem) {
      report(unitIndex, asValueProblem(problem));
      column[unitIndex] = null;
    }
  }
  if (aggregate.acrossUnits !== null) {
    const results = aggregate.acrossUnits(across.map((entry) => ({ values: entry.values, reference: context.rankedUnit[entry.unitIndex] === true })));
    across.forEach((entry, index) => {
      const result = results[index];
      if (result instanceof ValueProblem || result === undefined) {
        report(entry.unitIndex, result ?? new ValueProblem('undefined_computation', 'the method gave no score for this unit'));
        column[entry.unitIndex] = null;
      } else {
        column[entry.unitIndex] = result;
      }
    });
  }
  return column;
}
