/**
 * chiso in a web page: the DTI 2022 sample scored in the browser, a map and a ranking that follow
 * weight sliders, and an uncertainty band per province. Copy this folder into your app (see
 * examples/web/README.md): everything chiso-specific is in this file.
 *
 * - `score()` (exact, decimal) gives the figures to publish: computed once, for the framework as written.
 * - `fastModel()` (float64) compiles the framework and data once; each slider move is one
 *   `model.run({ weights })`, well under a millisecond for 63 provinces.
 * - `uncertainty()` runs the model a few hundred times with every weight varied ±25% and gives
 *   each province's 5–95% rank interval; it is re-computed (off the input path) when weights change.
 */
import { ChisoError, PROVINCES_63, REGIONS, formatDecimal, isLanguage, score, vnDti2022, type Language } from 'chiso';
import { applyEdits, fastModel, fastModelValidated, setWeight, uncertainty, type FastRun, type UnitUncertainty } from 'chiso/analysis';
import { provinceMapGeometry } from 'chiso/report';
import { provinceMap } from './province-map.js';
import { rankingTable, type RankedProvince } from './ranking-table.js';
import { weightSliders, type Pillar } from './weight-sliders.js';
import { WORDS } from './words.js';

/** The uncertainty analysis: runs, relative weight noise (±25%, COINr's default) and seed (so every visit shows the same bands). */
const UNCERTAINTY = { runs: 400, noise: 0.25, seed: 1 } as const;
/** How long the sliders must rest before the bands are re-computed. */
const BAND_DELAY_MILLISECONDS = 250;

function element<T extends HTMLElement>(selector: string, type: new () => T): T {
  const found = document.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`the page has no ${selector}`);
  return found;
}

async function main(): Promise<void> {
  const status = element('#status', HTMLParagraphElement);
  const response = await fetch('./data/2023.json');
  if (!response.ok) throw new Error(`./data/2023.json: ${response.status} ${response.statusText}`);
  const data: unknown = await response.json();

  // The figures to publish: exact arithmetic, the framework's rounding and ties.
  const exact = score(vnDti2022, data);
  const root = exact.root;
  // The model to explore: compiled once, run on every slider move.
  const model = fastModel(vnDti2022, data);
  const pillars: Pillar[] = model.framework.root.children.map((node) => ({ id: node.id, label: node.label, weight: node.weight }));
  const frameworkWeights = Object.fromEntries(pillars.map((pillar) => [pillar.id, pillar.weight]));

  // the result's units and the model's columns are both in the dataset's order
  const units = exact.units.map((unit) => {
    const province = PROVINCES_63.find((entry) => entry.code === unit.id);
    const region = Object.values(REGIONS).find((entry) => entry.vi === unit.groups.region);
    return {
      id: unit.id,
      name: { vi: unit.name ?? unit.id, en: province?.english ?? unit.name ?? unit.id },
      region: { vi: region?.vi ?? unit.groups.region ?? '', en: region?.en ?? unit.groups.region ?? '' },
      published: unit.nodes[root]?.published ?? '–',
      publishedRank: unit.nodes[root]?.rank ?? null,
    };
  });

  // ?lang=vi opens the page in Vietnamese
  const requested = new URLSearchParams(location.search).get('lang');
  let language: Language = isLanguage(requested) ? requested : 'en';
  let run: FastRun = model.base;
  let bands: readonly UnitUncertainty[] | null = null;

  // a province pointed at on the map is marked in the table, and the other way round
  const point = (unit: string | null): void => {
    table.highlight(unit);
    map.highlight(unit);
  };
  const table = rankingTable(element('#ranking', HTMLTableElement), model.unitIds, point);
  // The 63 provinces as SVG paths (GSO codes, as the sample's unit ids), drawn once.
  const map = provinceMap(element('#map', HTMLElement), element('#legend', HTMLElement), provinceMapGeometry('63', { width: 420 }), point);
  const sliders = weightSliders(element('#weights', HTMLElement), pillars, (weights) => {
    const started = performance.now();
    const next = model.run({ weights });
    // browsers coarsen performance.now() (to 0.1 ms in Chromium without cross-origin isolation)
    const milliseconds = performance.now() - started;
    if (next.ok) run = next;
    scheduleBands(weights);
    show();
    status.textContent = next.ok ? WORDS[language].rescored(milliseconds < 0.1 ? `< ${formatDecimal('0.1', language)}` : formatDecimal(milliseconds.toFixed(1), language)) : WORDS[language].cannotScore;
    status.dataset.state = next.ok ? 'scored' : 'failed';
  });

  /** Writes the current run into the table and the map. */
  function show(): void {
    const scores = run.scores(root);
    const ranks = run.ranks(root);
    const present = run.present(root);
    const provinces: RankedProvince[] = units.map((unit, position) => ({
      id: unit.id,
      name: unit.name[language],
      region: unit.region[language],
      score: scores[position] ?? 0,
      rank: present[position] === 1 ? (ranks[position] ?? 0) : 0,
      published: unit.published,
      publishedRank: unit.publishedRank,
    }));
    table.show(provinces, language);
    table.showBands(bands, units.length, new Map(provinces.map((province) => [province.id, province.rank])));
    map.show(provinces, language, WORDS[language].legend);
  }

  /** Writes the page's words in the current language. */
  function label(): void {
    const words = WORDS[language];
    document.documentElement.lang = language;
    element('#title', HTMLElement).textContent = words.title;
    element('#sample', HTMLElement).textContent = words.sample;
    element('#weights-heading', HTMLElement).textContent = words.weightsHeading;
    element('#weights-help', HTMLElement).textContent = words.weightsHelp;
    element('#reset', HTMLButtonElement).textContent = words.reset;
    element('#band-help', HTMLElement).textContent = words.bandHelp(UNCERTAINTY.runs, UNCERTAINTY.noise * 100);
    element('#exact-note', HTMLElement).textContent = words.exactNote;
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-language]')) button.setAttribute('aria-pressed', String(button.dataset.language === language));
    table.label(words);
    sliders.label(language);
  }

  // The bands: the uncertainty analysis of the model with the current weights, re-computed when the
  // sliders rest (shown as being computed until then); a newer request aborts an older one.
  let bandTimer: ReturnType<typeof setTimeout> | undefined;
  let bandController: AbortController | undefined;
  function scheduleBands(weights: Readonly<Record<string, number>>): void {
    clearTimeout(bandTimer);
    bandController?.abort();
    bands = null;
    bandTimer = setTimeout(() => void computeBands(weights), BAND_DELAY_MILLISECONDS);
  }
  async function computeBands(weights: Readonly<Record<string, number>>): Promise<void> {
    const controller = new AbortController();
    bandController = controller;
    try {
      const edited = applyEdits(vnDti2022, data, Object.entries(weights).map(([id, weight]) => setWeight(id, weight)));
      const weighted = fastModelValidated(edited.framework, edited.dataset);
      const result = await uncertainty(weighted, { sources: [{ kind: 'weights', noise: UNCERTAINTY.noise }], runs: UNCERTAINTY.runs, seed: UNCERTAINTY.seed, signal: controller.signal });
      if (controller.signal.aborted) return;
      bands = result.units;
      element('#ranking', HTMLTableElement).dataset.uncertaintyWeights = JSON.stringify(weights);
    } catch (error) {
      if (controller.signal.aborted) return;
      // weights that cannot be scored have no bands; anything else is a bug to see in the console
      if (!(error instanceof ChisoError)) console.error(error);
      bands = [];
    }
    show();
  }

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-language]')) {
    button.addEventListener('click', () => {
      if (isLanguage(button.dataset.language)) language = button.dataset.language;
      label();
      show();
    });
  }
  element('#reset', HTMLButtonElement).addEventListener('click', () => sliders.set(frameworkWeights));

  label();
  show();
  status.textContent = '';
  status.dataset.state = 'ready';
  await computeBands(frameworkWeights);
}

main().catch((error: unknown) => {
  const status = document.querySelector('#status');
  if (status instanceof HTMLElement) {
    status.textContent = String(error instanceof Error ? (error.stack ?? error.message) : error);
    status.dataset.state = 'failed';
  }
  console.error(error);
});
