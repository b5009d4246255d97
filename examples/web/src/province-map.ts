/**
 * The choropleth: the province outlines from chiso/report (`provinceMapGeometry`), drawn once as
 * SVG paths; each re-score only changes their colours and hover titles. Hoàng Sa and Trường Sa
 * are drawn in the colour of Đà Nẵng and Khánh Hòa, as Vietnam's official maps show them.
 */
import { formatDecimal, type Language } from 'chiso';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import type { ProvinceMapGeometry } from 'chiso/report';
import type { RankedProvince } from './ranking-table.js';

const SVG = 'http://www.w3.org/2000/svg';
/** The palette: light for low scores, dark for high ones (the lightest tenth left out, too pale on white). */
const colour = (share: number): string => interpolateYlGnBu(0.12 + 0.88 * Math.min(1, Math.max(0, share)));

/**
 * Draws the outlines into `container` and a legend into `legend`; `show` colours them. `onHover`
 * hears which province the pointer is on (`null` when it leaves), `highlight` outlines one.
 */
export function provinceMap(container: HTMLElement, legend: HTMLElement, geometry: ProvinceMapGeometry, onHover: (code: string | null) => void) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', geometry.viewBox);
  svg.setAttribute('role', 'img');
  const shapes = new Map<string, SVGPathElement[]>();
  const draw = (code: string, path: string, className: string): SVGPathElement => {
    const shape = document.createElementNS(SVG, 'path');
    shape.setAttribute('d', path);
    shape.setAttribute('class', className);
    shape.dataset.code = code;
    shape.append(document.createElementNS(SVG, 'title'));
    svg.append(shape);
    shapes.set(code, [...(shapes.get(code) ?? []), shape]);
    return shape;
  };
  for (const province of geometry.provinces) draw(province.code, province.path, 'province');
  // the islets are tiny: a stroke in their fill colour keeps them visible; labelled as the report labels them
  const labels: { readonly name: string; readonly code: string; readonly text: SVGTextElement; readonly parent: SVGTextElement }[] = [];
  for (const archipelago of geometry.archipelagos) {
    draw(archipelago.code, archipelago.path, 'archipelago').dataset.name = archipelago.name;
    const [text, parent] = [document.createElementNS(SVG, 'text'), document.createElementNS(SVG, 'text')];
    text.setAttribute('class', 'archipelago-name');
    parent.setAttribute('class', 'archipelago-parent');
    for (const [label, offset] of [[text, 14], [parent, 4]] as const) {
      label.setAttribute('x', String(archipelago.labelX));
      label.setAttribute('y', String(archipelago.labelY - offset));
      label.setAttribute('text-anchor', 'middle');
      svg.append(label);
    }
    labels.push({ name: archipelago.name, code: archipelago.code, text, parent });
  }
  container.replaceChildren(svg);
  svg.addEventListener('pointerover', (event) => onHover(event.target instanceof SVGPathElement ? (event.target.dataset.code ?? null) : null));
  svg.addEventListener('pointerleave', () => onHover(null));

  const ramp = document.createElement('span');
  ramp.className = 'ramp';
  ramp.style.background = `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map(colour).join(', ')})`;
  const [title, low, high] = [document.createElement('span'), document.createElement('span'), document.createElement('span')];
  title.className = 'legend-title';
  legend.replaceChildren(title, low, ramp, high);

  let highlighted: string | null = null;
  return {
    /** Outlines a province (drawn last, so its neighbours do not cover the outline); `null` for none. */
    highlight(code: string | null): void {
      for (const shape of shapes.get(highlighted ?? '') ?? []) shape.classList.remove('highlighted');
      highlighted = code;
      for (const shape of shapes.get(code ?? '') ?? []) {
        shape.classList.add('highlighted');
        if (shape.classList.contains('province')) svg.append(shape);
      }
    },
    /** Colours every province by its score (lowest to highest score of the run), with its name, score and rank on hover. */
    show(provinces: readonly RankedProvince[], language: Language, legendTitle: string): void {
      const scores = provinces.filter((province) => province.rank > 0).map((province) => province.score);
      const lowest = Math.min(...scores);
      const highest = Math.max(...scores);
      for (const province of provinces) {
        const share = highest > lowest ? (province.score - lowest) / (highest - lowest) : 0.5;
        for (const shape of shapes.get(province.id) ?? []) {
          const fill = province.rank > 0 ? colour(share) : '#d9d9d9';
          shape.setAttribute('fill', fill);
          if (shape.dataset.name !== undefined) shape.setAttribute('stroke', fill);
          const name = shape.dataset.name === undefined ? province.name : `${language === 'vi' ? 'Quần đảo' : ''} ${shape.dataset.name}${language === 'vi' ? '' : ' archipelago'} (${province.name})`.trim();
          const place = shape.lastElementChild;
          if (place !== null) place.textContent = `${name}: ${formatDecimal(province.score.toFixed(4), language)} (${province.rank})`;
        }
      }
      for (const label of labels) {
        label.text.textContent = language === 'vi' ? `QĐ. ${label.name}` : `${label.name} Is.`;
        label.parent.textContent = `(${provinces.find((province) => province.id === label.code)?.name ?? ''})`;
      }
      title.textContent = legendTitle;
      low.textContent = formatDecimal(lowest.toFixed(4), language);
      high.textContent = formatDecimal(highest.toFixed(4), language);
    },
  };
}
