/** chiso --locale: numbers written the Vietnamese or the English way. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

async function chiso(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const folder = mkdtempSync(join(tmpdir(), 'chiso-locale-'));
const framework = join(folder, 'services.json');
writeFileSync(framework, JSON.stringify({
  id: 'services',
  name: 'Online public services',
  root: { kind: 'aggregate', id: 'index', children: [
    { kind: 'indicator', id: 'services', unit: 'count', normalisation: { method: 'share', of: 2000 } },
    { kind: 'indicator', id: 'satisfaction', unit: 'ratio', normalisation: { method: 'identity' } },
  ] },
}));
const csv = join(folder, 'services.csv');
writeFileSync(csv, 'id;services;satisfaction\nHN;1.640;0,7908\nHCM;1.932;0,81\n');
const json = join(folder, 'services.json-data.json');
writeFileSync(json, JSON.stringify({ units: [{ id: 'HN', values: { services: '1.640', satisfaction: '0,7908' } }, { id: 'HCM', values: { services: '1.932', satisfaction: '0,81' } }] }));

describe('chiso --locale', () => {
  it('reads "1.640" as 1640 and "0,7908" as 0.7908 with --locale vi-VN (CSV and JSON)', async () => {
    for (const data of [csv, json]) {
      const { code, stdout } = await chiso('score', '-f', framework, '-d', data, '--locale', 'vi-VN', '--format', 'json');
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as { units: { id: string; nodes: Record<string, { raw?: string; normalised?: string }> }[] };
      expect(result.units[0]?.nodes.services).toMatchObject({ raw: '1640', normalised: '0.82' });
      expect(result.units[0]?.nodes.satisfaction?.normalised).toBe('0.7908');
    }
  });

  it('without --locale the ambiguous cells are refused, each named, suggesting --locale', async () => {
    const { code, stderr } = await chiso('validate', '-f', framework, '-d', csv);
    expect(code).toBe(1);
    expect(stderr).toContain('units[0].values.services: unit "HN", indicator "services": "1.640" is a count');
    expect(stderr).toContain('--locale vi-VN');
  });

  it('an unknown --locale is a usage error, and --help documents the option', async () => {
    expect((await chiso('score', '-f', framework, '-d', csv, '--locale', 'fr')).code).toBe(2);
    expect((await chiso('score', '--help')).stdout).toContain('--locale vi-VN|en');
  });
});
