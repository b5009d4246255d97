/**
 * A heat map of units × pillars: one row per unit (in rank order at the top index), one column per
 * child of the top index (or of another node), each cell coloured by the unit's place within the
 * column (lowest to highest score) and labelled with the published score.
 *
 * @module
 */
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import type { ScoreResult } from '../../engine/result.js';
import { checkArgument, checkOptions, record, texts } from '../../model/arguments.js';
import { assertResult } from '../../model/saved-result.js';
import { escapeMarkup } from '../markup.js';
import { CHART_OPTIONS, childrenOf, figureText, nodeOf, pixel, shownFigure, svgOpen, titleOf, unitName, unitsByRank, type ChartOptions } from './svg.js';

/** Options for {@link heatMapSvg}. */
export interface HeatMapOptions extends ChartOptions {
  /** The node whose children are the columns, and by whose rank the rows are ordered (default: the top index). */
  readonly node?: string;
  /** The columns, as node ids (default: the node's children). */
  readonly columns?: readonly string[];
}

const ROW = 15;
const CELL = 58;
const LABEL = 170;
const HEADER = 74;

/**
 * A heat map of a result, as an SVG string: rows are units in rank order, columns the pillars (the
 * top index's children by default); a cell is coloured by where the unit's score falls between the
 * column's lowest and highest (so pillars on different scales compare), and shows the published
 * score. Empty cells are grey.
 *
 * @example
 * const svg = heatMapSvg(result, { language: 'en' });
 * svg.includes('class="cell"'); // => true
 */
export function heatMapSvg(result: ScoreResult, options: HeatMapOptions): string {
  checkArgument('heatMapSvg', 'the options', options, record);
  checkOptions('heatMapSvg', options, { ...CHART_OPTIONS, columns: texts });
  assertResult(result);
  const { language } = options;
  const node = nodeOf(result, options.node ?? result.root);
  const columns = options.columns === undefined ? childrenOf(result, node.id) : options.columns.map((column) => nodeOf(result, column));
  const id = options.id ?? 'chiso-heat-map';
  const units = unitsByRank(result, node.id);
  const width = LABEL + columns.length * CELL + 8;
  const height = HEADER + units.length * ROW + 6;
  const ranges = columns.map((column) => {
    const values = units.map((unit) => figureText(unit.nodes[column.id])).filter((value): value is string => value !== null).map(Number);
    return values.length === 0 ? [0, 0] : [Math.min(...values), Math.max(...values)];
  });
  const description =
    language === 'vi'
      ? `Bản đồ nhiệt: ${units.length} đơn vị (hàng, theo thứ hạng) × ${columns.length} chỉ số thành phần (cột); màu đậm hơn là điểm cao hơn trong cột.`
      : `Heat map: ${units.length} units (rows, in rank order) × ${columns.length} pillars (columns); darker is a higher score within the column.`;
  const parts = [svgOpen(id, 'chiso-chart chiso-heat-map', width, height, language === 'vi' ? `${titleOf(node, language)}: các chỉ số thành phần` : `${titleOf(node, language)}: pillars`, description)];
  columns.forEach((column, index) => {
    const x = LABEL + index * CELL + CELL / 2;
    parts.push(`<text transform="translate(${x} ${HEADER - 6}) rotate(-40)" fill="#222" font-size="10">${escapeMarkup(titleOf(column, language, 'short'))}<title>${escapeMarkup(titleOf(column, language))}</title></text>`);
  });
  units.forEach((unit, row) => {
    const y = HEADER + row * ROW;
    const rank = unit.nodes[node.id]?.rank;
    const label = `${typeof rank === 'number' ? `${rank}. ` : ''}${unitName(unit)}`;
    parts.push(`<g class="row" data-unit="${escapeMarkup(unit.id)}"><text x="${LABEL - 6}" y="${y + ROW - 4}" text-anchor="end" fill="#222">${escapeMarkup(label)}</text>`);
    columns.forEach((column, index) => {
      const value = figureText(unit.nodes[column.id]);
      const [low = 0, high = 0] = ranges[index] ?? [];
      const share = value === null ? 0 : high === low ? 0.5 : (Number(value) - low) / (high - low);
      const fill = value === null ? '#eeeeee' : interpolateYlGnBu(0.08 + 0.84 * share);
      const x = LABEL + index * CELL;
      const shown = shownFigure(value, language);
      parts.push(
        `<g class="cell" data-node="${escapeMarkup(column.id)}"><rect x="${x}" y="${y}" width="${CELL - 1}" height="${ROW - 1}" fill="${fill}"/><text x="${pixel(x + CELL / 2)}" y="${y + ROW - 4}" text-anchor="middle" font-size="9" fill="${share > 0.62 ? '#ffffff' : '#222222'}">${escapeMarkup(shown)}</text><title>${escapeMarkup(`${unitName(unit)} — ${titleOf(column, language)}: ${shown}`)}</title></g>`,
      );
    });
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
