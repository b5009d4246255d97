/** planAchievement: a unit's profile against a plan of targets (hand computation in each case). */
import { describe, expect, it } from 'vitest';
import { ChisoError, formatTable, type FrameworkInput } from '../../../src/index.js';
import { planAchievement, planAchievementTable } from '../../../src/analysis/index.js';

const dataset = {
  units: [
    { id: '11', name: 'Điện Biên', values: { communes: 8, days: 4 } },
    { id: '12', name: 'Lai Châu', values: { communes: 5, days: 6 } },
  ],
};

describe('planAchievement', () => {
  it('gives each unit\'s achievement for every target of the plan: 8/7 = 114%, 5/7 = 71%; days lower is better: 5/4 = 125%, 5/6 = 83%', () => {
    const rows = planAchievement(dataset, { communes: 7, days: 5 }, { directions: { days: 'lower' } });
    expect(rows.map((row) => [row.indicator, row.unit, row.percent, row.reached])).toEqual([
      ['communes', '11', '114', true],
      ['communes', '12', '71', false],
      ['days', '11', '125', true],
      ['days', '12', '83', false],
    ]);
  });

  it('one unit\'s profile, targets per unit, directions from a framework', () => {
    const framework: FrameworkInput = { id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [
      { kind: 'indicator', id: 'communes', unit: 'count', normalisation: { method: 'minmax' } },
      { kind: 'indicator', id: 'days', unit: 'count', direction: 'lower', normalisation: { method: 'minmax' } },
    ] } };
    const rows = planAchievement(dataset, { communes: { '11': 10, '12': 5 }, days: 8 }, { unit: '12', framework });
    expect(rows.map((row) => [row.indicator, row.direction, row.percent, row.gap])).toEqual([
      ['communes', 'higher', '100', '0'],
      ['days', 'lower', '133', '-2'],
    ]);
    expect(formatTable(planAchievementTable(rows), 'csv')).toContain('days,12,6,8,133,-2,yes');
  });

  it('reports every indicator\'s problems at once, under its target', () => {
    try {
      planAchievement(dataset, { comunes: 7, days: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError);
      expect((error as ChisoError).issues.map((found) => found.path[1])).toEqual(['comunes', 'days', 'days']);
    }
    expect(() => planAchievement(dataset, { communes: 7 }, { unit: '99' })).toThrow(ChisoError);
  });
});
