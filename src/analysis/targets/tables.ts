/**
 * The answers of {@link whatItTakes} and {@link cheapestPath} as tables for `formatTable`.
 *
 * @module
 */
import type { Table } from '../../report/table.js';
import type { CheapestPath } from './cheapest-path.js';
import type { WhatItTakes } from './what-it-takes.js';

const dash = (value: string | number | null | undefined): string => (value === null || value === undefined ? '–' : String(value));

/**
 * One row per indicator: the value now, the value needed, the change, the published score and rank it gives,
 * how it was found, and why not when it cannot.
 *
 * @example
 * formatTable(whatItTakesTable(whatItTakes(desi2022, dataset, { unit: 'IT', goal: { rank: 10 } })), 'text');
 */
export function whatItTakesTable(answer: WhatItTakes): Table {
  return {
    columns: [
      { title: 'Indicator', align: 'left' },
      { title: 'Now', align: 'right' },
      { title: 'Needed', align: 'right' },
      { title: 'Change', align: 'right' },
      { title: 'Change %', align: 'right' },
      { title: 'Score', align: 'right' },
      { title: 'Rank', align: 'right' },
      { title: 'How', align: 'left' },
      { title: 'Note', align: 'left' },
    ],
    rows: answer.indicators.map((row) => [
      row.indicator,
      dash(row.from),
      dash(row.to),
      dash(row.change),
      dash(row.changePercent),
      dash(row.published),
      dash(row.rank),
      row.method,
      row.status === 'cannot' ? `cannot (${row.reason ?? ''}): ${row.message ?? ''}` : row.status === 'already' ? 'already reached' : row.monotone === false ? 'scores not monotone: a nearer value may also reach' : '',
    ]),
  };
}

/**
 * One row per change of the cheapest path, then a total row (the cost of the changes as written)
 * and the published score and rank they give.
 *
 * @example
 * formatTable(cheapestPathTable(cheapestPath(desi2022, dataset, { unit: 'IT', goal: { rank: 10 } })), 'md');
 */
export function cheapestPathTable(path: CheapestPath): Table {
  return {
    columns: [
      { title: 'Indicator', align: 'left' },
      { title: 'Now', align: 'right' },
      { title: 'New', align: 'right' },
      { title: 'Change', align: 'right' },
      { title: 'Normalised change', align: 'right' },
      { title: 'Cost', align: 'right' },
    ],
    rows: [
      ...path.changes.map((change) => [change.indicator, change.from, change.to, change.change, change.normalisedChange, change.cost]),
      ['Total', '', '', '', '', dash(path.totalCost)],
      [`Score ${dash(path.published)}, rank ${dash(path.rank)}`, '', '', '', '', ''],
    ],
  };
}
