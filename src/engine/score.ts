/**
 * The exact engine: scores every unit at every node with decimal.js (40 significant digits),
 * rounds once at the end, and ranks.
 *
 * @module
 */
import { ValueProblem } from '../methods/normalise/types.js';
import type { Dataset, DataValue } from '../model/dataset.js';
import type { Framework } from '../model/framework.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { assertDataset, assertFramework } from '../model/validate.js';
import { ExactDecimal, ONE, PRECISION, ZERO, roundToText, type Exact } from './decimal.js';
import { compilePlan, type Plan, type PlannedAggregate } from './plan.js';
import { rankPositions } from './rank.js';
import type { MissingDataNote, NodeScore, ScoreResult, UnitResult } from './result.js';

/** Options for {@link score}. */
export interface ScoreOptions {
  /** Group keys to rank within at every node (default: the framework's `ranking.groups`). */
  readonly groups?: readonly string[];
}

interface MutableNodeScore {
  raw?: string | null;
  value?: string | null;
  normalised?: string | null;
  score?: string | null;
  published?: string | null;
  points?: string | null;
  rank: number | null;
  groupRanks?: Record<string, number | null>;
}

function readValue(value: DataValue): Exact | null {
  if (value === null || value === undefined) return null;
  return new ExactDecimal(value);
}

function rawText(value: DataValue): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? String(value) : value;
}

function describe(problem: unknown): ValueProblem {
  if (problem instanceof ValueProblem) return problem;
  throw problem;
}

/**
 * Scores a dataset with a framework, exactly. Validates both first and throws one
 * {@link ChisoError} listing every problem; never returns a result with a silent gap: every
 * missing value was allowed by the framework and is listed in `result.missing`.
 *
 * Every figure is computed with 40 significant digits; published values are rounded once, at the
 * end, with the framework's rounding; ranks use the full-precision scores or the published values,
 * as the framework says.
 *
 * @example
 * const result = score(desi2022, dataset);
 * const top = result.units.find((unit) => unit.id === 'FI');
 * top?.nodes.desi?.published; // => '69.6'
 * top?.nodes.desi?.rank; // => 1
 */
export function score(frameworkInput: unknown, datasetInput: unknown, options: ScoreOptions = {}): ScoreResult {
  const framework = assertFramework(frameworkInput);
  const dataset = assertDataset(framework, datasetInput);
  return scoreValidated(compilePlan(framework), dataset, options);
}

/**
 * Scores an already validated dataset with a compiled plan. Use it to score many datasets with
 * one framework without validating and compiling the framework each time.
 *
 * @example
 * const plan = compilePlan(assertFramework(desi2022));
 * const result = scoreValidated(plan, assertDataset(plan.framework, dataset));
 * result.units.length; // => 28
 */
export function scoreValidated(plan: Plan, dataset: Dataset, options: ScoreOptions = {}): ScoreResult {
  const framework: Framework = plan.framework;
  const units = dataset.units;
  const unitCount = units.length;
  const excluded = new Set(framework.ranking.exclude);
  const rankedUnit = units.map((unit) => unit.ranked && !excluded.has(unit.id));
  const problems: ChisoIssue[] = [];
  const missingNotes: MissingDataNote[] = [];
  const nodeCount = plan.nodes.length;

  // Internal scores on 0–1, one array per node, one entry per unit.
  const values: (Exact | null)[][] = new Array(nodeCount);
  const texts: MutableNodeScore[][] = new Array(nodeCount);

  // 1. Indicators: read, divide by denominators, normalise. Equal raw values are read and
  // normalised once per indicator (published statistics repeat values a lot: yes/no, levels,
  // percents with one decimal), so the decimal work grows with the distinct values, not the units.
  for (const indicator of plan.indicators) {
    const { node, denominator } = indicator;
    const column: (Exact | null)[] = new Array(unitCount);
    const rawTexts: (string | null)[] = new Array(unitCount);
    const valueTexts: (string | null)[] = denominator === null ? [] : new Array(unitCount);
    const parsed = new Map<number | string, Exact>();
    const reference: Exact[] = [];
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const unit = units[unitIndex] as Dataset['units'][number];
      const given = unit.values[node.id] as DataValue;
      rawTexts[unitIndex] = rawText(given);
      let value: Exact | null = null;
      if (given !== null && given !== undefined) {
        value = parsed.get(given) ?? null;
        if (value === null) {
          value = new ExactDecimal(given);
          parsed.set(given, value);
        }
      }
      if (value !== null && denominator !== null) {
        const divisor = readValue(unit.values[denominator.variable] as DataValue);
        if (divisor === null || divisor.isZero()) {
          problems.push(issue('undefined_computation', ['units', unitIndex, 'values', denominator.variable], `unit "${unit.id}": "${node.id}" is divided by "${denominator.variable}", which is ${divisor === null ? 'missing' : 'zero'}`));
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
      normalise = indicator.method.prepare(node.normalisation, { direction: node.direction, reference: indicator.method.dataDriven(node.normalisation) ? reference : [] });
    } catch (problem) {
      const valueProblem = describe(problem);
      problems.push(issue(valueProblem.code, [...indicator.path, 'normalisation'], `indicator "${node.id}" (${node.normalisation.method}): ${valueProblem.message}`));
    }
    const normalisedOf = new Map<Exact, { value: Exact; text: string }>();
    const nodeTexts: MutableNodeScore[] = new Array(unitCount);
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const value = column[unitIndex] as Exact | null;
      let normalisedText: string | null = null;
      if (value !== null && normalise !== null) {
        // Without a denominator, equal raw texts share one Exact object, so it is a valid memo key.
        let normalised = denominator === null ? normalisedOf.get(value) : undefined;
        if (normalised === undefined) {
          try {
            const result = normalise(value);
            normalised = { value: result, text: result.toString() };
            if (denominator === null) normalisedOf.set(value, normalised);
          } catch (problem) {
            const valueProblem = describe(problem);
            const unit = units[unitIndex] as Dataset['units'][number];
            problems.push(issue(valueProblem.code, ['units', unitIndex, 'values', node.id], `unit "${unit.id}", indicator "${node.id}" (${node.normalisation.method}): ${valueProblem.message}`));
          }
        }
        column[unitIndex] = normalised?.value ?? null;
        normalisedText = normalised?.text ?? null;
      } else {
        column[unitIndex] = null;
      }
      nodeTexts[unitIndex] =
        denominator === null
          ? { raw: rawTexts[unitIndex] as string | null, normalised: normalisedText, rank: null }
          : { raw: rawTexts[unitIndex] as string | null, value: valueTexts[unitIndex] as string | null, normalised: normalisedText, rank: null };
    }
    values[indicator.position] = column;
    texts[indicator.position] = nodeTexts;
  }

  // 2. Aggregates, children before parents.
  const scale = new ExactDecimal(framework.scale);
  const { decimals, mode } = framework.rounding;
  for (const aggregate of plan.evaluationOrder) {
    const column = aggregateColumn(aggregate, plan, values, units, problems, missingNotes);
    const nodeTexts: MutableNodeScore[] = new Array(unitCount);
    const isPoints = aggregate.node.aggregation.method === 'sum';
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const internal = column[unitIndex] as Exact | null;
      if (internal === null) {
        nodeTexts[unitIndex] = { score: null, published: null, rank: null, ...(isPoints ? { points: null } : {}) };
        continue;
      }
      const scaled = framework.scale === 1 ? internal : internal.times(scale);
      const entry: MutableNodeScore = { score: scaled.toString(), published: roundToText(scaled, decimals, mode), rank: null };
      if (isPoints) entry.points = internal.times(aggregate.totalWeight).toString();
      nodeTexts[unitIndex] = entry;
    }
    values[aggregate.position] = column;
    texts[aggregate.position] = nodeTexts;
  }

  if (problems.length > 0) throw new ChisoError(problems, 'The index cannot be computed');

  // 3. Ranks at every node, overall and within groups.
  const groupKeys = options.groups ?? framework.ranking.groups;
  const ids = units.map((unit) => unit.id);
  for (let position = 0; position < nodeCount; position += 1) {
    const node = plan.nodes[position] as Plan['nodes'][number];
    const nodeTexts = texts[position] as MutableNodeScore[];
    const column = values[position] as (Exact | null)[];
    const onPublished = node.kind === 'aggregate' && framework.ranking.on === 'published';
    const lowerIsBetter = node.kind === 'aggregate' && node.node.direction === 'lower';
    const approximate = new Float64Array(unitCount);
    const rankTexts: string[] = new Array(unitCount);
    const eligible: number[] = [];
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const entry = nodeTexts[unitIndex] as MutableNodeScore;
      const text = node.kind === 'indicator' ? entry.normalised : onPublished ? entry.published : entry.score;
      if (text === null || text === undefined || !rankedUnit[unitIndex]) continue;
      approximate[unitIndex] = lowerIsBetter ? -Number(text) : Number(text);
      rankTexts[unitIndex] = text;
      eligible.push(unitIndex);
    }
    // Decimal strings from toString and toFixed are canonical, so equal text means equal value;
    // only different texts with equal doubles need decimal arithmetic.
    const compareExact = (left: number, right: number): number => {
      const leftText = rankTexts[left] as string;
      const rightText = rankTexts[right] as string;
      if (leftText === rightText) return 0;
      const comparison = onPublished ? new ExactDecimal(leftText).cmp(rightText) : (column[left] as Exact).cmp(column[right] as Exact);
      return lowerIsBetter ? -comparison : comparison;
    };
    const ranks = rankPositions({ positions: eligible, approximate, compareExact, ids }, framework.ranking.ties);
    for (const unitIndex of eligible) (nodeTexts[unitIndex] as MutableNodeScore).rank = ranks[unitIndex] as number;
    for (const key of groupKeys) {
      const byGroup = new Map<string, number[]>();
      for (const unitIndex of eligible) {
        const group = (units[unitIndex] as Dataset['units'][number]).groups[key];
        if (group === undefined) continue;
        const members = byGroup.get(group) ?? [];
        members.push(unitIndex);
        byGroup.set(group, members);
      }
      const groupRank = new Map<number, number>();
      for (const members of byGroup.values()) {
        const within = rankPositions({ positions: members, approximate, compareExact, ids }, framework.ranking.ties);
        for (const unitIndex of members) groupRank.set(unitIndex, within[unitIndex] as number);
      }
      for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
        const entry = nodeTexts[unitIndex] as MutableNodeScore;
        entry.groupRanks ??= {};
        entry.groupRanks[key] = groupRank.get(unitIndex) ?? null;
      }
    }
  }

  // 4. Assemble the plain-data result.
  const rootPosition = 0;
  const unranked: { unit: string; reason: string }[] = [];
  const unitResults: UnitResult[] = units.map((unit, unitIndex) => {
    const nodes: Record<string, NodeScore> = {};
    for (let position = 0; position < nodeCount; position += 1) {
      nodes[(plan.nodes[position] as Plan['nodes'][number]).node.id] = (texts[position] as MutableNodeScore[])[unitIndex] as NodeScore;
    }
    if (!rankedUnit[unitIndex]) {
      unranked.push({ unit: unit.id, reason: unit.ranked ? 'listed in the framework\'s ranking.exclude' : 'marked "ranked": false in the dataset' });
    } else if ((values[rootPosition] as (Exact | null)[])[unitIndex] === null) {
      unranked.push({ unit: unit.id, reason: `too little data to score "${framework.root.id}" (see missing)` });
    }
    return {
      id: unit.id,
      ...(unit.name === undefined ? {} : { name: unit.name }),
      groups: unit.groups,
      ...(unit.year === undefined ? {} : { year: unit.year }),
      ranked: rankedUnit[unitIndex] as boolean,
      nodes,
    };
  });

  return {
    framework: {
      id: framework.id,
      name: framework.name,
      ...(framework.edition === undefined ? {} : { edition: framework.edition }),
      ...(framework.year === undefined ? {} : { year: framework.year }),
      scale: framework.scale,
      rounding: framework.rounding,
      ranking: framework.ranking,
    },
    precision: PRECISION,
    dataset: { ...(dataset.id === undefined ? {} : { id: dataset.id }), ...(dataset.year === undefined ? {} : { year: dataset.year }) },
    root: framework.root.id,
    nodes: plan.info,
    units: unitResults,
    missing: missingNotes,
    unranked,
  };
}

/** Computes one aggregate for every unit, applying its missing-data policy. */
function aggregateColumn(
  aggregate: PlannedAggregate,
  plan: Plan,
  values: readonly (Exact | null)[][],
  units: Dataset['units'],
  problems: ChisoIssue[],
  missingNotes: MissingDataNote[],
): (Exact | null)[] {
  const { node, children, weights, totalWeight } = aggregate;
  const policy = node.missing;
  const childColumns = children.map((position) => values[position] as (Exact | null)[]);
  const reversed = children.map((position) => {
    const child = plan.nodes[position] as Plan['nodes'][number];
    return child.kind === 'aggregate' && child.node.direction === 'lower';
  });
  const anyReversed = reversed.includes(true);
  const childIds = children.map((position) => (plan.nodes[position] as Plan['nodes'][number]).node.id);
  const minShare = new ExactDecimal(policy.minShare);
  const scratch: (Exact | null)[] = new Array(children.length);
  const column: (Exact | null)[] = new Array(units.length);
  for (let unitIndex = 0; unitIndex < units.length; unitIndex += 1) {
    let missingCount = 0;
    for (let child = 0; child < children.length; child += 1) {
      let value = (childColumns[child] as (Exact | null)[])[unitIndex] as Exact | null;
      if (value === null) missingCount += 1;
      else if (anyReversed && reversed[child]) value = ONE.minus(value);
      scratch[child] = value;
    }
    const unit = units[unitIndex] as Dataset['units'][number];
    if (missingCount > 0) {
      const missing = childIds.filter((_id, child) => scratch[child] === null);
      let presentWeight = ZERO;
      scratch.forEach((value, child) => {
        if (value !== null) presentWeight = presentWeight.plus(weights[child] as Exact);
      });
      const share = presentWeight.div(totalWeight);
      const presentShare = share.toString();
      if (policy.policy === 'fail') {
        problems.push(issue('missing_value', ['units', unitIndex, 'scores', node.id], `unit "${unit.id}": "${node.id}" cannot be computed because ${missing.map((id) => `"${id}"`).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no value and its missing-data policy is "fail"`));
        column[unitIndex] = null;
        continue;
      }
      if (policy.policy === 'zero') {
        for (let child = 0; child < children.length; child += 1) if (scratch[child] === null) scratch[child] = ZERO;
        missingNotes.push({ unit: unit.id, node: node.id, missing, action: 'counted-as-zero', presentShare });
      } else if (missingCount === children.length || share.lt(minShare) || presentWeight.isZero()) {
        missingNotes.push({ unit: unit.id, node: node.id, missing, action: 'dropped', presentShare });
        column[unitIndex] = null;
        continue;
      } else {
        missingNotes.push({ unit: unit.id, node: node.id, missing, action: 'reweighted', presentShare });
      }
    }
    try {
      column[unitIndex] = aggregate.aggregate(scratch);
    } catch (problem) {
      const valueProblem = describe(problem);
      const detail = valueProblem.message.replace(/^child (\d+)/, (_match, index: string) => `"${childIds[Number(index) - 1]}"`);
      problems.push(issue(valueProblem.code, ['units', unitIndex, 'scores', node.id], `unit "${unit.id}", node "${node.id}" (${node.aggregation.method}): ${detail}`));
      column[unitIndex] = null;
    }
  }
  return column;
}
