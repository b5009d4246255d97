/**
 * Checking a saved result — what `chiso score --format json` writes, read back from a file — before
 * anything computes with it. A result given as `--previous` may have been edited by hand, cut short
 * or produced by another version; without this check a score "abc" escapes as a decimal.js error,
 * `units: [null]` as a TypeError, and a rank "x" prints "down NaN places".
 *
 * The check is strict where the figures are read (scores, ranks, ids, node references) and lets
 * through what `--format json` adds around the result (`comparison`, a merger's `formerUnits`).
 *
 * @module
 */
import * as z from 'zod';
import type { ScoreResult } from '../engine/result.js';
import { describeValue, quoteText } from './describe.js';
import { IdSchema, LabelSchema, RoundingModeSchema } from './framework.js';
import { ChisoError, issue, type ChisoIssue } from './issues.js';
import { isSavedDecimal, MAX_NUMBER_TEXT_LENGTH } from './limits.js';
import { isMarkedResult, markResult } from './checked-results.js';
import { checkNesting } from './nesting.js';
import { fromZodIssues, parseOptions, type Validation } from './validate.js';
import { isRecord } from './records.js';


const RecordSchema = z.custom<Record<string, unknown>>(isRecord, { message: 'expected an object' });

const NodeInfoSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['indicator', 'aggregate']),
  parent: IdSchema.nullable(),
  depth: z.number().int().min(0),
  label: LabelSchema.optional(),
  weight: z.number().min(0),
  method: z.string(),
  direction: z.enum(['higher', 'lower']),
  children: z.array(IdSchema).optional(),
  threshold: z.string().refine(isSavedDecimal, 'expected a decimal number written as text').optional(),
});

// As a result writes them: every field present. The framework's schemas fill defaults in, which
// would pass a result without `decimals` while the functions reading it see none.
const SavedRoundingSchema = z.strictObject({ decimals: z.number().int().min(0).max(20), mode: RoundingModeSchema });
const SavedRankingSchema = z.strictObject({
  ties: z.enum(['competition', 'dense', 'ordinal']),
  on: z.enum(['score', 'published']),
  exclude: z.array(z.string()),
  groups: z.array(z.string()),
});

const SavedResultSchema = z.strictObject({
  framework: z.strictObject({
    id: z.string(),
    name: z.string(),
    edition: z.string().optional(),
    year: z.number().int().optional(),
    scale: z.number().positive(),
    rounding: SavedRoundingSchema,
    ranking: SavedRankingSchema,
  }),
  precision: z.number().int().positive(),
  dataset: z.strictObject({ id: z.string().optional(), year: z.number().int().optional() }),
  root: IdSchema,
  nodes: z.array(NodeInfoSchema).min(1),
  units: z.array(
    z.strictObject({
      id: IdSchema,
      name: z.string().optional(),
      groups: RecordSchema,
      year: z.number().int().optional(),
      ranked: z.boolean(),
      nodes: RecordSchema,
    }),
  ),
  missing: z.array(
    z.strictObject({
      unit: IdSchema,
      node: IdSchema,
      missing: z.array(z.string()),
      action: z.enum(['reweighted', 'counted-as-zero', 'dropped']),
      presentShare: z.string().refine(isSavedDecimal, 'expected a decimal number written as text'),
      formerUnit: z.string().optional(),
      among: z.enum(['children', 'former-units']).optional(),
    }),
  ),
  unranked: z.array(z.strictObject({ unit: z.string(), reason: z.string() })),
  /** What `--format json --previous` adds: the comparison with the earlier result. */
  comparison: z.unknown().optional(),
  /** What a merged result adds: the former units of each new one. */
  formerUnits: RecordSchema.optional(),
  /** Frameworks with construction steps: what each step did (read by no function that takes a saved result). */
  construction: z.strictObject({ steps: z.array(RecordSchema) }).optional(),
});

const FIGURES = ['value', 'normalised', 'score', 'published', 'points'] as const;
const NODE_SCORE_KEYS = new Set<string>(['raw', ...FIGURES, 'met', 'band', 'marks', 'rank', 'groupRanks']);

/** A rank is a whole number from 1 to the number of units, or null. */
function rankProblem(value: unknown, unitCount: number): string | null {
  if (value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= unitCount) return null;
  return `rank ${describeValue(value)} is not a whole number from 1 to ${unitCount} (the number of units) or null`;
}

/** Checks one unit's figures at one node, adding issues under `path`. */
function checkNodeScore(entry: unknown, path: readonly (string | number)[], unitCount: number, problems: ChisoIssue[]): void {
  if (!isRecord(entry)) {
    problems.push(issue('invalid_shape', path, `expected the unit's figures at this node (an object), got ${describeValue(entry)}`, { received: describeValue(entry) }));
    return;
  }
  for (const key of Object.keys(entry)) {
    if (!NODE_SCORE_KEYS.has(key)) problems.push(issue('unknown_key', [...path, key], `unknown key ${quoteText(key)} in a node's figures`, { received: key }));
  }
  const read = (key: string): unknown => (Object.hasOwn(entry, key) ? entry[key] : undefined);
  for (const key of FIGURES) {
    const value = read(key);
    if (value === undefined || value === null || (typeof value === 'string' && isSavedDecimal(value))) continue;
    problems.push(issue('not_a_number', [...path, key], `${key} ${describeValue(value)} is not a decimal number written as text`, { expected: 'a decimal number written as text, or null', received: describeValue(value) }));
  }
  const raw = read('raw');
  if (raw !== undefined && raw !== null && (typeof raw !== 'string' || raw.length > MAX_NUMBER_TEXT_LENGTH)) {
    problems.push(issue('invalid_shape', [...path, 'raw'], `raw ${describeValue(raw)} is not a value as given (a text)`, { received: describeValue(raw) }));
  }
  const met = read('met');
  if (met !== undefined && met !== null && !(typeof met === 'number' && Number.isInteger(met) && met >= 0)) {
    problems.push(issue('not_a_number', [...path, 'met'], `met ${describeValue(met)} is not a count of criteria met`, { expected: 'a whole number of 0 or more, or null', received: describeValue(met) }));
  }
  const marks = read('marks');
  if (marks !== undefined && !(Array.isArray(marks) && marks.every((mark) => mark === 'imputed' || mark === 'treated'))) {
    problems.push(issue('invalid_shape', [...path, 'marks'], `marks is ${describeValue(marks)}, not a list of "imputed" / "treated"`, { received: describeValue(marks) }));
  }
  const band = read('band');
  if (band !== undefined && band !== null && typeof band !== 'string') {
    problems.push(issue('invalid_shape', [...path, 'band'], `band ${describeValue(band)} is not a band label`, { received: describeValue(band) }));
  }
  if (!Object.hasOwn(entry, 'rank')) problems.push(issue('invalid_shape', [...path, 'rank'], 'missing: a rank (a whole number, or null)'));
  else {
    const problem = rankProblem(entry.rank, unitCount);
    if (problem !== null) problems.push(issue('not_a_number', [...path, 'rank'], problem, { received: describeValue(entry.rank) }));
  }
  const groupRanks = read('groupRanks');
  if (groupRanks === undefined) return;
  if (!isRecord(groupRanks)) {
    problems.push(issue('invalid_shape', [...path, 'groupRanks'], `groupRanks ${describeValue(groupRanks)} is not an object of ranks by group key`, { received: describeValue(groupRanks) }));
    return;
  }
  for (const key of Object.keys(groupRanks)) {
    const problem = rankProblem(groupRanks[key], unitCount);
    if (problem !== null) problems.push(issue('not_a_number', [...path, 'groupRanks', key], problem, { received: describeValue(groupRanks[key]) }));
  }
}

/** What zod cannot see: ids given twice, references to nodes that do not exist, every unit's figures. */
function checkReferences(result: z.infer<typeof SavedResultSchema>): ChisoIssue[] {
  const problems: ChisoIssue[] = [];
  const nodeIds = new Set<string>();
  result.nodes.forEach((info, index) => {
    if (nodeIds.has(info.id)) problems.push(issue('duplicate_id', ['nodes', index, 'id'], `node ${quoteText(info.id)} is listed twice`, { received: info.id }));
    nodeIds.add(info.id);
  });
  if (!nodeIds.has(result.root)) problems.push(issue('unknown_reference', ['root'], `the top index ${quoteText(result.root)} is not among the result's nodes`, { received: result.root }));
  result.nodes.forEach((info, index) => {
    if (info.parent !== null && !nodeIds.has(info.parent)) problems.push(issue('unknown_reference', ['nodes', index, 'parent'], `node ${quoteText(info.id)}: parent ${quoteText(info.parent)} is not among the result's nodes`, { received: info.parent }));
    (info.children ?? []).forEach((child, position) => {
      if (!nodeIds.has(child)) problems.push(issue('unknown_reference', ['nodes', index, 'children', position], `node ${quoteText(info.id)}: child ${quoteText(child)} is not among the result's nodes`, { received: child }));
    });
  });
  const unitIds = new Set<string>();
  const unitCount = result.units.length;
  result.units.forEach((unit, unitIndex) => {
    if (unitIds.has(unit.id)) problems.push(issue('duplicate_id', ['units', unitIndex, 'id'], `unit ${quoteText(unit.id)} is listed twice`, { received: unit.id }));
    unitIds.add(unit.id);
    for (const key of Object.keys(unit.groups)) {
      const group = unit.groups[key];
      if (typeof group !== 'string') problems.push(issue('invalid_shape', ['units', unitIndex, 'groups', key], `unit ${quoteText(unit.id)}: group ${quoteText(key)} is ${describeValue(group)}, not a text`, { received: describeValue(group) }));
    }
    for (const key of Object.keys(unit.nodes)) {
      const path = ['units', unitIndex, 'nodes', key];
      if (!nodeIds.has(key)) problems.push(issue('unknown_reference', path, `unit ${quoteText(unit.id)}: node ${quoteText(key)} is not among the result's nodes`, { received: key }));
      else checkNodeScore(unit.nodes[key], path, unitCount, problems);
    }
  });
  return problems;
}

/**
 * Checks a saved result (the JSON `chiso score --format json` writes, parsed) before it is compared
 * or merged: the shape, every figure a decimal text, every rank a whole number within the units,
 * ids unique and every node reference resolved. Never throws; returns every problem with its path.
 *
 * @example
 * const saved = JSON.parse(readFileSync('results-2022.json', 'utf8'));
 * const checked = validateResult(saved);
 * if (!checked.success) console.error(checked.issues.map(formatIssue).join('\n'));
 */
export function validateResult(input: unknown): Validation<ScoreResult> {
  const shapeProblems = checkNesting(input, { what: 'the result' });
  if (shapeProblems.length > 0) return { success: false, issues: shapeProblems };
  const parsed = SavedResultSchema.safeParse(input, parseOptions);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) };
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) return { success: false, issues: problems };
  // Node scores, groups and methods were checked field by field above, beyond what zod's types say.
  const value = parsed.data as unknown as ScoreResult;
  markResult(value);
  return { success: true, value, issues: [] };
}

/**
 * The guard of every function that reads a result given by its caller (`rankAmong`,
 * `compareResults`, `explainUnit`, `criteriaSummary`, the tables, the merger, panels): a result
 * chiso made (see `markResult`) passes at once; anything else is checked with {@link validateResult} and refused with
 * a {@link ChisoError} naming every problem, its path prefixed with `where` ("previous",
 * "results[2]") when the function takes more than one result. Never a TypeError from deep inside.
 *
 * @example
 * const edited = JSON.parse(savedText);
 * assertResult(edited); // throws ChisoError: units[0].nodes.index.score: score "abc" is not a decimal…
 */
export function assertResult(result: unknown, where: readonly (string | number)[] = [], what = 'The result'): ScoreResult {
  if (isMarkedResult(result)) return result;
  const checked = validateResult(result);
  if (!checked.success) {
    const issues = checked.issues.map((entry) => ({ ...entry, path: [...where, ...entry.path] }));
    throw new ChisoError(issues, `${what} is not a valid chiso result`);
  }
  // Not remembered: the caller may edit this object before the next call.
  return result as ScoreResult;
}
