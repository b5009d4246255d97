/**
 * The charts as SVG strings, drawn from the DTI 2022 sample: well-formed (test/report/well-formed.ts),
 * accessible (role="img", <title>, <desc>), in the reader's language, with every unit and pillar
 * drawn, and hostile unit names escaped.
 */
import { describe, expect, it } from 'vitest';
import { panelFromResults } from '../../../src/analysis/panel.js';
import { rankingBarChart } from '../../../src/report/charts/bar-chart.js';
import { heatMapSvg } from '../../../src/report/charts/heat-map.js';
import { rankHistorySvg, unitProfileSvg } from '../../../src/report/charts/profile.js';
import { slopeChartSvg } from '../../../src/report/charts/slope-chart.js';
import { checkMarkup } from '../well-formed.js';
import { current, HOSTILE_NAMES, hostileResult, previous } from '../dti-sample.js';

function accessible(svg: string): void {
  const { problems, elements } = checkMarkup(svg);
  expect(problems).toEqual([]);
  expect(elements[0]?.name).toBe('svg');
  expect(elements[0]?.attributes.role).toBe('img');
  expect(elements[1]?.name).toBe('title');
  expect(elements[2]?.name).toBe('desc');
}

const count = (svg: string, className: string): number => checkMarkup(svg).elements.filter((element) => element.attributes.class === className).length;
const haNoi = current.units.find((unit) => unit.id === '01');

describe('rankingBarChart', () => {
  it('draws one bar per unit in rank order, with Vietnamese numbers', () => {
    const svg = rankingBarChart(current, { language: 'vi' });
    accessible(svg);
    expect(count(svg, 'bar')).toBe(63);
    const published = haNoi?.nodes.pdti?.published ?? '';
    expect(svg).toContain(`>1. Hà Nội</text>`);
    expect(svg).toContain(`>${published.replace('.', ',')}</text>`);
    const order = [...svg.matchAll(/class="bar" data-unit="(\d+)"/g)].map((match) => match[1]);
    const ranks = order.map((id) => current.units.find((unit) => unit.id === id)?.nodes.pdti?.rank ?? 0);
    expect(ranks).toEqual([...ranks].sort((left, right) => left - right));
  });

  it('ranks by another node when asked, and refuses one the result does not have', () => {
    expect(rankingBarChart(current, { language: 'en', node: 'economy' })).toContain('Digital-economy activity');
    expect(() => rankingBarChart(current, { language: 'en', node: 'nope' })).toThrow(/no node "nope"/);
    expect(() => rankingBarChart(current, { language: 'en', nodes: 'x' } as never)).toThrow(TypeError);
  });
});

describe('heatMapSvg', () => {
  it('draws units × pillars: 63 rows of 9 cells, columns titled with the short labels', () => {
    const svg = heatMapSvg(current, { language: 'vi', id: 'h' });
    accessible(svg);
    expect(count(svg, 'row')).toBe(63);
    expect(count(svg, 'cell')).toBe(63 * 9);
    expect(svg).toContain('>Hạ tầng<title>Hạ tầng số</title>');
  });

  it('takes chosen columns', () => {
    expect(count(heatMapSvg(current, { language: 'en', columns: ['economy', 'society'] }), 'cell')).toBe(126);
  });
});

describe('slopeChartSvg', () => {
  it('draws a line per unit ranked in both years, coloured by the direction, with the change in words', () => {
    const svg = slopeChartSvg(previous, current, { language: 'vi' });
    accessible(svg);
    expect(count(svg, 'slope')).toBe(63);
    expect(svg).toContain('>2022</text>');
    expect(svg).toContain('>2023</text>');
    const changes = [...svg.matchAll(/data-change="(-?\d+)"/g)].map((match) => Number(match[1]));
    const up = changes.filter((change) => change > 0).length;
    expect(svg).toContain(`${up} tăng bậc`);
    const moved = current.units.find((unit) => unit.nodes.pdti?.rank !== previous.units.find((before) => before.id === unit.id)?.nodes.pdti?.rank);
    expect(moved).toBeDefined();
    expect(svg).toMatch(/\((tăng|giảm) \d+ bậc\)<\/title>/);
  });
});

describe('unitProfileSvg and rankHistorySvg', () => {
  it("draws a unit's pillars against the national average (the mean of the 63 published scores)", () => {
    const svg = unitProfileSvg(current, '01', { language: 'en' });
    accessible(svg);
    expect(count(svg, 'pillar')).toBe(9);
    const scores = current.units.map((unit) => Number(unit.nodes.economy?.published));
    const mean = (scores.reduce((sum, value) => sum + value, 0) / scores.length).toFixed(4);
    expect(svg).toContain(`National average: ${mean}`);
  });

  it('compares with the group average when a group is given', () => {
    const svg = unitProfileSvg(current, '01', { language: 'vi', group: 'region' });
    expect(svg).toContain('Trung bình Đồng bằng sông Hồng');
    expect(() => unitProfileSvg(current, 'nope', { language: 'vi' })).toThrow(/no unit "nope"/);
  });

  it('draws the rank history of a panel, one point per year with its rank', () => {
    const panel = panelFromResults([previous, current]);
    const svg = rankHistorySvg(panel, '01', { language: 'en' });
    accessible(svg);
    const ranks = panel.rows.find((row) => row.unit === '01')?.cells.map((cell) => cell?.rank);
    expect(svg).toContain(`<desc id="chiso-rank-history-desc">2022: ${ranks?.[0]}, 2023: ${ranks?.[1]}</desc>`);
    expect(svg).toMatch(/<path d="M[\d.,]+L[\d.,]+"/);
  });
});

describe('hostile unit names', () => {
  it('are escaped in every chart: no element or attribute comes from a name, and the SVG stays well-formed', () => {
    const hostile = hostileResult();
    const charts = [
      rankingBarChart(hostile, { language: 'en' }),
      heatMapSvg(hostile, { language: 'en' }),
      slopeChartSvg(previous, hostile, { language: 'en' }),
      ...hostile.units.slice(0, HOSTILE_NAMES.length).map((unit) => unitProfileSvg(hostile, unit.id, { language: 'en', group: 'region' })),
    ];
    for (const svg of charts) {
      const { problems, elements } = checkMarkup(svg);
      expect(problems).toEqual([]);
      expect(elements.map((element) => element.name)).not.toContain('script');
      expect(elements.map((element) => element.name)).not.toContain('img');
      expect(elements.some((element) => Object.keys(element.attributes).some((key) => key.startsWith('on')))).toBe(false);
      expect(svg).not.toMatch(/[\u0000-\u0008\u001b\u202e]/);
    }
    expect(charts[0]).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(charts[0]).toContain('Esc \\x1B[2J bell \\x07');
  });
});
