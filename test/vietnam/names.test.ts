/** Province look-up by name never finds what a plain object inherits. */
import { describe, expect, it } from 'vitest';
import { findProvince, matchProvinces, withProvinces } from '../../src/index.js';

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
