/**
 * What the report's charts share: the SVG element with its accessible name (`role="img"`,
 * `<title>`, `<desc>`), the font stack (system fonts, so a report needs no font file), the options
 * every chart takes, and reading a unit's figures at a node.
 *
 * @module
 */
import type { NodeInfo, NodeScore, ScoreResult, UnitResult } from '../../engine/result.js';
import { oneOf, text, wholeNumber, type OptionCheck } from '../../model/arguments.js';
import { quoteText } from '../../model/describe.js';
import { ChisoError, issue } from '../../model/issues.js';
import { formatDecimal, nodeTitle, type Language } from '../language.js';
import { escapeMarkup } from '../markup.js';

/**
 * System fonts that carry Vietnamese: no font file is needed, and none is fetched.
 *
 * @example
 * FONT_STACK.startsWith('system-ui'); // => true
 */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** The options every chart takes. */
export interface ChartOptions {
  /** The language of the chart's words and numbers. */
  readonly language: Language;
  /** A prefix for the ids inside the SVG: give each chart of one HTML page its own. */
  readonly id?: string;
  /** The chart's width in pixels. */
  readonly width?: number;
}

/**
 * Checks of {@link ChartOptions}, for `checkOptions`.
 *
 * @example
 * CHART_OPTIONS.language?.('fr'); // => { kind: 'range', expected: '"en" or "vi"' }
 */
export const CHART_OPTIONS: Readonly<Record<string, OptionCheck>> = {
  language: oneOf(['en', 'vi']),
  id: (value) => (typeof value === 'string' && /^[A-Za-z][\w-]*$/.test(value) ? null : { kind: 'type', expected: 'an id: a letter, then letters, digits, "-" or "_"' }),
  width: wholeNumber(200, 10_000),
  node: text,
};

/** The opening of a chart's SVG, with its accessible name and description.
 *
 * @example
 * svgOpen('c', 'chart', 100, 50, 'Title', 'What it shows').startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="chart"'); // => true
 */
export function svgOpen(id: string, className: string, width: number, height: number, title: string, description: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${className}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT_STACK.replace(/'/g, '&#39;')}" font-size="11">` +
    `<title id="${id}-title">${escapeMarkup(title)}</title><desc id="${id}-desc">${escapeMarkup(description)}</desc>`
  );
}

/** A number rounded to one decimal, for coordinates.
 *
 * @example
 * pixel(12.345); // => 12.3
 */
export function pixel(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The node of a result, or a ChisoError naming it.
 *
 * @example
 * nodeOf(result, 'economy').id; // => 'economy'
 */
export function nodeOf(result: ScoreResult, id: string): NodeInfo {
  const info = result.nodes.find((candidate) => candidate.id === id);
  if (info === undefined) throw new ChisoError([issue('unknown_reference', ['node'], `the result has no node ${quoteText(id)}`, { received: id })], 'The chart cannot be drawn');
  return info;
}

/** A unit's name as shown: its name, else its id.
 *
 * @example
 * unitName({ id: '01', name: 'Hà Nội' }); // => 'Hà Nội'
 */
export function unitName(unit: { readonly id: string; readonly name?: string }): string {
  return unit.name ?? unit.id;
}

/** A unit's figure at a node as a published text: the published value, else the full score, else `null`.
 *
 * @example
 * figureText({ score: '0.81234', published: '0.8123', rank: 2 }); // => '0.8123'
 */
export function figureText(figures: NodeScore | undefined): string | null {
  return figures?.published ?? figures?.score ?? figures?.normalised ?? null;
}

/** A figure written for readers of a language; "–" for none.
 *
 * @example
 * shownFigure('0.8123', 'vi'); // => '0,8123'
 */
export function shownFigure(value: string | null, language: Language): string {
  return value === null ? '–' : formatDecimal(value, language);
}

/** A mean (or any computed number) written with the framework's decimals, in the language's form.
 *
 * @example
 * shownNumber(0.66666, 4, 'vi'); // => '0,6667'
 */
export function shownNumber(value: number, decimals: number, language: Language): string {
  return formatDecimal(value.toFixed(decimals), language);
}

/** The units of a result in rank order at a node: ranked first (by rank, then id), then the others in their order.
 *
 * @example
 * unitsByRank(result, result.root)[0]?.nodes[result.root]?.rank; // => 1
 */
export function unitsByRank(result: ScoreResult, node: string): UnitResult[] {
  const ranked = result.units.filter((unit) => typeof unit.nodes[node]?.rank === 'number');
  const others = result.units.filter((unit) => typeof unit.nodes[node]?.rank !== 'number');
  ranked.sort((left, right) => (left.nodes[node]?.rank ?? 0) - (right.nodes[node]?.rank ?? 0) || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  return [...ranked, ...others];
}

/** A node's title in a language.
 *
 * @example
 * titleOf({ id: 'economy', kind: 'aggregate', parent: 'pdti', depth: 1, weight: 150, method: 'sum', direction: 'higher', label: { vi: 'Hoạt động kinh tế số', short: 'KTS' } }, 'vi', 'short'); // => 'KTS'
 */
export function titleOf(info: NodeInfo, language: Language, form: 'label' | 'short' = 'label'): string {
  return nodeTitle(info.label, info.id, language, form);
}

/** The children of a node that are shown in charts (every child, in the framework's order).
 *
 * @example
 * childrenOf(result, result.root).map((node) => node.id); // the pillars, in the framework's order
 */
export function childrenOf(result: ScoreResult, node: string): NodeInfo[] {
  const info = nodeOf(result, node);
  return (info.children ?? []).map((id) => nodeOf(result, id));
}
