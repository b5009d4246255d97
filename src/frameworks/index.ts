/**
 * The methodologies chiso ships, by id.
 *
 * @module
 */
import { describeValue } from '../model/describe.js';
import type { FrameworkInput } from '../model/framework.js';
import { desi2022 } from './desi-2022.js';
import { vnDti2020 } from './vietnam/dti-2020.js';
import { vnDti2022, vnDti2022Main } from './vietnam/dti-2022.js';
import { vnIctIndex, vnIctIndexComponents } from './vietnam/ict-index.js';
import { ntmIct } from './vietnam/ntm-ict.js';
import { readiness } from './vietnam/readiness.js';

/** Every built-in framework by id, as data (validate with `assertFramework`). */
export const builtinFrameworks: Readonly<Record<string, FrameworkInput>> = {
  'desi-2022': desi2022,
  'vn-ict-index': vnIctIndex,
  'vn-ict-index-components': vnIctIndexComponents,
  'vn-dti-2020': vnDti2020,
  'vn-dti-2022': vnDti2022,
  'vn-dti-2022-main': vnDti2022Main,
  readiness,
  'ntm-ict': ntmIct,
};

/**
 * Finds a built-in framework by id, or returns `undefined`.
 *
 * @example
 * builtinFramework('desi-2022')?.name; // => 'Digital Economy and Society Index (DESI) 2022'
 */
export function builtinFramework(id: string): FrameworkInput | undefined {
  if (typeof id !== 'string') throw new TypeError(`builtinFramework: the id is ${describeValue(id)}; expected a text such as "desi-2022"`);
  return Object.hasOwn(builtinFrameworks, id) ? builtinFrameworks[id] : undefined;
}
