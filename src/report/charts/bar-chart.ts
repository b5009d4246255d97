/**
 * The ranking as a bar chart: one horizontal bar per unit at a node (the top index by default), in
 * rank order, with the rank, the name and the published score.
 *
 * @module
 */
import { scaleLinear } from 'd3-scale';
import type { ScoreResult } from '../../engine/result.js';
import { checkArgument, checkOptions, record } from '../../model/arguments.js';
import { assertResult } from '../../model/saved-result.js';
import { escapeMarkup } from '../markup.js';
import { CHART_OPTIONS, figureText, nodeOf, pixel, shownFigure, svgOpen, titleOf, unitName, unitsByRank, type ChartOptions } from './svg.js';

/** Options for {@link rankingBarChart}. */
export interface BarChartOptions extends ChartOptions {
  /** The node ranked (default: the top index). */
  readonly node?: string;
}

const ROW = 16;
const TOP = 34;

/**
 * A bar chart of a result's ranking at a node, as an SVG string: units in rank order, each bar as
 * long as the published score, labelled with rank, name and score (in the language's number form).
 * Units without a score are listed at the end with "no data".
 *
 * @example
 * const svg = rankingBarChart(result, { language: 'vi' });
 * svg.includes('class="bar"'); // => true
 */
export function rankingBarChart(result: ScoreResult, options: BarChartOptions): string {
  checkArgument('rankingBarChart', 'the options', options, record);
  checkOptions('rankingBarChart', options, CHART_OPTIONS);
  assertResult(result);
  const { language } = options;
  const node = nodeOf(result, options.node ?? result.root);
  const id = options.id ?? 'chiso-bars';
  const width = options.width ?? 640;
  const units = unitsByRank(result, node.id);
  const values = units.map((unit) => figureText(unit.nodes[node.id]));
  const numbers = values.filter((value): value is string => value !== null).map(Number);
  const labelWidth = 190;
  const valueWidth = 56;
  const x = scaleLinear()
    .domain([Math.min(0, ...numbers), Math.max(0, ...numbers) || 1])
    .nice()
    .range([labelWidth, width - valueWidth]);
  const height = TOP + units.length * ROW + 8;
  const title = titleOf(node, language);
  const description =
    language === 'vi'
      ? `Biểu đồ cột xếp hạng ${units.length} đơn vị theo ${title}, từ cao đến thấp.`
      : `Bar chart ranking ${units.length} units by ${title}, highest first.`;
  const parts = [svgOpen(id, 'chiso-chart chiso-bar-chart', width, height, title, description)];
  parts.push(`<text x="${labelWidth}" y="12" font-weight="600" fill="#222">${escapeMarkup(title)}</text>`);
  // axis: ticks along the top, light grid lines down the chart
  for (const tick of x.ticks(5)) {
    const position = pixel(x(tick));
    parts.push(`<line x1="${position}" x2="${position}" y1="${TOP - 6}" y2="${height - 6}" stroke="#e3e3e3"/><text x="${position}" y="${TOP - 10}" text-anchor="middle" fill="#666" font-size="10">${escapeMarkup(shownFigure(String(tick), language))}</text>`);
  }
  const zero = pixel(x(0));
  units.forEach((unit, index) => {
    const value = values[index] ?? null;
    const rank = unit.nodes[node.id]?.rank;
    const y = TOP + index * ROW;
    const label = `${typeof rank === 'number' ? `${rank}. ` : ''}${unitName(unit)}`;
    parts.push(`<g class="bar" data-unit="${escapeMarkup(unit.id)}">`);
    parts.push(`<text x="${labelWidth - 6}" y="${y + ROW - 4}" text-anchor="end" fill="#222">${escapeMarkup(label)}</text>`);
    if (value === null) {
      parts.push(`<text x="${labelWidth + 4}" y="${y + ROW - 4}" fill="#888" font-style="italic">${language === 'vi' ? 'không có số liệu' : 'no data'}</text>`);
    } else {
      const end = pixel(x(Number(value)));
      parts.push(
        `<rect x="${Math.min(zero, end)}" y="${y + 2}" width="${pixel(Math.abs(end - zero))}" height="${ROW - 4}" fill="#2c7fb8"><title>${escapeMarkup(`${label}: ${shownFigure(value, language)}`)}</title></rect>`,
        `<text x="${pixel(Math.max(zero, end) + 4)}" y="${y + ROW - 4}" fill="#333" font-size="10">${escapeMarkup(shownFigure(value, language))}</text>`,
      );
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
