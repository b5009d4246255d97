/**
 * The Vietnamese help of every `chiso` command (`chiso <lệnh> --help --lang vi`). Each text
 * describes the same options as the English one (a test checks that every option is there).
 *
 * @module
 */

/** The data options' help lines, in Vietnamese. */
export const DATA_OPTIONS_HELP_VI = `  --provinces              đơn vị là tỉnh/thành phố: nhận tên theo cách viết thông dụng ("TP.HCM",
                           "Da Nang"), dùng mã chính thức và thêm vùng của từng tỉnh
  --id-column TÊN          cột CSV chứa mã đơn vị (mặc định: id, unit, code, country hoặc province)
  --group-column TÊN       cột CSV chứa nhóm, ví dụ vùng (có thể lặp lại); nhóm xếp hạng của bộ chỉ
                           số và --group cũng được đọc là nhóm
  --ignore CÁC_CỘT         các cột CSV bỏ qua, cách nhau bằng dấu phẩy
  --locale vi-VN|en        cách viết số trong dữ liệu: vi-VN "1.640,5" ("." phân cách hàng nghìn,
                           "," là dấu thập phân) hoặc en "1,640.5"; nếu không khai báo, các giá trị
                           đọc khác nhau theo hai cách (số đếm "1.640", "0,7908") bị từ chối
  --comment TIỀN_TỐ        bỏ qua các dòng CSV bắt đầu bằng TIỀN_TỐ, ví dụ "#" (mặc định mọi dòng là
                           dữ liệu)
  --separator KÝ_TỰ        ký tự phân cách CSV: "," ";" hoặc tab (mặc định đoán từ các dòng đầu, chỉ
                           đếm ký tự ngoài dấu ngoặc kép; văn bản đọc được cả hai cách bị từ chối)`;

const COMMON_TAIL = `  --help, -h               hướng dẫn này
  --debug                  khi có lỗi nội bộ (lỗi của chiso), in vết ngăn xếp (stack trace)
`;

/** The main help (`chiso --help --lang vi`); `{version}` and `{modules}` are filled in by the caller. */
export const MAIN_HELP_VI = `chiso {version} — chỉ số tổng hợp và xếp hạng (ICT Index, DTI, DESI, bộ chỉ số của bạn)

Cách dùng: chiso <lệnh> [tùy chọn]

Các lệnh:
  score       tính điểm một bộ dữ liệu theo bộ chỉ số và in bảng xếp hạng
  validate    kiểm tra bộ chỉ số, và bộ dữ liệu theo bộ chỉ số đó
  panel       tính điểm nhiều năm và in diễn biến thứ hạng của từng đơn vị
  explain     cho biết điểm của một đơn vị đến từ đâu
  frameworks  liệt kê các bộ chỉ số có sẵn (hoặc in một bộ dưới dạng JSON)
  provinces   liệt kê 63 hoặc 34 tỉnh/thành phố, hoặc tìm một tỉnh theo tên
  scenario    so sánh các kịch bản (thay đổi mô hình) với phương án gốc, hoặc lần lượt bỏ từng thành phần
  uncertainty thứ hạng vững đến đâu? Khoảng thứ hạng Monte Carlo (mặc định: trọng số ±25%)
  sensitivity lựa chọn nào chi phối thứ hạng? Chỉ số Sobol' (mặc định: trọng số mỗi chỉ số ±25%)
  target      một đơn vị cần gì để đạt một thứ hạng hay một mức điểm?
{modules}
Chạy "chiso <lệnh> --help" để xem tùy chọn của từng lệnh; --debug (mọi lệnh) in vết ngăn xếp
khi có lỗi nội bộ; chiso --version in phiên bản. Mọi lệnh nhận --lang vi|en (hoặc biến môi trường
CHISO_LANG), --out TỆP và --width N. Mã thoát: 0 thành công, 1 dữ liệu đầu vào không hợp lệ hoặc
không ghi được kết quả, 2 dùng sai lệnh, 70 lỗi nội bộ (lỗi của chiso: xin báo lại).
`;

/** The Vietnamese help of each command, by command name. */
export const HELP_VI: Readonly<Record<string, string>> = {
  score: `Cách dùng: chiso score --framework <tệp.json | mã bộ có sẵn> --data <tệp.csv | tệp.json> [tùy chọn]

Tính điểm chính xác cho mọi đơn vị ở mọi chỉ số và in bảng xếp hạng.

Tùy chọn:
  --framework, -f MÃ|TỆP   mã bộ chỉ số có sẵn (xem "chiso frameworks") hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP           bộ dữ liệu: CSV (mỗi dòng một đơn vị) hoặc JSON
  --format ĐỊNH_DẠNG       table (mặc định), md, csv, hoặc json (toàn bộ kết quả)
  --previous TỆP           bộ dữ liệu hoặc kết quả JSON đã lưu của kỳ trước: thêm thay đổi thứ hạng
                           và điểm
  --node MÃ                xếp hạng theo chỉ số này thay cho chỉ số tổng hợp
  --group KHÓA             thêm thứ hạng trong nhóm này (ví dụ region: vùng)
  --group-summary          cùng --group: xếp hạng các nhóm theo điểm trung bình, in dưới bảng
  --columns CÁC_MÃ         các mã chỉ số hiển thị thành cột, cách nhau bằng dấu phẩy (mặc định: các
                           chỉ số con)
  --titles KIỂU            tiêu đề cột: label (tên đầy đủ, mặc định), short (tên ngắn) hoặc id (mã)
  --compact                ít cột hơn: không có mã đơn vị, không có hạng trong nhóm, thay đổi chỉ
                           ghi bằng lời
  --merge-34               chuyển kết quả của 63 tỉnh cũ sang 34 tỉnh/thành phố từ 1/7/2025 (mỗi
                           tỉnh mới: trung bình điểm của các tỉnh cũ hợp thành, như DTI 2024)
  --merge-partial          cùng --merge-34: tỉnh mới thiếu một số tỉnh cũ hợp thành được tính bằng
                           trung bình các tỉnh có dữ liệu (mặc định đó là lỗi)
${DATA_OPTIONS_HELP_VI}
${COMMON_TAIL}`,
  validate: `Cách dùng: chiso validate --framework <tệp.json | mã bộ có sẵn> [--data <tệp>]

Báo mọi lỗi của bộ chỉ số và, với --data, của bộ dữ liệu khi đối chiếu với bộ chỉ số.

Tùy chọn:
  --framework, -f MÃ|TỆP   mã bộ chỉ số có sẵn hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP           bộ dữ liệu cần kiểm tra (CSV hoặc JSON)
${DATA_OPTIONS_HELP_VI}
${COMMON_TAIL}`,
  explain: `Cách dùng: chiso explain --framework <mã|tệp> --data <tệp> --unit <mã> [--format text|json]

In giá trị chuẩn hóa, trọng số thực tế và mức đóng góp của từng chỉ tiêu vào điểm của một đơn vị,
cùng các điểm mạnh và điểm yếu của đơn vị đó.

Tùy chọn:
  --framework, -f MÃ|TỆP   mã bộ chỉ số có sẵn hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP           bộ dữ liệu (CSV hoặc JSON)
  --unit, -u MÃ            đơn vị cần giải thích (với --provinces, có thể là tên tỉnh: "TP.HCM")
  --format ĐỊNH_DẠNG       text (mặc định) hoặc json
${DATA_OPTIONS_HELP_VI}
${COMMON_TAIL}`,
  panel: `Cách dùng: chiso panel --framework <mã|tệp> --data <năm 1> --data <năm 2> … [tùy chọn]

Tính điểm từng bộ dữ liệu (mỗi bộ cần có năm: "year" trong JSON, cột "year" trong CSV, hoặc --years)
và in thứ hạng từng năm của mỗi đơn vị, diễn biến thứ hạng ("52 → 29 → 31 → 9") và thay đổi gần
nhất.

Tùy chọn:
  --framework, -f MÃ|TỆP   mã bộ chỉ số có sẵn hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP           một bộ dữ liệu, mỗi năm một lần (CSV hoặc JSON)
  --years DANH_SÁCH        năm của các bộ dữ liệu, cách nhau bằng dấu phẩy, theo cùng thứ tự
  --node MÃ                chỉ số cần theo dõi (mặc định: chỉ số tổng hợp)
  --scores                 thêm điểm công bố của từng năm
  --format ĐỊNH_DẠNG       table (mặc định), md hoặc csv
  --merge-34               cùng --provinces, khi có năm dùng 63 tỉnh và có năm dùng 34 tỉnh: chuyển
                           các năm 63 tỉnh sang 34 tỉnh (mỗi tỉnh mới: trung bình điểm các tỉnh cũ
                           hợp thành, như DTI 2024) để mỗi mã chỉ một tỉnh
${DATA_OPTIONS_HELP_VI}
${COMMON_TAIL}`,
  frameworks: `Cách dùng: chiso frameworks [--show MÃ]

Liệt kê các bộ chỉ số có sẵn kèm mã; --show in một bộ dưới dạng JSON để lưu và sửa.

Tùy chọn:
  --show MÃ                in bộ chỉ số có sẵn MÃ dưới dạng JSON
${COMMON_TAIL}`,
  provinces: `Cách dùng: chiso provinces [--era 63|34] [--find TÊN]

Liệt kê các tỉnh/thành phố — 63 tỉnh đến 30/6/2025 (mặc định) hoặc 34 tỉnh từ 1/7/2025 — với mã
chính thức, tên và vùng; --find nhận tên theo cách viết thông dụng ("TP.HCM", "Da Nang").

Tùy chọn:
  --era 63|34              63 tỉnh đến 30/6/2025 (mặc định) hoặc 34 tỉnh từ 1/7/2025
  --find TÊN               chỉ in tỉnh có tên này, theo cách viết thông dụng
${COMMON_TAIL}`,
  scenario: `Cách dùng: chiso scenario --framework <mã|tệp> --data <tệp> --scenarios <tệp.json> [tùy chọn]
           chiso scenario --framework <mã|tệp> --data <tệp> --remove indicators|CẤP|CÁC_MÃ […]

Tính chính xác phương án gốc và từng kịch bản trong tệp kịch bản (danh sách JSON
{ "name", "edits" }: đặt trọng số, đổi phương pháp, bỏ hoặc thêm chỉ số, loại một đơn vị, sửa giá
trị — xem docs/scenarios.md), rồi in điểm, thứ hạng và mức đổi hạng của từng đơn vị theo từng kịch
bản, và mỗi kịch bản một dòng tóm tắt (mức đổi hạng trung bình và lớn nhất, đơn vị thay đổi nhiều
nhất, lý do kịch bản không tính được). Với --remove, lần lượt bỏ từng thành phần và in mức thay đổi
thứ hạng.

Tùy chọn:
  --framework, -f MÃ|TỆP   mã bộ chỉ số có sẵn (xem "chiso frameworks") hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP           bộ dữ liệu: CSV (mỗi dòng một đơn vị) hoặc JSON
  --scenarios, -s TỆP      tệp kịch bản (JSON)
  --remove CÁI_GÌ          thay cho --scenarios: lần lượt bỏ mọi chỉ tiêu ("indicators"), mọi chỉ số
                           ở một cấp ("1": các chỉ số con của chỉ số tổng hợp, "2": cấp tiếp theo,
                           …) hoặc các chỉ số được liệt kê ("economy,society")
  --node MÃ                so sánh thứ hạng theo chỉ số này thay cho chỉ số tổng hợp
  --columns DANH_SÁCH      cùng --scenarios: số liệu in cho mỗi kịch bản, cách nhau bằng dấu phẩy,
                           chọn từ score, rank và shift (mặc định: cả ba)
  --preview                cùng --scenarios: tính bằng bộ tính số thực (float64) để sàng lọc nhanh
                           nhiều kịch bản (thứ hạng theo điểm công bố có thể khác kết quả chính xác
                           khi điểm nằm trong khoảng 1e-9 quanh ngưỡng làm tròn); hãy tính lại các
                           kịch bản được chọn không dùng tùy chọn này
  --format ĐỊNH_DẠNG       table (mặc định), md, csv, hoặc json (kết quả so sánh dạng dữ liệu)
${DATA_OPTIONS_HELP_VI}
${COMMON_TAIL}`,
  uncertainty: `Cách dùng: chiso uncertainty --framework <mã|tệp> --data <tệp> [--runs N] [--seed S] [tùy chọn]

Phân tích độ bất định của thứ hạng bằng Monte Carlo: chạy mô hình nhiều lần với thay đổi ngẫu nhiên
(mặc định trọng số các chỉ số con của mỗi chỉ số dao động tới ±25%, phân phối đều, như
get_noisy_weights của COINr) và in, cho từng đơn vị, thứ hạng danh nghĩa, trung vị và trung bình thứ
hạng, khoảng thứ hạng từ phân vị 5 đến 95 và xác suất lọt vào nhóm K đứng đầu, xếp theo thứ hạng
danh nghĩa. Lượt chạy không tính được vẫn được đếm kèm lý do, không bị bỏ: dòng trạng thái cho biết
bao nhiêu lượt đã tính được. Cùng một seed cho cùng kết quả trên mọi máy và mọi số luồng.

Tùy chọn:
  --framework, -f MÃ|TỆP   mã bộ chỉ số có sẵn (xem "chiso frameworks") hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP           bộ dữ liệu: CSV (mỗi dòng một đơn vị) hoặc JSON
  --runs N                 số lượt chạy (mặc định 1000)
  --seed S                 seed (số nguyên, mặc định 1)
  --noise X                độ dao động trọng số: mỗi trọng số w thành w · (1 + u), u phân phối đều
                           trên [−X, X] (mặc định 0.25)
  --sources TỆP            thay vào đó, các nguồn bất định dạng danh sách JSON (trọng số, trọng số
                           Dirichlet, phương pháp thay thế, loại trừ, nhiễu dữ liệu —
                           docs/uncertainty.md)
  --node MÃ                chỉ số được tóm tắt thứ hạng (mặc định: chỉ số tổng hợp)
  --top K                  K của cột "P(top K)" (mặc định 10, hoặc số đơn vị)
  --threads N              số luồng xử lý (mặc định 1); kết quả như nhau với mọi số luồng
  --all-runs               cùng --format json: thêm thứ hạng của mọi lượt chạy (số lượt × số đơn vị)
  --format ĐỊNH_DẠNG       table (mặc định), md, csv, hoặc json (kết quả tóm tắt và trạng thái dạng
                           dữ liệu)
${DATA_OPTIONS_HELP_VI}
${COMMON_TAIL}`,
  sensitivity: `Cách dùng: chiso sensitivity --framework <mã|tệp> --data <tệp> [--n N | --runs R] [--seed S] […]

Phân tích độ nhạy theo phương sai (chỉ số Sobol' bậc nhất và toàn phần, ước lượng Saltelli/Jansen):
mỗi yếu tố — mặc định là trọng số các chỉ số con của mỗi chỉ số, dao động ±25% — góp bao nhiêu vào
sự biến thiên của đầu ra, kèm khoảng tin cậy bootstrap. Cùng một seed cho cùng kết quả trên mọi máy
và mọi số luồng. Với g yếu tố, cần N (g + 2) lượt chạy, trên bộ tính số thực.

Tùy chọn:
  --framework, -f MÃ|TỆP   mã bộ chỉ số có sẵn (xem "chiso frameworks") hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP           bộ dữ liệu: CSV (mỗi dòng một đơn vị) hoặc JSON
  --n N                    cỡ mẫu cơ sở N (mặc định 1024; lũy thừa của 2 hợp với điểm Sobol')
  --runs R                 thay cho --n: tổng cộng khoảng R lượt chạy (N = R ÷ (g + 2), làm tròn
                           xuống)
  --seed S                 seed (số nguyên, mặc định 1)
  --noise X                độ dao động trọng số của các yếu tố mặc định (mặc định 0.25)
  --sources TỆP            các yếu tố dạng danh sách JSON các nguồn (như chiso uncertainty
                           --sources)
  --output ĐẦU_RA          mean-rank-shift (mặc định: mức đổi hạng tuyệt đối trung bình),
                           rank:ĐƠN_VỊ hoặc score:ĐƠN_VỊ (thứ hạng hoặc điểm của một đơn vị)
  --node MÃ                chỉ số của đầu ra (mặc định: chỉ số tổng hợp)
  --bootstrap B            số lần lấy mẫu lại bootstrap cho khoảng tin cậy 95% (mặc định 1000; 0:
                           không tính)
  --threads N              số luồng xử lý (mặc định 1); kết quả như nhau với mọi số luồng
  --format ĐỊNH_DẠNG       table (mặc định), md, csv, hoặc json (các chỉ số dạng dữ liệu)
${DATA_OPTIONS_HELP_VI}
${COMMON_TAIL}`,
  target: `Cách dùng: chiso target --framework <mã|tệp> --data <tệp> --unit <mã> (--rank K | --score S) […]

Một đơn vị cần gì để đạt thứ hạng K (hoặc tốt hơn) hay mức điểm S: với từng chỉ tiêu, giá trị mà
riêng chỉ tiêu đó phải đạt (các chỉ tiêu khác giữ nguyên), hoặc lý do không thể; với --cheapest, tổ
hợp thay đổi ít tốn kém nhất trên nhiều chỉ tiêu (bộ chỉ số tuyến tính; docs/targets.md). Mọi câu
trả lời đều được kiểm tra lại bằng cách tính chính xác toàn bộ dữ liệu.

Tùy chọn:
  --framework, -f MÃ|TỆP   mã bộ chỉ số có sẵn (xem "chiso frameworks") hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP           bộ dữ liệu: CSV (mỗi dòng một đơn vị) hoặc JSON
  --unit, -u MÃ            đơn vị (với --provinces, có thể là tên tỉnh: "TP.HCM")
  --rank K                 mục tiêu: hạng K hoặc tốt hơn
  --score S                mục tiêu: điểm tối thiểu S theo thang điểm của bộ chỉ số (tối đa S với
                           chỉ số càng thấp càng tốt)
  --node MÃ                mục tiêu đặt ở chỉ số này (mặc định: chỉ số tổng hợp)
  --indicators CÁC_MÃ      chỉ xét các chỉ tiêu này, cách nhau bằng dấu phẩy
  --cheapest               tổ hợp thay đổi ít tốn kém nhất thay cho từng chỉ tiêu riêng lẻ
  --costs TỆP              cùng --cheapest: đối tượng JSON chi phí cho mỗi đơn vị giá trị gốc theo
                           chỉ tiêu ({ "4a3": 2, "1b1": 500 }; mặc định: một cho mỗi đơn vị điểm
                           chuẩn hóa 0–1 của chỉ tiêu)
  --format ĐỊNH_DẠNG       table (mặc định), md, csv, hoặc json (câu trả lời dạng dữ liệu)
${DATA_OPTIONS_HELP_VI}
${COMMON_TAIL}`,
};
