/** What every chart shares (src/report/charts/svg.ts): hostile unit names are escaped in all of them and the SVG stays well-formed. */
import { describe, expect, it } from 'vitest';
import { rankingBarChart } from '../../../src/report/charts/bar-chart.js';
import { heatMapSvg } from '../../../src/report/charts/heat-map.js';
import { unitProfileSvg } from '../../../src/report/charts/profile.js';
import { slopeChartSvg } from '../../../src/report/charts/slope-chart.js';
import { checkMarkup } from '../well-formed.js';
import { HOSTILE_NAMES, hostileResult, previous } from '../dti-sample.js';

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
