/** The ranking bar chart (src/report/charts/bar-chart.ts), drawn from the DTI 2022 sample. */
import { describe, expect, it } from 'vitest';
import { rankingBarChart } from '../../../src/report/charts/bar-chart.js';
import { checkMarkup } from '../well-formed.js';
import { current } from '../dti-sample.js';

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
