/**
 * One sentence saying what the construction steps did, for the foot of a table.
 *
 * @module
 */
import type { Construction } from './construction.js';

/**
 * What the construction steps did, in one line: units screened out (named, up to five), cells
 * imputed and treated, indicators denominated.
 *
 * @example
 * constructionSummary({ steps: [{ step: 'impute', method: 'mean', cells: [{ unit: 'A', indicator: 'x', value: '2', method: 'mean', from: 'mean of 3 units' }], stillMissing: [] }] });
 * // => 'Construction steps: 1 value imputed (mean)'
 */
export function constructionSummary(construction: Construction): string {
  const parts: string[] = [];
  for (const step of construction.steps) {
    if (step.step === 'denominate') parts.push(`${step.indicators.length} indicator${step.indicators.length === 1 ? '' : 's'} denominated${step.undefinedCells.length > 0 ? ` (${step.undefinedCells.length} left missing: no divisor)` : ''}`);
    else if (step.step === 'screen') parts.push(step.removed.length === 0 ? 'no unit screened out' : `${step.removed.length} unit${step.removed.length === 1 ? '' : 's'} screened out (${step.removed.slice(0, 5).join(', ')}${step.removed.length > 5 ? ', …' : ''})`);
    else if (step.step === 'impute') parts.push(`${step.cells.length} value${step.cells.length === 1 ? '' : 's'} imputed (${step.method})`);
    else {
      const changed = step.indicators.filter((entry) => entry.applied !== 'none').length;
      parts.push(`${step.cells.length} value${step.cells.length === 1 ? '' : 's'} treated in ${changed} indicator${changed === 1 ? '' : 's'}`);
    }
  }
  return `Construction steps: ${parts.join('; ')}`;
}
