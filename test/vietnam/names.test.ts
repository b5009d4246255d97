/** Province look-up by name never finds what a plain object inherits. */
import { describe, expect, it } from 'vitest';
import { ChisoError, findProvince, matchProvinces, withProvinces } from '../../src/index.js';

describe('province names that plain objects already answer for', () => {
  it('"constructor", "__proto__", "toString" are unknown names in both eras, with the closest real ones', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(findProvince(name, '63')).toBeUndefined();
      expect(findProvince(name, '34')).toBeUndefined();
    }
    expect(() => matchProvinces(['Hà Nội', 'constructor'])).toThrow(/"constructor" is not one of the 63 provinces/);
  });
  it('withProvinces keeps a group key "__proto__" beside the region it adds', () => {
    const unit = withProvinces(JSON.parse('{"units":[{"id":"x","name":"Hà Nội","groups":{"__proto__":"a"},"values":{}}]}') as Parameters<typeof withProvinces>[0]).units[0];
    expect(Object.entries(unit?.groups ?? {})).toEqual([['region', 'Đồng bằng sông Hồng'], ['__proto__', 'a']]);
  });
});

describe('unknown province names of any length and number', () => {
  it('a megabyte-long name is refused at once, quoted abbreviated, still with the closest names', () => {
    // No clock (timed tests are flaky on shared machines): a super-linear comparison of a
    // megabyte name would run for hours; the test's timeout is the safety net.
    let message = '';
    try {
      matchProvinces(['x'.repeat(1_000_000), 'Hà Nội']);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('"xxxxxxxxxxxxxxxxxxxxxxxx…(1000000 characters)…xxxxxxxxxxxxxxxxxxxxxxxx" is not one of the 63 provinces');
    expect(message).toContain('closest: ');
    expect(message.length).toBeLessThan(1_000);
  });

  it('20,000 unknown names are each reported within seconds; the closest names are given for the first 100', () => {
    const names = Array.from({ length: 20_000 }, (_value, index) => `Tỉnh số ${index} ${'y'.repeat(200)}`);
    let issues: readonly { message: string }[] = [];
    try {
      matchProvinces(names);
    } catch (error) {
      issues = (error as ChisoError).issues;
    }
    expect(issues).toHaveLength(20_000);
    expect(issues[99]?.message).toContain('closest: ');
    expect(issues[100]?.message).not.toContain('closest');
  });
});

describe('the list the names are from follows the year', () => {
  it('withProvinces reads units of 2025 (their own year, as from a CSV "year" column) as the 34: Bắc Ninh is code 24', () => {
    const units = [{ id: 'a', name: 'Bắc Ninh', year: 2025, values: {} }];
    expect(withProvinces({ units }).units[0]?.id).toBe('24');
    expect(withProvinces({ units: [{ ...units[0], year: 2024 }] as typeof units }).units[0]?.id).toBe('27');
  });
});
