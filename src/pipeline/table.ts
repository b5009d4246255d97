/**
 * The working table the construction steps read and write: the dataset's units and every
 * indicator's values as exact decimal texts (`null` when missing), column by column.
 *
 * @module
 */
import type { Dataset } from '../model/dataset.js';
import type { Framework, IndicatorNode } from '../model/framework.js';
import { ownValue } from '../model/records.js';
import { exactInput } from '../engine/evaluation.js';
import { indicatorsOf } from '../model/validate.js';

/** The steps' working data. Steps replace `units` and `columns` rather than editing the caller's dataset. */
export interface WorkingTable {
  readonly indicators: readonly IndicatorNode[];
  /** The units still in (screening removes some). */
  units: Dataset['units'];
  /** Values by indicator id, one entry per unit of `units`. */
  columns: Map<string, (string | null)[]>;
  /** Whether each unit of `units` is ranked (the units whose values statistics are taken over). */
  ranked: boolean[];
}

/** Reads a validated dataset into a working table (values as exact texts). */
export function tableOf(framework: Framework, dataset: Dataset): WorkingTable {
  const indicators = indicatorsOf(framework);
  const excluded = new Set(framework.ranking.exclude);
  const units = dataset.units;
  const columns = new Map<string, (string | null)[]>();
  for (const indicator of indicators) {
    columns.set(
      indicator.id,
      units.map((unit, unitIndex) => {
        const value = ownValue(unit.values, indicator.id);
        return value === null || value === undefined ? null : exactInput(value, unit.id, indicator.id, unitIndex);
      }),
    );
  }
  return { indicators, units, columns, ranked: units.map((unit) => unit.ranked && !excluded.has(unit.id)) };
}

/** An indicator's column. */
export function columnOf(table: WorkingTable, indicator: string): (string | null)[] {
  const column = table.columns.get(indicator);
  if (column === undefined) throw new Error(`chiso: no column ${indicator}`);
  return column;
}

/** The indicators a step applies to: those it names, or all. */
export function stepIndicators(table: WorkingTable, named: readonly string[] | undefined): IndicatorNode[] {
  if (named === undefined) return [...table.indicators];
  const wanted = new Set(named);
  return table.indicators.filter((indicator) => wanted.has(indicator.id));
}
