// A day's food-safety logs as one XLSX workbook, a sheet per form of Decision 1246/QĐ-BYT
// (form 1: step 1 on receipt, form 2: step 2 preparation, form 3: step 3 before serving,
// form 5: sample retention and discard), in Vietnamese with the forms' columns.
import ExcelJS from 'exceljs';
import { formatDateTime, formatDay } from '@care/shared/dates';
import type { CheckRowView, FoodSafetyDayView } from '@care/shared/food-safety';
import { mealLabels } from '../menus/labels';

type R = Record<string, unknown>;
const verdict = (v: unknown) => (v === 'pass' ? 'Đạt' : v === 'fail' ? 'Không đạt' : '');
const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : '');
const when = (v: unknown) => (typeof v === 'string' && v ? formatDateTime(v) : '');
const meal = (row: CheckRowView) => (row.meal ? mealLabels[row.meal] : '');

const forms: {
  kind: CheckRowView['kind'];
  sheet: string;
  title: string;
  heads: string[];
  cells: (row: CheckRowView, r: R, day: string) => (string | number)[];
}[] = [
  {
    kind: 'receipt',
    sheet: 'Mẫu 1 - Bước 1',
    title: 'KIỂM TRA TRƯỚC KHI CHẾ BIẾN THỨC ĂN (BƯỚC 1)',
    heads: [
      'Tên thực phẩm',
      'Thời gian nhập (ngày, giờ)',
      'Khối lượng (kg)',
      'Nơi cung cấp',
      'Liên hệ',
      'Chứng từ, hoá đơn',
      'Giấy chứng nhận',
      'Cảm quan',
      'Xét nghiệm nhanh',
      'Biện pháp xử lý / Ghi chú',
    ],
    cells: (row, r, day) => [
      row.name,
      r.receivedAt ? `${formatDay(day)} ${text(r.receivedAt)}` : '',
      text(r.quantityKg ?? row.planned.quantityKg),
      text(r.supplier),
      text(r.supplierContact),
      text(r.invoice),
      text(r.certificates),
      verdict(r.sensory),
      r.rapidTest === 'not_done' ? 'Không làm' : verdict(r.rapidTest),
      text(r.action),
    ],
  },
  {
    kind: 'preparation',
    sheet: 'Mẫu 2 - Bước 2',
    title: 'KIỂM TRA KHI CHẾ BIẾN THỨC ĂN (BƯỚC 2)',
    heads: [
      'Ca/bữa ăn',
      'Tên món ăn',
      'Nguyên liệu chính',
      'Số suất ăn',
      'Sơ chế xong (giờ)',
      'Chế biến xong (giờ)',
      'Người tham gia chế biến',
      'Trang thiết bị, dụng cụ',
      'Khu vực chế biến và phụ trợ',
      'Cảm quan',
      'Biện pháp xử lý / Ghi chú',
    ],
    cells: (row, r) => [
      meal(row),
      row.name,
      text(r.ingredients ?? row.planned.ingredients),
      text(r.portions ?? row.planned.portions),
      text(r.prepEndAt),
      text(r.cookEndAt),
      verdict(r.hygieneStaff),
      verdict(r.hygieneTools),
      verdict(r.hygieneArea),
      verdict(r.sensory),
      text(r.action),
    ],
  },
  {
    kind: 'serving',
    sheet: 'Mẫu 3 - Bước 3',
    title: 'KIỂM TRA TRƯỚC KHI ĂN (BƯỚC 3)',
    heads: [
      'Ca/bữa ăn',
      'Tên món ăn',
      'Số suất ăn',
      'Chia món ăn xong (giờ)',
      'Bắt đầu ăn (giờ)',
      'Dụng cụ chia, chứa đựng, che đậy',
      'Cảm quan',
      'Biện pháp xử lý / Ghi chú',
    ],
    cells: (row, r) => [
      meal(row),
      row.name,
      text(r.portions ?? row.planned.portions),
      text(r.portionEndAt),
      text(r.servingStartAt),
      verdict(r.utensils),
      verdict(r.sensory),
      text(r.action),
    ],
  },
  {
    kind: 'sample',
    sheet: 'Mẫu 5 - Lưu mẫu',
    title: 'THEO DÕI LƯU VÀ HUỶ MẪU THỨC ĂN LƯU',
    heads: [
      'Tên mẫu thức ăn',
      'Bữa ăn',
      'Số suất ăn',
      'Khối lượng/thể tích mẫu',
      'Dụng cụ chứa mẫu',
      'Nhiệt độ bảo quản (°C)',
      'Thời gian lấy mẫu',
      'Thời gian huỷ mẫu',
      'Ghi chú',
      'Người lưu mẫu',
      'Người huỷ mẫu',
    ],
    cells: (row, r) => [
      row.name,
      meal(row),
      text(row.planned.portions),
      r.amount !== undefined ? `${text(r.amount)} ${text(r.unit)}` : '',
      text(r.container),
      text(r.temperatureC),
      when(r.takenAt),
      when(r.discardedAt),
      r.held ? `Đang giữ: ${text(r.holdReason)}` : text(r.holdReason),
      row.takenBy?.fullName ?? '',
      row.discardedBy?.fullName ?? '',
    ],
  },
];

export async function foodSafetyWorkbook(view: FoodSafetyDayView): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Trung tâm Công tác xã hội';
  for (const form of forms) {
    const sheet = book.addWorksheet(form.sheet);
    sheet.addRow([`${form.title} — ngày ${formatDay(view.day)}`]).font = { bold: true, size: 13 };
    sheet.addRow(['Theo Quyết định số 1246/QĐ-BYT ngày 20/3/2017 của Bộ Y tế']).font = {
      italic: true,
    };
    sheet.addRow([]);
    sheet.addRow(['TT', ...form.heads]).font = { bold: true };
    view.rows
      .filter((row) => row.kind === form.kind)
      .forEach((row, i) => sheet.addRow([i + 1, ...form.cells(row, row.result ?? {}, view.day)]));
    sheet.getColumn(1).width = 5;
    form.heads.forEach((_, i) => (sheet.getColumn(i + 2).width = i < 2 ? 28 : 18));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
