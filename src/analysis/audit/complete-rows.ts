/**
 * The units where every column has a value (listwise deletion, R's `na.omit`): what Cronbach's
 * alpha and the principal components are computed on, as COINr's `get_cronbach` and `get_PCA` do.
 *
 * @module
 */

/**
 * The columns restricted to the units where all of them are present (NaN marks a missing value);
 * ±Infinity is a RangeError.
 *
 * @example
 * completeRows([[1, Number.NaN, 3], [4, 5, 6]]).map((column) => Array.from(column)); // => [[1, 3], [4, 6]]
 */
export function completeRows(columns: readonly ArrayLike<number>[]): Float64Array[] {
  const length = columns[0]?.length ?? 0;
  columns.forEach((column, index) => {
    if (column.length !== length) throw new RangeError(`completeRows: column ${index} has ${column.length} values and column 0 has ${length}; expected one value per unit in each`);
  });
  const keep: number[] = [];
  for (let unit = 0; unit < length; unit += 1) {
    let complete = true;
    for (const column of columns) {
      const value = column[unit] as number;
      if (Number.isNaN(value)) complete = false;
      else if (!Number.isFinite(value)) throw new RangeError(`completeRows: unit ${unit} has ${value}; expected a finite number or NaN (missing)`);
    }
    if (complete) keep.push(unit);
  }
  return columns.map((column) => Float64Array.from(keep, (unit) => column[unit] as number));
}
