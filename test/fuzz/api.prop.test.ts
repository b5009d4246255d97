/**
 * Hostile input for the public library API (`src/index.ts`, `src/node/index.ts`) beyond scoring and
 * validation: every function that takes a result, a panel, a dataset, names, texts or options is fed
 * what a user, a spreadsheet or an edited file can produce. The contract (docs: STYLE.md): bad data
 * → a ChisoError whose issues name the place; a programmer's mistake in an argument → a RangeError
 * or TypeError with a clear message; never a raw internal error, never NaN, Infinity or undefined in
 * a result, never a change to the caller's input, and results that do not depend on the order of
 * units or keys.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChisoError,
  compareResults,
  criteriaSummary,
  explainUnit,
  formatTable,
  groupTable,
  jsonChunks,
  mergeResultTo34,
  ntmIct,
  panelFromResults,
  panelTable,
  rankAmong,
  rankHistory,
  rankingTable,
  readiness,
  score,
  type ScoreResult,
} from '../../src/index.js';
import { mutate, mutation, type JsonObject } from './mutations.js';
import { fuzz } from './settings.js';

const readinessData = JSON.parse(readFileSync(new URL('../../examples/data/readiness/2022.json', import.meta.url), 'utf8')) as { units: unknown[] };
const base = score(readiness, readinessData);
const savedCopy = (): JsonObject => JSON.parse(JSON.stringify(base)) as JsonObject;

/** What is wrong with an output: a non-finite number, `undefined`, or a "NaN"/"Infinity" text, anywhere in it. */
function outputProblems(value: unknown): string[] {
  const problems: string[] = [];
  const seen = new Set<object>();
  const visit = (entry: unknown, path: string): void => {
    if (typeof entry === 'number' && !Number.isFinite(entry)) problems.push(`${path} is ${entry}`);
    else if (entry === undefined) problems.push(`${path} is undefined`);
    else if (typeof entry === 'string' && /^-?(NaN|Infinity)$/.test(entry)) problems.push(`${path} is "${entry}"`);
    else if (typeof entry === 'object' && entry !== null && !seen.has(entry)) {
      seen.add(entry);
      if (Array.isArray(entry)) {
        for (let index = 0; index < entry.length; index += 1) visit(entry[index], `${path}[${index}]`);
      } else for (const [key, inner] of Object.entries(entry)) visit(inner, `${path}.${key}`);
    }
  };
  visit(value, 'output');
  return problems;
}

/** Runs an action: null when it returns a clean output or throws a ChisoError; otherwise what went wrong. */
function contractBreach(name: string, action: () => unknown): string | null {
  try {
    const problems = outputProblems(action());
    return problems.length === 0 ? null : `${name}: ${problems.slice(0, 3).join('; ')}`;
  } catch (error) {
    if (error instanceof ChisoError) return error.issues.length > 0 ? null : `${name}: a ChisoError with no issues`;
    return `${name}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

/** Every function that reads a result, run on one (possibly edited) result. */
function resultReaders(result: ScoreResult): [string, () => unknown][] {
  const first = base.units[0]?.id ?? '';
  const second = base.units[1]?.id ?? '';
  const earlier = { ...base, dataset: { year: 2021 } };
  const later = (): ScoreResult => {
    const dataset: unknown = (result as { dataset?: unknown }).dataset;
    return { ...result, dataset: { ...(typeof dataset === 'object' && dataset !== null ? dataset : {}), year: 2022 } } as ScoreResult;
  };
  return [
    ['rankAmong', () => rankAmong(result, [first, second])],
    ['compareResults (as current)', () => compareResults(base, result)],
    ['compareResults (as previous)', () => compareResults(result, base)],
    ['explainUnit', () => explainUnit(result, first)],
    ['rankingTable', () => formatTable(rankingTable(result, { group: 'region', previous: base }), 'text')],
    ['groupTable', () => formatTable(groupTable(result, 'region'), 'md')],
    ['panelFromResults', () => formatTable(panelTable(panelFromResults([earlier, later()])), 'csv')],
    ['mergeResultTo34', () => mergeResultTo34(result)],
    ['jsonChunks', () => [...jsonChunks(result)].join('')],
  ];
}

describe('functions that read a result given by the user', () => {
  it('return a clean output or throw a ChisoError for a saved result edited by hand: keys deleted, misspelt, duplicated or given hostile values', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const edited = mutate(savedCopy(), mutations) as unknown as ScoreResult;
        const breaches = resultReaders(edited).map(([name, action]) => contractBreach(name, action)).filter((breach) => breach !== null);
        expect(breaches).toEqual([]);
      }),
      fuzz(40),
    );
  });

  it('refuse a result whose units, nodes or figures are null, of the wrong type or missing, with a ChisoError naming the place', () => {
    const edits: [string, (result: JsonObject) => void, string][] = [
      ['units: null', (result) => { result.units = null; }, 'units'],
      ['a unit null', (result) => { (result.units as unknown[])[0] = null; }, 'units[0]'],
      ['a unit without nodes', (result) => { delete ((result.units as JsonObject[])[0] as JsonObject).nodes; }, 'units[0].nodes'],
      ['a score "abc"', (result) => { (((result.units as JsonObject[])[0] as { nodes: Record<string, JsonObject> }).nodes.readiness as JsonObject).score = 'abc'; }, 'units[0].nodes.readiness.score'],
      ['a rank NaN', (result) => { (((result.units as JsonObject[])[0] as { nodes: Record<string, JsonObject> }).nodes.readiness as JsonObject).rank = Number.NaN; }, 'units[0].nodes.readiness.rank'],
      ['no framework', (result) => { delete result.framework; }, 'framework'],
      ['nodes: null', (result) => { result.nodes = null; }, 'nodes'],
      ['a weight "x"', (result) => { ((result.nodes as JsonObject[])[1] as JsonObject).weight = 'x'; }, 'nodes[1].weight'],
      ['missing: null', (result) => { result.missing = null; }, 'missing'],
      ['groups: null', (result) => { ((result.units as JsonObject[])[0] as JsonObject).groups = null; }, 'units[0].groups'],
      ['an id 5', (result) => { ((result.units as JsonObject[])[0] as JsonObject).id = 5; }, 'units[0]'],
    ];
    for (const [what, edit, place] of edits) {
      const edited = savedCopy();
      edit(edited);
      // jsonChunks writes any value, result or not
      for (const [name, action] of resultReaders(edited as unknown as ScoreResult).filter(([name]) => name !== 'jsonChunks')) {
        let caught: unknown;
        try {
          action();
        } catch (error) {
          caught = error;
        }
        expect(caught, `${name} with ${what}`).toBeInstanceOf(ChisoError);
        const paths = (caught as ChisoError).issues.map((entry) => entry.path.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]'));
        expect(paths.some((path) => path.includes(place)), `${name} with ${what}: ${paths.join(', ')}`).toBe(true);
      }
    }
  });

  it('criteriaSummary returns a clean summary or throws a ChisoError for an edited saved result', () => {
    const communes = { units: Array.from({ length: 6 }, (_unused, index) => ({ id: `c${index}`, values: Object.fromEntries(ntmIctIndicators().map((id, position) => [id, (index * 3 + position) % 2])) })) };
    const saved = JSON.parse(JSON.stringify(score(ntmIct, communes))) as JsonObject;
    const countNode = (saved.nodes as { id: string; method: string }[]).find((info) => info.method === 'count')?.id ?? '';
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const edited = mutate(JSON.parse(JSON.stringify(saved)) as JsonObject, mutations) as unknown as ScoreResult;
        expect(contractBreach('criteriaSummary', () => criteriaSummary(edited, countNode))).toBeNull();
      }),
      fuzz(40),
    );
  });

  it('rankHistory and panelTable return clean text or throw a ChisoError for a panel with hostile cells', () => {
    const panel = panelFromResults([{ ...base, dataset: { year: 2021 } }, { ...base, dataset: { year: 2022 } }]);
    const savedPanel = JSON.parse(JSON.stringify({ node: panel.node, years: panel.years, rows: panel.rows.slice(0, 3), results: [] })) as JsonObject;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const edited = mutate(JSON.parse(JSON.stringify(savedPanel)) as JsonObject, mutations) as unknown as Parameters<typeof panelTable>[0];
        expect(contractBreach('panelTable', () => formatTable(panelTable(edited), 'text'))).toBeNull();
        expect(contractBreach('rankHistory', () => rankHistory(edited, base.units[0]?.id ?? ''))).toBeNull();
      }),
      fuzz(60),
    );
  });
});

function ntmIctIndicators(): string[] {
  const ids: string[] = [];
  const pending: unknown[] = [ntmIct.root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const entry = node as { kind: string; id: string; children?: unknown[] };
    if (entry.kind === 'indicator') ids.push(entry.id);
    else pending.push(...(entry.children ?? []));
  }
  return ids;
}
