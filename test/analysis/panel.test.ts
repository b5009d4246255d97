/** Panels follow one node through every year, or say which year does not have it. */
import { describe, expect, it } from 'vitest';
import { ChisoError, panelFromResults, score, type FrameworkInput } from '../../src/index.js';

const framework = (root: string): FrameworkInput => ({
  id: `f-${root}`,
  name: 'F',
  root: { kind: 'aggregate', id: root, children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 10 } }] },
});
const units = [
  { id: 'A', values: { x: 3 } },
  { id: 'B', values: { x: 7 } },
];

describe('panelFromResults', () => {
  it('refuses a node that some year does not have, naming the year, instead of a year with no ranks', () => {
    const years = [score(framework('index'), { year: 2022, units }), score(framework('index'), { year: 2023, units })];
    expect(panelFromResults(years).rows.map((row) => row.cells.map((cell) => cell?.rank))).toEqual([
      [2, 2],
      [1, 1],
    ]);
    expect(() => panelFromResults(years, 'nope')).toThrow(ChisoError);
    // a new methodology whose top index has another id: the year is named
    const renamed = [years[0], score(framework('index2024'), { year: 2024, units })].filter((result) => result !== undefined);
    expect(() => panelFromResults(renamed)).toThrow(/the result for 2024 \(framework "f-index2024"\) has no node "index"/);
  });
});
