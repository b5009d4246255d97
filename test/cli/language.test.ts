/**
 * `--lang vi`: every command speaks Vietnamese — help, headings, table headers, rank-change phrases
 * ("tăng 22 bậc", from src/report/language.ts), figures with a decimal comma in tables ("0,8920")
 * but never in CSV or JSON, usage and data errors. Expected figures are those the English output
 * prints for the same command (the tests in main.test.ts and vietnam.test.ts), with "," for ".".
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_OPTIONS, run } from '../../src/cli/main.js';
import { chiso, desiCsv, dti2023, writeTemporary } from './cli-helpers.js';
import { fileURLToPath } from 'node:url';

const dti2022 = fileURLToPath(new URL('../../examples/data/vn-dti-2022/2022.json', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const readiness = (year: number): string => fileURLToPath(new URL(`../../examples/data/readiness/${year}.json`, import.meta.url));

describe('chiso --lang vi', () => {
  it('score: Vietnamese headers, framework label, rank-change phrases and decimal commas', async () => {
    const { code, stdout } = await chiso(['score', '--framework', 'vn-dti-2022', '--data', dti2023, '--previous', dti2022, '--group', 'region', '--group-summary', '--titles', 'short', '--compact', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout).toContain('Bộ chỉ số chuyển đổi số cấp tỉnh (DTI) 2022');
    expect(stdout).toMatch(/^Hạng {2}Tên +Vùng +DTI {2}Nhận thức .* Thay đổi$/m);
    // Hà Nội 0.8920, unchanged; Nam Định up 17 places (as the English demo shows)
    expect(stdout).toMatch(/^ +1 {2}Hà Nội +Đồng bằng sông Hồng +0,8920 .* giữ nguyên$/m);
    expect(stdout).toMatch(/^ +7 {2}Nam Định .* tăng 17 bậc$/m);
    expect(stdout).toMatch(/giảm 1 bậc$/m);
    expect(stdout).toContain('Xếp hạng theo vùng');
    expect(stdout).toMatch(/^Hạng {2}Vùng +Số đơn vị {2}DTI trung bình {2}Dẫn đầu +Điểm cao nhất$/m);
    expect(stdout).toMatch(/^ +1 {2}Đông Nam Bộ +6 +0,7508 {2}Hồ Chí Minh +0,8194$/m);
    expect(stdout).not.toMatch(/\d\.\d/);
  });

  it('score: CSV and JSON keep "0.8920"; Markdown writes figures as Vietnamese does', async () => {
    const csv = await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'csv', '--lang', 'vi']);
    expect(csv.stdout.split('\n')[0]).toBe('Hạng,Mã,Tên,DESI 2022,Human capital,Connectivity,Integration of digital technology,Digital public services');
    expect(csv.stdout.split('\n')[1]).toBe('1,FI,Finland,69.6,71.4,60.5,59.1,87.4');
    const json = await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'json', '--lang', 'vi']);
    expect(json.stdout).toContain('"published": "69.6"');
    const md = await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'md', '--lang', 'vi']);
    expect(md.stdout).toContain('| 1 | FI | Finland | 69,6 | 71,4 | 60,5 | 59,1 | 87,4 |');
    expect((await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--lang', 'vi'])).stdout).toContain('Không xếp hạng: EU');
  });

  it('score: full table with the previous rank, the change and the score change in Vietnamese', async () => {
    const { stdout } = await chiso(['score', '-f', fixture('mini.json'), '-d', fixture('mini-2023.csv'), '--previous', fixture('mini-2022.csv'), '--group', 'region', '--group-column', 'region', '--lang', 'vi']);
    expect(stdout).toMatch(/^Hạng {2}Mã {2}Tên +Vùng +Hạng trong vùng .* Hạng trước đó {2}Thay đổi +Thay đổi điểm$/m);
    expect(stdout).toMatch(/1 {2}DB .* 0,8800 .* 2 {2}tăng 1 bậc +\+0,3300/);
  });

  it('explain: Vietnamese headings, indicator labels and figures', async () => {
    const { code, stdout } = await chiso(['explain', '-f', 'vn-dti-2022', '-d', dti2023, '--unit', '01', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Hà Nội: 0,8920 (hạng 1/63)');
    expect(stdout).toMatch(/^Chỉ tiêu +Giá trị gốc {2}Giá trị chuẩn hóa {2}Hạng {2}Trọng số % {2}Đóng góp$/m);
    expect(stdout).toContain('Số cuộc họp Ban chỉ đạo chuyển đổi số trong năm');
    expect(stdout).toMatch(/^Điểm mạnh: /m);
    expect(stdout).toMatch(/^Điểm yếu: /m);
    const weakest = await chiso(['explain', '-f', 'desi-2022', '-d', desiCsv, '--unit', 'AT', '--lang', 'vi']);
    expect(weakest.stdout).toMatch(/^Điểm yếu: .*\(hạng \d+\)/m);
  });

  it('panel: Vietnamese headers, scores with a decimal comma, changes in words', async () => {
    const { code, stdout } = await chiso(['panel', '-f', 'readiness', '-d', readiness(2022), '-d', readiness(2023), '--scores', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Mã {2}Tên +2022 {2}Điểm 2022 {2}2023 {2}Điểm 2023 {2}Diễn biến thứ hạng {2}Thay đổi$/m);
    expect(stdout).toMatch(/^01 {2}Hà Nội +1 +88,81 +1 +88,61 {2}1 → 1 +giữ nguyên$/m);
  });

  it('scenario, uncertainty, sensitivity and target: Vietnamese headings and column titles', async () => {
    const removal = await chiso(['scenario', '-f', 'vn-dti-2022', '-d', dti2023, '--remove', '1', '--lang', 'vi']);
    expect(removal.code).toBe(0);
    expect(removal.stdout).toContain('lần lượt bỏ từng thành phần, thứ hạng theo pdti');
    expect(removal.stdout).toMatch(/^Bỏ đi +Tên +TB \|Δ hạng\| {2}Max \|Δ hạng\| {2}Tăng nhiều nhất +Giảm nhiều nhất +Trạng thái$/m);
    const uncertainty = await chiso(['uncertainty', '-f', 'desi-2022', '-d', desiCsv, '--runs', '200', '--lang', 'vi']);
    expect(uncertainty.stdout).toContain('thứ hạng theo desi khi trọng số dao động ±25% (phân phối đều), seed 1');
    expect(uncertainty.stdout).toMatch(/^Hạng {2}Mã {2}Tên +Trung vị {2}Trung bình +5–95% {2}P\(top 10\)$/m);
    expect(uncertainty.stdout).toMatch(/^200 lượt chạy: 200 thành công$/m);
    expect(uncertainty.stdout).toMatch(/ 1,000$/m);
    const sensitivity = await chiso(['sensitivity', '-f', 'desi-2022', '-d', desiCsv, '--n', '64', '--bootstrap', '0', '--lang', 'vi']);
    expect(sensitivity.stdout).toContain("chỉ số Sobol' của mức thay đổi thứ hạng trung bình");
    expect(sensitivity.stdout).toMatch(/^Yếu tố +Yếu tố thay đổi +Bậc nhất +Toàn phần$/m);
    expect(sensitivity.stdout).toMatch(/^Trung bình đầu ra \d+,\d+, phương sai/m);
    const target = await chiso(['target', '-f', 'desi-2022', '-d', desiCsv, '--unit', 'IT', '--rank', '10', '--lang', 'vi']);
    expect(target.stdout.split('\n')[0]).toMatch(/^Italy \(hiện 49,3, hạng 18\): cần gì để đạt hạng 10 trở lên theo desi \(điểm từ 54,6757\)/);
    expect(target.stdout).toMatch(/^Chỉ tiêu +Hiện tại +Cần đạt +Thay đổi +Thay đổi % {2}Điểm {2}Hạng {2}Cách tìm {2}Ghi chú$/m);
  });

  it('audit, weights, mapping, report and the spreadsheet options: Vietnamese headings, tables and messages', async () => {
    const audit = await chiso(['audit', '-f', 'desi-2022', '-d', desiCsv, '--lang', 'vi']);
    expect(audit.code).toBe(0);
    expect(audit.stdout.split('\n')[0]).toBe('Digital Economy and Society Index (DESI) 2022: thống kê chỉ tiêu (giá trị gốc)');
    expect(audit.stdout).toMatch(/^Chỉ tiêu {2}Cấp trên {2}Có dữ liệu {2}Tỷ lệ có dữ liệu {2}Trung bình {2}Độ lệch chuẩn /m);
    expect(audit.stdout).toContain('\nChỉ số tổng hợp: hệ số alpha Cronbach và các thành phần chính của các thành phần con\n');
    const weights = await chiso(['weights', '-m', 'equal', '-f', 'desi-2022', '-o', writeTemporary('equal.json', ''), '--lang', 'vi']);
    expect(weights.stdout).toMatch(/^Chỉ số {2}Chỉ số cấp trên {2}Trọng số {2}Trọng số mới$/m);
    const sheet = fileURLToPath(new URL('../../examples/data/vn-dti-2022/2023.xlsx', import.meta.url));
    const mapping = await chiso(['mapping', '-f', 'vn-dti-2022', '-d', sheet, '--lang', 'vi']);
    expect(mapping.stderr).toContain('chiso mapping: 30 cột trùng đúng tên một chỉ tiêu');
    const workbookOnly = await chiso(['score', '-f', 'vn-dti-2022', '-d', dti2023, '--sheet', '2', '--lang', 'vi']);
    expect(workbookOnly.stderr.split('\n')[0]).toBe(`chiso: --sheet chỉ áp dụng cho bảng tính .xlsx, mà "${dti2023}" không phải bảng tính .xlsx`);
    const needsOut = await chiso(['score', '-f', 'vn-dti-2022', '-d', dti2023, '--format', 'xlsx', '--lang', 'vi']);
    expect(needsOut.stderr.split('\n')[0]).toBe('chiso: --format xlsx ghi ra một bảng tính: hãy cho tên tệp bằng --out TỆP.xlsx');
    const partial = await chiso(['report', '-f', 'vn-dti-2022', '-d', dti2023, '--merge-partial', '--lang', 'vi']);
    expect(partial.stderr.split('\n')[0]).toBe('chiso: --merge-partial cần dùng cùng --merge-34');
  });

  it('validate, frameworks and provinces', async () => {
    expect((await chiso(['validate', '-f', 'desi-2022', '-d', desiCsv, '--lang', 'vi'])).stdout).toBe(`Bộ chỉ số "desi-2022" hợp lệ.\nBộ dữ liệu "${desiCsv}" hợp lệ: 28 đơn vị.\n`);
    expect((await chiso(['frameworks', '--lang', 'vi'])).stdout).toMatch(/^vn-dti-2022 +Bộ chỉ số chuyển đổi số cấp tỉnh \(DTI\) 2022/m);
    const provinces = await chiso(['provinces', '--era', '34', '--lang', 'vi']);
    expect(provinces.stdout).toMatch(/^Mã {2}Tên +Tên tiếng Anh +Vùng +Hợp nhất từ$/m);
  });

  it('help of every command in Vietnamese, describing every option it accepts and the global ones', async () => {
    const mentions = (help: string, flag: string): boolean => new RegExp(`(^|[\\s,\\[])${flag}([\\s,=\\]]|$)`, 'm').test(help);
    for (const [command, options] of Object.entries(COMMAND_OPTIONS)) {
      const { code, stdout } = await chiso([command, '--help', '--lang', 'vi']);
      expect(code).toBe(0);
      expect(stdout, command).toMatch(/^Cách dùng: chiso /);
      for (const [name, option] of Object.entries(options)) {
        expect(mentions(stdout, `--${name}`), `chiso ${command} --help --lang vi mentions --${name}`).toBe(true);
        if ('short' in option) expect(mentions(stdout, `-${option.short}`), `chiso ${command} --help --lang vi mentions -${option.short}`).toBe(true);
      }
      for (const flag of ['--debug', '--lang', '--out', '--width']) expect(mentions(stdout, flag), `chiso ${command} --help --lang vi mentions ${flag}`).toBe(true);
    }
    const main = (await chiso(['--help', '--lang', 'vi'])).stdout;
    expect(main).toContain('Các lệnh:');
    for (const command of Object.keys(COMMAND_OPTIONS)) expect(main).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('usage errors in Vietnamese, with the did-you-mean', async () => {
    const unknown = await chiso(['score', '--formt', 'x', '--lang', 'vi']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('chiso: không có tùy chọn "--formt"; có phải ý bạn là "--format"?\nXem hướng dẫn: "chiso score --help".\n');
    const required = await chiso(['score', '--framework', 'desi-2022', '--lang', 'vi']);
    expect(required.stderr.split('\n')[0]).toBe('chiso: thiếu --data');
    const group = await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--group', 'regoin', '--lang', 'vi']);
    expect(group.stderr.split('\n')[0]).toBe(`chiso: --group "regoin": không có nhóm "regoin" trong "${desiCsv}"`);
    const format = await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'xlsz', '--lang', 'vi']);
    expect(format.stderr.split('\n')[0]).toBe('chiso: --format "xlsz" không phải một trong các giá trị table, md, csv, json, xlsx; có phải ý bạn là "xlsx"?');
    const command = await chiso(['scroe', '--lang', 'vi']);
    expect(command.stderr.split('\n')[0]).toBe('chiso: không có lệnh "scroe"; có phải ý bạn là "score"?');
    const runs = await chiso(['uncertainty', '-f', 'desi-2022', '-d', desiCsv, '--runs', '1e3', '--lang', 'vi']);
    expect(runs.stderr.split('\n')[0]).toBe('chiso: --runs "1e3" không phải số nguyên: cần một số nguyên từ 1 đến 100.000.000, viết bằng chữ số (ví dụ 1000)');
    const goal = await chiso(['target', '-f', 'desi-2022', '-d', desiCsv, '--unit', 'IT', '--lang', 'vi']);
    expect(goal.stderr.split('\n')[0]).toBe('chiso: hãy cho mục tiêu bằng --rank K hoặc --score S');
    const scenario = await chiso(['scenario', '-f', 'desi-2022', '-d', desiCsv, '--lang', 'vi']);
    expect(scenario.stderr.split('\n')[0]).toBe('chiso: hãy cho --scenarios TỆP (các kịch bản cần so sánh) hoặc --remove CÁI_GÌ (các thành phần lần lượt bỏ đi)');
  });

  it('data errors: the framing and the common problems in Vietnamese, other problems in English', async () => {
    const { code, stdout, stderr } = await chiso(['score', '-f', fixture('mini.json'), '-d', fixture('bad-data.csv'), '--lang', 'vi']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      `chiso: ${fixture('bad-data.csv')}: dữ liệu không hợp lệ:`,
      '  units[0].values.fibre_pct: đơn vị "HN", chỉ tiêu "fibre_pct": 112 lớn hơn giá trị tối đa 100',
      '  units[1].values.online_pct: đơn vị "DB", chỉ tiêu "online_pct": "n/a" không phải là số',
      '  units[2].id: unit id "HN" is given twice (units[0] and units[2])',
      '',
    ]);
  });

  it('CHISO_LANG sets the language; --lang overrides it; any other value is a usage error', async () => {
    const outputs: string[] = [];
    const sink = { stdout: (text: string) => outputs.push(text), stderr: (text: string) => outputs.push(text) };
    expect(await run(['validate', '-f', 'desi-2022'], sink, { CHISO_LANG: 'vi' })).toBe(0);
    expect(outputs.join('')).toBe('Bộ chỉ số "desi-2022" hợp lệ.\n');
    outputs.length = 0;
    expect(await run(['validate', '-f', 'desi-2022', '--lang', 'en'], sink, { CHISO_LANG: 'vi' })).toBe(0);
    expect(outputs.join('')).toBe('Framework "desi-2022" is valid.\n');
    outputs.length = 0;
    expect(await run(['validate', '-f', 'desi-2022'], sink, { CHISO_LANG: 'fr' })).toBe(2);
    expect(outputs.join('')).toContain('CHISO_LANG "fr" is not one of en, vi');
    expect((await chiso(['validate', '-f', 'desi-2022', '--lang', 'de'])).stderr).toContain('--lang "de" is not one of en, vi');
    expect((await chiso(['validate', '-f', 'desi-2022', '--lang', 'vi', '--lang', 'en'])).code).toBe(2);
  });
});
