/** The slope chart of rank change (src/report/charts/slope-chart.ts): DTI 2022 sample, 2022 → 2023. */
import { describe, expect, it } from 'vitest';
import { slopeChartSvg } from '../../../src/report/charts/slope-chart.js';
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
