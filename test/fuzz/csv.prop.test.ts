/**
 * Fuzzing CSV reading: random text over a hostile alphabet (quotes, the three separators, CR, LF,
 * BOM, `#`, spaces and no-break spaces, NUL, Vietnamese letters, digits), tables written by
 * `formatCsv` and read back with BOM / CRLF / missing final newline, `#` cells, duplicate and
 * prototype-named headers, ragged rows, huge and Vietnamese-formatted numbers.
 *
 * `it.fails` marks a property that fails today because of a known bug (the comment gives the
 * section of issue 6, or "not listed", and a minimal counterexample).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertDataset, assertFramework, ChisoError, datasetFromCsv, formatCsv, parseCsv, score, validateDataset, type Framework } from '../../src/index.js';
import { ExactDecimal } from '../../src/engine/decimal.js';
import { MAX_DECIMAL_EXPONENT, MAX_SIGNIFICANT_DIGITS } from '../../src/model/limits.js';
import { fuzz } from './settings.js';

/** Characters that matter to a CSV reader, and a few that should not. */
const csvCharacter = fc.constantFrom(',', ';', '\t', '"', '"', '\n', '\r', '\r\n', '#', ' ', '\u00a0', '\ufeff', '\u0000', 'a', 'Đ', 'ế', '1', '0', '.', '-', 'e', '%', 'id', 'name', 'region');
const csvText = fc.array(csvCharacter, { maxLength: 60 }).map((parts) => parts.join(''));

/** Runs `action`; returns a description of any error that is not a ChisoError. */
function unexpectedError(action: () => unknown): string | null {
  try {
    action();
    return null;
  } catch (error) {
    return error instanceof ChisoError ? null : `${error instanceof Error ? error.name : typeof error}: ${String(error)}`;
  }
}

/** Any cell text: printable, Vietnamese, separators, quotes, line breaks. */
const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '"', '\n', '\r', 'ư', 'ơ', '1', '.', '#', '\u00a0') , maxLength: 8 }),
  fc.string({ maxLength: 6 }),
);
/** A cell that does not start a comment and is not empty (so a one-cell row is never blank). */
const dataCell = cellText.filter((cell) => !cell.startsWith('#'));
/** A header name: what `parseCsv` keeps after trimming, unique within the header. */
const headerName = (extra: readonly string[] = []) =>
  fc.string({ unit: fc.constantFrom('a', 'b', 'x', '_', '1', 'đ', ' ', '-', '.', ...extra), minLength: 1, maxLength: 6 }).map((name) => `h${name.trim()}`);

/** A table of header + rows, written with a chosen separator, then dressed as spreadsheets write files. */
const writtenTableWith = (headerExtra: readonly string[]) => fc
  .record({
    header: fc.uniqueArray(headerName(headerExtra), { minLength: 2, maxLength: 5 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    bom: fc.boolean(),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
    rowCount: fc.integer({ min: 0, max: 5 }),
    formulas: fc.constantFrom('neutralise', 'keep'),
  })
  .chain((shape) =>
    fc.array(fc.array(dataCell, { minLength: shape.header.length, maxLength: shape.header.length }), { minLength: shape.rowCount, maxLength: shape.rowCount }).map((rows) => {
      // formatCsv writes "\n" line ends; a spreadsheet may write "\r\n" (line breaks inside quoted cells stay as they are).
      // Formulas neutralised (the default; parseCsv takes the "'" away) or kept (read with formulas: 'keep').
      const lines = [shape.header, ...rows].map((row) => formatCsv([row], { delimiter: shape.delimiter, formulas: shape.formulas }).slice(0, -1));
      const end = shape.crlf ? '\r\n' : '\n';
      const text = lines.join(end) + (shape.finalNewline ? end : '');
      return { ...shape, rows, text: (shape.bom ? '\ufeff' : '') + text };
    }),
  );
const writtenTable = writtenTableWith([]);

const countFramework: Framework = assertFramework({
  id: 'f',
  name: 'F',
  root: {
    kind: 'aggregate',
    id: 'index',
    missing: { policy: 'reweight' },
    children: [
      { kind: 'indicator', id: 'services', unit: 'count', normalisation: { method: 'minmax' } },
      { kind: 'indicator', id: 'score', unit: 'score', normalisation: { method: 'minmax' } },
    ],
  },
});

describe('CSV reading on random text', () => {
  it('parseCsv returns a table whose every row has as many cells as the header, or throws ChisoError, for any text', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        let table: ReturnType<typeof parseCsv>;
        try {
          table = parseCsv(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ChisoError);
          return;
        }
        for (const row of table.rows) expect(row.cells).toHaveLength(table.header.length);
      }),
      fuzz(400),
    );
  });

  it('datasetFromCsv followed by validateDataset never throws anything but ChisoError, for any text', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        expect(unexpectedError(() => validateDataset(countFramework, datasetFromCsv(`id,services,score\n${text}`)))).toBeNull();
        expect(unexpectedError(() => validateDataset(countFramework, datasetFromCsv(text)))).toBeNull();
      }),
      fuzz(400),
    );
  });
});

describe('CSV written by formatCsv reads back', () => {
  // Checks that a row of empty cells (",\n,") is a row, like any other formatCsv wrote.
  it('formatCsv then parseCsv with the separator named gives back every cell, with or without BOM, CRLF and a final newline', () => {
    fc.assert(
      fc.property(writtenTable, ({ header, rows, text, delimiter, formulas }) => {
        const table = parseCsv(text, { delimiter, formulas: formulas === 'keep' ? 'keep' : 'restore' });
        expect(table.header).toEqual(header);
        expect(table.rows.map((row) => row.cells)).toEqual(rows);
      }),
      fuzz(300),
    );
  });

  // Checks that separators inside quotes do not count when the separator is guessed, and that a text
  // that reads as a table with two separators is refused (asking to name it), never guessed silently.
  it('formatCsv then parseCsv with the separator guessed gives back every cell, or refuses a text that reads as a table with another separator too', () => {
    let refused = 0;
    let runs = 0;
    fc.assert(
      fc.property(writtenTableWith([',', ';', '\t', '"']), ({ header, rows, text, delimiter, formulas }) => {
        runs += 1;
        let table: ReturnType<typeof parseCsv>;
        try {
          table = parseCsv(text, { formulas: formulas === 'keep' ? 'keep' : 'restore' });
        } catch (error) {
          expect(error).toBeInstanceOf(ChisoError);
          expect((error as ChisoError).issues[0]?.message).toMatch(/cannot tell which separator the CSV uses: .* name the separator with the delimiter option/);
          // the refusal is fair: another separator also reads the text as a table of several columns
          const others = [',', ';', '\t'].filter((other) => other !== delimiter).flatMap((other) => {
            try {
              const reading = parseCsv(text, { delimiter: other, formulas: 'keep' });
              return reading.header.length > 1 ? [reading] : [];
            } catch {
              return [];
            }
          });
          expect(others.length).toBeGreaterThan(0);
          refused += 1;
          return;
        }
        expect(table.header).toEqual(header);
        expect(table.rows.map((row) => row.cells)).toEqual(rows);
      }),
      fuzz(300),
    );
    // ambiguity is the exception, not the rule (even with headers made of separators and quotes)
    expect(refused).toBeLessThan(runs / 4);
  });

  it('no text cell formatCsv writes starts a spreadsheet formula, at its start or after a separator or quote, unless it is a number', () => {
    const formulaText = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", ',', ';', '"', '1', '.', 'a', ' '), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.oneof(formulaText, cellText), { minLength: 1, maxLength: 4 }), fc.constantFrom(',', ';', '\t'), (row, delimiter) => {
        const written = parseCsv(formatCsv([row.map((_, index) => `h${index}`), row], delimiter), { delimiter, formulas: 'keep' }).rows[0]?.cells ?? [];
        for (const cell of written) {
          if (/^[+-]?(?=[\d.,]*\d)[\d.,\u00a0 ]*(?:e[+-]?\d+)?%?$/i.test(cell)) continue;
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          expect(cell).not.toMatch(/[,;\t"][=+\-@]/);
        }
        // and chiso reads back what it wrote
        expect(parseCsv(formatCsv([row.map((_, index) => `h${index}`), row], delimiter), { delimiter }).rows[0]?.cells).toEqual(row);
      }),
      fuzz(300),
    );
  });

  // Checks that rows starting with "#" are data unless comments are asked for.
  it('every data row becomes one unit, whatever its first cell starts with', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom('#N/A', '#REF!', '#1', '# note'), fc.string({ unit: fc.constantFrom('A', 'b', '#', '1'), minLength: 1, maxLength: 4 })), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 6 }), (rows) => {
        const dataset = datasetFromCsv(formatCsv([['id', 'score'], ...rows]));
        expect(dataset.units).toHaveLength(rows.length);
      }),
      fuzz(100),
    );
  });
});

describe('CSV headers', () => {
  // Checks that two columns that read as the same name (after trimming, NFC, or the id column's name in
  // another case) are refused rather than one silently winning.
  it('a header that names a column twice is refused with a ChisoError', () => {
    fc.assert(
      // every name here repeats a column of the header (after trimming, in NFC, in any case for the id)
      fc.property(fc.constantFrom('score', 'services', 'id', 'ID', ' score ', 'services ', 'điểm'.normalize('NFD'), '"id"'), fc.constantFrom(',', ';'), (name, delimiter) => {
        const text = ['id', 'score', 'services', 'điểm', name].join(delimiter) + `\nA${delimiter}1${delimiter}2${delimiter}3${delimiter}4\n`;
        expect(() => datasetFromCsv(text)).toThrow(ChisoError);
      }),
      fuzz(40),
    );
  });
  it('a header whose names all differ as the reader sees them is accepted, each column kept', () => {
    fc.assert(
      fc.property(fc.constantFrom('Score', 'score_2', ' services2 ', 'điểm_2'.normalize('NFD'), 'name2', 'group:score'), fc.constantFrom(',', ';'), (name, delimiter) => {
        const text = ['id', 'score', 'services', name].join(delimiter) + `\nA${delimiter}1${delimiter}2${delimiter}3\n`;
        const unit = datasetFromCsv(text).units[0];
        expect(Object.keys(unit?.values ?? {}).length + Object.keys(unit?.groups ?? {}).length).toBe(3);
      }),
      fuzz(30),
    );
  });

  // Checks that a column named like an Object.prototype property is an ordinary column.
  it('a column named like an Object.prototype property is kept as a column', () => {
    fc.assert(
      fc.property(fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'), (name) => {
        const dataset = datasetFromCsv(`id,${name}\nA,1\n`);
        expect(Object.hasOwn(dataset.units[0]?.values ?? {}, name)).toBe(true);
        expect(validateDataset(countFramework, dataset).success).toBe(false);
      }),
      fuzz(12),
    );
  });

  // Checks that a group column named like an Object.prototype property is an ordinary group.
  it('a group column named like an Object.prototype property is kept as a group', () => {
    fc.assert(
      fc.property(fc.constantFrom('__proto__', 'constructor', 'toString'), (name) => {
        const dataset = datasetFromCsv(`id,group:${name}\nA,north\n`);
        expect(dataset.units[0]?.groups?.[name]).toBe('north');
        expect(Object.hasOwn(dataset.units[0]?.groups ?? {}, name)).toBe(true);
      }),
      fuzz(6),
    );
  });
});

describe('CSV cells', () => {
  // Values within what exact arithmetic accepts (src/model/limits.ts: at most MAX_SIGNIFICANT_DIGITS = 40
  // significant digits, a magnitude within 1e±400); a mantissa of up to 40 digits with an exponent
  // within ±350 stays inside.
  it('a decimal cell reaches the dataset as the same text and validates as the same exact value', () => {
    const decimal = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => String(value)),
      fc.tuple(fc.bigInt({ min: -(10n ** 40n - 1n), max: 10n ** 40n - 1n }), fc.integer({ min: -(MAX_DECIMAL_EXPONENT - 50), max: MAX_DECIMAL_EXPONENT - 50 })).map(([mantissa, exponent]) => `${mantissa}e${exponent}`),
      fc.constantFrom('0.7908', '-0', '.5', '5.', '+3', '1e400', '1E-400', `1${'0'.repeat(80)}`),
    );
    fc.assert(
      fc.property(decimal, (text) => {
        const dataset = datasetFromCsv(`id,score\nA,${text}\n`);
        expect(dataset.units[0]?.values.score).toBe(text);
        const checked = validateDataset(countFramework, dataset);
        expect(checked.success, checked.issues.map((problem) => problem.message).join('; ')).toBe(true);
        expect(new ExactDecimal(String(checked.value?.units[0]?.values.score)).eq(new ExactDecimal(text))).toBe(true);
      }),
      fuzz(300),
    );
  });

  it('a decimal cell beyond the exact-arithmetic limits is refused with a ChisoError naming the unit and the column', () => {
    const digit = fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9');
    const beyond = fc.oneof(
      // more significant digits than allowed
      fc.tuple(digit, fc.string({ unit: fc.constantFrom('0', '1', '9'), minLength: MAX_SIGNIFICANT_DIGITS - 1, maxLength: MAX_SIGNIFICANT_DIGITS + 50 }), digit, fc.integer({ min: 0, max: 60 })).map(([first, middle, last, point]) => {
        const digits = `${first}${middle}${last}`;
        return point === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
      }),
      // a magnitude beyond 1e±400
      fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.integer({ min: MAX_DECIMAL_EXPONENT + 1, max: MAX_DECIMAL_EXPONENT + 10_000 }), fc.boolean(), fc.boolean()).map(([mantissa, size, small, negative]) => `${negative ? '-' : ''}${mantissa}e${small ? -size - String(mantissa).length : size}`),
      fc.constantFrom('1e401', '1E-401', '1e9999999', '-1e-300000', `1${'0'.repeat(401)}`, `0.${'0'.repeat(400)}1`),
    );
    fc.assert(
      fc.property(beyond, (text) => {
        const dataset = datasetFromCsv(`id,score\nA,${text}\n`);
        const checked = validateDataset(countFramework, dataset);
        expect(checked.success).toBe(false);
        expect(checked.issues.some((problem) => problem.path.join('.') === 'units.0.values.score' && problem.message.startsWith('unit "A", indicator "score": '))).toBe(true);
        expect(() => assertDataset(countFramework, dataset)).toThrow(ChisoError);
      }),
      fuzz(200),
    );
  });

  // Checks RFC 4180: only a separator or a line end may follow a closing quote; '"1"5' is not "15".
  it('a closing quote followed by anything but a separator or a line end is refused, never glued to the cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '2', '.', 'a'), minLength: 1, maxLength: 3 }), fc.string({ unit: fc.constantFrom('0', '5', 'x', ' ', ';', '\t'), minLength: 1, maxLength: 3 }), (quoted, after) => {
        const text = `id,score\nA,"${quoted}"${after}\n`;
        expect(() => parseCsv(text, { delimiter: ',' })).toThrow(/^The CSV cannot be read[^]*line 2, column \d+: /);
        expect(() => parseCsv(text)).toThrow(ChisoError);
      }),
      fuzz(60),
    );
  });

  // Checks that an ambiguous "1.640" in a count is never silently read as 1.64.
  it('a count written with a dot and exactly three digits after it (1.640) is never silently read as a decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (thousands, units) => {
        const text = `${thousands}.${String(units).padStart(3, '0')}`;
        const checked = validateDataset(countFramework, datasetFromCsv(`id,services\nA,${text}\nB,2\n`));
        if (checked.success) expect(new ExactDecimal(String(checked.value.units[0]?.values.services)).eq(thousands * 1000 + units)).toBe(true);
      }),
      fuzz(50),
    );
  });
});

describe('CSV text in another Unicode normalisation form', () => {
  // Checks that names, ids and keys are read in NFC: decomposed accents (macOS, some exports) name the same
  // indicator and unit as composed ones.
  it('a CSV written in NFD scores exactly as the same CSV in NFC', () => {
    const words = fc.constantFrom('điểm', 'hạ_tầng', 'nhân_lực', 'ứng_dụng', 'chính_quyền_số', 'kinh_tế_số');
    fc.assert(
      fc.property(fc.uniqueArray(words, { minLength: 1, maxLength: 4 }), fc.constantFrom('Hà_Nội', 'Điện_Biên', 'Hưng_Yên', 'Đà_Nẵng'), (ids, unit) => {
        const framework = { id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: ids.map((id) => ({ kind: 'indicator', id, unit: 'score', normalisation: { method: 'identity' } })) } };
        const text = `id,${ids.join(',')}\n${unit},${ids.map(() => '0.5').join(',')}\nB,${ids.map(() => '0.25').join(',')}\n`;
        const expected = score(framework, datasetFromCsv(text.normalize('NFC')));
        const decomposed = score(framework, datasetFromCsv(text.normalize('NFD')));
        expect(decomposed.units.map((entry) => entry.nodes.index?.score)).toEqual(expected.units.map((entry) => entry.nodes.index?.score));
      }),
      fuzz(20),
    );
  });
});

