/** Running `chiso` in-process for the command tests, and writing input files they need. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';

export const desiCsv = fileURLToPath(new URL('../../examples/data/desi-2022.csv', import.meta.url));
export const dti2023 = fileURLToPath(new URL('../../examples/data/vn-dti-2022/2023.json', import.meta.url));

/** Runs `chiso …` in-process; `progress` collects the progress lines when given. */
export async function chiso(args: readonly string[], progress?: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...(progress === undefined ? {} : { progress: (text: string) => progress.push(text) }),
  });
  return { code, stdout, stderr };
}

/** Writes a file in a fresh temporary folder and returns its path. */
export function writeTemporary(name: string, contents: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'chiso-cli-')), name);
  writeFileSync(path, contents);
  return path;
}
