/**
 * The exact engine: scores every unit at every node, rounds once at the end, and ranks.
 *
 * Two executors share the work. A linear framework (affine normalisations, arithmetic means) is
 * computed in exact rational arithmetic — every figure is the exact value, rounded only when
 * written; any other framework with decimal.js at 40 significant digits. Both write the same
 * 40-digit texts for the same values.
 *
 * @module
 */
import { NUMBER_LOCALES, type NumberLocale } from '../io/number.js';
import type { Dataset } from '../model/dataset.js';
import type { Framework } from '../model/framework.js';
import { ChisoError, type ChisoIssue } from '../model/issues.js';
import { quoteText } from '../model/describe.js';
import { emptyRecord, ownValue } from '../model/records.js';
import { checkOptions, oneOf, record, texts as listOfTexts, type OptionCheck } from '../model/arguments.js';
import { applySteps } from '../pipeline/apply-steps.js';
import type { Imputer } from '../pipeline/impute.js';
import type { PanelYear } from '../pipeline/construction.js';
import type { DatasetInput } from '../model/dataset.js';
import { readDataValue } from '../io/number.js';

/** A list (the panel option). */
const list: OptionCheck = (value) => (Array.isArray(value) ? null : { kind: 'type', expected: 'a list of { year, dataset }' });
import { markResult } from '../model/checked-results.js';
import { assertDataset, assertFramework } from '../model/validate.js';
import { ExactDecimal, guardDecimalSettings, PRECISION } from './decimal.js';
import { evaluateDecimal } from './decimal-run.js';
import type { MutableNodeScore } from './evaluation.js';
import { compilePlan, isCompiledPlan, type Plan } from './plan.js';
import { evaluateIntegers } from './integer-run.js';
import { evaluateRational } from './rational-run.js';
import { rankPositions, ranksLowestFirst } from './rank.js';
import type { MissingDataNote, NodeScore, ScoreResult, UnitResult } from './result.js';

/** Options for {@link score}. */
export interface ScoreOptions {
/** Group keys to rank within at every node (default: the framework's `ranking.groups`). */
  readonly groups?: readonly string[];
  /**
   * How numbers written as text in the dataset are read (`vi-VN`: `1.640,5`; `en`: `1,640.5`), when
   * the dataset does not say (see `validateDataset`). Ignored by {@link scoreValidated}.
   */
  readonly locale?: NumberLocale | undefined;
  /** Frameworks with a `function` impute step: the imputation functions, by the name the step gives. */
  readonly imputers?: Readonly<Record<string, Imputer>> | undefined;
  /**
   * Frameworks with a panel impute step (`latest`, `linear`): other years' datasets, each with its
   * year. {@link score} validates them as it does the dataset; {@link scoreValidated} takes them as given.
   */
  readonly panel?: readonly { readonly year: number; readonly dataset: DatasetInput | Dataset }[] | undefined;
}

/** What {@link score} and {@link scoreValidated} accept as options, checked before anything runs. */
const SCORE_OPTIONS = { groups: listOfTexts, locale: oneOf(NUMBER_LOCALES), imputers: record, panel: list };

/** Labels every unit at every node that has bands: criteria met for a count node, else the score. */
function applyBands(plan: Plan, texts: MutableNodeScore[][]): void {
  for (const node of plan.nodes) {
    if (node.kind !== 'aggregate' || node.node.bands === undefined) continue;
    const bands = node.node.bands
      .map((band) => ({ label: band.label, atLeast: new ExactDecimal(band.atLeast) }))
      .sort((left, right) => right.atLeast.cmp(left.atLeast));
    for (const entry of texts[node.position] as MutableNodeScore[]) {
      const measure = entry.met ?? entry.score;
      if (measure === null || measure === undefined) {
        entry.band = null;
        continue;
      }
      const value = new ExactDecimal(measure);
      entry.band = bands.find((band) => value.gte(band.atLeast))?.label ?? null;
    }
  }
}

/**
 * Scores a dataset with a framework, exactly. Validates both first and throws one
 * {@link ChisoError} listing every problem; never returns a result with a silent gap: every
 * missing value was allowed by the framework and is listed in `result.missing`.
 *
 * Full-precision figures have 40 significant digits (exact values for linear frameworks, see the
 * module notes); published values are rounded once, at the end, with the framework's rounding; ranks use the full-precision scores or the published values,
 * as the framework says.
 *
 * @example
 * const result = score(desi2022, dataset);
 * const top = result.units.find((unit) => unit.id === 'FI');
 * top?.nodes.desi?.published; // => '69.6'
 * top?.nodes.desi?.rank; // => 1
 */
export function score(frameworkInput: unknown, datasetInput: unknown, options: ScoreOptions = {}): ScoreResult {
  checkOptions('score', options, SCORE_OPTIONS);
  const framework = assertFramework(frameworkInput);
  const dataset = assertDataset(framework, datasetInput, { locale: options.locale });
  const panel = options.panel?.map((entry, index) => {
    if (typeof entry !== 'object' || entry === null || !Number.isInteger(entry.year)) throw new TypeError(`score: options.panel[${index}] must be { year, dataset }`);
    return { year: entry.year, dataset: assertDataset(framework, entry.dataset, { locale: options.locale }) };
  });
  return scoreValidated(compilePlan(framework), dataset, panel === undefined ? options : { ...options, panel });
}

/**
 * A plan or dataset that `compilePlan` / `assertDataset` did not make is a programmer's mistake
 * (a framework passed where its plan belongs, a raw dataset object): said plainly, as a TypeError,
 * before any engine reads a field that is not there.
 */
function checkArguments(plan: unknown, dataset: unknown): void {
  const record = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  if (!record(plan) || !record(plan.framework) || !Array.isArray(plan.nodes) || !Array.isArray(plan.evaluationOrder) || typeof plan.linear !== 'boolean') {
    throw new TypeError('scoreValidated needs a plan returned by compilePlan(framework); to score a framework and a dataset as they are, call score(framework, dataset)');
  }
  if (!record(dataset) || !Array.isArray(dataset.units) || !dataset.units.every((unit: unknown) => record(unit) && typeof unit.id === 'string' && record(unit.values) && record(unit.groups) && typeof unit.ranked === 'boolean')) {
    throw new TypeError('scoreValidated needs a dataset returned by assertDataset(framework, input) (or validateDataset(…).value); to validate and score at once, call score(framework, dataset)');
  }
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
  return scoreWith(plan, dataset, options, true);
}

/**
 * {@link scoreValidated} with a linear framework computed on BigInt rationals throughout, never on
 * integers in doubles: the reference the double path is checked against (the certified-exact
 * property test, the benchmark). The result is the same, only slower. Not part of the public API.
 *
 * @example
 * const plan = compilePlan(assertFramework(desi2022));
 * scoreValidatedOnBigInt(plan, assertDataset(plan.framework, dataset)).units.length; // => 28
 */
export function scoreValidatedOnBigInt(plan: Plan, dataset: Dataset, options: ScoreOptions = {}): ScoreResult {
  return scoreWith(plan, dataset, options, false);
}

/**
 * The result of the built data with what the steps did: each indicator's `raw` as given, `value` as
 * the normalisation read it, `marks` where a step changed it, and the steps' record.
 */
function withConstruction(result: ScoreResult, given: Dataset, built: ReturnType<typeof applySteps>): ScoreResult {
  const givenUnits = new Map(given.units.map((unit) => [unit.id, unit]));
  const builtUnits = new Map(built.dataset.units.map((unit) => [unit.id, unit]));
  const indicators = result.nodes.filter((node) => node.kind === 'indicator').map((node) => node.id);
  const units = result.units.map((unit) => {
    const original = givenUnits.get(unit.id);
    const values = builtUnits.get(unit.id)?.values;
    const unitMarks = built.marks.get(unit.id);
    const nodes = emptyRecord<NodeScore>();
    for (const key of Object.keys(unit.nodes)) nodes[key] = ownValue(unit.nodes, key) as NodeScore;
    for (const id of indicators) {
      const entry = ownValue(unit.nodes, id);
      if (entry === undefined) continue;
      const raw = original === undefined ? undefined : ownValue(original.values, id);
      const value = values === undefined ? undefined : ownValue(values, id);
      const marks = unitMarks?.get(id);
      nodes[id] = {
        ...entry,
        raw: raw === null || raw === undefined ? null : typeof raw === 'number' ? String(raw) : raw,
        value: value === null || value === undefined ? null : readDataValue(value).ok ? String(value) : null,
        ...(marks === undefined ? {} : { marks }),
      };
    }
    return { ...unit, nodes };
  });
  return markResult({ ...result, units, construction: built.construction });
}

function scoreWith(plan: Plan, dataset: Dataset, options: ScoreOptions, onDoubles: boolean): ScoreResult {
  checkArguments(plan, dataset);
  guardDecimalSettings();
  checkOptions('scoreValidated', options, SCORE_OPTIONS);
  if (!isCompiledPlan(plan)) throw new TypeError('scoreValidated: the plan was not made by compilePlan; pass compilePlan(framework), or call score(framework, dataset)');
  if (plan.framework.steps !== undefined && plan.framework.steps.length > 0) {
    const built = applySteps(plan.framework, dataset, { imputers: options.imputers, panel: options.panel as readonly PanelYear[] | undefined });
    return withConstruction(scoreWith(compilePlan(built.framework), built.dataset, options, onDoubles), dataset, built);
  }
  const framework: Framework = plan.framework;
  const units = dataset.units;
  const unitCount = units.length;
  const excluded = new Set(framework.ranking.exclude);
  const rankedUnit = units.map((unit) => unit.ranked && !excluded.has(unit.id));
  const problems: ChisoIssue[] = [];
  const missingNotes: MissingDataNote[] = [];
  const nodeCount = plan.nodes.length;

  const context = { plan, units, rankedUnit, problems, missingNotes };
  // A linear framework runs on exact integers in doubles while they fit, else on BigInt.
  const integers = plan.linear && onDoubles ? evaluateIntegers(context) : null;
  const evaluation = integers ?? (plan.linear ? evaluateRational(context) : evaluateDecimal(context));
  const texts = evaluation.texts;

  if (problems.length > 0) throw new ChisoError(problems, 'The index cannot be computed');
  applyBands(plan, texts);

  // Ranks at every node, overall and within groups.
  const groupKeys = options.groups ?? framework.ranking.groups;
  const ids = units.map((unit) => unit.id);
  for (let position = 0; position < nodeCount; position += 1) {
    const node = plan.nodes[position] as Plan['nodes'][number];
    const nodeTexts = texts[position] as MutableNodeScore[];
    const onPublished = node.kind === 'aggregate' && framework.ranking.on === 'published';
    const lowerIsBetter = ranksLowestFirst({ kind: node.kind, direction: node.node.direction });
    // Exact keys (integer numerators over one denominator) need no exact comparison at all.
    const keys = onPublished ? undefined : integers?.exactKeys[position];
    const approximate = new Float64Array(unitCount);
    const rankTexts: string[] = new Array(unitCount);
    const eligible: number[] = [];
    for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
      const entry = nodeTexts[unitIndex] as MutableNodeScore;
      const text = node.kind === 'indicator' ? entry.normalised : onPublished ? entry.published : entry.score;
      if (text === null || text === undefined || !rankedUnit[unitIndex]) continue;
      const known = onPublished ? undefined : evaluation.approximations?.[position];
      const nearest = keys !== undefined ? (keys[unitIndex] as number) : known === undefined ? Number(text) : (known[unitIndex] as number);
      approximate[unitIndex] = lowerIsBetter ? -nearest : nearest;
      rankTexts[unitIndex] = text;
      eligible.push(unitIndex);
    }
    // Decimal strings from toString and toFixed are canonical, so equal text means equal value;
    // only different texts with equal doubles need decimal arithmetic.
    const compareExact = (left: number, right: number): number => {
      const leftText = rankTexts[left] as string;
      const rightText = rankTexts[right] as string;
      if (leftText === rightText) return 0;
      const comparison = onPublished ? new ExactDecimal(leftText).cmp(rightText) : evaluation.compare(position, left, right);
      return lowerIsBetter ? -comparison : comparison;
    };
    const ranks = rankPositions({ positions: eligible, approximate, compareExact, ids, exactOrder: keys !== undefined }, framework.ranking.ties);
    for (const unitIndex of eligible) (nodeTexts[unitIndex] as MutableNodeScore).rank = ranks[unitIndex] as number;
    for (const key of groupKeys) {
      const byGroup = new Map<string, number[]>();
      for (const unitIndex of eligible) {
        const group = ownValue((units[unitIndex] as Dataset['units'][number]).groups, key);
        if (group === undefined) continue;
        const members = byGroup.get(group) ?? [];
        members.push(unitIndex);
        byGroup.set(group, members);
      }
      const groupRank = new Map<number, number>();
      const within = new Int32Array(unitCount);
      for (const members of byGroup.values()) {
        rankPositions({ positions: members, approximate, compareExact, ids, exactOrder: keys !== undefined }, framework.ranking.ties, within);
        for (const unitIndex of members) groupRank.set(unitIndex, within[unitIndex] as number);
      }
      for (let unitIndex = 0; unitIndex < unitCount; unitIndex += 1) {
        const entry = nodeTexts[unitIndex] as MutableNodeScore;
        entry.groupRanks ??= emptyRecord();
        entry.groupRanks[key] = groupRank.get(unitIndex) ?? null;
      }
    }
  }

  // A method given by the caller could change the decimal settings mid-run through a value's
  // constructor; then the figures would not have the precision the result states.
  if (!guardDecimalSettings()) throw new TypeError("chiso's decimal precision was changed while scoring; the result would not have the precision it states");

  // Assemble the plain-data result.
  const rootPosition = 0;
  const unranked: { unit: string; reason: string }[] = [];
  const unitResults: UnitResult[] = units.map((unit, unitIndex) => {
    // No prototype: a node called "__proto__" or "toString" is an ordinary key.
    const nodes = emptyRecord<NodeScore>();
    for (let position = 0; position < nodeCount; position += 1) {
      nodes[(plan.nodes[position] as Plan['nodes'][number]).node.id] = (texts[position] as MutableNodeScore[])[unitIndex] as NodeScore;
    }
    if (!rankedUnit[unitIndex]) {
      unranked.push({ unit: unit.id, reason: unit.ranked ? 'listed in the framework\'s ranking.exclude' : 'marked "ranked": false in the dataset' });
    } else if (!evaluation.present(rootPosition, unitIndex)) {
      unranked.push({ unit: unit.id, reason: `too little data to score ${quoteText(framework.root.id)} (see missing)` });
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

  // marked as made by chiso: the analyses it is given to need not check it again
  return markResult({
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
  });
}

