/**
 * Writing the command's output to a real stream: buffered, honouring backpressure, and turning
 * every way a write can fail into an {@link OutputError} the command reports in one line — or,
 * when the reader has gone away (`chiso … | head -1`), ends on quietly.
 *
 * @module
 */
import { readFileSync, readlinkSync } from 'node:fs';

/**
 * A write to the output failed. `closed` is true when the reader went away (EPIPE): the command
 * then stops quietly, as Unix tools do; any other failure (ENOSPC on a full disk, EIO, a closed
 * standard output) is reported.
 *
 * @example
 * new OutputError('cannot write standard output: the reader closed the pipe (EPIPE)', 'EPIPE', true).closed; // => true
 */
export class OutputError extends Error {
  constructor(
    message: string,
    /** The system error code (EPIPE, ENOSPC, …), when there is one. */
    readonly code: string | undefined,
    /** Whether the reader closed the pipe: not an error of the command. */
    readonly closed: boolean,
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

/**
 * What a failed write says, in words, and whether it only means the reader went away.
 *
 * @example
 * outputErrorFrom(Object.assign(new Error('write ENOSPC'), { code: 'ENOSPC' }), 'standard output').message;
 * // => 'cannot write standard output: no space left on the device (ENOSPC)'
 */
export function outputErrorFrom(error: unknown, what = 'the output'): OutputError {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === 'ENOSPC' ? 'no space left on the device' : code === 'EPIPE' ? 'the reader closed the pipe' : code === 'EBADF' ? 'it is closed' : code === 'EIO' ? 'input/output error' : error instanceof Error ? error.message : String(error);
  return new OutputError(`cannot write ${what}: ${reason}${code === undefined ? '' : ` (${code})`}`, code, code === 'EPIPE');
}

/**
 * Whether a file descriptor was closed when the process started. Node then opens `/dev/null` in
 * its place (read-write), so writes "succeed" and vanish; a shell redirection to `/dev/null` opens
 * it write-only. Linux only (it reads `/proc/self/fdinfo`); elsewhere, false. (A descriptor a
 * parent process opened read-write on `/dev/null` looks the same, and is reported as closed.)
 *
 * @example
 * descriptorWasClosed(1); // => true under `chiso … >&-`
 */
export function descriptorWasClosed(fd: number): boolean {
  try {
    if (readlinkSync(`/proc/self/fd/${fd}`) !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1];
    // O_ACCMODE is 3; O_RDWR is 2.
    return flags !== undefined && (Number.parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}

/** The writable side of a stream, as much of it as the writer needs. */
export interface WritableLike {
  write(chunk: string, callback?: (error?: Error | null) => void): boolean;
  once(event: 'drain' | 'error', listener: (error?: Error) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'drain' | 'error', listener: (error?: Error) => void): unknown;
}

/** Options for {@link streamWriter}. */
export interface StreamWriterOptions {
  /** Bytes gathered before a write (default 64 KiB): fewer system calls for many small pieces. */
  readonly bufferSize?: number;
  /** What the stream is, for messages ("standard output"). */
  readonly name?: string;
  /** Checked at the first write: a reason the stream cannot be written to, if any. */
  readonly unusable?: () => string | undefined;
}

/** A buffered writer over a stream. */
export interface StreamWriter {
  /** Adds text; returns a promise when the stream is full, to be awaited before writing more. */
  write(text: string): void | Promise<void>;
  /** Writes what is buffered and waits until the stream has taken it; throws the first failure. */
  end(): Promise<void>;
}

/**
 * A buffered writer that honours backpressure (it waits for `drain` when the stream is full) and
 * reports a failed write — synchronous, or signalled later by an `error` event — as one
 * {@link OutputError}, thrown from the next `write` or from `end`. Installing it also keeps a
 * stream error from crashing the process.
 *
 * @example
 * const stdout = streamWriter(process.stdout, { name: 'standard output' });
 * await stdout.write('hello\n');
 * await stdout.end();
 */
export function streamWriter(stream: WritableLike, options: StreamWriterOptions = {}): StreamWriter {
  const bufferSize = options.bufferSize ?? 65_536;
  const name = options.name ?? 'the output';
  let failure: OutputError | undefined;
  let checked = false;
  let pending: string[] = [];
  let size = 0;
  let lastWrite: Promise<void> = Promise.resolve();
  stream.on('error', (error) => {
    failure ??= outputErrorFrom(error, name);
  });
  const fail = (): never => {
    throw failure;
  };
  const flush = async (): Promise<void> => {
    if (size === 0) return;
    const chunk = pending.join('');
    pending = [];
    size = 0;
    let full = false;
    lastWrite = new Promise<void>((resolve) => {
      try {
        full = !stream.write(chunk, (error) => {
          if (error) failure ??= outputErrorFrom(error, name);
          resolve();
        });
      } catch (error) {
        failure ??= outputErrorFrom(error, name);
        resolve();
      }
    });
    if (failure) fail();
    if (full) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('error', done);
          resolve();
        };
        stream.once('drain', done);
        stream.once('error', done);
      });
      if (failure) fail();
    }
  };
  return {
    write(text: string): void | Promise<void> {
      if (!checked) {
        checked = true;
        const reason = options.unusable?.();
        if (reason !== undefined) failure ??= new OutputError(`cannot write ${name}: ${reason}`, 'EBADF', false);
      }
      if (failure) fail();
      pending.push(text);
      size += text.length;
      return size >= bufferSize ? flush() : undefined;
    },
    async end(): Promise<void> {
      if (failure) fail();
      await flush();
      await lastWrite;
      if (failure) fail();
    },
  };
}
