/**
 * The Vietnamese help of every `chiso` command (`chiso <lệnh> --help --lang vi`). Each text
 * describes the same options as the English one (a test checks that every option is there).
 *
 * @module
 */

/** The data options' help lines, in Vietnamese. */
export const DATA_OPTIONS_HELP_VI = `  --provinces              đơn vị là tỉnh/thành phố: nhận tên theo cách viết thông dụng ("TP.HCM",
                           "Da Nang"), dùng mã chính thức và thêm vùng của từng tỉnh
  --id-column TÊN          cột CSV/xlsx chứa mã đơn vị (mặc định: id, unit, code, country hoặc province)
  --group-column TÊN       cột CSV chứa nhóm, ví dụ vùng (có thể lặp lại); nhóm xếp hạng của bộ chỉ
                           số và --group cũng được đọc là nhóm
  --ignore CÁC_CỘT         các cột CSV bỏ qua, cách nhau bằng dấu phẩy
  --locale vi-VN|en        cách viết số trong dữ liệu: vi-VN "1.640,5" ("." phân cách hàng nghìn,
                           "," là dấu thập phân) hoặc en "1,640.5"; nếu không khai báo, các giá trị
                           đọc khác nhau theo hai cách (số đếm "1.640", "0,7908") bị từ chối
  --mapping TỆP            tệp ánh xạ cột (JSON): cột nào của trang tính hay tệp CSV chứa chỉ tiêu
                           nào, cột mã và cột nhóm, trang tính, dòng tiêu đề, cách viết số, và đơn vị
                           có phải tỉnh/thành phố không (xem docs/spreadsheets.md)
  --sheet TÊN|N            .xlsx: trang tính cần đọc, theo tên hoặc vị trí từ 1 (mặc định: trang đầu)
  --header-row N           .xlsx: dòng đầu tiên của tiêu đề (mặc định: tự tìm bên dưới các dòng tên
                           bảng)
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
  audit       kiểm định thống kê: thống kê chỉ tiêu, tương quan, alpha, PCA, mức quan trọng
  weights     bộ chỉ số với trọng số mới: bằng nhau, theo PCA, hoặc tối ưu theo mức quan trọng
  mapping     viết tệp ánh xạ cột ban đầu cho một trang tính hoặc tệp CSV
  import      chuyển mô hình từ COINr (iData + iMeta) sang bộ chỉ số và bộ dữ liệu
  report      ghi báo cáo HTML: bảng xếp hạng, biểu đồ, bản đồ tỉnh/thành phố, hồ sơ từng đơn vị
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
  --data, -d TỆP           bộ dữ liệu: CSV hoặc bảng tính .xlsx (mỗi dòng một đơn vị), hoặc JSON
  --format ĐỊNH_DẠNG       table (mặc định), md, csv, json (toàn bộ kết quả) hoặc xlsx (bảng tính:
                           trang xếp hạng, mỗi cấp một trang, trang phương pháp; cần --out)
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
  audit: `Cách dùng: chiso audit --framework <mã|tệp> --data <tệp> [tùy chọn]

Kiểm định thống kê của mô hình (docs/audit.md): với từng chỉ tiêu, tỷ lệ có dữ liệu, trung bình, độ
lệch chuẩn, giá trị nhỏ nhất và lớn nhất, độ lệch (skewness) và độ nhọn (kurtosis) (như get_stats
của COINr) kèm cảnh báo (thiếu nhiều dữ liệu, |độ lệch| > 2 và độ nhọn > 3,5, nhiều giá trị 0, ít
giá trị khác nhau, không đổi); cảnh báo các chỉ tiêu cùng cấp tương quan vượt ±0,9 và các thành phần
tương quan nghịch với chỉ số cấp trên của chính nó; hệ số alpha Cronbach và thành phần chính (PCA)
của từng chỉ số tổng hợp; trọng số danh nghĩa bên cạnh mức quan trọng thực tế (bình phương tương
quan với chỉ số cấp trên và với chỉ số tổng hợp, tính theo tỷ lệ).

Tùy chọn:
  --framework, -f MÃ|TỆP   mã bộ chỉ số có sẵn (xem "chiso frameworks") hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP           bộ dữ liệu: CSV hoặc bảng tính .xlsx (mỗi dòng một đơn vị), hoặc JSON
  --values LOẠI            giá trị được thống kê: raw (giá trị gốc, mặc định), denominated (sau khi
                           chia cho mẫu số của chỉ tiêu) hoặc normalised (đã chuẩn hóa)
  --methods DANH_SÁCH      các hệ số tương quan cần tính, cách nhau bằng dấu phẩy, chọn trong
                           pearson, spearman, kendall (mặc định: cả ba; cảnh báo và mức quan trọng
                           dùng hệ số r của Pearson)
  --collinearity R         cảnh báo cặp chỉ tiêu cùng cấp có |r| lớn hơn R (mặc định 0.9)
  --correlations           in thêm mọi hệ số tương quan (giữa các chỉ tiêu cùng cấp, với chỉ số cấp
                           trên, với chỉ số tổng hợp)
  --data-only              chỉ in thống kê chỉ tiêu: dùng được cả với dữ liệu mô hình chưa tính điểm
                           được
  --format ĐỊNH_DẠNG       table (mặc định), md, csv, hoặc json (toàn bộ kết quả kiểm định dạng dữ
                           liệu); với --lang vi, số trong bảng viết "0,8002"
${DATA_OPTIONS_HELP_VI}
${COMMON_TAIL}`,
  weights: `Cách dùng: chiso weights --method pca|equal|optimise --framework <mã|tệp> [--data <tệp>] [tùy chọn]

Tính lại trọng số của một bộ chỉ số và ghi bộ chỉ số mới dưới dạng JSON (vào --out-framework, nếu
không thì ra màn hình); bộ chỉ số đã cho không bị thay đổi. Với --out-framework, in từng trọng số đã
thay đổi.
  equal     mọi thành phần của một chỉ số tổng hợp (hoặc của --nodes) có trọng số 1 (không cần dữ
            liệu)
  pca       trọng số theo các thành phần chính của từng chỉ số tổng hợp, từ cấp sâu nhất lên (quy
            trình của Sổ tay OECD/JRC 2008, có phép xoay varimax; docs/audit.md)
  optimise  các thành phần của --node (mặc định: chỉ số tổng hợp) được đặt trọng số sao cho tỷ phần
            tương quan của mỗi thành phần với nó khớp với --targets (Becker và cộng sự 2017, như
            get_opt_weights của COINr); cho biết phép tối ưu có hội tụ không

Tùy chọn:
  --method, -m PHƯƠNG_PHÁP  pca, equal hoặc optimise
  --framework, -f MÃ|TỆP    mã bộ chỉ số có sẵn (xem "chiso frameworks") hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP            bộ dữ liệu (pca và optimise)
  --out-framework, -o TỆP   ghi bộ chỉ số mới vào đây (mặc định: ra màn hình)
  --nodes CÁC_MÃ            equal và pca: chỉ các chỉ số tổng hợp này, cách nhau bằng dấu phẩy
  --node MÃ                 optimise: chỉ số tổng hợp có các thành phần được đặt lại trọng số
  --targets DANH_SÁCH       optimise: mức quan trọng tương đối "mã=2,mã=1,…" cho mọi thành phần,
                            hoặc equal (bằng nhau, mặc định)
  --measure LOẠI            optimise: pearson (mặc định, như COINr) hoặc r2 (S_i tuyến tính của
                            Becker và cộng sự)
  --format ĐỊNH_DẠNG        bảng các thay đổi: table (mặc định), md, csv, hoặc json
${DATA_OPTIONS_HELP_VI}
${COMMON_TAIL}`,
  mapping: `Cách dùng: chiso mapping --framework <mã|tệp> --data <tệp.xlsx | tệp.csv> [--sheet TÊN|N] [--header-row N]

In tệp ánh xạ cột ban đầu (JSON) cho một trang tính hoặc tệp CSV có tiêu đề cột không phải mã chỉ
tiêu: các tiêu đề quen thuộc thành cột mã đơn vị ("Tỉnh/Thành phố"), cột nhóm ("Vùng") và cột bỏ qua
("STT"); tiêu đề trùng tên tiếng Việt hoặc tiếng Anh của một chỉ tiêu được ánh xạ vào chỉ tiêu đó,
tiêu đề có phần lớn các từ giống là một phỏng đoán gần đúng, còn lại được ánh xạ thành "?". Hãy kiểm
tra, điền mọi "?", lưu lại, rồi đọc dữ liệu với --mapping TỆP (docs/spreadsheets.md). Cột nào được
đoán theo cách nào được liệt kê ở luồng lỗi chuẩn (stderr).

Tùy chọn:
  --framework, -f MÃ|TỆP   mã bộ chỉ số có sẵn hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP           bảng tính (.xlsx) hoặc tệp CSV
  --sheet TÊN|N            .xlsx: trang tính, theo tên hoặc vị trí từ 1 (mặc định: trang đầu)
  --header-row N           .xlsx: dòng đầu tiên của tiêu đề (mặc định: tự tìm bên dưới các dòng tên
                           bảng)
${COMMON_TAIL}`,
  import: `Cách dùng: chiso import coinr --idata iData.csv --imeta iMeta.csv --out-framework model.json --out-data data.json

Chuyển một mô hình dựng bằng COINr (R) sang chiso: đọc hai bảng đầu vào của COINr (iData: mỗi dòng
một đơn vị với uCode, uName, Time, các nhóm, mẫu số và chỉ tiêu; iMeta: mỗi dòng một chỉ tiêu, chỉ
số tổng hợp, nhóm hoặc mẫu số với iCode, iName, Level, Weight, Direction, Parent, Type và
Denominator), dạng CSV hoặc bảng tính .xlsx, rồi ghi bộ chỉ số và bộ dữ liệu của chiso. Chỗ iMeta
không nói, bộ chỉ số theo cách dựng mặc định của COINr: chia cho mẫu số như iMeta ghi, chuẩn hóa
min-max về [0, 100], trung bình cộng có trọng số (bỏ qua thành phần thiếu, chia lại trọng số của
nó). Sau đó:
  chiso score --framework model.json --data data.json

Tùy chọn:
  --idata TỆP              iData của COINr (CSV hoặc .xlsx)
  --imeta TỆP              iMeta của COINr (CSV hoặc .xlsx)
  --out-framework TỆP      nơi ghi bộ chỉ số (JSON)
  --out-data TỆP           nơi ghi bộ dữ liệu (JSON)
  --id MÃ                  mã của bộ chỉ số (mặc định "coinr")
  --name TÊN               tên của bộ chỉ số (mặc định: iName của chỉ số tổng hợp)
${COMMON_TAIL}`,
  report: `Cách dùng: chiso report --framework <mã|tệp> --data <tệp> [--previous <tệp>] [--lang vi] --out report.html

Ghi báo cáo HTML của một kết quả: bảng xếp hạng, biểu đồ cột của chỉ số tổng hợp, bản đồ nhiệt đơn
vị × trụ cột, thay đổi thứ hạng so với --previous (biểu đồ dốc), bản đồ tỉnh/thành phố tô màu theo
điểm và theo thứ hạng (khi đơn vị là tỉnh/thành phố: 63 hoặc 34), mỗi đơn vị một trang hồ sơ (các
trụ cột so với trung bình cả nước hoặc của nhóm, điểm mạnh và điểm yếu, diễn biến thứ hạng) và ghi
chú phương pháp (bộ chỉ số, trọng số, làm tròn, dữ liệu thiếu). Một tệp độc lập: kiểu trình bày và
biểu đồ nằm ngay trong tệp, không có script, không tải phông chữ hay gửi yêu cầu tới máy chủ nào; in
ra khổ A4 (mỗi đơn vị một trang).

Tùy chọn:
  --framework, -f MÃ|TỆP   mã bộ chỉ số có sẵn (xem "chiso frameworks") hoặc tệp JSON của bộ chỉ số
  --data, -d TỆP           bộ dữ liệu: CSV hoặc bảng tính .xlsx (mỗi dòng một đơn vị), hoặc JSON
  --previous TỆP           bộ dữ liệu hoặc kết quả JSON đã lưu của kỳ trước: thêm thay đổi thứ hạng
                           và biểu đồ dốc
  --history TỆP            bộ dữ liệu hoặc kết quả đã lưu của một năm trước, cho diễn biến thứ hạng
                           trong từng hồ sơ (có thể lặp lại; --previous cũng được tính; mỗi tệp cần
                           có năm)
  --group KHÓA             so sánh các trụ cột của mỗi đơn vị với trung bình của nhóm (ví dụ region:
                           vùng) thay cho trung bình cả nước
  --title VĂN_BẢN          tiêu đề báo cáo (mặc định: tên chỉ số và năm của dữ liệu)
  --era 63|34              vẽ bản đồ 63 tỉnh hoặc 34 tỉnh/thành phố (mặc định: theo các đơn vị)
  --merge-34               chuyển kết quả của 63 tỉnh cũ sang 34 tỉnh/thành phố từ 1/7/2025 (mỗi
                           tỉnh mới: trung bình các tỉnh cũ hợp thành, như DTI 2024)
  --merge-partial          cùng --merge-34: chấp nhận tỉnh mới thiếu một số tỉnh cũ hợp thành
${DATA_OPTIONS_HELP_VI}
${COMMON_TAIL}`,
};
