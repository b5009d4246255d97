/**
 * How many terminal columns a text takes. A terminal draws one user-perceived character (a
 * grapheme cluster: a letter with its combining marks, an emoji sequence) in one column, or two
 * for East Asian wide and fullwidth characters and emoji; combining marks and zero-width
 * characters take none. Counting UTF-16 units or code points instead misaligns every Vietnamese
 * name written with decomposed accents ("Hà Nội" typed on macOS is 9 code points, 6 columns).
 *
 * @module
 */

/** Code point ranges a terminal draws two columns wide (East Asian Wide and Fullwidth, as wcwidth). */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u1160-\u11ff]+$/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\uFE0F/u;

function isWide(codePoint: number): boolean {
  for (const [from, to] of WIDE_RANGES) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

/** The columns one grapheme cluster takes: 0, 1 or 2. */
function clusterWidth(cluster: string): number {
  if (ZERO_WIDTH.test(cluster)) return 0;
  const first = cluster.codePointAt(0) ?? 0;
  return isWide(first) || EMOJI_PRESENTATION.test(cluster) ? 2 : 1;
}

const segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/**
 * The grapheme clusters of a text (each letter with its combining marks), in Unicode NFC. Where
 * `Intl.Segmenter` is missing (an old browser), a cluster is a code point with the combining marks
 * that follow it.
 *
 * @example
 * graphemes('Hà Nội'.normalize('NFD')).length; // => 6
 */
export function graphemes(text: string): string[] {
  if (typeof text !== 'string') throw new TypeError(`graphemes: ${typeof text} given; expected a text`);
  const normalised = text.normalize('NFC');
  if (segmenter !== undefined) return Array.from(segmenter.segment(normalised), (segment) => segment.segment);
  const clusters: string[] = [];
  for (const character of normalised) {
    const last = clusters.length - 1;
    if (last >= 0 && ZERO_WIDTH.test(character)) clusters[last] += character;
    else clusters.push(character);
  }
  return clusters;
}

/**
 * The number of columns a single-line text takes in a terminal: each grapheme cluster one column,
 * East Asian wide and fullwidth characters and emoji two, combining marks and zero-width characters
 * none. The text is read in Unicode NFC, so "Hà Nội" takes 6 columns however its accents are
 * encoded. Control characters are not measured meaningfully: escape them first (chiso's tables do).
 *
 * @example
 * displayWidth('Hà Nội'); // => 6
 * displayWidth('Ha\u0300 No\u0323\u0302i'); // => 6
 * displayWidth('北京'); // => 4
 * displayWidth(''); // => 0
 */
export function displayWidth(text: string): number {
  if (typeof text !== 'string') throw new TypeError(`displayWidth: ${typeof text} given; expected a text`);
  // plain ASCII, the common case, is one column a character
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let columns = 0;
  for (const cluster of graphemes(text)) columns += clusterWidth(cluster);
  return columns;
}

/**
 * A text cut to at most `columns` terminal columns, ending in "…" when it was cut; a text that fits
 * is returned unchanged (in NFC). Cuts between grapheme clusters, never inside a letter's accents.
 *
 * @example
 * truncateToWidth('Bà Rịa - Vũng Tàu', 8); // => 'Bà Rịa …'
 * truncateToWidth('Hà Nội', 10); // => 'Hà Nội'
 */
export function truncateToWidth(text: string, columns: number): string {
  if (typeof text !== 'string') throw new TypeError(`truncateToWidth: ${typeof text} given; expected a text`);
  if (!Number.isInteger(columns) || columns < 1) throw new RangeError(`truncateToWidth: the width is ${String(columns)}; expected a whole number from 1`);
  if (displayWidth(text) <= columns) return text.normalize('NFC');
  let kept = '';
  let used = 0;
  for (const cluster of graphemes(text)) {
    const size = clusterWidth(cluster);
    if (used + size > columns - 1) break;
    kept += cluster;
    used += size;
  }
  return `${kept}…`;
}

/**
 * A text broken into lines of at most `columns` terminal columns, at spaces (a word longer than
 * the width gets a line of its own). Line feeds in the text are kept. `Infinity` leaves it whole.
 *
 * @example
 * wrapToWidth('Đã ẩn để vừa 40 cột: Thể chế, Hạ tầng, Nhân lực', 24); // => 'Đã ẩn để vừa 40 cột: Thể\nchế, Hạ tầng, Nhân lực'
 */
export function wrapToWidth(text: string, columns: number): string {
  if (typeof text !== 'string') throw new TypeError(`wrapToWidth: ${typeof text} given; expected a text`);
  if (!(columns === Number.POSITIVE_INFINITY || (Number.isInteger(columns) && columns >= 1))) throw new RangeError(`wrapToWidth: the width is ${String(columns)}; expected a whole number from 1, or Infinity`);
  if (columns === Number.POSITIVE_INFINITY) return text;
  return text
    .split('\n')
    .map((paragraph) => {
      const lines: string[] = [];
      let current = '';
      for (const word of paragraph.split(' ')) {
        const candidate = current === '' ? word : `${current} ${word}`;
        if (current !== '' && displayWidth(candidate) > columns) {
          lines.push(current);
          current = word;
        } else current = candidate;
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}
