/**
 * Validation of frameworks and datasets. Both functions return every problem at once, each with its
 * path; neither throws for bad input. `assertFramework` and `assertDataset` throw one
 * {@link ChisoError} holding them all.
 *
 * @module
 */
import type { z } from 'zod';
import { ExactDecimal, type Exact } from '../engine/decimal.js';
import { aggregateMethodFor } from '../methods/aggregate/index.js';
import { normaliseMethodFor } from '../methods/normalise/index.js';
import { localeAdvice, NUMBER_LOCALES, readNumber, readsAsThousands, type NumberLocale } from '../io/number.js';
import { DatasetSchema, type Dataset, type DataValue } from './dataset.js';
import {
  defaultRange,
  FrameworkSchema,
  ID_RULE,
  idProblem,
  IdSchema,
  type AggregateNode,
  type Framework,
  type FrameworkInput,
  type FrameworkNode,
  type IndicatorNode,
  type Range,
} from './framework.js';
import { ChisoError, formatPath, issue, type ChisoIssue } from './issues.js';
import { checkOptions, oneOf } from './arguments.js';
import { describeValue, quoteText } from './describe.js';
import { abbreviate, MAX_DECIMAL_EXPONENT, MAX_SIGNIFICANT_DIGITS, MAX_YEAR, MIN_YEAR, yearProblem } from './limits.js';
import { checkNesting } from './nesting.js';
import { inheritedKeys, isRecord, ownValue, readsDirectly } from './records.js';
import { spreadsheetError, spreadsheetErrorHint } from './spreadsheet-errors.js';
import { closestName, didYouMean } from './suggest.js';
import { nfcKeys } from './text.js';

/** The outcome of a validation: the parsed value, or every problem found. */
export type Validation<T> =
  | { readonly success: true; readonly value: T; readonly issues: readonly [] }
  | { readonly success: false; readonly value?: undefined; readonly issues: readonly ChisoIssue[] };

/**
 * The keys each strict object knows, by the `keys` array of its "unrecognized keys" issue: zod
 * drops the schema from finished issues, so {@link parseOptions} notes them while parsing.
 */
const knownKeysByIssue = new WeakMap<readonly string[], readonly string[]>();

/**
 * Options for `safeParse` that let {@link fromZodIssues} suggest the key meant by a misspelt one
 * and the option meant by a misspelt value.
 *
 * @example
 * const parsed = FrameworkSchema.safeParse({ id: 'f', nmae: 'F' }, parseOptions);
 * if (!parsed.success) fromZodIssues(parsed.error.issues).find((entry) => entry.code === 'unknown_key')?.message;
 * // => 'unknown key "nmae" — did you mean "name"?'
 */
export const parseOptions: z.core.ParseContext<z.core.$ZodIssue> = {
  reportInput: true,
  error: (raw) => {
    if (raw.code === 'unrecognized_keys' && raw.inst !== undefined) {
      const definition: unknown = raw.inst._zod.def;
      if (typeof definition === 'object' && definition !== null && 'shape' in definition && typeof definition.shape === 'object' && definition.shape !== null) {
        knownKeysByIssue.set(raw.keys, Object.keys(definition.shape));
      }
    }
    return undefined;
  },
};

/** How many unknown keys of one object (or one dataset) get a did-you-mean; the rest are only named. */
const SUGGESTIONS_AT_MOST = 100;

function quoted(values: readonly unknown[]): string {
  return values.map((value) => describeValue(value)).join(', ');
}

/** Chiso's own words for the zod issues people meet most: misspelt keys, options and kinds. */
function explainZodIssue(zodIssue: z.core.$ZodIssue, path: (string | number)[], code: ChisoIssue['code']): ChisoIssue[] | null {
  if (zodIssue.code === 'unrecognized_keys') {
    const known = knownKeysByIssue.get(zodIssue.keys) ?? [];
    return zodIssue.keys.map((key, index) => {
      // Suggestions cost an edit distance per known key: enough for typos, bounded for a flood of keys.
      const suggestion = index < SUGGESTIONS_AT_MOST ? didYouMean(key, known) : '';
      const listed = suggestion === '' && known.length > 0 ? `; the keys allowed here are ${quoted(known)}` : '';
      return issue('unknown_key', [...path, key], `unknown key ${quoteText(key)}${suggestion}${listed}`, { received: key });
    });
  }
  if (zodIssue.code === 'invalid_format' && zodIssue.message === ID_RULE && typeof zodIssue.input === 'string') {
    return [issue(code, path, `${idProblem(zodIssue.input)}${spreadsheetErrorHint(zodIssue.input)}`, { expected: 'an id of letters, digits, "_", "-" and "."', received: abbreviate(zodIssue.input) })];
  }
  if (zodIssue.code === 'invalid_value' && zodIssue.values.length > 1 && (typeof zodIssue.input === 'string' || zodIssue.input === undefined)) {
    const received = zodIssue.input;
    const options = zodIssue.values.filter((value): value is string => typeof value === 'string');
    const suggestion = received === undefined ? '' : didYouMean(received, options);
    const message = `${received === undefined ? 'missing' : `${quoteText(received)} is not an option`}: expected one of ${quoted(zodIssue.values)}${suggestion}`;
    return [issue(code, path, message, { expected: `one of ${quoted(zodIssue.values)}`, ...(received === undefined ? {} : { received }) })];
  }
  if (zodIssue.code === 'invalid_union' && zodIssue.errors.length === 0 && zodIssue.discriminator !== undefined && 'options' in zodIssue) {
    // A discriminated union met no known `method` or `kind`.
    const discriminator = zodIssue.discriminator;
    const options = (zodIssue.options ?? []).map(String);
    const input: unknown = zodIssue.input;
    const given: unknown = typeof input === 'object' && input !== null && Object.hasOwn(input, discriminator) ? (input as Record<string, unknown>)[discriminator] : undefined;
    const what = given === undefined ? `no ${JSON.stringify(discriminator)}` : `unknown ${discriminator} ${describeValue(given)}`;
    const suggestion = typeof given === 'string' ? didYouMean(given, options) : '';
    return [issue(code, path, `${what}: expected one of ${quoted(options)}${suggestion}`, { expected: `one of ${quoted(options)}`, ...(typeof given === 'string' ? { received: given } : {}) })];
  }
  return null;
}

/**
 * Turns zod's issues into chiso's, keeping zod's paths. Given the `input` that was parsed, a
 * missing or mistyped method parameter names its method and node ("goalposts normalisation of
 * \"a\" needs \"max\"").
 */
export function fromZodIssues(zodIssues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = [], input?: unknown): ChisoIssue[] {
  return zodIssues.flatMap((zodIssue): ChisoIssue[] => {
    const path = [...prefix, ...zodIssue.path.map(pathKey)];
    // A method spec that does not parse is a method without (the right) parameters.
    const code = path.includes('normalisation') || path.includes('aggregation') ? 'invalid_method' : 'invalid_shape';
    // A union's own message ("Invalid input") says little; its branches say what was wrong.
    if (zodIssue.code === 'invalid_union' && zodIssue.errors.length > 0) {
      // The one branch whose type matched (a string that is not a decimal) says what was wrong.
      const typed = zodIssue.errors.filter((branch) => !branch.every((entry) => entry.code === 'invalid_type' && entry.path.length === 0));
      if (typed.length === 1) return fromZodIssues(typed[0] ?? [], path, input);
      // No branch's type matched (a parameter missing, or null): say what the place takes.
      if (typed.length === 0) return [wrongType(zodIssue.errors.flatMap((branch) => branch.map((entry) => (entry.code === 'invalid_type' ? entry.expected : ''))), zodIssue.input, path, code, input)];
      const branches = zodIssue.errors.map((branch) => fromZodIssues(branch, path, input));
      const closest = branches.reduce((best, branch) => (deepest(branch) > deepest(best) ? branch : best));
      if (deepest(closest) > prefix.length + zodIssue.path.length) return closest;
    }
    if (zodIssue.code === 'invalid_type' && (zodIssue.input === undefined || zodIssue.input === null)) return [wrongType([zodIssue.expected], zodIssue.input, path, code, input)];
    // A unit id such as "#N/A" is a formula that failed in the spreadsheet the data came from.
    const spreadsheet = typeof zodIssue.input === 'string' ? spreadsheetErrorHint(zodIssue.input) : '';
    const explained = explainZodIssue(zodIssue, path, code) ?? [issue(code, path, `${zodIssue.message}${spreadsheet}`, typeof zodIssue.input === 'string' ? { received: zodIssue.input } : {})];
    // A method's parameter: say which method of which node ("goalposts normalisation of \"a\": …").
    const place = methodPlace(path, input);
    return place === null ? explained : explained.map((entry) => ({ ...entry, message: `${place}: ${entry.message}` }));
  });
}

/** Zod's type names as a message says them. */
const TYPE_WORDS: Readonly<Record<string, string>> = { number: 'a number', string: 'a text', array: 'a list', object: 'an object', boolean: 'true or false', int: 'a whole number', function: 'a function, written in TypeScript (a JSON framework cannot hold one)' };

/**
 * A value missing, null or of no type the place takes: which key, and what it takes. A method
 * parameter names the method and its node ("goalposts normalisation of \"a\" needs \"max\"").
 */
function wrongType(expectedTypes: readonly string[], given: unknown, path: readonly (string | number)[], code: ChisoIssue['code'], input: unknown): ChisoIssue {
  const kinds = [...new Set(expectedTypes.filter((kind) => kind !== ''))];
  const decimal = kinds.length === 2 && kinds.includes('number') && kinds.includes('string');
  const expected = decimal ? 'a number, or a decimal number written as text ("0.5")' : kinds.map((kind) => TYPE_WORDS[kind] ?? kind).join(' or ') || 'a value';
  const key = path[path.length - 1];
  const name = key === undefined ? 'the value' : typeof key === 'number' ? 'the value' : quoteText(key);
  const place = methodPlace(path, input);
  const message =
    given === undefined
      ? place === null
        ? `${name} is missing: expected ${expected}`
        : `${place} needs ${name}: ${expected}`
      : `${place === null ? '' : `${place}: `}${name} is ${describeValue(given)}: expected ${expected}`;
  return issue(code, path, message, { expected, ...(given === undefined ? {} : { received: describeValue(given) }) });
}

/** "goalposts normalisation of \"a\"" when a path is a parameter of a node's method, else null. */
function methodPlace(path: readonly (string | number)[], input: unknown): string | null {
  const at = path.length - 2;
  const kind = path[at];
  if ((kind !== 'normalisation' && kind !== 'aggregation') || path[at + 1] === 'method') return null;
  const spec = valueAt(input, path.slice(0, at + 1));
  const node = valueAt(input, path.slice(0, at));
  const method = isRecord(spec) && typeof spec.method === 'string' ? `${quoteText(spec.method).slice(1, -1)} ` : '';
  const of = isRecord(node) && typeof node.id === 'string' ? ` of ${quoteText(node.id)}` : '';
  return `${method}${kind}${of}`;
}

/** The value at a path of parsed input, through own properties only; undefined when there is none. */
function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function pathKey(key: PropertyKey): string | number {
  return typeof key === 'symbol' ? String(key) : key;
}

function deepest(issues: readonly ChisoIssue[]): number {
  return issues.reduce((depth, entry) => Math.max(depth, entry.path.length), 0);
}

/** Visits every node depth-first, parents before children, with its path in the framework. */
export function walkFramework(
  root: AggregateNode,
  visit: (node: FrameworkNode, path: (string | number)[], parent: AggregateNode | null) => void,
): void {
  const step = (node: FrameworkNode, path: (string | number)[], parent: AggregateNode | null): void => {
    visit(node, path, parent);
    if (node.kind === 'aggregate') node.children.forEach((child, index) => step(child, [...path, 'children', index], node));
  };
  step(root, ['root'], null);
}

/** Every indicator of a framework, in the order they appear. */
export function indicatorsOf(input: Framework): IndicatorNode[] {
  const framework = validatedFramework(input);
  const found: IndicatorNode[] = [];
  walkFramework(framework.root, (node) => {
    if (node.kind === 'indicator') found.push(node);
  });
  return found;
}

function checkFramework(framework: Framework): ChisoIssue[] {
  const problems: ChisoIssue[] = [];
  const seen = new Map<string, string>();
  const variableIds = new Set(framework.variables.map((variable) => variable.id));
  framework.variables.forEach((variable, index) => {
    const path = ['variables', index, 'id'];
    if (seen.has(variable.id)) problems.push(issue('duplicate_id', path, `the id ${quoteText(variable.id)} is already used at ${seen.get(variable.id)}`));
    else seen.set(variable.id, `variables[${index}]`);
  });
  const indicatorIds = new Set<string>();
  walkFramework(framework.root, (node) => {
    if (node.kind === 'indicator') indicatorIds.add(node.id);
  });

  walkFramework(framework.root, (node, path) => {
    const where = path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').slice(1);
    if (seen.has(node.id)) problems.push(issue('duplicate_id', [...path, 'id'], `the id ${quoteText(node.id)} is already used at ${seen.get(node.id)}`, { received: node.id }));
    else seen.set(node.id, where);

    if (node.weight < 0) {
      problems.push(issue('invalid_weight', [...path, 'weight'], `weight ${node.weight} of ${quoteText(node.id)} is negative`, { expected: 'a weight of 0 or more', received: String(node.weight) }));
    }
    if (!Number.isFinite(node.weight)) {
      problems.push(issue('invalid_weight', [...path, 'weight'], `weight of ${quoteText(node.id)} is not a finite number`));
    }

    if (node.kind === 'aggregate') {
      if (node.children.length > 0 && node.children.every((child) => child.weight === 0)) {
        problems.push(issue('invalid_weight', [...path, 'children'], `every child of ${quoteText(node.id)} has weight 0, so its score is undefined`, { expected: 'at least one positive weight' }));
      }
      for (const message of aggregateMethodFor(node.aggregation).check(node.aggregation)) {
        problems.push(issue('invalid_method', [...path, 'aggregation'], `${node.aggregation.method} aggregation of ${quoteText(node.id)}: ${message}`));
      }
      return;
    }

    for (const message of normaliseMethodFor(node.normalisation).check(node.normalisation, node.direction)) {
      problems.push(issue('invalid_method', [...path, 'normalisation'], `${node.normalisation.method} normalisation of ${quoteText(node.id)}: ${message}`));
    }
    if (node.range?.min !== undefined && node.range.max !== undefined && new ExactDecimal(node.range.min).gt(new ExactDecimal(node.range.max))) {
      problems.push(issue('invalid_method', [...path, 'range'], `the valid range of ${quoteText(node.id)} has min ${node.range.min} above max ${node.range.max}`));
    }
    if (node.denominator) {
      const variable = node.denominator.variable;
      if (variable === node.id) {
        problems.push(issue('unknown_reference', [...path, 'denominator', 'variable'], `${quoteText(node.id)} cannot be its own denominator`));
      } else if (!variableIds.has(variable) && !indicatorIds.has(variable)) {
        problems.push(issue('unknown_reference', [...path, 'denominator', 'variable'], `denominator ${quoteText(variable)} of ${quoteText(node.id)} is neither a variable nor an indicator of this framework`, { received: variable }));
      }
    }
  });
  problems.push(...checkSteps(framework, indicatorIds));
  return problems;
}

/** Construction steps: indicators they name exist, each method has what it needs, one denominate step. */
function checkSteps(framework: Framework, indicatorIds: ReadonlySet<string>): ChisoIssue[] {
  const problems: ChisoIssue[] = [];
  const known = [...indicatorIds];
  const checkIndicator = (id: string, path: (string | number)[]): void => {
    if (!indicatorIds.has(id)) problems.push(issue('unknown_reference', path, `step names ${quoteText(id)}, which is no indicator of this framework${didYouMean(id, known)}`, { received: id }));
  };
  let denominates = 0;
  (framework.steps ?? []).forEach((step, index) => {
    const path = ['steps', index];
    if (step.step === 'denominate') {
      denominates += 1;
      if (denominates === 2) problems.push(issue('invalid_method', path, 'the framework declares two denominate steps; indicators are divided once'));
      return;
    }
    if (step.step === 'screen') return;
    step.indicators?.forEach((id, position) => checkIndicator(id, [...path, 'indicators', position]));
    if (step.step === 'impute') {
      if ((step.method === 'group-mean' || step.method === 'group-median') && step.group === undefined) problems.push(issue('invalid_method', [...path, 'group'], `${step.method} imputation needs a group key (e.g. "region")`));
      if (step.method === 'function' && step.function === undefined) problems.push(issue('invalid_method', [...path, 'function'], 'function imputation needs the name of the function (given to score in options.imputers)'));
      return;
    }
    const needsLambda = (method: string | undefined, then: string | undefined): boolean => method === 'box-cox' || ((method ?? 'jrc') === 'jrc' && then === 'box-cox');
    if (needsLambda(step.method, step.then) && step.lambda === undefined) problems.push(issue('invalid_method', [...path, 'lambda'], 'box-cox needs lambda'));
    step.overrides.forEach((override, position) => {
      checkIndicator(override.indicator, [...path, 'overrides', position, 'indicator']);
      if (needsLambda(override.method ?? step.method, override.then ?? step.then) && (override.lambda ?? step.lambda) === undefined) problems.push(issue('invalid_method', [...path, 'overrides', position, 'lambda'], `box-cox for ${quoteText(override.indicator)} needs lambda`));
    });
  });
  return problems;
}

/**
 * Ids given twice in a framework that did not parse, read as written: the same issues as
 * {@link checkFramework} gives. Only for input {@link checkNesting} accepted (finite and acyclic).
 */
function duplicateIdsAsWritten(input: unknown): ChisoIssue[] {
  if (!isRecord(input)) return [];
  const problems: ChisoIssue[] = [];
  const seen = new Map<string, string>();
  const note = (id: unknown, path: (string | number)[]): void => {
    if (typeof id !== 'string') return;
    const earlier = seen.get(id);
    if (earlier !== undefined) problems.push(issue('duplicate_id', [...path, 'id'], `the id ${quoteText(id)} is already used at ${earlier}`, { received: id }));
    else seen.set(id, formatPath(path));
  };
  if (Array.isArray(input.variables)) input.variables.forEach((variable: unknown, index) => note(isRecord(variable) ? variable.id : undefined, ['variables', index]));
  // Depth first, parents before children, as walkFramework visits them (a stack, children reversed).
  const pending: { node: unknown; path: (string | number)[] }[] = [{ node: input.root, path: ['root'] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, path } = next;
    if (!isRecord(node)) continue;
    note(node.id, path);
    if (Array.isArray(node.children)) for (let index = node.children.length - 1; index >= 0; index -= 1) pending.push({ node: node.children[index] as unknown, path: [...path, 'children', index] });
  }
  return problems;
}

/**
 * Node objects that appear twice in a framework's tree. Such a node has its id twice, so the
 * framework is wrong anyway; and a tree built by nesting one object twice per level (n = { children:
 * [n, n] }) would take zod 2^levels steps, so it is refused here, in one pass over distinct nodes.
 */
function sharedNodes(input: unknown): ChisoIssue[] {
  if (!isRecord(input)) return [];
  const firstPath = new Map<object, (string | number)[]>();
  const problems: ChisoIssue[] = [];
  const pending: { node: unknown; path: (string | number)[] }[] = [{ node: input.root, path: ['root'] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, path } = next;
    if (!isRecord(node)) continue;
    const earlier = firstPath.get(node);
    if (earlier !== undefined) {
      problems.push(issue('duplicate_id', path, `this node is the same object as ${formatPath(earlier)}: each node of the tree must be an object of its own, with its own id`));
      continue;
    }
    firstPath.set(node, path);
    if (Array.isArray(node.children)) for (let index = node.children.length - 1; index >= 0; index -= 1) pending.push({ node: node.children[index] as unknown, path: [...path, 'children', index] });
  }
  return problems;
}

/**
 * Validates a framework written as data: its shape (zod), then its meaning — duplicate ids,
 * negative or all-zero sibling weights, methods without their parameters, denominators that do not
 * exist. Returns every problem at once, each with its path.
 *
 * @example
 * const checked = validateFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'top', children: [
 *   { kind: 'indicator', id: 'a', unit: 'percent', weight: -1, normalisation: { method: 'goalposts', min: 0, max: 100 } },
 * ] } });
 * checked.success; // => false
 * checked.issues[0]?.code; // => 'invalid_weight'
 */
export function validateFramework(input: unknown): Validation<Framework> {
  // Before zod, whose parsing recurses once per level: a 10,000-level tree or a cycle would overflow the stack.
  const shapeProblems = checkNesting(input, { what: 'the framework' });
  if (shapeProblems.length > 0) return { success: false, issues: shapeProblems };
  const shared = sharedNodes(input);
  if (shared.length > 0) return { success: false, issues: shared };
  const parsed = FrameworkSchema.safeParse(input, parseOptions);
  // Ids given twice are found in the framework as written too, so a misspelt key does not hide them.
  if (!parsed.success) return { success: false, issues: [...fromZodIssues(parsed.error.issues, [], input), ...duplicateIdsAsWritten(input)] };
  const problems = checkFramework(parsed.data);
  if (problems.length > 0) return { success: false, issues: problems };
  validatedFrameworks.add(parsed.data);
  return { success: true, value: parsed.data, issues: [] };
}

/**
 * Frameworks {@link validateFramework} returned. Functions that need a validated framework use
 * these as they are and validate anything else first (a `defineFramework` literal, a framework
 * read from JSON, a copy with one field changed), so no engine ever reads a framework whose
 * defaults were never filled in.
 */
const validatedFrameworks = new WeakSet<object>();

/**
 * The framework a function that needs a validated one was given: as it is when
 * {@link validateFramework} returned it, otherwise validated now (a {@link ChisoError} listing
 * every problem when it is not valid). `validateFramework` and `assertFramework` themselves always
 * validate, so a framework changed after validation is checked again there.
 *
 * @example
 * validatedFramework(desi2022).scale; // => 100
 * const framework = assertFramework(desi2022);
 * validatedFramework(framework) === framework; // => true
 */
export function validatedFramework(input: unknown): Framework {
  return typeof input === 'object' && input !== null && validatedFrameworks.has(input) ? (input as Framework) : assertFramework(input);
}

/**
 * Validates a framework and returns it with defaults filled in, or throws a {@link ChisoError}
 * listing every problem.
 *
 * @example
 * const framework = assertFramework(desi2022);
 * framework.scale; // => 100
 */
export function assertFramework(input: unknown): Framework {
  const checked = validateFramework(input);
  if (!checked.success) throw new ChisoError(checked.issues, 'The framework is not valid');
  return checked.value;
}

/** The valid range of an indicator: its own, or the one its unit implies. */
export function validRange(node: IndicatorNode | { unit: IndicatorNode['unit']; range?: Range | undefined }): Range {
  return node.range ?? defaultRange(node.unit);
}

/** A range bound, exact and as a double. */
interface Bound {
  readonly exact: Exact;
  readonly approximate: number;
  readonly text: string;
}

function bound(value: number | string): Bound {
  const exact = new ExactDecimal(value);
  return { exact, approximate: exact.toNumber(), text: exact.toString() };
}

/**
 * Compares a value with a bound using doubles, and exact decimals only when the doubles are equal.
 * Converting a decimal to the nearest double never reverses an order, so unequal doubles decide
 * the comparison exactly; this keeps validation of a million values cheap.
 */
function compareToBound(value: number | string, approximate: number, limit: Bound): number {
  if (approximate < limit.approximate) return -1;
  if (approximate > limit.approximate) return 1;
  return new ExactDecimal(value).cmp(limit.exact);
}

/** Lookup tables describing which value keys a framework accepts and how to check them. */
interface ValueRule {
  readonly id: string;
  /** What the key is in the framework: messages name it so ("variable \"pop\""). */
  readonly kind: 'indicator' | 'variable';
  readonly unit: IndicatorNode['unit'];
  readonly min: Bound | null;
  readonly max: Bound | null;
  /** Whether a missing value is an error (its parent's policy is `fail`). */
  readonly required: boolean;
  /** For a variable: the indicators that divide by it. */
  readonly neededBy: readonly string[];
}

function valueRules(framework: Framework): Map<string, ValueRule> {
  const rules = new Map<string, ValueRule>();
  const denominatorUsers = new Map<string, string[]>();
  // With construction steps a missing value may be imputed, and a missing divisor leaves its cell
  // missing (recorded by the denominate step): the engine decides once the steps have run.
  const constructed = (framework.steps ?? []).length > 0;
  const add = (id: string, kind: ValueRule['kind'], unit: IndicatorNode['unit'], range: Range, given: boolean): void => {
    const required = given && !constructed;
    rules.set(id, {
      id,
      kind,
      unit,
      min: range.min === undefined ? null : bound(range.min),
      max: range.max === undefined ? null : bound(range.max),
      required,
      neededBy: constructed ? [] : (denominatorUsers.get(id) ?? []),
    });
  };
  walkFramework(framework.root, (node) => {
    if (node.kind === 'indicator' && node.denominator) {
      const users = denominatorUsers.get(node.denominator.variable) ?? [];
      users.push(node.id);
      denominatorUsers.set(node.denominator.variable, users);
    }
  });
  walkFramework(framework.root, (node, _path, parent) => {
    if (node.kind === 'indicator') add(node.id, 'indicator', node.unit, validRange(node), parent?.missing.policy === 'fail');
  });
  for (const variable of framework.variables) add(variable.id, 'variable', variable.unit, validRange(variable), false);
  return rules;
}

/** A unit's values: checked one by one below (anything not a number or text is reported), never walked into. */
function isValuesObject(key: string | number, depth: number, path: () => readonly (string | number)[]): boolean {
  return key === 'values' && depth === 4 && path()[0] === 'units';
}

/** Units where "1.640" must not be read as 1.64 without a declared locale: whole things, money. */
const THOUSANDS_MATTER: ReadonlySet<IndicatorNode['unit']> = new Set(['count', 'currency']);

/** Options for {@link validateDataset} and {@link assertDataset}. */
export interface ValidateDatasetOptions {
  /**
   * How numbers written as text are read (`vi-VN`: `1.640,5`; `en`: `1,640.5`); the dataset may
   * declare it instead (`locale`), and the two must then agree. Without either, text that reads
   * differently under the two conventions where it matters is refused (see `readNumber`).
   */
  readonly locale?: NumberLocale | undefined;
}

/**
 * Validates a dataset against a framework and reports every problem at once, each with its path
 * and the unit's id: unknown indicators, a unit id given twice, values that are not finite
 * numbers or decimal strings (`NaN`, `Infinity`, `"n/a"`, for every unit), numbers beyond the limits
 * of exact arithmetic, text written in an undeclared number format, values outside the valid range
 * (a percent of 112, a negative count), missing values the framework's policy does not allow,
 * missing denominators, and a dataset that does not match the framework's ranking (a misspelt
 * `ranking.exclude` id or group key, a ranked unit lacking a group others have).
 *
 * Values written as text are read with the declared `locale` (option or dataset field) and come
 * back as plain decimal text (`"1.640"` with `vi-VN` → `"1640"`); the dataset returned then says
 * `locale: 'en'`, which reads plain decimal text unchanged, so validating it again changes nothing.
 *
 * The framework may be one `assertFramework` returned (used as it is) or any framework input (a
 * `defineFramework` literal, parsed JSON), which is validated first: a framework that is not valid
 * throws a {@link ChisoError} listing its problems, as `score` does — only the dataset's problems
 * are returned as issues.
 *
 * @example
 * const checked = validateDataset(framework, { units: [{ id: 'HN', values: { fibre_pct: 112 } }] });
 * checked.issues[0]?.message;
 * // => 'unit "HN", indicator "fibre_pct": 112 is above the maximum 100 (percent)'
 * validateDataset(framework, { units: [{ id: 'HN', values: { services: '1.640' } }] }, { locale: 'vi-VN' }).value?.units[0]?.values;
 * // => { services: '1640' }
 */
export function validateDataset(frameworkInput: Framework | FrameworkInput, input: unknown, options: ValidateDatasetOptions = {}): Validation<Dataset> {
  checkOptions('validateDataset', options, { locale: oneOf(NUMBER_LOCALES) });
  // A framework that was never validated is validated here; validation never throws, so its
  // problems are returned, their paths under "framework".
  const checkedFramework = typeof frameworkInput === 'object' && frameworkInput !== null && validatedFrameworks.has(frameworkInput) ? null : validateFramework(frameworkInput);
  if (checkedFramework !== null && !checkedFramework.success) return { success: false, issues: checkedFramework.issues.map((entry) => ({ ...entry, path: ['framework', ...entry.path] })) };
  const framework = checkedFramework === null ? (frameworkInput as Framework) : checkedFramework.value;
  const shapeProblems = checkNesting(input, { what: 'the dataset', opaque: isValuesObject });
  if (shapeProblems.length > 0) return { success: false, issues: shapeProblems };
  const parsed = DatasetSchema.safeParse(input, parseOptions);
  // One pass: values are checked even when the shape is wrong somewhere (a bad id, a misspelt
  // key), so every problem is reported at once, not the shape's first and the values' after a fix.
  const shapeIssues = parsed.success ? [] : fromZodIssues(parsed.error.issues, [], input);
  const units: readonly (UnitToCheck | null)[] = parsed.success ? parsed.data.units : unitsAsWritten(input);
  const rules = valueRules(framework);
  const ruleList = [...rules.values()];
  const inheritedRules = inheritedKeys(ruleList.map((rule) => rule.id));
  const problems: ChisoIssue[] = [];
  const firstIndex = new Map<string, number>();
  const declared = parsed.success ? parsed.data.locale : declaredLocale(input);
  if (options.locale !== undefined && declared !== undefined && options.locale !== declared) {
    problems.push(issue('invalid_shape', ['locale'], `the dataset declares locale ${quoteText(declared)} but locale ${quoteText(options.locale)} was asked for`, { expected: options.locale, received: declared }));
  }
  const locale = options.locale ?? declared;
  // Without a locale: columns with a cell grouping thousands with "." ("1.640.000"), and columns with
  // a cell such as "1.640"; in a column that is both, "1.640" cannot be read as 1.64 either.
  const dotGrouped = new Map<string, string>();
  const thousandsLike = new Set<string>();
  /** Values written as text in a declared format, by unit index, as plain decimal text. */
  const readValuesByUnit = new Map<number, Record<string, string>>();
  /** Keys that are not indicators: one issue each, however many units give them, placed where first seen. */
  const unknownKeys = new Map<string, { position: number; path: (string | number)[]; units: string[] }>();

  units.forEach((unit, unitIndex) => {
    if (unit === null) return;
    const unitPath = ['units', unitIndex];
    const earlier = firstIndex.get(unit.id);
    if (unit.idValid === false) {
      // the shape's issue names the id; its values are still checked below
    } else if (earlier !== undefined) {
      problems.push(issue('duplicate_id', [...unitPath, 'id'], `unit id ${quoteText(unit.id)} is given twice (units[${earlier}] and units[${unitIndex}])`, { received: unit.id }));
    } else firstIndex.set(unit.id, unitIndex);

    for (const key of Object.keys(unit.groups)) {
      const group = unit.groups[key];
      if (typeof group !== 'string') {
        problems.push(issue('invalid_shape', [...unitPath, 'groups', key], `unit ${quoteText(unit.id)}: group ${quoteText(key)} is ${describeValue(group)}, not a text`, { expected: 'a text such as "Red River Delta"', received: describeValue(group) }));
      } else if (spreadsheetError(group) !== undefined) {
        problems.push(issue('invalid_shape', [...unitPath, 'groups', key], `unit ${quoteText(unit.id)}: group ${quoteText(key)} is ${quoteText(group)}, not a group name${spreadsheetErrorHint(group)}`, { received: group }));
      }
    }
    if (typeof unit.name === 'string' && spreadsheetError(unit.name) !== undefined) {
      problems.push(issue('invalid_shape', [...unitPath, 'name'], `unit ${quoteText(unit.id)}: name ${quoteText(unit.name)} is not a name${spreadsheetErrorHint(unit.name)}`, { received: unit.name }));
    }

    const values = unit.values;
    for (const key in values) {
      if (!Object.hasOwn(values, key)) continue;
      const value = values[key];
      const rule = rules.get(key);
      if (!rule) {
        const unknown = unknownKeys.get(key);
        if (unknown === undefined) {
          unknownKeys.set(key, { position: problems.length, path: [...unitPath, 'values', key], units: [unit.id] });
          problems.push(issue('unknown_indicator', [...unitPath, 'values', key], '', { received: key }));
        } else unknown.units.push(unit.id);
        continue;
      }
      if (value === null || value === undefined) continue;
      // The common case, a finite number within the bounds as doubles, needs no more work.
      if (typeof value === 'number' && Number.isFinite(value) && rule.unit !== 'yes-no' && (rule.min === null || value > rule.min.approximate) && (rule.max === null || value < rule.max.approximate)) continue;
      const path = [...unitPath, 'values', key];
      const where = `unit ${quoteText(unit.id)}, ${rule.kind} ${quoteText(key)}`;
      let text: string;
      if (typeof value === 'number') {
        // NaN and ±Infinity, whatever the unit: no engine ever sees them.
        if (!Number.isFinite(value)) {
          problems.push(issue('not_a_number', path, `${where}: ${describeValue(value)} is not a finite number (${rule.unit})`, { expected: 'a finite number', received: describeValue(value) }));
          continue;
        }
        text = String(value);
      } else if (typeof value === 'string') {
        const reading = readNumber(value, { locale, percent: rule.unit === 'percent' });
        if (!reading.ok) {
          if (locale === undefined && reading.suggest === 'vi-VN' && value.includes('.') && !dotGrouped.has(key)) dotGrouped.set(key, `unit ${quoteText(unit.id)} has ${describeValue(value)}`);
          const code = reading.kind === 'ambiguous' ? 'ambiguous_number' : reading.kind === 'beyond_limits' ? 'out_of_range' : 'not_a_number';
          const expected = reading.kind === 'ambiguous' ? 'a number in a declared format (locale vi-VN or en)' : reading.kind === 'beyond_limits' ? `at most ${MAX_SIGNIFICANT_DIGITS} significant digits, a magnitude within 1e±${MAX_DECIMAL_EXPONENT}` : 'a number or a decimal string such as "0.7908"';
          problems.push(issue(code, path, `${where}: ${reading.reason}${spreadsheetErrorHint(value)}`, { expected, received: describeValue(value) }));
          continue;
        }
        text = reading.text;
        if (locale === undefined && readsAsThousands(text)) {
          if (THOUSANDS_MATTER.has(rule.unit)) {
            problems.push(issue('ambiguous_number', path, `${where}: ${describeValue(value)} is a ${rule.unit}: ${text.replace('.', '')} if "." groups thousands (vi-VN), ${text} if it is a decimal point (en); ${localeAdvice()}`, { expected: 'a number in a declared format (locale vi-VN or en)', received: describeValue(value) }));
            continue;
          }
          thousandsLike.add(key);
        }
        if (text !== value) {
          const readValues = readValuesByUnit.get(unitIndex) ?? (Object.create(null) as Record<string, string>);
          readValues[key] = text;
          readValuesByUnit.set(unitIndex, readValues);
        }
      } else {
        problems.push(issue('not_a_number', path, `${where}: ${describeValue(value)} is not a number`, { expected: 'a number or a decimal string such as "0.7908"', received: describeValue(value) }));
        continue;
      }
      const approximate = Number(text);
      if (rule.min !== null && compareToBound(text, approximate, rule.min) < 0) {
        problems.push(issue('out_of_range', path, `${where}: ${text} is below the minimum ${rule.min.text} (${rule.unit})`, { expected: `at least ${rule.min.text}`, received: text }));
      } else if (rule.max !== null && compareToBound(text, approximate, rule.max) > 0) {
        problems.push(issue('out_of_range', path, `${where}: ${text} is above the maximum ${rule.max.text} (${rule.unit})`, { expected: `at most ${rule.max.text}`, received: text }));
      } else if (rule.unit === 'yes-no' && !new ExactDecimal(text).isInteger()) {
        problems.push(issue('out_of_range', path, `${where}: ${text} is not yes (1) or no (0)`, { expected: '0 or 1', received: text }));
      }
    }

    const direct = readsDirectly(values);
    for (const [ruleIndex, rule] of ruleList.entries()) {
      const given = direct && !inheritedRules[ruleIndex] ? values[rule.id] : ownValue(values, rule.id);
      if (given !== undefined && given !== null) continue;
      if (rule.required) {
        problems.push(issue('missing_value', [...unitPath, 'values', rule.id], `unit ${quoteText(unit.id)}: indicator ${quoteText(rule.id)} is missing and its parent's missing-data policy is "fail"`, { expected: 'a value' }));
      }
      const users = rule.neededBy.filter((user) => ownValue(values, user) !== undefined && ownValue(values, user) !== null);
      if (users.length > 0) {
        problems.push(issue('missing_value', [...unitPath, 'values', rule.id], `unit ${quoteText(unit.id)}: ${rule.kind} ${quoteText(rule.id)} is missing but ${users.map((user) => `${quoteText(user)}`).join(', ')} divide${users.length === 1 ? 's' : ''} by it`, { expected: 'a value' }));
      }
    }
  });
  for (const [key, evidence] of dotGrouped) {
    if (!thousandsLike.has(key)) continue;
    units.forEach((unit, unitIndex) => {
      if (unit === null) return;
      const value = ownValue(unit.values, key);
      if (typeof value !== 'string') return;
      const reading = readNumber(value, { percent: rules.get(key)?.unit === 'percent' });
      if (!reading.ok || !readsAsThousands(reading.text)) return;
      problems.push(issue('ambiguous_number', ['units', unitIndex, 'values', key], `unit ${quoteText(unit.id)}, ${rules.get(key)?.kind ?? 'indicator'} ${quoteText(key)}: ${describeValue(value)} is ${reading.text.replace('.', '')} if "." groups thousands, as elsewhere in this column (${evidence}), but ${reading.text} if it is a decimal point; ${localeAdvice('vi-VN')}`, { expected: 'a number in a declared format (locale vi-VN or en)', received: describeValue(value) }));
    });
  }
  const indicatorIds = [...rules.keys()];
  let suggested = 0;
  for (const [key, { position, path, units: givenBy }] of unknownKeys) {
    suggested += 1;
    const shown = givenBy.slice(0, 5).map((id) => quoteText(id)).join(', ');
    const where = givenBy.length === units.length && units.length > 1 ? `every unit` : `${givenBy.length === 1 ? 'unit' : `${givenBy.length} units:`} ${shown}${givenBy.length > 5 ? ', …' : ''}`;
    problems[position] = issue('unknown_indicator', path, `${quoteText(key)} (given for ${where}) is not an indicator or variable of framework ${quoteText(framework.id)}${suggested <= SUGGESTIONS_AT_MOST ? didYouMean(key, indicatorIds) : ''}`, { received: key });
  }
  problems.push(...rankingProblems(framework, units));
  const issues = mergeByUnit(shapeIssues, problems);
  if (issues.length > 0 || !parsed.success) return { success: false, issues };
  const dataset = parsed.data;
  if (locale === undefined && readValuesByUnit.size === 0) return { success: true, value: dataset, issues: [] };
  const outputUnits = dataset.units.map((unit, unitIndex) => {
    const readValues = readValuesByUnit.get(unitIndex);
    return readValues === undefined ? unit : { ...unit, values: Object.assign(Object.create(null) as Record<string, DataValue>, unit.values, readValues) };
  });
  const value: Dataset = locale === undefined ? { ...dataset, units: outputUnits } : { ...dataset, units: outputUnits, locale: 'en' };
  return { success: true, value, issues: [] };
}

/** "unit \"A\"" or "3 units: \"A\", \"B\", \"C\"" (five named at most). */
function unitList(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => quoteText(id)).join(', ');
  return ids.length === 1 ? `unit ${shown}` : `${ids.length} units: ${shown}${ids.length > 5 ? ', …' : ''}`;
}

/**
 * What the framework's ranking says that the dataset does not match, so ranks are never silently
 * other than meant:
 * - an `exclude` entry naming no unit while a unit's id is close to it (`"EUU"` for `"EU"`): the
 *   unit meant would be ranked. An entry naming a unit this dataset simply does not have (DESI's
 *   `"EU"` in a dataset of member states) excludes nothing and is fine;
 * - a group key close to one of the framework's ranking groups that the unit lacks (`"regoin"` for
 *   `"region"`). Other group keys are the dataset's own (for `--group` and `groupTable`);
 * - a ranked unit without a group the framework ranks within while other ranked units have one
 *   (62 provinces with a region, one without): its rank within that group would be empty. Give it
 *   one, or mark it `"ranked": false`. A dataset in which no ranked unit has that group (a
 *   dataset without regions) is ranked overall only: every rank within that group is `null`.
 * Each is one issue, however many units it concerns.
 */
function rankingProblems(framework: Framework, units: readonly (UnitToCheck | null)[]): ChisoIssue[] {
  const problems: ChisoIssue[] = [];
  const ids = new Set<string>();
  for (const unit of units) if (unit !== null && unit.idValid !== false) ids.add(unit.id);
  framework.ranking.exclude.forEach((entry, index) => {
    if (ids.has(entry) || index >= SUGGESTIONS_AT_MOST) return;
    const meant = closestName(entry, ids);
    if (meant === undefined) return;
    problems.push(issue('unknown_reference', ['ranking', 'exclude', index], `framework ${quoteText(framework.id)} excludes unit ${quoteText(entry)} from ranking, but no unit has that id, so ${quoteText(meant)} is ranked — did you mean ${quoteText(meant)}?`, { expected: meant, received: entry }));
  });
  const groupKeys = framework.ranking.groups;
  if (groupKeys.length === 0) return problems;
  const excluded = new Set(framework.ranking.exclude);
  const misspelt = new Map<string, { path: (string | number)[]; meant: string; units: string[] }>();
  const lacking = new Map<string, { path: (string | number)[]; units: string[] }>();
  units.forEach((unit, unitIndex) => {
    if (unit === null) return;
    const lacks = groupKeys.filter((key) => !Object.hasOwn(unit.groups, key));
    if (lacks.length === 0) return;
    for (const key of Object.keys(unit.groups)) {
      const known = misspelt.get(key);
      if (known !== undefined) {
        known.units.push(unit.id);
        continue;
      }
      if (misspelt.size >= SUGGESTIONS_AT_MOST) continue;
      const meant = closestName(key, lacks);
      if (meant !== undefined) misspelt.set(key, { path: ['units', unitIndex, 'groups', key], meant, units: [unit.id] });
    }
    if (unit.ranked === false || excluded.has(unit.id)) return;
    for (const key of lacks) {
      const entry = lacking.get(key) ?? { path: ['units', unitIndex, 'groups', key], units: [] };
      entry.units.push(unit.id);
      lacking.set(key, entry);
    }
  });
  for (const [key, { path, meant, units: givenBy }] of misspelt) {
    problems.push(issue('unknown_key', path, `group ${quoteText(key)} (given for ${unitList(givenBy)}) is not a group framework ${quoteText(framework.id)} ranks within — did you mean ${quoteText(meant)}?`, { expected: meant, received: key }));
  }
  for (const [key, { path, units: without }] of lacking) {
    if (!units.some((unit) => unit !== null && unit.ranked !== false && !excluded.has(unit.id) && Object.hasOwn(unit.groups, key))) continue;
    problems.push(issue('missing_value', path, `framework ${quoteText(framework.id)} ranks within ${quoteText(key)} groups, but ${unitList(without)} ${without.length === 1 ? 'has' : 'have'} no ${quoteText(key)} group: give ${without.length === 1 ? 'it' : 'each'} one, or mark ${without.length === 1 ? 'it' : 'them'} "ranked": false`, { expected: `a ${key} group` }));
  }
  return problems;
}

/** The locale a dataset that did not parse declares, when it declares a known one. */
function declaredLocale(input: unknown): NumberLocale | undefined {
  if (!isRecord(input) || !Object.hasOwn(input, 'locale')) return undefined;
  const locale = input.locale;
  return typeof locale === 'string' && (NUMBER_LOCALES as readonly string[]).includes(locale) ? (locale as NumberLocale) : undefined;
}

/** A unit as far as its values can be checked, when the dataset's shape is wrong elsewhere. */
interface UnitToCheck {
  readonly id: string;
  /** False when the id itself is wrong; the shape's issue says so, and no duplicate is looked for. */
  readonly idValid?: boolean;
  readonly groups: Readonly<Record<string, unknown>>;
  readonly name?: unknown;
  /** `false` for a unit scored but not ranked; anything else is ranked (or reported by the shape). */
  readonly ranked?: unknown;
  /** As written: any value may turn up here, and each is checked. */
  readonly values: Readonly<Record<string, DataValue>>;
}


/**
 * The units of a dataset that did not parse, read as written; `null` for a unit that is not an
 * object or has no object of values (the shape's issue says so, and there is nothing to check).
 */
function unitsAsWritten(input: unknown): (UnitToCheck | null)[] {
  if (!isRecord(input) || !Array.isArray(input.units)) return [];
  return input.units.map((unit: unknown, index): UnitToCheck | null => {
    if (!isRecord(unit) || !isRecord(unit.values)) return null;
    const raw = unit;
    const id = raw.id;
    const idValid = typeof id === 'string' && IdSchema.safeParse(id).success;
    return { id: idValid ? id : `units[${index}]`, idValid, name: raw.name, ranked: raw.ranked, groups: isRecord(raw.groups) ? raw.groups : {}, values: isRecord(raw.values) ? nfcKeys(raw.values as Record<string, DataValue>).record : {} };
  });
}

/** Shape issues and value issues in one list, unit by unit (dataset-level issues first). */
function mergeByUnit(shapeIssues: readonly ChisoIssue[], valueIssues: readonly ChisoIssue[]): ChisoIssue[] {
  if (shapeIssues.length === 0) return [...valueIssues];
  const unitOf = (entry: ChisoIssue): number => (entry.path[0] === 'units' && typeof entry.path[1] === 'number' ? entry.path[1] : -1);
  const tagged = [...shapeIssues.map((entry, order) => ({ entry, order })), ...valueIssues.map((entry, order) => ({ entry, order: shapeIssues.length + order }))];
  return tagged.sort((left, right) => unitOf(left.entry) - unitOf(right.entry) || left.order - right.order).map(({ entry }) => entry);
}

/**
 * Validates a dataset against a framework and returns it, or throws a {@link ChisoError} listing
 * every problem.
 *
 * @example
 * const dataset = assertDataset(framework, { units: [{ id: 'HN', values: { fibre_pct: 80 } }] });
 * dataset.units.length; // => 1
 */
export function assertDataset(framework: Framework | FrameworkInput, input: unknown, options: ValidateDatasetOptions = {}): Dataset {
  const checked = validateDataset(framework, input, options);
  if (!checked.success) throw new ChisoError(checked.issues, 'The dataset is not valid');
  return checked.value;
}

/**
 * The guard of the helpers that take a dataset without a framework (`achievement`,
 * `mergeDatasetTo34`, `withProvinces`): what they read — `units` a list of objects, each with an
 * `id` and optional `name` that are texts, `values` and optional `groups` that are objects — and
 * refused with a ChisoError naming every problem. Ids are not judged here: `withProvinces` takes
 * province names as ids ("Hà Nội") and makes them codes. The values themselves are read by each
 * helper, which names the cell of one it cannot read.
 *
 * @example
 * assertDatasetShape({ units: [null] }, 'Achievement cannot be computed');
 * // throws ChisoError: units[0]: expected a unit (an object with an id and values), got null
 */
export function assertDatasetShape(input: unknown, summary = 'The dataset is not valid'): void {
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const units: unknown = isObject(input) ? input.units : undefined;
  if (!isObject(input) || !Array.isArray(units)) {
    throw new ChisoError([issue('invalid_shape', isObject(input) ? ['units'] : [], `expected a dataset with a list of units, got ${describeValue(isObject(input) ? units : input)}`)], summary);
  }
  const problems: ChisoIssue[] = [];
  const year: unknown = Object.hasOwn(input, 'year') ? input.year : undefined;
  if (year !== undefined && (typeof year !== 'number' || yearProblem(year) !== null)) {
    problems.push(issue('invalid_shape', ['year'], `the dataset's year is ${describeValue(year)}; expected a year from ${MIN_YEAR} to ${MAX_YEAR}`, { received: describeValue(year) }));
  }
  for (let index = 0; index < units.length; index += 1) {
    const unit: unknown = units[index];
    if (!isObject(unit)) {
      problems.push(issue('invalid_shape', ['units', index], `expected a unit (an object with an id and values), got ${describeValue(unit)}`));
      continue;
    }
    const field = (key: string): unknown => (Object.hasOwn(unit, key) ? unit[key] : undefined);
    if (typeof field('id') !== 'string' || field('id') === '') problems.push(issue('invalid_shape', ['units', index, 'id'], `expected the unit's id (a text), got ${describeValue(field('id'))}`));
    if (field('name') !== undefined && typeof field('name') !== 'string') problems.push(issue('invalid_shape', ['units', index, 'name'], `expected the unit's name (a text), got ${describeValue(field('name'))}`));
    if (!isObject(field('values'))) problems.push(issue('invalid_shape', ['units', index, 'values'], `expected the unit's values (an object of values by indicator id), got ${describeValue(field('values'))}`));
    if (field('groups') !== undefined && !isObject(field('groups'))) problems.push(issue('invalid_shape', ['units', index, 'groups'], `expected the unit's groups (an object of group names by key), got ${describeValue(field('groups'))}`));
  }
  if (problems.length > 0) throw new ChisoError(problems, summary);
}
