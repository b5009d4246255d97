/**
 * The ranking table: one row per province, re-ordered (not re-created) on every re-score, with the
 * uncertainty band — the 5–95% interval of the province's rank — drawn as a bar on a 1…n track.
 */
import { formatDecimal, rankChangePhrase, type Language } from 'chiso';
import type { UnitUncertainty } from 'chiso/analysis';
import type { Words } from './words.js';

/** What the table shows of one province after a run. */
export interface RankedProvince {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  /** The score with the current weights (fast engine), on the framework's scale. */
  readonly score: number;
  /** The rank with the current weights (fast engine); 0 when not ranked. */
  readonly rank: number;
  /** The exact, published figure and rank with the framework's weights (`score()`). */
  readonly published: string;
  readonly publishedRank: number | null;
}

const COLUMNS = ['rank', 'change', 'province', 'region', 'score', 'published', 'band'] as const;

/**
 * Creates the table's rows once; `show` re-orders and re-writes them, `showBands` draws the bands.
 * `onHover` hears which unit's row the pointer is on (`null` when it leaves), `highlight` marks one.
 */
export function rankingTable(table: HTMLTableElement, unitIds: readonly string[], onHover: (unit: string | null) => void) {
  const head = table.createTHead().insertRow();
  const headers = COLUMNS.map((column) => {
    const cell = document.createElement('th');
    cell.className = column;
    cell.scope = 'col';
    head.append(cell);
    return cell;
  });
  const body = table.tBodies[0] ?? table.createTBody();
  const rows = new Map<string, HTMLTableRowElement>();
  for (const id of unitIds) {
    const row = document.createElement('tr');
    row.dataset.unit = id;
    for (const column of COLUMNS) {
      const cell = row.insertCell();
      cell.className = column;
    }
    const band = document.createElement('div');
    band.className = 'band-track';
    band.innerHTML = '<span class="band-range"></span><span class="band-rank"></span>';
    row.cells[COLUMNS.indexOf('band')]?.append(band);
    rows.set(id, row);
  }
  body.addEventListener('pointerover', (event) => onHover(event.target instanceof Element ? (event.target.closest('tr')?.dataset.unit ?? null) : null));
  body.addEventListener('pointerleave', () => onHover(null));
  let highlighted: string | null = null;
  const cell = (row: HTMLTableRowElement, column: (typeof COLUMNS)[number]): HTMLTableCellElement => row.cells[COLUMNS.indexOf(column)] as HTMLTableCellElement;

  return {
    /** Marks a unit's row; `null` for none. */
    highlight(unit: string | null): void {
      rows.get(highlighted ?? '')?.classList.remove('highlighted');
      highlighted = unit;
      rows.get(unit ?? '')?.classList.add('highlighted');
    },
    /** Writes the headers in a language. */
    label(words: Words): void {
      for (const [index, column] of COLUMNS.entries()) {
        const header = headers[index];
        if (header !== undefined) header.textContent = words[column];
      }
    },
    /** Re-orders the rows by rank (ties and unranked by name) and writes their figures. */
    show(provinces: readonly RankedProvince[], language: Language): void {
      const ordered = [...provinces].sort((left, right) => (left.rank || Infinity) - (right.rank || Infinity) || left.name.localeCompare(right.name, 'vi'));
      for (const province of ordered) {
        const row = rows.get(province.id);
        if (row === undefined) continue;
        row.dataset.rank = String(province.rank);
        cell(row, 'rank').textContent = province.rank === 0 ? '–' : String(province.rank);
        const change = province.rank === 0 || province.publishedRank === null ? 0 : province.publishedRank - province.rank;
        const changeCell = cell(row, 'change');
        changeCell.textContent = change === 0 ? '' : `${change > 0 ? '▲' : '▼'} ${Math.abs(change)}`;
        changeCell.title = rankChangePhrase(province.publishedRank, province.rank === 0 ? null : province.rank, language);
        changeCell.dataset.direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
        cell(row, 'province').textContent = province.name;
        cell(row, 'region').textContent = province.region;
        cell(row, 'score').textContent = formatDecimal(province.score.toFixed(4), language);
        cell(row, 'published').textContent = formatDecimal(province.published, language);
        body.append(row);
      }
    },
    /** Draws each province's 5–95% rank interval (`null`: being computed). */
    showBands(units: readonly UnitUncertainty[] | null, unitCount: number, currentRanks: ReadonlyMap<string, number>): void {
      table.dataset.uncertainty = units === null ? 'computing' : 'ready';
      const byUnit = new Map((units ?? []).map((unit) => [unit.unit, unit]));
      const position = (rank: number): string => `${(100 * (rank - 1)) / Math.max(1, unitCount - 1)}%`;
      for (const [id, row] of rows) {
        const bandCell = cell(row, 'band');
        const unit = byUnit.get(id);
        const [range, marker] = bandCell.querySelectorAll<HTMLElement>('.band-range, .band-rank');
        if (unit === undefined || unit.lower === null || unit.upper === null || range === undefined || marker === undefined) {
          bandCell.dataset.state = 'none';
          delete bandCell.dataset.lower;
          delete bandCell.dataset.upper;
          bandCell.title = '';
          continue;
        }
        bandCell.dataset.state = 'shown';
        bandCell.dataset.lower = String(unit.lower);
        bandCell.dataset.upper = String(unit.upper);
        bandCell.title = `${unit.lower}–${unit.upper}`;
        range.style.left = position(unit.lower);
        range.style.width = `calc(${position(unit.upper - unit.lower + 1)} + 6px)`;
        marker.style.left = position(currentRanks.get(id) ?? unit.nominalRank ?? 1);
      }
    },
  };
}
