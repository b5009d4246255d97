/** The chiso binary as a Unix tool: a reader that goes away, a full disk, a closed output. */
import { spawn } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OutputError, streamWriter, type WritableLike } from '../../src/cli/output.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const desiCsv = fileURLToPath(new URL('../../examples/data/desi-2022.csv', import.meta.url));
const scoreJson = ['score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'json'];

interface Ended {
  code: number | null;
  stderr: string;
}

/** Runs the real binary; `stdout` is 'pipe' (closed after the first chunk) or a file descriptor. */
function chisoProcess(args: readonly string[], stdout: 'close-early' | number, shell?: string): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const command = shell === undefined ? [process.execPath, [tsx, 'src/cli/bin.ts', ...args]] as const : ['/bin/sh', ['-c', shell]] as const;
    const child = spawn(command[0], [...command[1]], { cwd: root, stdio: ['ignore', stdout === 'close-early' ? 'pipe' : stdout, 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.once('data', () => child.stdout?.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the chiso binary and its output', () => {
  it('ends quietly, with exit 0, when the reader closes the pipe early (chiso … | head -1)', async () => {
    const { code, stderr } = await chisoProcess(scoreJson, 'close-early');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('says in one line that the disk is full (> /dev/full), and exits 1', async () => {
    const { code, stderr } = await chisoProcess(scoreJson, openSync('/dev/full', 'w'));
    expect(code).toBe(1);
    expect(stderr).toBe('chiso: cannot write standard output: no space left on the device (ENOSPC)\n');
  });

  it.runIf(existsSync('/proc/self/fdinfo'))('refuses a closed standard output (>&-) in one line, with exit 1', async () => {
    const { code, stderr } = await chisoProcess([], openSync('/dev/null', 'w'), `exec "${process.execPath}" "${tsx}" src/cli/bin.ts frameworks >&-`);
    expect(code).toBe(1);
    expect(stderr).toBe('chiso: cannot write standard output: it is closed\n');
  });

  it('still writes to /dev/null opened by the shell (> /dev/null), with exit 0', async () => {
    const { code, stderr } = await chisoProcess([], openSync('/dev/null', 'w'), `exec "${process.execPath}" "${tsx}" src/cli/bin.ts frameworks > /dev/null`);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('prints an internal error in one line with exit 70, the stack only under --debug', async () => {
    const { run } = await import('../../src/cli/main.js');
    let stderr = '';
    const broken = { stdout: (): never => { throw new TypeError('boom'); }, stderr: (text: string) => (stderr += text) };
    expect(await run(['frameworks'], broken)).toBe(70);
    expect(stderr).toMatch(/^chiso: internal error \(a bug in chiso\): TypeError: boom; please report it .*; run again with --debug for the stack trace\n$/);
    stderr = '';
    expect(await run(['frameworks', '--debug'], broken)).toBe(70);
    expect(stderr).toMatch(/^chiso: internal error \(a bug in chiso\): TypeError: boom; please report it[^\n]*\nTypeError: boom\n\s+at /);
  });
});

class FakeStream extends EventEmitter implements WritableLike {
  readonly chunks: string[] = [];
  full = false;
  failWith: (Error & { code?: string }) | undefined;
  write(chunk: string, callback?: (error?: Error | null) => void): boolean {
    this.chunks.push(chunk);
    const failure = this.failWith;
    queueMicrotask(() => {
      if (failure) this.emit('error', failure);
      callback?.(failure ?? null);
    });
    return !this.full;
  }
}

describe('streamWriter', () => {
  it('gathers small pieces, and waits for drain when the stream is full', async () => {
    const stream = new FakeStream();
    stream.full = true;
    const writer = streamWriter(stream, { bufferSize: 4 });
    expect(writer.write('ab')).toBeUndefined();
    const waiting = writer.write('cd');
    expect(waiting).toBeInstanceOf(Promise);
    let drained = false;
    void (waiting as Promise<void>).then(() => (drained = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(drained).toBe(false);
    stream.emit('drain');
    await waiting;
    expect(stream.chunks).toEqual(['abcd']);
    await writer.end();
  });

  it('reports a failed write from end(), marking a closed pipe as closed', async () => {
    const stream = new FakeStream();
    stream.failWith = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const writer = streamWriter(stream);
    writer.write('x');
    const failure = await writer.end().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OutputError);
    expect(failure).toMatchObject({ code: 'EPIPE', closed: true });
    expect(() => writer.write('more')).toThrow(OutputError);
  });
});
