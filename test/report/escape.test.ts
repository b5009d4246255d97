/** No control sequence in a label, unit name or id reaches the terminal. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { escapeControlCharacters, escapeJsonText, escapeTerminalText } from '../../src/report/escape.js';
import { formatTable } from '../../src/report/table.js';

// ESC (CSI, OSC), BEL, a C1 CSI, DEL, a bidi override and an isolate
const HOSTILE = ['\u001b[2J', '\u001b]0;pwned\u0007', '\u009b31m', '\u007f', '\u202e', '\u2066', '\r'];
/** Anything a terminal acts on, except the line feeds chiso writes itself. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('escapeControlCharacters', () => {
  it('shows control and bidirectional characters as visible escapes, and leaves other text alone', () => {
    expect(escapeControlCharacters('Hà Nội\u001b]0;x\u0007')).toBe('Hà Nội\\x1B]0;x\\x07');
    expect(escapeControlCharacters('a\u009bb\u202ec\u2069d\te\nf')).toBe('a\\x9Bb\\u202Ec\\u2069d\\te\\nf');
    expect(escapeControlCharacters('Đắk Lắk – 1.640 dịch vụ công')).toBe('Đắk Lắk – 1.640 dịch vụ công');
    for (const text of HOSTILE) expect(escapeControlCharacters(`x${text}y`)).not.toMatch(RAW);
  });

  it('keeps line feeds in a multi-line text, and escapes JSON without changing its value', () => {
    expect(escapeTerminalText('a\u001bb\nc\n')).toBe('a\\x1Bb\nc\n');
    const value = { name: HOSTILE.join('|') };
    const json = escapeJsonText(JSON.stringify(value));
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('escapes every cell and title of a table, in every format', () => {
    const table = { columns: [{ title: 'Unit\u001b[1m', align: 'left' as const }], rows: [[`Evil${HOSTILE.join('')}`]] };
    for (const format of ['text', 'md', 'csv'] as const) expect(formatTable(table, format).replaceAll('\n', '')).not.toMatch(RAW);
  });
});

describe('the command line prints no control character from its inputs', () => {
  const directory = mkdtempSync(join(tmpdir(), 'chiso-escape-'));
  const framework = join(directory, 'framework.json');
  writeFileSync(
    framework,
    JSON.stringify({
      id: 'evil',
      name: `Evil\u001b]0;title\u0007 index\u009b2J`,
      root: {
        kind: 'aggregate',
        id: 'index',
        label: { en: 'Index\u001b[31m\u202e' },
        children: [
          { kind: 'indicator', id: 'a', label: { en: 'A\u0007\u2066' }, unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 100 } },
          { kind: 'indicator', id: 'b', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 100 } },
        ],
      },
    }),
  );
  const data = join(directory, 'data.json');
  writeFileSync(data, JSON.stringify({ units: [{ id: 'X', name: `Name${HOSTILE.join('')}`, values: { a: 10, b: 20 } }, { id: 'Y', values: { a: 30, b: 40 } }] }));
  const bad = join(directory, 'bad\u001b[2J.json');
  writeFileSync(bad, JSON.stringify({ units: [{ id: 'Z', name: 'Z\u009b2J\u202e', values: { a: 'n/a\u009b2J\u202e', b: 1 } }] }));

  async function chiso(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    return { code, stdout, stderr };
  }

  it('in tables, Markdown, CSV and JSON', async () => {
    for (const format of ['table', 'md', 'csv', 'json']) {
      const { code, stdout } = await chiso('score', '-f', framework, '-d', data, '--format', format);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(RAW);
      if (format === 'json') expect((JSON.parse(stdout) as { units: { name?: string }[] }).units[0]?.name).toBe(`Name${HOSTILE.join('')}`);
    }
    const explained = await chiso('explain', '-f', framework, '-d', data, '-u', 'Y');
    expect(explained.code).toBe(0);
    expect(explained.stdout).not.toMatch(RAW);
  });

  it('in error messages', async () => {
    const invalid = await chiso('score', '-f', framework, '-d', bad);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('\\x9B2J\\u202E');
    expect(invalid.stderr).not.toMatch(RAW);
    const usage = await chiso('score', '-f', framework, '-d', data, '--node', 'x\u001b]0;t\u0007');
    expect(usage.code).toBe(2);
    expect(usage.stderr).not.toMatch(RAW);
  });
});
