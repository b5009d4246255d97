/**
 * `--out FILE`: the command's output written to a file instead of standard output. The text is
 * written to a temporary file beside it and renamed over FILE when the command succeeds, so a
 * command that fails (a data error, a full disk) leaves an earlier FILE as it was, and a reader
 * never sees half a file. Folders missing on the way are created; an existing FILE is replaced
 * (analysts rerun a command to refresh its output).
 *
 * @module
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputError, outputErrorFrom, streamWriter, type StreamWriter } from './output.js';

/** A file being written: text and bytes, then `commit` (rename into place) or `discard`. */
export interface FileOutput {
  /** The file asked for. */
  readonly path: string;
  write(text: string): void | Promise<void>;
  bytes(data: Uint8Array): Promise<void>;
  /** Writes what is buffered, closes the file and renames it over the path. */
  commit(): Promise<void>;
  /** Removes the temporary file (after a failure); never throws. */
  discard(): Promise<void>;
}

/**
 * Opens `--out FILE` lazily: nothing is created until the first write, so a usage error leaves no
 * file behind. A path that names a folder is refused with an {@link OutputError}.
 *
 * @example
 * const file = fileOutput('results/2023.csv');
 * await file.write('rank,unit\n');
 * await file.commit(); // results/2023.csv now holds the text
 */
export function fileOutput(path: string): FileOutput {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let opened: Promise<{ stream: WriteStream; writer: StreamWriter; closed: Promise<void> }> | undefined;
  const open = (): Promise<{ stream: WriteStream; writer: StreamWriter; closed: Promise<void> }> => {
    opened ??= (async () => {
      const existing = await stat(path).catch(() => undefined);
      if (existing?.isDirectory()) throw new OutputError(`cannot write ${path}: it is a folder (give a file name to --out)`, 'EISDIR', false);
      await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
        throw outputErrorFrom(error, path);
      });
      const stream = createWriteStream(temporary);
      const closed = new Promise<void>((resolve, reject) => {
        stream.once('close', resolve);
        stream.once('error', reject);
      });
      // a failure to open is reported by the first write
      closed.catch(() => undefined);
      return { stream, writer: streamWriter(stream, { name: path }), closed };
    })();
    return opened;
  };
  return {
    path,
    async write(text: string) {
      const { writer } = await open();
      await writer.write(text);
    },
    async bytes(data: Uint8Array) {
      const { stream, writer } = await open();
      // the text written before goes first, then the bytes, through the same stream
      await writer.end();
      await new Promise<void>((resolve, reject) => {
        stream.write(data, (error) => (error ? reject(outputErrorFrom(error, path)) : resolve()));
      });
    },
    async commit() {
      // a command that wrote nothing still leaves its (empty) file
      const { stream, writer, closed } = await open();
      try {
        await writer.end();
        stream.end();
        await closed;
        await rename(temporary, path);
      } catch (error) {
        throw outputErrorFrom(error, path);
      }
    },
    async discard() {
      if (opened === undefined) return;
      const { stream, closed } = await opened.catch(() => ({ stream: undefined, closed: Promise.resolve() }));
      stream?.destroy();
      await closed.catch(() => undefined);
      await rm(temporary, { force: true }).catch(() => undefined);
    },
  };
}
