/**
 * The HTML report of a result: one self-contained file — styles and charts inline, system fonts, no
 * script, no request to any server (a Content-Security-Policy says so to the browser too) — that
 * prints to A4 with one page per unit profile. Sections: summary, ranking table, bar chart, heat
 * map of the pillars, slope chart of rank change (with a previous result), choropleth map of the
 * provinces (when the units are Vietnamese provinces), one profile per unit, and the method note.
 * Every text from the data — names, labels, ids — is escaped.
 *
 * @module
 */
import { compareResults } from '../../analysis/compare.js';
import { explainUnit } from '../../analysis/explain.js';
import { assertPanel, type Panel } from '../../analysis/panel.js';
import type { NodeInfo, ScoreResult, UnitResult } from '../../engine/result.js';
import { anything, checkArgument, checkOptions, oneOf, record, text } from '../../model/arguments.js';
import { ownValue } from '../../model/records.js';
import { assertResult } from '../../model/saved-result.js';
import type { ProvinceEra } from '../../vietnam/provinces.js';
import { rankingBarChart } from '../charts/bar-chart.js';
import { heatMapSvg } from '../charts/heat-map.js';
import { rankHistorySvg, unitProfileSvg } from '../charts/profile.js';
import { slopeChartSvg } from '../charts/slope-chart.js';
import { FONT_STACK, childrenOf, figureText, shownFigure, titleOf, unitName, unitsByRank } from '../charts/svg.js';
import { formatDecimal, nodeTitle, rankChangePhrase, type Language } from '../language.js';
import { resultChoropleth } from '../map/result-map.js';
import { escapeMarkup } from '../markup.js';
import { reportWords, type ReportWords } from './words.js';

/** Options for {@link reportHtml}. */
export interface ReportOptions {
  /** The language of the report: its words, numbers ("0,8002") and labels. */
  readonly language: Language;
  /** An earlier result of the same framework: adds the change column and the slope chart. */
  readonly previous?: ScoreResult;
  /** A panel of several years (`panelFromResults`): adds each unit's rank history to its profile. */
  readonly panel?: Panel;
  /** Compare each unit's pillars with the average of its group under this key (e.g. `region`) instead of the national average. */
  readonly group?: string;
  /** The report's title (default: the framework's name and the data's year). */
  readonly title?: string;
  /** The provinces of the map: the 63 or the 34 (default: chosen from the units). */
  readonly era?: ProvinceEra;
}

/** At most this many missing-data notes are listed in the method note; the rest are counted. */
const MISSING_LISTED = 200;

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: ${FONT_STACK}; color: #1f2328; background: #fff; margin: 0 auto; max-width: 1180px; padding: 24px 28px 48px; line-height: 1.45; font-size: 14px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #2c7fb8; }
h3 { font-size: 17px; margin: 0 0 8px; }
h4 { font-size: 14px; margin: 14px 0 4px; }
.subtitle { color: #57606a; margin: 0; }
nav ol { columns: 2; margin: 8px 0; padding-left: 20px; }
a { color: #0b5a91; }
table { border-collapse: collapse; font-size: 12px; width: 100%; }
th, td { border-bottom: 1px solid #e3e6e8; padding: 3px 5px; text-align: left; vertical-align: top; }
thead th { background: #f3f5f7; position: sticky; top: 0; font-weight: 600; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.unranked td { color: #6e7781; }
.ranking-table td.name, .ranking-table td.change { white-space: nowrap; }
.ranking-table td.region { font-size: 11px; color: #57606a; min-width: 10em; }
.up { color: #1b7837; } .down { color: #c2185b; }
figure { margin: 10px 0; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
figcaption, .note { color: #57606a; font-size: 12.5px; }
.map-figure { display: flex; gap: 24px; align-items: flex-start; flex-wrap: wrap; }
.map-figure figcaption { flex-basis: 100%; }
.profile { border-top: 1px solid #d0d7de; padding-top: 18px; margin-top: 22px; }
.profile .figures { display: flex; gap: 22px; flex-wrap: wrap; margin: 6px 0 4px; }
.profile .figures div { background: #f3f5f7; padding: 4px 10px; border-radius: 4px; }
.profile .columns { display: flex; gap: 28px; flex-wrap: wrap; }
.profile .columns > div { flex: 1 1 260px; }
.profile ul { margin: 4px 0; padding-left: 20px; }
.tree td:first-child { min-width: 50%; }
.tree td:not(:first-child) { white-space: nowrap; }
footer { margin-top: 40px; color: #6e7781; font-size: 12px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  nav { display: none; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr, figure { break-inside: avoid; }
  section.charts, section.map, section.method { break-before: page; }
  .profile { break-before: page; border-top: none; margin-top: 0; }
  a { color: inherit; text-decoration: none; }
}
`;

/** A table cell of a number, right-aligned. */
function numberCell(value: string): string {
  return `<td class="number">${escapeMarkup(value)}</td>`;
}

/** The nodes in the framework's tree order (depth first, parents before children). */
function treeOrder(result: ScoreResult): NodeInfo[] {
  const byId = new Map(result.nodes.map((info) => [info.id, info]));
  const ordered: NodeInfo[] = [];
  const pending = [result.root];
  const seen = new Set<string>();
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const info = byId.get(id);
    if (info === undefined || seen.has(id)) continue;
    seen.add(id);
    ordered.push(info);
    pending.push(...[...(info.children ?? [])].reverse());
  }
  return ordered;
}

function rankingSection(result: ScoreResult, units: readonly UnitResult[], language: Language, words: ReportWords, previous: ScoreResult | undefined): string {
  const root = result.root;
  const pillars = childrenOf(result, root);
  const groups = result.framework.ranking.groups.filter((group) => units.some((unit) => ownValue(unit.groups, group) !== undefined));
  const changes = previous === undefined ? undefined : new Map(compareResults(previous, result).rows.map((row) => [row.unit, row]));
  const head = [
    `<th class="number">${words.rank}</th>`,
    `<th>${words.unit}</th>`,
    ...groups.map((group) => `<th>${escapeMarkup(group === 'region' ? (language === 'vi' ? 'Vùng' : 'Region') : group)}</th>`),
    `<th class="number">${escapeMarkup(titleOf(nodeOfRoot(result), language, 'short'))}</th>`,
    ...pillars.map((pillar) => `<th class="number" title="${escapeMarkup(titleOf(pillar, language))}">${escapeMarkup(titleOf(pillar, language, 'short'))}</th>`),
    ...(changes === undefined ? [] : [`<th>${words.change}</th>`]),
  ];
  const rows = units.map((unit) => {
    const figures = unit.nodes[root];
    const rank = figures?.rank ?? null;
    const change = changes?.get(unit.id);
    const moved = change?.rankChange ?? null;
    const cells = [
      numberCell(rank === null ? '–' : String(rank)),
      `<td class="name">${escapeMarkup(unitName(unit))}</td>`,
      ...groups.map((group) => `<td class="region">${escapeMarkup(ownValue(unit.groups, group) ?? '')}</td>`),
      numberCell(shownFigure(figureText(figures), language)),
      ...pillars.map((pillar) => numberCell(shownFigure(figureText(unit.nodes[pillar.id]), language))),
      ...(changes === undefined
        ? []
        : [`<td class="change${moved === null || moved === 0 ? '' : moved > 0 ? ' up' : ' down'}">${moved === null || moved === 0 ? '' : moved > 0 ? '▲ ' : '▼ '}${escapeMarkup(rankChangePhrase(change?.previousRank ?? null, rank, language))}</td>`]),
    ];
    return `<tr class="unit-row${rank === null ? ' unranked' : ''}" data-unit="${escapeMarkup(unit.id)}">${cells.join('')}</tr>`;
  });
  return `<section id="ranking" class="ranking"><h2>${words.ranking}</h2><table class="ranking-table"><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function nodeOfRoot(result: ScoreResult): NodeInfo {
  return result.nodes.find((info) => info.id === result.root) ?? { id: result.root, kind: 'aggregate', parent: null, depth: 0, weight: 1, method: 'mean', direction: 'higher' };
}

function mapSection(result: ScoreResult, language: Language, words: ReportWords, era: ProvinceEra | undefined): string {
  const map = resultChoropleth(result, { language, id: 'report-map', width: 460, ...(era === undefined ? {} : { era }) });
  const byRank = map.matched.length === 0 ? undefined : resultChoropleth(result, { language, id: 'report-rank-map', width: 460, colour: 'rank', era: map.era });
  if (map.matched.length === 0) return `<section id="map" class="map"><h2>${words.map}</h2><p class="note">${words.noMap}</p></section>`;
  const byId = new Map(result.units.map((unit) => [unit.id, unit]));
  const missing = map.unmatched.map((entry) => unitName(byId.get(entry.unit) ?? { id: entry.unit }));
  const notes = [
    map.era === '63' ? (language === 'vi' ? '63 tỉnh, thành phố (đến 30/6/2025).' : 'The 63 provinces (until 30 June 2025).') : language === 'vi' ? '34 tỉnh, thành phố (từ 1/7/2025), ghép từ ranh giới của 63 tỉnh, thành phố cũ.' : 'The 34 provinces (from 1 July 2025), drawn by dissolving the borders of the 63 former ones.',
    words.archipelagos,
    ...(missing.length === 0 ? [] : [words.notOnMap(missing.join(', '))]),
    words.attribution,
  ];
  return `<section id="map" class="map"><h2>${words.map}</h2><figure class="map-figure">${map.svg}${byRank?.svg ?? ''}<figcaption>${notes.map((note) => `<p>${escapeMarkup(note)}</p>`).join('')}</figcaption></figure></section>`;
}

function profileSection(result: ScoreResult, unit: UnitResult, index: number, options: ReportOptions, words: ReportWords, previousRanks: ReadonlyMap<string, number | null> | undefined): string {
  const { language } = options;
  const figures = unit.nodes[result.root];
  const rank = figures?.rank ?? null;
  const parts = [`<article class="profile" id="unit-${index + 1}" data-unit="${escapeMarkup(unit.id)}"><h3>${rank === null ? '' : `${rank}. `}${escapeMarkup(unitName(unit))}</h3>`];
  const boxes = [
    `${words.score}: <strong>${escapeMarkup(shownFigure(figureText(figures), language))}</strong>`,
    `${words.rank}: <strong>${rank === null ? '–' : rank}</strong>`,
    ...(previousRanks === undefined ? [] : [`${words.change}: ${escapeMarkup(rankChangePhrase(previousRanks.get(unit.id) ?? null, rank, language))}`]),
    ...Object.entries(unit.groups).map(([key, value]) => `${escapeMarkup(key === 'region' ? (language === 'vi' ? 'Vùng' : 'Region') : key)}: ${escapeMarkup(value)}`),
  ];
  parts.push(`<div class="figures">${boxes.map((box) => `<div>${box}</div>`).join('')}</div>`);
  parts.push(`<figure>${unitProfileSvg(result, unit.id, { language, id: `profile-${index + 1}`, ...(options.group === undefined ? {} : { group: options.group }) })}</figure>`);
  const explanation = explainUnit(result, unit.id, { limit: 5 });
  // the gap explainUnit uses by default: a fifth of the ranked units, at least 1
  const gap = Math.max(1, Math.round(explanation.rankedCount / 5));
  const list = (entries: typeof explanation.strengths, better: boolean): string =>
    entries.length === 0
      ? `<p class="note">${rank === null ? words.none : escapeMarkup(words.noGap(gap, better))}</p>`
      : `<ul>${entries.map((entry) => `<li>${escapeMarkup(nodeTitle(entry.label, entry.id, language))} — ${escapeMarkup(words.indicatorRank(entry.rank, rank ?? 0))}</li>`).join('')}</ul>`;
  parts.push(`<div class="columns"><div><h4>${words.strengths}</h4>${list(explanation.strengths, true)}</div><div><h4>${words.weaknesses}</h4>${list(explanation.weaknesses, false)}</div></div>`);
  if (options.panel !== undefined && options.panel.rows.some((row) => row.unit === unit.id)) {
    parts.push(`<h4>${words.rankHistory}</h4><figure>${rankHistorySvg(options.panel, unit.id, { language, id: `history-${index + 1}` })}</figure>`);
  }
  parts.push('</article>');
  return parts.join('');
}

function methodSection(result: ScoreResult, language: Language, words: ReportWords): string {
  const { framework } = result;
  const nodes = treeOrder(result);
  const byId = new Map(result.nodes.map((info) => [info.id, info]));
  const rows = nodes.map((info) => {
    const parent = info.parent === null ? undefined : byId.get(info.parent);
    const siblings = (parent?.children ?? []).map((id) => byId.get(id)?.weight ?? 0);
    const total = siblings.reduce((sum, weight) => sum + weight, 0);
    const share = parent === undefined ? '' : total === 0 ? '–' : `${formatDecimal(((info.weight / total) * 100).toFixed(1), language)} %`;
    const indent = `${'\u2003'.repeat(info.depth)}`;
    return `<tr><td>${indent}${escapeMarkup(titleOf(info, language))} <span class="note">(${escapeMarkup(info.id)})</span></td>${numberCell(parent === undefined ? '' : formatDecimal(String(info.weight), language))}${numberCell(share)}<td>${escapeMarkup(info.method)}</td><td>${info.direction === 'lower' ? words.lower : words.higher}</td></tr>`;
  });
  const units = new Map(result.units.map((unit) => [unit.id, unitName(unit)]));
  const nodeName = (id: string): string => {
    const info = byId.get(id);
    return info === undefined ? id : titleOf(info, language);
  };
  const missing =
    result.missing.length === 0
      ? `<p>${words.noMissing}</p>`
      : `<p>${escapeMarkup(words.missingCount(result.missing.length))}</p><table class="missing"><thead><tr><th>${words.unit}</th><th>${words.node}</th><th>${words.missingChildren}</th><th>${words.methodColumn}</th><th class="number">${words.presentShare}</th></tr></thead><tbody>${result.missing
          .slice(0, MISSING_LISTED)
          .map(
            (note) =>
              `<tr><td>${escapeMarkup(units.get(note.unit) ?? note.unit)}</td><td>${escapeMarkup(nodeName(note.node))}</td><td>${escapeMarkup(note.missing.map((id) => (note.among === 'former-units' ? (units.get(id) ?? id) : nodeName(id))).join(', '))}</td><td>${escapeMarkup(words.action[note.action])}</td>${numberCell(formatDecimal(note.presentShare, language))}</tr>`,
          )
          .join('')}</tbody></table>${result.missing.length > MISSING_LISTED ? `<p class="note">${escapeMarkup(words.missingMore(result.missing.length - MISSING_LISTED))}</p>` : ''}`;
  const unranked =
    result.unranked.length === 0 ? '' : `<h3>${words.unranked}</h3><ul>${result.unranked.map((entry) => `<li>${escapeMarkup(units.get(entry.unit) ?? entry.unit)}: ${escapeMarkup(entry.reason)}</li>`).join('')}</ul>`;
  return (
    `<section id="method" class="method"><h2>${words.method}</h2>` +
    `<p>${words.framework}: <strong>${escapeMarkup(framework.name)}</strong> <span class="note">(${escapeMarkup(framework.id)})</span>${framework.edition === undefined ? '' : `. ${words.edition}: ${escapeMarkup(framework.edition)}`}. ${words.scale}: 0–${escapeMarkup(formatDecimal(String(framework.scale), language))}.</p>` +
    `<p>${escapeMarkup(words.rounding(framework.rounding.decimals, framework.rounding.mode))} ${escapeMarkup(words.ties(framework.ranking.ties, framework.ranking.on))}</p>` +
    `<h3>${words.weights}</h3><table class="tree"><thead><tr><th>${words.node}</th><th class="number">${words.weight}</th><th class="number">${words.share}</th><th>${words.methodColumn}</th><th>${words.direction}</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
    `<h3>${words.missing}</h3>${missing}${unranked}</section>`
  );
}

/**
 * The HTML report of a result, as one self-contained string: no network request (styles and SVG
 * charts inline, system fonts, no script; a Content-Security-Policy forbids fetching anything),
 * printable to A4 with one page per unit. In Vietnamese or English, numbers in the language's form.
 * With `previous`, the ranking gets a change column and a slope chart; with `panel`, each profile
 * a rank history. The map is drawn when the units are Vietnamese provinces (63 or 34, chosen from
 * the units unless `era` is given); units not on it are named under it.
 *
 * @example
 * const html = reportHtml(result, { language: 'vi', previous: result2022 });
 * html.startsWith('<!doctype html>'); // => true
 */
export function reportHtml(result: ScoreResult, options: ReportOptions): string {
  checkArgument('reportHtml', 'the options', options, record);
  checkOptions('reportHtml', options, { language: oneOf(['en', 'vi']), previous: anything, panel: anything, group: text, title: text, era: oneOf(['63', '34']) });
  assertResult(result);
  if (options.previous !== undefined) assertResult(options.previous, [], 'The previous result');
  if (options.panel !== undefined) assertPanel(options.panel);
  const { language, previous } = options;
  const words = reportWords(language);
  const units = unitsByRank(result, result.root);
  const root = nodeOfRoot(result);
  const year = result.dataset.year ?? result.framework.year;
  const title = options.title ?? `${titleOf(root, language)}${year === undefined ? '' : ` ${year}`}`;
  const ranked = units.filter((unit) => typeof unit.nodes[result.root]?.rank === 'number');
  const first = ranked.filter((unit) => unit.nodes[result.root]?.rank === 1).map(unitName).join(', ') || '–';
  const previousRanks = previous === undefined ? undefined : new Map(previous.units.map((unit) => [unit.id, unit.nodes[result.root]?.rank ?? null]));
  const previousYear = previous?.dataset.year;
  const sections = [
    { id: 'summary', title: words.summary },
    { id: 'ranking', title: words.ranking },
    { id: 'scores', title: words.barChart },
    { id: 'pillars', title: words.heatMap },
    ...(previous === undefined ? [] : [{ id: 'change', title: words.slope }]),
    { id: 'map', title: words.map },
    { id: 'profiles', title: words.profiles },
    { id: 'method', title: words.method },
  ];
  const body = [
    `<header><h1>${escapeMarkup(title)}</h1><p class="subtitle">${escapeMarkup(result.framework.name)}${result.framework.edition === undefined ? '' : ` · ${escapeMarkup(result.framework.edition)}`}${year === undefined ? '' : ` · ${words.year} ${year}`}</p></header>`,
    `<nav aria-label="${words.contents}"><ol>${sections.map((section) => `<li><a href="#${section.id}">${section.title}</a></li>`).join('')}</ol></nav>`,
    `<section id="summary"><h2>${words.summary}</h2><p>${escapeMarkup(words.summaryText(units.length, ranked.length, first))}</p><p>${previous === undefined ? words.noPrevious : escapeMarkup(words.comparedWith(previousYear === undefined ? (language === 'vi' ? 'kết quả trước' : 'the previous result') : String(previousYear)))}</p></section>`,
    rankingSection(result, units, language, words, previous),
    `<section id="scores" class="charts"><h2>${words.barChart}</h2><figure>${rankingBarChart(result, { language, id: 'report-bars' })}</figure></section>`,
    `<section id="pillars" class="charts"><h2>${words.heatMap}</h2><figure>${heatMapSvg(result, { language, id: 'report-heat-map' })}</figure></section>`,
    previous === undefined ? '' : `<section id="change" class="charts"><h2>${words.slope}</h2><figure>${slopeChartSvg(previous, result, { language, id: 'report-slope' })}</figure></section>`,
    mapSection(result, language, words, options.era),
    `<section id="profiles"><h2>${words.profiles}</h2>${units.map((unit, index) => profileSection(result, unit, index, options, words, previousRanks)).join('')}</section>`,
    methodSection(result, language, words),
    `<footer>${words.generated}.</footer>`,
  ];
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeMarkup(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body>${body.join('\n')}</body>`,
    '</html>',
    '',
  ].join('\n');
}
