/**
 * One range input per main index. The sliders only report the weights; main.ts re-scores.
 */
import { nodeTitle, type Label, type Language } from 'chiso';

/** A main index as the sliders show it. */
export interface Pillar {
  readonly id: string;
  readonly label?: Label | undefined;
  /** The framework's weight (its points in DTI 2022). */
  readonly weight: number;
}

/** The largest weight a slider offers: DTI 2022's largest main index (200 points) doubled. */
const MAXIMUM = 400;

/**
 * Fills `container` with a labelled slider per pillar; `onChange` gets every weight by id whenever
 * one moves. Returns functions to set all weights (the reset button) and to relabel them.
 */
export function weightSliders(container: HTMLElement, pillars: readonly Pillar[], onChange: (weights: Readonly<Record<string, number>>) => void) {
  const inputs = new Map<string, HTMLInputElement>();
  const titles = new Map<string, HTMLElement>();
  const outputs = new Map<string, HTMLOutputElement>();
  for (const pillar of pillars) {
    const row = document.createElement('label');
    row.className = 'slider';
    const title = document.createElement('span');
    title.className = 'slider-title';
    const input = document.createElement('input');
    Object.assign(input, { type: 'range', min: '0', max: String(MAXIMUM), step: '5', value: String(pillar.weight), id: `weight-${pillar.id}` });
    input.dataset.pillar = pillar.id;
    const output = document.createElement('output');
    output.htmlFor.add(input.id);
    row.append(title, input, output);
    container.append(row);
    inputs.set(pillar.id, input);
    titles.set(pillar.id, title);
    outputs.set(pillar.id, output);
  }

  const weights = (): Record<string, number> => Object.fromEntries(pillars.map((pillar) => [pillar.id, Number(inputs.get(pillar.id)?.value ?? pillar.weight)]));
  const showValues = (): void => {
    const current = weights();
    const total = Object.values(current).reduce((sum, weight) => sum + weight, 0);
    for (const [id, output] of outputs) {
      const weight = current[id] ?? 0;
      output.value = `${weight} · ${total > 0 ? Math.round((100 * weight) / total) : 0}%`;
    }
  };
  container.addEventListener('input', () => {
    showValues();
    onChange(weights());
  });
  showValues();

  return {
    weights,
    /** Moves every slider to the given weights and reports them once. */
    set(next: Readonly<Record<string, number>>): void {
      for (const [id, input] of inputs) input.value = String(next[id] ?? input.value);
      showValues();
      onChange(weights());
    },
    /** Writes the pillars' titles in a language. */
    label(language: Language): void {
      for (const pillar of pillars) {
        const title = titles.get(pillar.id);
        if (title !== undefined) title.textContent = nodeTitle(pillar.label, pillar.id, language);
      }
    },
  };
}
