/**
 * Panels: the same framework scored year after year, with each unit's scores, ranks and changes —
 * the rank history a province reports ("52 → 29 → 31 → 9").
 *
 * @module
 */
import { describeRankChange } from './compare.js';
import type { ScoreResult } from '../engine/result.js';
import { score, type ScoreOptions } from '../engine/score.js';
import type { DatasetInput } from '../model/dataset.js';
import { describeValue, quoteText } from '../model/describe.js';
import { ChisoError, issue } from '../model/issues.js';
import * as z from 'zod';
import { isSavedDecimal } from '../model/limits.js';
import { checkNesting } from '../model/nesting.js';
import { NUMBER_LOCALES } from '../io/number.js';
import { checkArgument, checkOptions, oneOf, text, texts } from '../model/arguments.js';
import { assertResult } from '../model/saved-result.js';
import { fromZodIssues, parseOptions } from '../model/validate.js';

/** One unit's figures in one year. */
export interface PanelCell {
  readonly year: number;
  readonly score: string | null;
  readonly published: string | null;
  readonly rank: number | null;
  /** Places moved since the previous year (positive = up); `null` in the first year or when unranked. */
  readonly rankChange: number | null;
  /** The change in words: "up 22 places". */
  readonly description: string;
}

/** A panel of results by year. */
export interface Panel {
  readonly node: string;
  readonly years: readonly number[];
  readonly results: readonly ScoreResult[];
  /** One row per unit (in first-seen order), one cell per year. */
  readonly rows: readonly { readonly unit: string; readonly name?: string; readonly cells: readonly (PanelCell | null)[] }[];
}

const SavedText = z.string().refine(isSavedDecimal, 'expected a decimal number written as text').nullable();
const RankSchema = z.number().int().min(1).nullable();

const PanelSchema = z
  .object({
    node: z.string(),
    years: z.array(z.number().int()),
    results: z.array(z.unknown()),
    rows: z.array(
      z.strictObject({
        unit: z.string(),
        name: z.string().optional(),
        cells: z.array(
          z
            .strictObject({ year: z.number().int(), score: SavedText, published: SavedText, rank: RankSchema, rankChange: z.number().int().nullable(), description: z.string() })
            .nullable(),
        ),
      }),
    ),
  })
  .superRefine((panel, context) => {
    panel.rows.forEach((row, index) => {
      if (row.cells.length !== panel.years.length) {
        context.addIssue({ code: 'custom', path: ['rows', index, 'cells'], message: `unit "${row.unit}" has ${row.cells.length} cells for ${panel.years.length} years` });
      }
    });
  });

/**
 * The guard of the functions that read a panel (`panelTable`, `rankHistory`): a panel that is not
 * what `panelFromResults` builds — edited, or read back from JSON — is refused with a ChisoError
 * naming every problem, rather than failing inside with a TypeError or printing "NaN".
 *
 * @example
 * assertPanel({ node: 'index', years: [2022], results: [], rows: [{ unit: 'A', cells: [] }] });
 * // throws ChisoError: rows[0].cells: unit "A" has 0 cells for 1 years
 */
export function assertPanel(panel: unknown): Panel {
  const nesting = checkNesting(panel, { what: 'the panel' });
  const parsed = nesting.length > 0 ? null : PanelSchema.safeParse(panel, parseOptions);
  if (parsed === null || !parsed.success) throw new ChisoError(parsed === null ? nesting : fromZodIssues(parsed.error.issues), 'The panel is not valid');
  return panel as Panel;
}

/**
 * Builds a panel from results already computed, one per year (in any order). The node followed
 * (default: the first year's top index) must be in every year's result.
 *
 * @example
 * panelFromResults([result2015, result2016, result2017, result2018]).rows[0]?.cells.map((cell) => cell?.rank);
 */
export function panelFromResults(results: readonly ScoreResult[], node?: string): Panel {
  if (!Array.isArray(results as unknown)) throw new TypeError(`panelFromResults: the results are ${describeValue(results)}; expected a list of results, one per year`);
  if (node !== undefined) checkArgument('panelFromResults', 'the node', node, text);
  results.forEach((result, index) => assertResult(result, ['results', index], `Result ${index + 1} of the panel`));
  const problems = results.flatMap((result, index) => (result.dataset.year === undefined ? [issue('missing_value', ['results', index, 'dataset', 'year'], `result ${index} has no year`)] : []));
  if (problems.length > 0) throw new ChisoError(problems, 'The panel cannot be built');
  const sorted = [...results].sort((left, right) => (left.dataset.year as number) - (right.dataset.year as number));
  const years = sorted.map((result) => result.dataset.year as number);
  const duplicate = years.find((year, index) => years.indexOf(year) !== index);
  if (duplicate !== undefined) throw new ChisoError([issue('duplicate_id', ['results'], `two results are for ${duplicate}`)], 'The panel cannot be built');
  const target = node ?? sorted[0]?.root ?? '';
  // a node some year does not have would give that year no ranks at all, silently
  const without = sorted.filter((result) => !result.nodes.some((info) => info.id === target));
  if (without.length > 0) {
    throw new ChisoError(
      without.map((result) => issue('unknown_reference', ['results', results.indexOf(result), 'nodes'], `the result for ${result.dataset.year} (framework "${result.framework.id}") has no node "${target}"`, { received: target })),
      'The panel cannot be built',
    );
  }
  // maps, not searches: a panel of 100,000 units stays linear
  const units = new Map<string, { unit: string; name?: string }>();
  for (const result of sorted) {
    for (const unit of result.units) if (!units.has(unit.id)) units.set(unit.id, { unit: unit.id, ...(unit.name === undefined ? {} : { name: unit.name }) });
  }
  const byId = sorted.map((result) => new Map(result.units.map((unit) => [unit.id, unit])));
  const rows = [...units.values()].map((entry) => {
    let previousRank: number | null = null;
    let seenBefore = false;
    const cells = sorted.map((result, index) => {
      const unit = byId[index]?.get(entry.unit);
      if (!unit) {
        seenBefore = false;
        previousRank = null;
        return null;
      }
      const figures = unit.nodes[target];
      const rank = figures?.rank ?? null;
      const cell: PanelCell = {
        year: result.dataset.year as number,
        score: figures?.score ?? figures?.normalised ?? null,
        published: figures?.published ?? null,
        rank,
        rankChange: seenBefore && previousRank !== null && rank !== null ? previousRank - rank : null,
        description: seenBefore ? describeRankChange(previousRank, rank) : 'first year',
      };
      previousRank = rank;
      seenBefore = true;
      return cell;
    });
    return { ...entry, cells };
  });
  return { node: target, years, results: sorted, rows };
}

/**
 * Scores one framework on a dataset per year and builds the panel. Each dataset needs a `year`.
 *
 * @example
 * // the bundled sample data (examples/data/readiness/2022.json and 2023.json)
 * const panel = scorePanel(readiness, [data2022, data2023]);
 * panel.rows.find((row) => row.name === 'Điện Biên')?.cells[1]?.description; // => 'up 9 places'
 */
export function scorePanel(framework: unknown, datasets: readonly DatasetInput[], options: ScoreOptions & { readonly node?: string } = {}): Panel {
  checkOptions('scorePanel', options, { groups: texts, locale: oneOf(NUMBER_LOCALES), node: text });
  if (!Array.isArray(datasets as unknown)) throw new TypeError(`scorePanel: the datasets are ${describeValue(datasets)}; expected a list of datasets, one per year`);
  const { node, ...scoreOptions } = options;
  // named as the caller gave them: the datasets, not the results made from them
  const yearless = datasets.flatMap((dataset: unknown, index) => {
    const year: unknown = typeof dataset === 'object' && dataset !== null && Object.hasOwn(dataset, 'year') ? (dataset as { year?: unknown }).year : undefined;
    return year === undefined ? [issue('missing_value', ['datasets', index, 'year'], `dataset ${index + 1} of the panel has no year`)] : [];
  });
  if (yearless.length > 0) throw new ChisoError(yearless, 'The panel cannot be built');
  return panelFromResults(datasets.map((dataset) => score(framework, dataset, scoreOptions)), node);
}

/**
 * A unit's rank history as text: "52 → 29 → 31 → 9".
 *
 * @example
 * rankHistory(panel, 'HY'); // => '52 → 29 → 31 → 9'
 */
export function rankHistory(panel: Panel, unit: string): string {
  checkArgument('rankHistory', 'the unit', unit, text);
  assertPanel(panel);
  const row = panel.rows.find((candidate) => candidate.unit === unit || candidate.name === unit);
  if (!row) throw new ChisoError([issue('unknown_unit', ['unit'], `there is no unit ${quoteText(unit)} in the panel`, { received: unit })]);
  return row.cells.map((cell) => (cell?.rank === null || cell?.rank === undefined ? '–' : String(cell.rank))).join(' → ');
}
