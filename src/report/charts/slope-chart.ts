/**
 * Rank change between two results as a slope chart: the previous ranks on the left, the current on
 * the right, one line per unit ranked in both — green when it went up, red when it went down.
 *
 * @module
 */
import { scaleLinear } from 'd3-scale';
import type { ScoreResult } from '../../engine/result.js';
import { checkArgument, checkOptions, record, text } from '../../model/arguments.js';
import { assertResult } from '../../model/saved-result.js';
import { rankChangePhrase } from '../language.js';
import { escapeMarkup } from '../markup.js';
import { CHART_OPTIONS, nodeOf, pixel, svgOpen, titleOf, unitName, type ChartOptions } from './svg.js';

/** Options for {@link slopeChartSvg}. */
export interface SlopeChartOptions extends ChartOptions {
  /** The node whose ranks are compared (default: the current result's top index). */
  readonly node?: string;
  /** The left column's heading (default: the previous result's year, else "previous"). */
  readonly previousLabel?: string;
  /** The right column's heading (default: the current result's year, else "current"). */
  readonly currentLabel?: string;
}

const ROW = 14;
const TOP = 36;

/** Colours of a change: up, down, unchanged. */
const UP = '#1b7837';
const DOWN = '#c2185b';
const SAME = '#9e9e9e';

/**
 * A slope chart of rank change, as an SVG string: each unit ranked in both results is a line from
 * its previous rank (left) to its current one (right), labelled with rank and name at both ends and
 * with the change in words on hover ("tăng 22 bậc"). Units matched by id; a unit ranked in only one
 * of the two is named in the chart's description.
 *
 * @example
 * const svg = slopeChartSvg(previous, result, { language: 'vi' });
 * svg.includes('class="slope"'); // => true
 */
export function slopeChartSvg(previous: ScoreResult, current: ScoreResult, options: SlopeChartOptions): string {
  checkArgument('slopeChartSvg', 'the options', options, record);
  checkOptions('slopeChartSvg', options, { ...CHART_OPTIONS, previousLabel: text, currentLabel: text });
  assertResult(previous, [], 'The previous result');
  assertResult(current);
  const { language } = options;
  const node = nodeOf(current, options.node ?? current.root);
  nodeOf(previous, node.id);
  const id = options.id ?? 'chiso-slope';
  const width = options.width ?? 640;
  const before = new Map(previous.units.map((unit) => [unit.id, unit.nodes[node.id]?.rank ?? null]));
  const pairs = current.units
    .map((unit) => ({ unit, from: before.get(unit.id) ?? null, to: unit.nodes[node.id]?.rank ?? null }))
    .filter((pair): pair is { unit: (typeof pair)['unit']; from: number; to: number } => pair.from !== null && pair.to !== null);
  const unpaired = current.units.filter((unit) => !pairs.some((pair) => pair.unit === unit)).map(unitName);
  const maxRank = Math.max(1, ...pairs.flatMap((pair) => [pair.from, pair.to]));
  const height = TOP + maxRank * ROW + 8;
  const y = scaleLinear().domain([1, maxRank]).range([TOP + ROW / 2, TOP + (maxRank - 0.5) * ROW]);
  const left = Math.round(width * 0.36);
  const right = width - left;
  const previousLabel = options.previousLabel ?? (previous.dataset.year === undefined ? (language === 'vi' ? 'trước' : 'previous') : String(previous.dataset.year));
  const currentLabel = options.currentLabel ?? (current.dataset.year === undefined ? (language === 'vi' ? 'hiện tại' : 'current') : String(current.dataset.year));
  const title = language === 'vi' ? `Thay đổi thứ hạng ${titleOf(node, language)}: ${previousLabel} → ${currentLabel}` : `Rank change, ${titleOf(node, language)}: ${previousLabel} → ${currentLabel}`;
  const up = pairs.filter((pair) => pair.to < pair.from).length;
  const down = pairs.filter((pair) => pair.to > pair.from).length;
  const description =
    (language === 'vi'
      ? `${pairs.length} đơn vị được xếp hạng cả hai năm: ${up} tăng bậc, ${down} giảm bậc, ${pairs.length - up - down} giữ nguyên.`
      : `${pairs.length} units ranked in both: ${up} moved up, ${down} moved down, ${pairs.length - up - down} unchanged.`) +
    (unpaired.length === 0 ? '' : language === 'vi' ? ` Không được xếp hạng ở một trong hai năm: ${unpaired.join(', ')}.` : ` Not ranked in one of the two: ${unpaired.join(', ')}.`);
  const parts = [svgOpen(id, 'chiso-chart chiso-slope-chart', width, height, title, description)];
  parts.push(
    `<text x="${left}" y="16" text-anchor="middle" font-weight="600" fill="#222">${escapeMarkup(previousLabel)}</text><text x="${right}" y="16" text-anchor="middle" font-weight="600" fill="#222">${escapeMarkup(currentLabel)}</text>`,
    `<line x1="${left}" x2="${left}" y1="${TOP - 4}" y2="${height - 6}" stroke="#ccc"/><line x1="${right}" x2="${right}" y1="${TOP - 4}" y2="${height - 6}" stroke="#ccc"/>`,
  );
  // unchanged first, so the moves are drawn on top
  const ordered = [...pairs].sort((a, b) => Number(a.from !== a.to) - Number(b.from !== b.to));
  for (const { unit, from, to } of ordered) {
    const colour = to < from ? UP : to > from ? DOWN : SAME;
    const name = unitName(unit);
    const phrase = rankChangePhrase(from, to, language);
    parts.push(
      `<g class="slope" data-unit="${escapeMarkup(unit.id)}" data-change="${from - to}"><title>${escapeMarkup(`${name}: ${from} → ${to} (${phrase})`)}</title>` +
        `<line x1="${left}" y1="${pixel(y(from))}" x2="${right}" y2="${pixel(y(to))}" stroke="${colour}" stroke-width="${from === to ? 1 : 1.4}" stroke-opacity="0.8"/>` +
        `<circle cx="${left}" cy="${pixel(y(from))}" r="2" fill="${colour}"/><circle cx="${right}" cy="${pixel(y(to))}" r="2" fill="${colour}"/>` +
        `<text x="${left - 6}" y="${pixel(y(from) + 3.5)}" text-anchor="end" font-size="10" fill="#333">${escapeMarkup(`${name} ${from}`)}</text>` +
        `<text x="${right + 6}" y="${pixel(y(to) + 3.5)}" font-size="10" fill="#333">${escapeMarkup(`${to} ${name}`)}</text></g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
