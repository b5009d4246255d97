#!/usr/bin/env node
import { run } from './main.js';
import { descriptorWasClosed, streamWriter } from './output.js';

// Standard output is buffered and honours backpressure; a reader that goes away (`| head -1`)
// ends the command quietly, any other write failure is one line on standard error and exit 1.
const stdout = streamWriter(process.stdout, {
  name: 'standard output',
  unusable: () => (descriptorWasClosed(1) ? 'it is closed' : undefined),
});
// Nothing can be reported about a failing standard error; keep its errors from crashing.
process.stderr.on('error', () => undefined);

run(process.argv.slice(2), {
  stdout: (text) => stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  end: () => stdout.end(),
  // a progress line only on a terminal: piped or redirected, standard error stays clean
  ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(`\r\u001b[2K${text}`) } : {}),
}, {
  CHISO_LANG: process.env.CHISO_LANG,
  COLUMNS: process.env.COLUMNS,
  // tables are fitted to the terminal only when standard output is one: piped, every column
  terminalColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // run() reports every error itself; this is the last resort.
    process.stderr.write(`chiso: internal error (a bug in chiso): ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
