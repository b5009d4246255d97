/**
 * "Did you mean …?": the known name closest to a misspelt one, for messages about unknown keys,
 * columns and options.
 *
 * @module
 */
import { quoteText } from './describe.js';

/**
 * The optimal-string-alignment distance between two texts: the fewest insertions, deletions,
 * substitutions and swaps of two neighbouring characters that turn one into the other
 * ("weigth" → "weight" is one swap). Cost: O(length × length).
 *
 * @example
 * editDistance('weigth', 'weight'); // => 1
 * editDistance('aggregaton', 'aggregation'); // => 1
 */
export function editDistance(left: string, right: string): number {
  const rows = left.length + 1;
  const columns = right.length + 1;
  const table = new Uint32Array(rows * columns);
  for (let row = 0; row < rows; row += 1) table[row * columns] = row;
  for (let column = 0; column < columns; column += 1) table[column] = column;
  for (let row = 1; row < rows; row += 1) {
    for (let column = 1; column < columns; column += 1) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let best = Math.min((table[(row - 1) * columns + column] as number) + 1, (table[row * columns + column - 1] as number) + 1, (table[(row - 1) * columns + column - 1] as number) + cost);
      if (row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1]) {
        best = Math.min(best, (table[(row - 2) * columns + column - 2] as number) + 1);
      }
      table[row * columns + column] = best;
    }
  }
  return table[rows * columns - 1] as number;
}

/** Case, `_`, `-` and spaces do not count: "min_share" is "minShare" misspelt, not another word. */
function comparable(name: string): string {
  return name.toLowerCase().replace(/[\s_-]/g, '');
}

/**
 * The known name closest to `name`, when it is close enough to be a likely misspelling (at most
 * one edit in three characters, ignoring case, `_`, `-` and spaces); otherwise `undefined`.
 *
 * @example
 * closestName('weigth', ['weight', 'kind', 'id']); // => 'weight'
 * closestName('min_share', ['policy', 'minShare', 'basis']); // => 'minShare'
 * closestName('colour', ['weight', 'kind']); // => undefined
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const wanted = comparable(name);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    if (candidate === name) continue;
    const other = comparable(candidate);
    // Lengths that differ by more than the allowed distance cannot be close; skip the table.
    const allowed = Math.max(1, Math.floor(Math.max(wanted.length, other.length) / 3));
    if (Math.abs(wanted.length - other.length) > allowed) continue;
    const distance = editDistance(wanted, other);
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A clause to append to a message: ` — did you mean "weight"?`, or `''` when nothing is close.
 *
 * @example
 * didYouMean('directon', ['direction', 'weight']); // => ' — did you mean "direction"?'
 */
export function didYouMean(name: string, known: Iterable<string>): string {
  const closest = closestName(name, known);
  return closest === undefined ? '' : ` — did you mean ${quoteText(closest)}?`;
}
