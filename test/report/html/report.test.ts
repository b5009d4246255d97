/**
 * The HTML report of the DTI 2022 sample: self-contained (no URL that would be fetched), well-formed,
 * every section present, the 63 provinces in the table, on the map and in the profiles, Vietnamese
 * and English, hostile names escaped.
 */
import { describe, expect, it } from 'vitest';
import { panelFromResults } from '../../../src/analysis/panel.js';
import { mergeResultTo34 } from '../../../src/vietnam/merger.js';
import { reportHtml } from '../../../src/report/html/report.js';
import { score } from '../../../src/engine/score.js';
import { builtinFramework } from '../../../src/frameworks/index.js';
import { checkMarkup } from '../well-formed.js';
import { current, hostileResult, previous } from '../dti-sample.js';

const vi = reportHtml(current, { language: 'vi', previous });
const { problems, elements } = checkMarkup(vi, { html: true });
const withClass = (markup: string, name: string): number => checkMarkup(markup, { html: true }).elements.filter((element) => (element.attributes.class ?? '').split(' ').includes(name)).length;

describe('reportHtml', () => {
  it('is well-formed and self-contained: no script, no src, no link, every href an anchor in the page, no URL but the SVG namespace', () => {
    expect(problems).toEqual([]);
    expect(vi.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(elements.filter((element) => ['script', 'link', 'img', 'iframe', 'object', 'embed'].includes(element.name))).toEqual([]);
    expect(elements.filter((element) => 'src' in element.attributes)).toEqual([]);
    expect(elements.filter((element) => 'href' in element.attributes && !element.attributes.href?.startsWith('#'))).toEqual([]);
    // the only URL is the SVG namespace (an identifier, never fetched); the map's attribution names naturalearthdata.com as text
    expect([...new Set(vi.match(/https?:\/\/[^\s"<]+/g))]).toEqual(['http://www.w3.org/2000/svg']);
    expect(vi).not.toMatch(/url\((?!#)/);
    expect(vi).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(vi).not.toMatch(/@import|@font-face/);
  });

  it('has every section, in order: summary, ranking, bar chart, heat map, slope chart, map, profiles, method', () => {
    const ids = elements.filter((element) => element.name === 'section').map((element) => element.attributes.id);
    expect(ids).toEqual(['summary', 'ranking', 'scores', 'pillars', 'change', 'map', 'profiles', 'method']);
  });

  it('lists the 63 provinces in the table (rank, name, region, score, 9 pillars, change in Vietnamese), on two maps and in 63 profiles', () => {
    expect(withClass(vi, 'unit-row')).toBe(63);
    expect(withClass(vi, 'province')).toBe(63 * 2);
    expect(withClass(vi, 'profile')).toBe(63);
    const haNoi = current.units.find((unit) => unit.id === '01');
    expect(vi).toMatch(new RegExp(`<tr class="unit-row" data-unit="01"><td class="number">1</td><td class="name">Hà Nội</td><td class="region">Đồng bằng sông Hồng</td><td class="number">${(haNoi?.nodes.pdti?.published ?? '').replace('.', ',')}</td>`));
    expect(vi).toMatch(/(tăng|giảm) \d+ bậc<\/td>/);
    expect(vi).toContain('<th>Thay đổi</th>');
  });

  it('writes the method note: framework, edition, rounding, the weights of every node, and the missing-data decisions', () => {
    expect(vi).toContain(current.framework.name);
    expect(vi).toContain('làm tròn một lần, đến 4 chữ số thập phân');
    expect(withClass(vi, 'tree')).toBe(1);
    const treeRows = vi.slice(vi.indexOf('<table class="tree">'), vi.indexOf('</table>', vi.indexOf('<table class="tree">'))).split('<tr>').length - 2;
    expect(treeRows).toBe(current.nodes.length);
    expect(vi).toContain(current.missing.length === 0 ? 'Không thiếu dữ liệu' : 'trường hợp thiếu dữ liệu');
  });

  it('writes the missing-data notes of a result with gaps, naming unit, node and what was done', () => {
    const data = JSON.parse(JSON.stringify(current)) as typeof current;
    const withGaps = { ...data, missing: [{ unit: '01', node: 'economy', missing: ['economy_a'], action: 'reweighted' as const, presentShare: '0.75' }] };
    const html = reportHtml(withGaps, { language: 'en' });
    expect(html).toContain('<td>Hanoi</td>'.replace('Hanoi', 'Hà Nội'));
    expect(html).toContain('the present parts shared the weight');
    expect(html).toContain('>0.75</td>');
  });

  it('is in English on request, without the change column and slope chart when there is no previous result', () => {
    const en = reportHtml(current, { language: 'en' });
    expect(checkMarkup(en, { html: true }).problems).toEqual([]);
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2>Ranking</h2>');
    expect(en).not.toContain('id="change"');
    expect(en).toContain('No previous results were given');
  });

  it('adds the rank history with a panel, and compares with the group average with a group', () => {
    const html = reportHtml(current, { language: 'en', panel: panelFromResults([previous, current]), group: 'region' });
    expect(withClass(html, 'chiso-rank-history')).toBe(63);
    expect(html).toContain('Red River Delta average'.replace('Red River Delta', 'Đồng bằng sông Hồng'));
  });

  it('draws the 34-province map for a result merged onto the 34', () => {
    const html = reportHtml(mergeResultTo34(current), { language: 'vi' });
    expect(withClass(html, 'province')).toBe(34 * 2);
    expect(html).toContain('34 tỉnh, thành phố (từ 1/7/2025)');
  });

  it('has no map for units that are not provinces (DESI countries), and says so', async () => {
    const { readFileSync } = await import('node:fs');
    const { datasetFromCsv } = await import('../../../src/index.js');
    const csv = readFileSync(new URL('../../../examples/data/desi-2022.csv', import.meta.url), 'utf8');
    const html = reportHtml(score(builtinFramework('desi-2022'), datasetFromCsv(csv)), { language: 'en' });
    expect(withClass(html, 'province')).toBe(0);
    expect(html).toContain('not Vietnamese provinces');
  });

  it('escapes hostile unit names and groups everywhere', () => {
    const html = reportHtml(hostileResult(), { language: 'en', previous });
    const checked = checkMarkup(html, { html: true });
    expect(checked.problems).toEqual([]);
    expect(checked.elements.filter((element) => element.name === 'script' || element.name === 'img')).toEqual([]);
    expect(checked.elements.some((element) => Object.keys(element.attributes).some((key) => key.startsWith('on')))).toBe(false);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;i&gt;region&lt;/i&gt;');
    expect(html).not.toMatch(/[\u0000-\u0008\u001b\u202e]/);
  });

  it('refuses unknown options and a language it does not speak', () => {
    expect(() => reportHtml(current, { language: 'fr' as 'en' })).toThrow(RangeError);
    expect(() => reportHtml(current, { language: 'en', previus: previous } as never)).toThrow(/previous/);
  });
});
