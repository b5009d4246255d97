/**
 * The methodologies chiso ships, by id.
 *
 * @module
 */
import type { FrameworkInput } from '../model/framework.js';
import { desi2022 } from './desi-2022.js';

/** Every built-in framework by id, as data (validate with `assertFramework`). */
export const builtinFrameworks: Readonly<Record<string, FrameworkInput>> = {
  'desi-2022': desi2022,
};

/**
 * Finds a built-in framework by id, or returns `undefined`.
 *
 * @example
 * builtinFramework('desi-2022')?.name; // => 'Digital Economy and Society Index (DESI) 2022'
 */
export function builtinFramework(id: string): FrameworkInput | undefined {
  return Object.hasOwn(builtinFrameworks, id) ? builtinFrameworks[id] : undefined;
}
