/** Achievement against targets, with unit ids and indicators named like Object.prototype members. */
import { describe, expect, it } from 'vitest';
import { achievement } from '../../src/index.js';

describe('achievement', () => {
  it('reads targets by unit id and values by indicator as own keys ("toString", "constructor", "__proto__")', () => {
    const dataset = JSON.parse('{"units":[{"id":"toString","values":{"constructor":8}},{"id":"__proto__","values":{"constructor":3}},{"id":"other","values":{}}]}') as Parameters<typeof achievement>[0];
    const targets = JSON.parse('{"toString":4,"__proto__":6,"other":1}') as Record<string, number>;
    expect(achievement(dataset, 'constructor', targets).map((row) => [row.unit, row.percent])).toEqual([
      ['toString', '200'],
      ['__proto__', '50'],
      ['other', null],
    ]);
    expect(() => achievement({ units: [{ id: 'valueOf', values: { x: 1 } }] }, 'x', { other: 1 })).toThrow(/unit "valueOf" has no usable target for "x" \(got undefined\)/);
  });
});
