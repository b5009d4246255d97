/** The unit profile and rank history (src/report/charts/profile.ts), from the DTI 2022 sample; the national average is computed here from the published scores. */
import { describe, expect, it } from 'vitest';
import { panelFromResults } from '../../../src/analysis/panel.js';
import { rankHistorySvg, unitProfileSvg } from '../../../src/report/charts/profile.js';
import { checkMarkup } from '../well-formed.js';
import { current, previous } from '../dti-sample.js';

function accessible(svg: string): void {
  const { problems, elements } = checkMarkup(svg);
  expect(problems).toEqual([]);
  expect(elements[0]?.name).toBe('svg');
  expect(elements[0]?.attributes.role).toBe('img');
  expect(elements[1]?.name).toBe('title');
  expect(elements[2]?.name).toBe('desc');
}

const count = (svg: string, className: string): number => checkMarkup(svg).elements.filter((element) => element.attributes.class === className).length;

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
