/**
 * A unit's profile: its score on each pillar against the national average (the mean of all ranked
 * units) or the average of its group (its region, say), and its rank history across a panel.
 *
 * @module
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { Panel } from '../../analysis/panel.js';
import type { ScoreResult, UnitResult } from '../../engine/result.js';
import { checkArgument, checkOptions, record, text } from '../../model/arguments.js';
import { quoteText } from '../../model/describe.js';
import { ChisoError, issue } from '../../model/issues.js';
import { ownValue } from '../../model/records.js';
import { assertResult } from '../../model/saved-result.js';
import type { Language } from '../language.js';
import { escapeMarkup } from '../markup.js';
import { CHART_OPTIONS, childrenOf, figureText, nodeOf, pixel, shownFigure, shownNumber, svgOpen, titleOf, unitName, type ChartOptions } from './svg.js';

/** Options for {@link unitProfileSvg}. */
export interface ProfileOptions extends ChartOptions {
  /** The node whose children are compared (default: the top index). */
  readonly node?: string;
  /** Compare with the average of the unit's group under this key (e.g. `region`) instead of all ranked units. */
  readonly group?: string;
}

/** What a unit is compared with: its name in the chart, and the units averaged. */
interface Comparator {
  readonly label: string;
  readonly units: readonly UnitResult[];
}

function comparatorOf(result: ScoreResult, unit: UnitResult, group: string | undefined, language: Language): Comparator {
  const ranked = result.units.filter((candidate) => candidate.ranked);
  if (group === undefined) return { label: language === 'vi' ? 'Trung bình cả nước' : 'National average', units: ranked };
  const value = ownValue(unit.groups, group);
  if (value === undefined) return { label: language === 'vi' ? 'Trung bình cả nước' : 'National average', units: ranked };
  return { label: language === 'vi' ? `Trung bình ${value}` : `${value} average`, units: ranked.filter((candidate) => ownValue(candidate.groups, group) === value) };
}

/** The mean of the present figures of some units at a node, or `null` when none has one. */
function meanAt(units: readonly UnitResult[], node: string): number | null {
  const values = units.map((unit) => figureText(unit.nodes[node])).filter((value): value is string => value !== null).map(Number);
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The unit with this id, or a ChisoError.
 *
 * @example
 * unitOf(result, '01').name; // => 'Hà Nội' in the DTI sample
 */
export function unitOf(result: ScoreResult, id: string): UnitResult {
  const unit = result.units.find((candidate) => candidate.id === id);
  if (unit === undefined) throw new ChisoError([issue('unknown_unit', ['unit'], `there is no unit ${quoteText(id)} in the result`, { received: id })], 'The chart cannot be drawn');
  return unit;
}

const ROW = 24;
const TOP = 40;
const LABEL = 180;

/**
 * A unit's profile as an SVG string: a bar per pillar (the children of the top index, or of
 * `node`) with the unit's published score, and a mark at the national average — or, with `group`,
 * the average of the units sharing its group — over ranked units. The averages are arithmetic means
 * of the published scores, written with the framework's decimals.
 *
 * @example
 * const svg = unitProfileSvg(result, '01', { language: 'vi', group: 'region' });
 * svg.includes('Trung bình Đồng bằng sông Hồng'); // => true
 */
export function unitProfileSvg(result: ScoreResult, unitId: string, options: ProfileOptions): string {
  checkArgument('unitProfileSvg', 'the unit id', unitId, text);
  checkArgument('unitProfileSvg', 'the options', options, record);
  checkOptions('unitProfileSvg', options, { ...CHART_OPTIONS, group: text });
  assertResult(result);
  const { language } = options;
  const unit = unitOf(result, unitId);
  const node = nodeOf(result, options.node ?? result.root);
  const pillars = childrenOf(result, node.id);
  const comparator = comparatorOf(result, unit, options.group, language);
  const id = options.id ?? 'chiso-profile';
  const width = options.width ?? 560;
  const decimals = result.framework.rounding.decimals;
  const rows = pillars.map((pillar) => ({ pillar, value: figureText(unit.nodes[pillar.id]), mean: meanAt(comparator.units, pillar.id) }));
  const numbers = rows.flatMap((row) => [row.value === null ? 0 : Number(row.value), row.mean ?? 0]);
  const x = scaleLinear()
    .domain([Math.min(0, ...numbers), Math.max(0, ...numbers) || 1])
    .nice()
    .range([LABEL, width - 60]);
  const height = TOP + rows.length * ROW + 10;
  const name = unitName(unit);
  const title = language === 'vi' ? `${name}: các chỉ số thành phần so với ${comparator.label.toLowerCase()}` : `${name}: pillars against the ${comparator.label.toLowerCase()}`;
  const description = rows
    .map((row) => `${titleOf(row.pillar, language)} ${shownFigure(row.value, language)} (${comparator.label.toLowerCase()} ${row.mean === null ? '–' : shownNumber(row.mean, decimals, language)})`)
    .join('; ');
  const parts = [svgOpen(id, 'chiso-chart chiso-profile', width, height, title, description)];
  // the key: the unit's bar and the comparator's mark
  parts.push(
    `<rect x="${LABEL}" y="6" width="14" height="10" fill="#2c7fb8"/><text x="${LABEL + 19}" y="15" fill="#222">${escapeMarkup(name)}</text>`,
    `<line x1="${LABEL + 190}" x2="${LABEL + 190}" y1="4" y2="18" stroke="#d95f0e" stroke-width="2.5"/><text x="${LABEL + 197}" y="15" fill="#222">${escapeMarkup(comparator.label)}</text>`,
  );
  for (const tick of x.ticks(4)) {
    const position = pixel(x(tick));
    parts.push(`<line x1="${position}" x2="${position}" y1="${TOP - 4}" y2="${height - 8}" stroke="#e6e6e6"/><text x="${position}" y="${TOP - 8}" text-anchor="middle" font-size="9" fill="#777">${escapeMarkup(shownFigure(String(tick), language))}</text>`);
  }
  const zero = x(0);
  rows.forEach(({ pillar, value, mean }, index) => {
    const y = TOP + index * ROW;
    parts.push(`<g class="pillar" data-node="${escapeMarkup(pillar.id)}"><text x="${LABEL - 8}" y="${y + ROW / 2 + 4}" text-anchor="end" fill="#222">${escapeMarkup(titleOf(pillar, language))}</text>`);
    if (value !== null) {
      const end = x(Number(value));
      parts.push(
        `<rect x="${pixel(Math.min(zero, end))}" y="${y + 5}" width="${pixel(Math.abs(end - zero))}" height="${ROW - 10}" fill="#2c7fb8"><title>${escapeMarkup(`${name} — ${titleOf(pillar, language)}: ${shownFigure(value, language)}`)}</title></rect>`,
        `<text x="${pixel(Math.max(zero, end, mean === null ? zero : x(mean)) + 6)}" y="${y + ROW / 2 + 4}" font-size="10" fill="#333">${escapeMarkup(shownFigure(value, language))}</text>`,
      );
    }
    if (mean !== null) {
      const position = pixel(x(mean));
      parts.push(`<line x1="${position}" x2="${position}" y1="${y + 2}" y2="${y + ROW - 2}" stroke="#d95f0e" stroke-width="2.5"><title>${escapeMarkup(`${comparator.label}: ${shownNumber(mean, decimals, language)}`)}</title></line>`);
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * A unit's rank history across the years of a panel, as an SVG string: a line through its ranks
 * (rank 1 at the top), each year labelled with the rank. Years where the unit has no rank are gaps.
 *
 * @example
 * const svg = rankHistorySvg(panel, 'HY', { language: 'en' });
 * svg.includes('class="rank-history"'); // => true
 */
export function rankHistorySvg(panel: Panel, unitId: string, options: ChartOptions): string {
  checkArgument('rankHistorySvg', 'the unit id', unitId, text);
  checkArgument('rankHistorySvg', 'the options', options, record);
  checkOptions('rankHistorySvg', options, CHART_OPTIONS);
  const row = panel.rows.find((candidate) => candidate.unit === unitId);
  if (row === undefined) throw new ChisoError([issue('unknown_unit', ['unit'], `there is no unit ${quoteText(unitId)} in the panel`, { received: unitId })], 'The chart cannot be drawn');
  const { language } = options;
  const id = options.id ?? 'chiso-rank-history';
  const width = options.width ?? 360;
  const height = 150;
  const points = row.cells.map((cell, index) => ({ year: String(panel.years[index] ?? ''), rank: cell?.rank ?? null }));
  const ranks = points.map((point) => point.rank).filter((rank): rank is number => rank !== null);
  const worst = Math.max(1, ...panel.rows.flatMap((entry) => entry.cells.map((cell) => cell?.rank ?? 1)));
  const x = scalePoint<string>().domain(points.map((point) => point.year)).range([40, width - 30]).padding(0.2);
  const y = scaleLinear().domain([1, worst]).range([28, height - 26]);
  const path = line<{ year: string; rank: number | null }>()
    .defined((point) => point.rank !== null)
    .x((point) => x(point.year) ?? 0)
    .y((point) => y(point.rank ?? 1))
    .digits(1);
  const name = row.name ?? row.unit;
  const history = points.map((point) => `${point.year}: ${point.rank ?? '–'}`).join(', ');
  const title = language === 'vi' ? `${name}: thứ hạng qua các năm` : `${name}: rank over the years`;
  const parts = [svgOpen(id, 'chiso-chart chiso-rank-history', width, height, title, history)];
  parts.push(`<g class="rank-history">`);
  parts.push(`<text x="8" y="14" font-size="10" fill="#666">${language === 'vi' ? 'Thứ hạng' : 'Rank'}</text>`);
  parts.push(`<line x1="36" x2="${width - 20}" y1="${pixel(y(1))}" y2="${pixel(y(1))}" stroke="#eee"/><text x="30" y="${pixel(y(1) + 3)}" text-anchor="end" font-size="9" fill="#777">1</text>`);
  parts.push(`<line x1="36" x2="${width - 20}" y1="${pixel(y(worst))}" y2="${pixel(y(worst))}" stroke="#eee"/><text x="30" y="${pixel(y(worst) + 3)}" text-anchor="end" font-size="9" fill="#777">${worst}</text>`);
  if (ranks.length > 0) parts.push(`<path d="${path(points) ?? ''}" fill="none" stroke="#2c7fb8" stroke-width="2"/>`);
  for (const point of points) {
    const px = pixel(x(point.year) ?? 0);
    parts.push(`<text x="${px}" y="${height - 8}" text-anchor="middle" font-size="10" fill="#333">${escapeMarkup(point.year)}</text>`);
    if (point.rank === null) continue;
    const py = pixel(y(point.rank));
    parts.push(`<circle cx="${px}" cy="${py}" r="3.5" fill="#2c7fb8"/><text x="${px}" y="${pixel(py - 7)}" text-anchor="middle" font-size="10" font-weight="600" fill="#222">${point.rank}</text>`);
  }
  parts.push('</g></svg>');
  return parts.join('');
}
