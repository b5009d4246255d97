/**
 * Text as people compare it. The same word can be stored two ways in Unicode: "điểm" typed on
 * macOS, or exported by some tools, is often decomposed (NFD: "i" + combining dot below + combining
 * circumflex…) while a framework written elsewhere holds it composed (NFC). The two look identical
 * and compare unequal, so a column would be "not an indicator" while showing the indicator's name.
 * chiso reads every name, id, key and label into NFC at its boundary (CSV reader, dataset and
 * framework schemas), so both spellings are the same name.
 *
 * @module
 */
import { emptyRecord } from './records.js';

/** Text with nothing but ASCII, which every normalisation form leaves unchanged. */
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/**
 * The text in Unicode normalisation form C (composed accents). ASCII text is returned as it is,
 * without the cost of normalising. Below, "e", a combining circumflex and a combining hook above
 * compose into "ể".
 *
 * @example
 * toNfc('\u0111ie\u0302\u0309m') === 'điểm'; // => true
 * toNfc('score'); // => 'score'
 */
export function toNfc(text: string): string {
  return ASCII_ONLY.test(text) ? text : text.normalize('NFC');
}

/** The outcome of {@link nfcKeys}: the record with NFC keys, and the keys that became one. */
export interface NfcKeys<T> {
  /** The record itself when every key was already NFC; otherwise a prototype-free copy. */
  readonly record: Record<string, T>;
  /** Pairs of keys written differently that read as the same key (the first one is kept). */
  readonly collisions: readonly (readonly [string, string])[];
}

/**
 * A record whose keys are in NFC (see {@link toNfc}), and the pairs of keys that became the same
 * key — "điểm" composed and decomposed, side by side — so the caller can refuse them instead of
 * letting one silently replace the other. Values are not changed.
 *
 * @example
 * const { record, collisions } = nfcKeys({ ['\u0111i\u0323\u0302m']: 1, score: 2 });
 * Object.keys(record); // => ['điểm', 'score']
 * collisions; // => []
 */
export function nfcKeys<T>(record: Readonly<Record<string, T>>): NfcKeys<T> {
  const keys = Object.keys(record);
  if (keys.every((key) => ASCII_ONLY.test(key) || key.normalize('NFC') === key)) return { record: record as Record<string, T>, collisions: [] };
  const normalised = emptyRecord<T>();
  const writtenAs = new Map<string, string>();
  const collisions: [string, string][] = [];
  for (const key of keys) {
    const name = toNfc(key);
    const earlier = writtenAs.get(name);
    if (earlier !== undefined) {
      collisions.push([earlier, key]);
      continue;
    }
    writtenAs.set(name, key);
    normalised[name] = record[key] as T;
  }
  return { record: normalised, collisions };
}
