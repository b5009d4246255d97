/** Numbers written as text: declared formats (vi-VN, en), and no silent guess without one. */
import { describe, expect, it } from 'vitest';
import { assertFramework, ChisoError, datasetFromCsv, readNumber, readsAsThousands, score, validateDataset, type FrameworkInput } from '../../src/index.js';

const ok = (text: string) => ({ ok: true, text });

describe('readNumber', () => {
  it.each<[string, string]>([
    ['1.640', '1640'], // seed 001: "1.640 dịch vụ công" — one thousand six hundred and forty
    ['1.640.000', '1640000'],
    ['0,7908', '0.7908'],
    ['1.640,5', '1640.5'],
    ['-1.640,25', '-1640.25'],
    ['1 640,5', '1640.5'],
    ['1\u00a0640\u00a0000', '1640000'],
    ['1\u202f640', '1640'],
    ['1640', '1640'],
    [',5', '0.5'],
  ])('with locale vi-VN, %j is %s', (text, expected) => {
    expect(readNumber(text, { locale: 'vi-VN' })).toEqual(ok(expected));
  });

  it.each<[string, string]>([
    ['1,640', '1640'],
    ['1,640,000.25', '1640000.25'],
    ['0.7908', '0.7908'],
    ['1.640', '1.640'],
    ['1 640.5', '1640.5'],
  ])('with locale en, %j is %s', (text, expected) => {
    expect(readNumber(text, { locale: 'en' })).toEqual(ok(expected));
  });

  it.each(['1.64', '0.7908', '1.6400', '01.640', '1.640.00', '1,640,5', '1.640 000', 'abc', ''])('with locale vi-VN, %j is refused (groups of exactly three digits)', (text) => {
    expect(readNumber(text, { locale: 'vi-VN' }).ok).toBe(false);
  });

  it.each(['0,7908', '1,64', '1,640.000,5'])('with locale en, %j is refused', (text) => {
    expect(readNumber(text, { locale: 'en' }).ok).toBe(false);
  });

  it('without a locale: plain decimals and forms both formats read alike are accepted', () => {
    expect(readNumber('0.7908')).toEqual(ok('0.7908'));
    expect(readNumber('1.640')).toEqual(ok('1.640')); // judged by the caller, who knows the unit
    expect(readNumber('1 640 000')).toEqual(ok('1640000'));
    expect(readNumber(' 12 ')).toEqual(ok('12'));
    expect(readNumber('1e-3')).toEqual(ok('1e-3'));
  });

  it('without a locale: text written one way only, or readable both ways, is refused with the locale to declare', () => {
    expect(readNumber('0,7908')).toMatchObject({ ok: false, kind: 'ambiguous', suggest: 'vi-VN' });
    expect(readNumber('1.640.000')).toMatchObject({ ok: false, kind: 'ambiguous', suggest: 'vi-VN' });
    expect(readNumber('1,640.5')).toMatchObject({ ok: false, kind: 'ambiguous', suggest: 'en' });
    const both = readNumber('1,640');
    expect(both).toMatchObject({ ok: false, kind: 'ambiguous' });
    expect(both.ok ? '' : both.reason).toBe('"1,640" reads as 1640 with locale en but as 1.640 with locale vi-VN; declare how numbers are written: --locale vi-VN or --locale en on the command line, or the option locale: \'vi-VN\' or \'en\'');
  });

  it('reads a percent sign only where the value is a percent', () => {
    expect(readNumber('85%', { percent: true })).toEqual(ok('85'));
    expect(readNumber('85,5 %', { percent: true, locale: 'vi-VN' })).toEqual(ok('85.5'));
    expect(readNumber('85%')).toMatchObject({ ok: false, kind: 'not_a_number' });
  });

  it('never reads NaN, Infinity or numbers beyond the limits', () => {
    for (const text of ['NaN', 'Infinity', '-Infinity', 'inf', '∞']) for (const locale of [undefined, 'vi-VN', 'en'] as const) expect(readNumber(text, { locale }).ok).toBe(false);
    expect(readNumber('1e-300000', { locale: 'vi-VN' })).toMatchObject({ ok: false, kind: 'beyond_limits' });
    expect(readNumber('9'.repeat(1_000_000))).toMatchObject({ ok: false, kind: 'beyond_limits' });
  });

  it('readsAsThousands spots a plain decimal that Vietnamese would read as a whole number', () => {
    expect(['1.640', '-12.500', '999.000'].map(readsAsThousands)).toEqual([true, true, true]);
    expect(['0.640', '1.64', '1640', '1.6400', '1234.567'].map(readsAsThousands)).toEqual([false, false, false, false, false]);
  });
});

const services: FrameworkInput = {
  id: 'services',
  name: 'Online public services',
  root: {
    kind: 'aggregate',
    id: 'index',
    children: [
      { kind: 'indicator', id: 'services', unit: 'count', normalisation: { method: 'share', of: 2000 } },
      { kind: 'indicator', id: 'satisfaction', unit: 'ratio', normalisation: { method: 'identity' } },
      { kind: 'indicator', id: 'score', unit: 'score', normalisation: { method: 'minmax' } },
    ],
  },
};

describe('declared number formats in datasets', () => {
  const csv = 'id;services;satisfaction;score\nHN;1.640;0,7908;12,5\nHCM;1.932;0,81;9\n';

  it('seed 001: "1.640 dịch vụ công" read with locale vi-VN is 1640 services', () => {
    const result = score(services, datasetFromCsv(csv, { locale: 'vi-VN' }));
    const hanoi = result.units.find((unit) => unit.id === 'HN');
    expect(hanoi?.nodes.services?.raw).toBe('1640');
    expect(hanoi?.nodes.services?.normalised).toBe('0.82'); // 1640 / 2000
    expect(hanoi?.nodes.satisfaction?.normalised).toBe('0.7908');
  });

  it('the same file without a locale is refused, naming each cell and the locale to declare', () => {
    let caught: unknown;
    try {
      score(services, datasetFromCsv(csv));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChisoError);
    const issues = (caught as ChisoError).issues;
    expect(issues.map((entry) => [entry.code, entry.path.join('.')])).toEqual([
      ['ambiguous_number', 'units.0.values.services'],
      ['ambiguous_number', 'units.0.values.satisfaction'],
      ['ambiguous_number', 'units.0.values.score'],
      ['ambiguous_number', 'units.1.values.services'],
      ['ambiguous_number', 'units.1.values.satisfaction'],
    ]);
    expect(issues[0]?.message).toContain('unit "HN", indicator "services": "1.640" is a count: 1640 if "." groups thousands (vi-VN), 1.640 if it is a decimal point (en)');
    expect(issues[1]?.message).toContain('--locale vi-VN');
  });

  it('the locale can be given to score or validateDataset instead, and must agree with the dataset', () => {
    const dataset = datasetFromCsv(csv);
    expect(score(services, dataset, { locale: 'vi-VN' }).units[0]?.nodes.services?.raw).toBe('1640');
    const framework = assertFramework(services);
    const checked = validateDataset(framework, dataset, { locale: 'vi-VN' });
    expect(checked.value?.units[0]?.values).toEqual({ services: '1640', satisfaction: '0.7908', score: '12.5' });
    // Validating the validated dataset again changes nothing.
    expect(validateDataset(framework, checked.value).value).toEqual(checked.value);
    expect(validateDataset(framework, datasetFromCsv(csv, { locale: 'en' }), { locale: 'vi-VN' }).issues[0]).toMatchObject({ code: 'invalid_shape', path: ['locale'] });
  });

  it('with locale vi-VN, "1.64" is an error, not 164', () => {
    const checked = validateDataset(assertFramework(services), { locale: 'vi-VN', units: [{ id: 'HN', values: { services: '1.64', satisfaction: '0,5', score: 1 } }] });
    expect(checked.issues.map((entry) => [entry.code, entry.path.join('.')])).toEqual([['not_a_number', 'units.0.values.services']]);
    expect(checked.issues[0]?.message).toBe('unit "HN", indicator "services": with locale vi-VN, "." groups thousands in threes (a decimal is written with ","), so "1.64" is not a number');
  });

  it('without a locale, "1.640" in a column whose other cells group thousands with "." is refused whatever the unit', () => {
    const checked = validateDataset(assertFramework(services), { units: [
      { id: 'A', values: { services: 1, satisfaction: 0.5, score: '1.640' } },
      { id: 'B', values: { services: 1, satisfaction: 0.5, score: '2.300.000' } },
      { id: 'C', values: { services: 1, satisfaction: 0.5, score: '0.5' } },
    ] });
    expect(checked.issues.map((entry) => [entry.code, entry.path.join('.')])).toEqual([
      ['ambiguous_number', 'units.1.values.score'],
      ['ambiguous_number', 'units.0.values.score'],
    ]);
    expect(checked.issues[1]?.message).toContain('as elsewhere in this column (unit "B" has "2.300.000")');
    // Without that evidence a score of "1.640" is the decimal 1.64.
    const plain = validateDataset(assertFramework(services), { units: [{ id: 'A', values: { services: 1, satisfaction: 0.5, score: '1.640' } }] });
    expect(plain.success).toBe(true);
  });
});
