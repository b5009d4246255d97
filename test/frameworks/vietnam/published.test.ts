/**
 * Published Vietnamese figures reproduced from their published components.
 * Sources: shared/methodology/vietnam.md — Đà Nẵng ICT Index 2023
 * (https://vietnam.vn/en/da-nang-giu-quan-quan-bang-xep-hang-ict-index-14-nam-lien-tiep) and
 * Đà Nẵng DTI 2022 (https://dti.gov.vn/xep-hang-2022).
 */
import { describe, expect, it } from 'vitest';
import { assertFramework, builtinFrameworks, compilePlan, score, validateFramework, vnDti2020, vnDti2022, vnDti2022Main, vnIctIndexComponents } from '../../../src/index.js';

describe('built-in Vietnamese frameworks', () => {
  it('are all valid', () => {
    for (const [id, framework] of Object.entries(builtinFrameworks)) expect(validateFramework(framework).success, id).toBe(true);
  });

  it('ICT Index: Đà Nẵng 2023, (0.7908 + 0.7892 + 0.9655) / 3 = 0.8485 (published: 0.8485, rank 1)', () => {
    const result = score(vnIctIndexComponents, { units: [{ id: '48', name: 'Đà Nẵng', values: { htkt: '0.7908', htnl: '0.7892', ud: '0.9655' } }] });
    expect(result.units[0]?.nodes.ict_index).toMatchObject({ score: '0.8485', published: '0.8485', rank: 1 });
  });

  it('DTI 2022: Đà Nẵng 2022 main indices give PDTI 0.8002 (published: 0.8002, rank 1)', () => {
    const values = { awareness: '1.0000', institutions: '0.9000', infrastructure: '0.8253', human_resources: '0.8487', cyber_security: '0.7578', smart_city: null, government: '0.8575', economy: '0.7836', society: '0.5197' };
    const result = score(vnDti2022Main, { units: [{ id: '48', name: 'Đà Nẵng', values }] });
    // earned: 100 + 90 + 82.53 + 84.87 + 75.78 + 171.5 + 117.54 + 77.955 = 800.175 of 1000
    expect(result.units[0]?.nodes.pdti).toMatchObject({ score: '0.800175', points: '800.175', published: '0.8002' });
    // smart city is assessed but worth no points: missing, it changes nothing, and the result says so
    expect(result.missing).toEqual([{ unit: '48', node: 'pdti', missing: ['smart_city'], action: 'counted-as-zero', presentShare: '1' }]);
  });

  it('DTI 2022: ranks on published values, so constructed PDTI scores that print equal share a rank (as the 2022 table had a tie at 15)', () => {
    const main = (government: string) => ({ awareness: 0.5, institutions: 0.5, infrastructure: 0.5, human_resources: 0.5, cyber_security: 0.5, smart_city: 0, government, economy: 0.5, society: 0.5 });
    // PDTI 0.50002 and 0.50004 (0.02 points apart, from the government index) both publish as 0.5000
    const result = score(vnDti2022Main, { units: [{ id: 'A', values: main('0.5001') }, { id: 'B', values: main('0.5002') }, { id: 'C', values: main('0.4') }] });
    expect(result.units.map((unit) => unit.nodes.pdti?.published)).toEqual(['0.5000', '0.5000', '0.4800']);
    expect(result.units.map((unit) => unit.nodes.pdti?.rank)).toEqual([1, 1, 3]);
  });

  it('DTI 2022 components: each main index is worth its official maximum points, 1000 in all', () => {
    const framework = assertFramework(vnDti2022);
    const maxima = framework.root.children.map((child) => [child.id, child.weight, child.kind === 'aggregate' ? child.children.reduce((total, component) => total + component.weight, 0) : 0]);
    expect(maxima).toEqual([
      ['awareness', 100, 100],
      ['institutions', 100, 100],
      ['infrastructure', 100, 100],
      ['human_resources', 100, 100],
      ['cyber_security', 100, 100],
      ['smart_city', 0, 1],
      ['government', 200, 200],
      ['economy', 150, 150],
      ['society', 150, 150],
    ]);
  });

  it('DTI 2022 components: step rules, half points and ratio × points add up to earned ÷ maximum', () => {
    const values = {
      steering_meetings: 3, // 15 of 20
      dt_resolution_issued: 1, // 20 of 20
      officials_dt_briefed_pct: 80, // 24 of 30
      dt_news_per_month: 12, // 20 of 30
      enterprise_architecture: 0.5, // half points: 12.5 of 25
    };
    const result = score(vnDti2022, { units: [{ id: 'X', values }] });
    // awareness = (15 + 20 + 24 + 20) / 100
    expect(result.units[0]?.nodes.awareness).toMatchObject({ score: '0.79', points: '79', published: '0.7900' });
    // institutions: only the architecture reported (12.5); the rest earn nothing
    expect(result.units[0]?.nodes.institutions).toMatchObject({ points: '12.5', score: '0.125' });
    expect(compilePlan(assertFramework(vnDti2022)).linear).toBe(false);
  });

  it('DTI 2020: PDTI = 0.4 · government + 0.3 · economy + 0.3 · society (Decision 1726/QĐ-BTTTT)', () => {
    const pillar = (prefix: string, value: string) => Object.fromEntries(['awareness', 'institutions', 'infrastructure', 'data', 'activities', 'security', 'human_resources'].map((key) => [`${prefix}_${key}`, value]));
    const result = score(vnDti2020, { units: [{ id: 'X', values: { ...pillar('government', '0.6'), ...pillar('economy', '0.5'), ...pillar('society', '0.4') } }] });
    expect(result.units[0]?.nodes.pdti?.score).toBe('0.51');
  });
});

describe('vn-ict-index (chiso reconstruction)', () => {
  it('scores the best province exactly 1 when it leads on every indicator, others as ratios to the best', async () => {
    const { vnIctIndex } = await import('../../../src/index.js');
    const ids = ['officials_with_computer_pct', 'agencies_broadband_pct', 'agencies_data_network_pct', 'agencies_security_pct', 'agencies_it_staff_pct', 'it_staff_degree_pct', 'officials_it_trained_pct', 'e_office_users_pct', 'documents_electronic_pct', 'official_email_pct', 'full_process_services_pct', 'online_dossiers_pct', 'on_time_dossiers_pct'];
    const all = (value: number) => Object.fromEntries(ids.map((id) => [id, value]));
    const result = score(vnIctIndex, { units: [{ id: '48', values: all(80) }, { id: '11', values: all(40) }, { id: '79', values: all(60) }] });
    expect(result.units.map((unit) => unit.nodes.ict_index?.published)).toEqual(['1.0000', '0.5000', '0.7500']);
    expect(result.units.map((unit) => unit.nodes.htkt?.score)).toEqual(['1', '0.5', '0.75']);
    expect(compilePlan(assertFramework(vnIctIndex)).linear).toBe(true);
  });
});

describe('every built-in framework is data', () => {
  it('survives a JSON round trip unchanged and scores the same after it', () => {
    for (const [id, framework] of Object.entries(builtinFrameworks)) {
      const copy = JSON.parse(JSON.stringify(framework)) as unknown;
      expect(assertFramework(copy), id).toEqual(assertFramework(framework));
    }
    const units = [{ id: '48', values: { htkt: '0.7908', htnl: '0.7892', ud: '0.9655' } }];
    expect(score(JSON.parse(JSON.stringify(builtinFrameworks['vn-ict-index-components'])), { units })).toEqual(score(builtinFrameworks['vn-ict-index-components'], { units }));
  });
});
