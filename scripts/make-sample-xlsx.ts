/**
 * Makes the bundled sample spreadsheet examples/data/vn-dti-2022/2023.xlsx, laid out as a ministry
 * lays out its input sheet, from examples/data/vn-dti-2022/2023.json (the same SYNTHETIC numbers),
 * and its column mapping examples/data/vn-dti-2022/mapping.json:
 *
 * - sheet "Số liệu": two title rows (the first merged across the table), a blank row, a two-level
 *   header — "STT", "Tỉnh/Thành phố" and "Vùng" each merged over two rows, each main index merged
 *   over its indicators, the indicators' Vietnamese labels below — then one row per province;
 * - provinces written as people write them ("TP. Hồ Chí Minh", "TP. Hà Nội", "Thừa Thiên Huế");
 * - numbers stored as numbers in most columns and as Vietnamese text ("97,2") in every third one;
 * - a second sheet "Ghi chú" (notes), so the mapping names the sheet it reads.
 *
 * Running it again writes the same cells (the file's creation date aside):
 *
 *     npx tsx scripts/make-sample-xlsx.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import writeExcelFile, { type Cell, type Row } from 'write-excel-file/universal';
import { vnDti2022 } from '../src/frameworks/vietnam/dti-2022.js';
import { assertFramework } from '../src/model/validate.js';
import { formatDecimal } from '../src/report/language.js';

const folder = new URL('../examples/data/vn-dti-2022/', import.meta.url);
const source = JSON.parse(readFileSync(new URL('2023.json', folder), 'utf8')) as {
  year?: number;
  units: { id: string; name: string; groups: { region: string }; values: Record<string, number> }[];
};
const framework = assertFramework(vnDti2022);
const mains = framework.root.children.filter((node) => node.kind === 'aggregate');

/** Names as provincial documents write them. */
const WRITTEN: Readonly<Record<string, string>> = { '01': 'TP. Hà Nội', '31': 'TP. Hải Phòng', '48': 'TP. Đà Nẵng', '79': 'TP. Hồ Chí Minh', '92': 'TP. Cần Thơ', '46': 'Thừa Thiên Huế' };

const indicators = mains.flatMap((main) => (main.kind === 'aggregate' ? main.children : []).map((node) => ({ main, node })));
const width = 4 + indicators.length;
const header = { fontWeight: 'bold', align: 'center', alignVertical: 'center', wrap: true, backgroundColor: '#E2EFDA' } as const;

const rows: Row[] = [];
const blank = (count: number): null[] => Array.from({ length: count }, () => null);
rows.push([{ value: 'BỘ CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH (DTI) — SỐ LIỆU ĐẦU VÀO NĂM 2023', columnSpan: width, fontWeight: 'bold', fontSize: 14, align: 'center' }, ...blank(width - 1)]);
rows.push([{ value: 'Dữ liệu MẪU tổng hợp (không phải số liệu chính thức), tạo bởi scripts/make-sample-xlsx.ts từ examples/data/vn-dti-2022/2023.json', columnSpan: width, fontStyle: 'italic', align: 'center' }, ...blank(width - 1)]);
rows.push([]);
const top: Cell[] = [
  { value: 'STT', rowSpan: 2, ...header },
  { value: 'Tỉnh/Thành phố', rowSpan: 2, ...header },
  { value: 'Vùng', rowSpan: 2, ...header },
  { value: 'Năm', rowSpan: 2, ...header },
];
for (const main of mains) {
  const count = main.kind === 'aggregate' ? main.children.length : 0;
  top.push({ value: main.label?.vi ?? main.id, columnSpan: count, ...header }, ...blank(count - 1));
}
rows.push(top);
rows.push([null, null, null, null, ...indicators.map(({ node }) => ({ value: node.label?.vi ?? node.id, ...header }) as Cell)]);
source.units.forEach((unit, index) => {
  const row: Cell[] = [index + 1, WRITTEN[unit.id] ?? unit.name, unit.groups.region, source.year ?? null];
  indicators.forEach(({ node }, column) => {
    const value = unit.values[node.id];
    if (value === undefined) row.push(null);
    // every third column holds numbers stored as text, written the Vietnamese way
    else if (column % 3 === 2) row.push({ value: formatDecimal(String(value), 'vi'), type: String, align: 'right' });
    else row.push({ value, type: Number });
  });
  rows.push(row);
});

const notes: Row[] = [
  [{ value: 'Ghi chú', fontWeight: 'bold' }],
  ['Số liệu MẪU, không phải kết quả DTI chính thức.'],
  ['Cột có số dạng văn bản (ví dụ "97,2") dùng dấu phẩy thập phân theo cách viết tiếng Việt.'],
];

const blob = await writeExcelFile([
  { data: rows, sheet: 'Số liệu', columns: [{ width: 5 }, { width: 20 }, { width: 28 }, { width: 6 }, ...indicators.map(() => ({ width: 16 }))], stickyRowsCount: 5 },
  { data: notes, sheet: 'Ghi chú', columns: [{ width: 90 }] },
]).toBlob();
writeFileSync(new URL('2023.xlsx', folder), new Uint8Array(await blob.arrayBuffer()));

const mapping = {
  description: 'Column mapping for the DTI 2022 input sheet (examples/data/vn-dti-2022/2023.xlsx): Vietnamese headers → chiso indicator ids of vn-dti-2022.',
  sheet: 'Số liệu',
  locale: 'vi-VN',
  provinces: true,
  id: 'Tỉnh/Thành phố',
  groups: { Vùng: 'region' },
  year: 'Năm',
  ignore: ['STT'],
  columns: Object.fromEntries(indicators.map(({ node }) => [node.label?.vi ?? node.id, node.id])),
};
writeFileSync(new URL('mapping.json', folder), `${JSON.stringify(mapping, null, 2)}\n`);
console.log(`wrote examples/data/vn-dti-2022/2023.xlsx (${source.units.length} provinces, ${indicators.length} indicators) and mapping.json`);
