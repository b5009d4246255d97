/**
 * Goalposts as real frameworks write them — percent 0–100, shares with odd ranges, floors — shared
 * by the benchmarks' generated frameworks, so every benchmark times the same arithmetic.
 */
export const GOALPOSTS: readonly (readonly [number, number])[] = [
  [0, 100],
  [0, 0.66],
  [0.25, 1],
  [35, 100],
  [0, 0.75],
  [25, 100],
  [0, 1],
  [0.2, 1],
];
