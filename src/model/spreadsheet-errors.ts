/**
 * Error values that spreadsheets write into a cell when a formula fails (`#N/A`, `#REF!`,
 * `#DIV/0!` …). Exported to CSV they look like text; chiso names them for what they are instead of
 * reading them as a name, a comment or "not a number".
 *
 * @module
 */

/** What each error value means: Excel's and LibreOffice's names, Google Sheets' `#ERROR!`. */
const MEANINGS: ReadonlyMap<string, string> = new Map([
  ['#N/A', 'no value is available'],
  ['#REF!', 'the formula refers to a cell that no longer exists'],
  ['#DIV/0!', 'the formula divides by zero'],
  ['#VALUE!', 'the formula met a value of the wrong type'],
  ['#NAME?', 'the formula uses a name the spreadsheet does not know'],
  ['#NUM!', 'the formula gave a number the spreadsheet cannot hold'],
  ['#NULL!', 'the formula refers to ranges that do not intersect'],
  ['#SPILL!', 'the formula\'s results could not be written out'],
  ['#CALC!', 'the formula could not be calculated'],
  ['#FIELD!', 'the formula refers to a field that does not exist'],
  ['#GETTING_DATA', 'the value was still being fetched'],
  ['#BLOCKED!', 'the value comes from a blocked source'],
  ['#CONNECT!', 'the value\'s source could not be reached'],
  ['#BUSY!', 'the value was still being calculated'],
  ['#UNKNOWN!', 'the value has a type the spreadsheet does not know'],
  ['#EXTERNAL!', 'the value comes from an external source that failed'],
  ['#ERROR!', 'the formula could not be parsed'],
]);

/**
 * What a spreadsheet error value means (`'#N/A'` → "no value is available"), or `undefined` when
 * the text is not one. Case and surrounding spaces do not matter; LibreOffice's `Err:502` counts.
 *
 * @example
 * spreadsheetError('#N/A'); // => 'no value is available'
 * spreadsheetError('Err:502'); // => 'the formula failed (LibreOffice error 502)'
 * spreadsheetError('#1 in Asia'); // => undefined
 */
export function spreadsheetError(text: string): string | undefined {
  const trimmed = text.trim().toUpperCase();
  const libreOffice = /^ERR:(\d{3})$/.exec(trimmed);
  if (libreOffice) return `the formula failed (LibreOffice error ${libreOffice[1]})`;
  return MEANINGS.get(trimmed);
}

/**
 * A sentence about a spreadsheet error value for a message, or `''` when the text is not one.
 *
 * @example
 * spreadsheetErrorHint('#DIV/0!'); // => ' (a spreadsheet error: the formula divides by zero; fix it in the spreadsheet, or leave the cell empty if the value is missing)'
 */
export function spreadsheetErrorHint(text: string): string {
  const meaning = spreadsheetError(text);
  return meaning === undefined ? '' : ` (a spreadsheet error: ${meaning}; fix it in the spreadsheet, or leave the cell empty if the value is missing)`;
}
