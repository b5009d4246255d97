/**
 * `--out FILE` for every command and format: the output goes to the file, not standard output;
 * folders are created; an existing file is replaced (analysts rerun a command); a command that
 * fails leaves an earlier file as it was and no temporary file behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOutput } from '../../src/cli/file-output.js';
import { chiso, desiCsv } from './cli-helpers.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'chiso-out-'));

describe('chiso --out FILE', () => {
  it('writes each format to the file, exactly what standard output would get, and nothing to standard output', async () => {
    const directory = folder();
    for (const format of ['table', 'md', 'csv', 'json']) {
      const path = join(directory, `desi.${format}`);
      const written = await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--format', format, '--out', path]);
      expect(written.code).toBe(0);
      expect(written.stdout).toBe('');
      const printed = await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--format', format]);
      expect(readFileSync(path, 'utf8')).toBe(printed.stdout);
    }
  });

  it('works for every command, in --out=FILE form too', async () => {
    const directory = folder();
    const commands: string[][] = [
      ['validate', '-f', 'desi-2022', '-d', desiCsv],
      ['explain', '-f', 'desi-2022', '-d', desiCsv, '--unit', 'AT'],
      ['frameworks'],
      ['provinces', '--era', '34'],
      ['uncertainty', '-f', 'desi-2022', '-d', desiCsv, '--runs', '50', '--format', 'csv'],
      ['target', '-f', 'desi-2022', '-d', desiCsv, '--unit', 'IT', '--rank', '10', '--format', 'md'],
      ['scenario', '-f', 'desi-2022', '-d', desiCsv, '--remove', '1'],
      ['score', '--help'],
    ];
    for (const [index, args] of commands.entries()) {
      const path = join(directory, `${index}.txt`);
      const written = await chiso([...args, `--out=${path}`]);
      expect(written.code, args.join(' ')).toBe(0);
      expect(written.stdout).toBe('');
      expect(readFileSync(path, 'utf8')).toBe((await chiso(args)).stdout);
    }
  });

  it('creates missing folders and replaces an existing file', async () => {
    const path = join(folder(), 'ket-qua', '2023', 'xep-hang.csv');
    expect((await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'csv', '--out', path])).code).toBe(0);
    expect(readFileSync(path, 'utf8').split('\n')[1]).toBe('1,FI,Finland,69.6,71.4,60.5,59.1,87.4');
    writeFileSync(path, 'old contents');
    expect((await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'csv', '--out', path, '--lang', 'vi'])).code).toBe(0);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toMatch(/^Hạng,Mã,Tên,/);
  });

  it('leaves an earlier file as it was, and no temporary file, when the command fails', async () => {
    const directory = folder();
    const path = join(directory, 'result.csv');
    writeFileSync(path, 'last year');
    const failed = await chiso(['score', '-f', 'desi-2022', '-d', join(directory, 'missing.csv'), '--out', path]);
    expect(failed.code).toBe(1);
    const usage = await chiso(['score', '-f', 'desi-2022', '--out', path]);
    expect(usage.code).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe('last year');
    expect(readdirSync(directory)).toEqual(['result.csv']);
  });

  it('refuses a folder and an empty name, and --out given twice with different files', async () => {
    const directory = folder();
    mkdirSync(join(directory, 'sub'));
    const intoFolder = await chiso(['frameworks', '--out', join(directory, 'sub')]);
    expect(intoFolder.code).toBe(1);
    expect(intoFolder.stderr).toContain('is a folder');
    expect((await chiso(['frameworks', '--out='])).code).toBe(2);
    expect((await chiso(['frameworks', '--out', 'a.txt', '--out', 'b.txt'])).code).toBe(2);
    expect((await chiso(['frameworks', '--out'])).stderr).toContain('--out FILE is required');
  });

  it('writes text and bytes in order through one file (the sink a binary format such as .xlsx uses via out.bytes)', async () => {
    const path = join(folder(), 'data.bin');
    const file = fileOutput(path);
    await file.write('head:');
    await file.bytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    await file.commit();
    expect([...readFileSync(path)]).toEqual([...Buffer.from('head:'), 0x50, 0x4b, 0x03, 0x04]);
  });
});
