/**
 * Scoring a base model and any number of scenarios of it — each a named list of edits — with the
 * exact engine, so every figure is one a ministry could publish.
 *
 * @module
 */
import * as z from 'zod';
import { NUMBER_LOCALES, type NumberLocale } from '../../io/number.js';
import { compilePlan } from '../../engine/plan.js';
import type { ScoreResult } from '../../engine/result.js';
import { scoreValidated } from '../../engine/score.js';
import { checkOptions, oneOf } from '../../model/arguments.js';
import { describeValue, quoteText } from '../../model/describe.js';
import { ChisoError, formatPath, issue, type ChisoIssue } from '../../model/issues.js';
import { checkNesting } from '../../model/nesting.js';
import { fromZodIssues, parseOptions } from '../../model/validate.js';
import { editModel, prepareBase, validateOutcome } from './apply-edits.js';
import { EditSchema, type Edit, type EditInput } from './edits.js';

/** A scenario: a name (unique, not empty) and the edits that make it from the base model. */
export interface Scenario {
  readonly name: string;
  readonly edits: readonly Edit[];
}

/** A scenario as written (in TypeScript or a scenario file). */
export interface ScenarioInput {
  readonly name: string;
  readonly edits: readonly EditInput[];
}

/** The schema of a scenario file: a list of `{ name, edits }`. */
export const ScenarioListSchema = z.array(
  z.strictObject({
    name: z.string().normalize('NFC').trim().min(1, { message: 'a scenario needs a name' }),
    edits: z.array(EditSchema),
  }),
);

/**
 * Reads a list of scenarios — a scenario file's JSON — and returns them with defaults filled in,
 * or throws one {@link ChisoError} listing every problem with its path (`scenarios[1].edits[0].node`,
 * `scenarios[2].name` for a name given twice).
 *
 * @example
 * parseScenarios([{ name: 'economy x2', edits: [{ kind: 'set-weight', node: 'economy', weight: 300 }] }])[0]?.name; // => 'economy x2'
 */
export function parseScenarios(input: unknown, path: readonly (string | number)[] = ['scenarios']): Scenario[] {
  const nesting = checkNesting(input, { what: 'the scenarios' });
  if (nesting.length > 0) throw new ChisoError(nesting.map((entry) => ({ ...entry, path: [...path, ...entry.path] })), 'The scenarios are not valid');
  if (!Array.isArray(input)) throw new ChisoError([issue('invalid_shape', [...path], `the scenarios are ${describeValue(input)}; expected a list of { "name": …, "edits": [ … ] }`)], 'The scenarios are not valid');
  const parsed = ScenarioListSchema.safeParse(input, parseOptions);
  if (!parsed.success) throw new ChisoError(fromZodIssues(parsed.error.issues, path, input), 'The scenarios are not valid');
  const problems: ChisoIssue[] = [];
  const first = new Map<string, number>();
  parsed.data.forEach((scenario, index) => {
    const earlier = first.get(scenario.name);
    if (earlier !== undefined) problems.push(issue('duplicate_id', [...path, index, 'name'], `scenario name ${quoteText(scenario.name)} is already used by ${formatPath([...path, earlier])}: each scenario needs a name of its own`, { received: scenario.name }));
    else first.set(scenario.name, index);
  });
  if (problems.length > 0) throw new ChisoError(problems, 'The scenarios are not valid');
  return parsed.data;
}

/** One scenario scored, or the reason it could not be. */
export type ScenarioRun =
  | { readonly name: string; readonly edits: readonly Edit[]; readonly status: 'ok'; readonly result: ScoreResult }
  | {
      readonly name: string;
      readonly edits: readonly Edit[];
      readonly status: 'failed';
      /** Why: each problem with its path (`edits[0].node`, or `units[3].values.x` for the engine's). */
      readonly problems: readonly ChisoIssue[];
    };

/** The base model and every scenario, scored. */
export interface ScenarioRuns {
  /** The base model's result. */
  readonly base: ScoreResult;
  /** Each scenario, in the order given. */
  readonly scenarios: readonly ScenarioRun[];
}

/** Options for {@link scoreScenarios}. */
export interface ScoreScenariosOptions {
  /** How numbers written as text in the dataset are read (`vi-VN` or `en`), as for `score`. */
  readonly locale?: NumberLocale | undefined;
}

/**
 * Scores the base model and each scenario with the exact engine (`score`'s executors and ranks).
 *
 * Edits that do not fit the model — an unknown node or unit (with the one probably meant), a node
 * of the wrong kind, the top index dropped, a scenario name empty or given twice — are mistakes:
 * one {@link ChisoError} lists them all, with paths such as `scenarios[1].edits[0].node`, before
 * anything is scored. A scenario that is well written but cannot be scored — the last child of an
 * aggregate dropped, a value out of range, a gap under a `fail` policy, a method undefined for the
 * data — is a run with `status: 'failed'` and its problems: reported, never dropped.
 *
 * @example
 * const runs = scoreScenarios(vnDti2022Main, data2022, [{ name: 'economy x2', edits: [setWeight('economy', 300)] }]);
 * runs.scenarios[0]?.status; // => 'ok'
 */
export function scoreScenarios(frameworkInput: unknown, datasetInput: unknown, scenariosInput: readonly ScenarioInput[], options: ScoreScenariosOptions = {}): ScenarioRuns {
  checkOptions('scoreScenarios', options, { locale: oneOf(NUMBER_LOCALES) });
  const scenarios = parseScenarios(scenariosInput);
  const base = prepareBase(frameworkInput, datasetInput, scenarios.flatMap((scenario) => scenario.edits), options.locale);
  const outcomes = scenarios.map((scenario, index) => editModel(base.framework, base.dataset, scenario.edits, ['scenarios', index, 'edits']));
  const mistakes = outcomes.flatMap((outcome) => outcome.mistakes);
  if (mistakes.length > 0) throw new ChisoError(mistakes, 'The scenarios cannot be applied');
  const baseResult = scoreValidated(compilePlan(base.framework), base.baseDataset);
  const runs = scenarios.map((scenario, index): ScenarioRun => {
    const outcome = outcomes[index];
    if (outcome === undefined) throw new RangeError('scoreScenarios: a scenario has no outcome');
    // paths relative to the scenario: edits[0].node
    const local = (problems: readonly ChisoIssue[]): ChisoIssue[] => problems.map((entry) => (entry.path[0] === 'scenarios' ? { ...entry, path: entry.path.slice(2) } : entry));
    const failed = (problems: readonly ChisoIssue[]): ScenarioRun => ({ name: scenario.name, edits: scenario.edits, status: 'failed', problems: local(problems) });
    if (outcome.impossible.length > 0) return failed(outcome.impossible);
    const checked = validateOutcome(outcome);
    if (checked.model === undefined) return failed(checked.issues);
    try {
      const result = scoreValidated(compilePlan(checked.model.framework), checked.model.dataset);
      return { name: scenario.name, edits: scenario.edits, status: 'ok', result };
    } catch (error) {
      if (error instanceof ChisoError) return failed(error.issues);
      throw error;
    }
  });
  return { base: baseResult, scenarios: runs };
}
