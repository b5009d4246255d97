/** The limits of what chiso computes with: digits, exponent and length of every value and parameter. */
import { describe, expect, it } from 'vitest';
import { ChisoError, decimalLimitProblem, MAX_SIGNIFICANT_DIGITS, score, validateFramework } from '../../src/index.js';
import { PRECISION } from '../../src/engine/decimal.js';

const identity = { id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'identity' } }] } };

describe('significant digits', () => {
  it('allows exactly the digits the engine computes with, so no value is silently rounded', () => {
    expect(MAX_SIGNIFICANT_DIGITS).toBe(PRECISION);
  });

  it('refuses a value with one digit more than the engine carries, naming the unit, the indicator and the limit', () => {
    const tooLong = `0.1${'0'.repeat(43)}1`;
    expect(decimalLimitProblem(tooLong)).toContain('has 45 significant digits: chiso computes with 40 and would have to round it');
    let caught: unknown;
    try {
      score(identity, { units: [{ id: 'A', values: { x: tooLong } }, { id: 'B', values: { x: '0.1' } }] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChisoError);
    expect((caught as ChisoError).issues[0]).toMatchObject({ code: 'out_of_range', path: ['units', 0, 'values', 'x'] });
    expect((caught as ChisoError).issues[0]?.message).toContain('unit "A", indicator "x"');
  });

  it('keeps two values of 40 significant digits apart', () => {
    const larger = `1.${'0'.repeat(38)}1`;
    const result = score(identity, { units: [{ id: 'A', values: { x: larger } }, { id: 'B', values: { x: '1' } }] });
    expect(result.units.map((unit) => [unit.nodes.index?.score, unit.nodes.index?.rank])).toEqual([[larger, 1], ['1', 2]]);
  });

  it('refuses a framework parameter with more digits than the engine carries', () => {
    const framework = { ...identity, root: { ...identity.root, children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: `1.${'1'.repeat(40)}` } }] } };
    const checked = validateFramework(framework);
    expect(checked.success).toBe(false);
    expect(checked.issues.map((entry) => entry.message).join('\n')).toContain('has 41 significant digits');
  });
});
