// A month's timesheets as an XLSX workbook (a summary sheet) and as CSV, with Vietnamese headers:
// what the payroll clerk takes from the centre to the accounts office.
import ExcelJS from 'exceljs';
import type { TimesheetTotals, TimesheetView } from '@care/shared/timesheets';

const roleNames: Record<string, string> = {
  admin: 'Quản trị',
  manager: 'Quản lý',
  social_worker: 'Công tác xã hội',
  nurse: 'Điều dưỡng',
  carer: 'Nhân viên chăm sóc',
  kitchen: 'Nhà bếp',
};

/** The columns, in order: header and the figure of a row. */
export const timesheetColumns: { header: string; key: keyof TimesheetTotals }[] = [
  { header: 'Giờ theo lịch', key: 'plannedHours' },
  { header: 'Giờ thực tế', key: 'actualHours' },
  { header: 'Chênh lệch', key: 'differenceHours' },
  { header: 'Giờ làm đêm (22:00–06:00)', key: 'nightHours' },
  { header: 'Giờ ngày thường', key: 'normalHours' },
  { header: 'Làm thêm ngày thường (150%)', key: 'overtimeHours' },
  { header: 'Giờ ngày nghỉ hằng tuần (200%)', key: 'restDayHours' },
  { header: 'Giờ ngày lễ, Tết (300%)', key: 'holidayHours' },
  { header: 'Số ca trực 24 giờ', key: 'duties' },
  { header: 'Ca theo lịch', key: 'plannedShifts' },
  { header: 'Ca đã làm', key: 'workedShifts' },
  { header: 'Ca vắng (không nhận ca)', key: 'missedShifts' },
  { header: 'Ca chưa kết thúc', key: 'openShifts' },
  { header: 'Ca làm thay', key: 'coverShifts' },
];
const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export async function timesheetWorkbook(view: TimesheetView): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Trung tâm Công tác xã hội';
  const sheet = book.addWorksheet(`Chấm công ${view.month}`);
  sheet.addRow([`Bảng chấm công tháng ${monthLabel(view.month)}`]).font = { bold: true, size: 14 };
  sheet.addRow([view.published ? '' : 'Lịch trực tháng này chưa công bố: chưa có giờ theo lịch.']);
  sheet.addRow(['STT', 'Họ và tên', 'Vai trò', ...timesheetColumns.map((c) => c.header)]).font = {
    bold: true,
  };
  view.rows.forEach((r, i) =>
    sheet.addRow([
      i + 1,
      r.fullName,
      roleNames[r.role] ?? r.role,
      ...timesheetColumns.map((c) => r[c.key]),
    ]),
  );
  sheet.addRow(['', 'Tổng cộng', '', ...timesheetColumns.map((c) => view.totals[c.key])]).font = {
    bold: true,
  };
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 30;
  sheet.getColumn(3).width = 20;
  timesheetColumns.forEach((_, i) => {
    sheet.getColumn(i + 4).width = 16;
    sheet.getColumn(i + 4).numFmt = '#,##0.##';
  });
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 3 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

const cell = (v: string | number) => {
  const text = String(v);
  // Quote what needs it; a leading = + - @ is neutralised so a spreadsheet never runs a name.
  const safe = /^[=+\-@]/.test(text) && typeof v === 'string' ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** CSV with a byte-order mark so that Excel reads the Vietnamese letters as UTF-8. */
export function timesheetCsv(view: TimesheetView): string {
  const lines = [
    ['STT', 'Họ và tên', 'Vai trò', ...timesheetColumns.map((c) => c.header)],
    ...view.rows.map((r, i) => [
      i + 1,
      r.fullName,
      roleNames[r.role] ?? r.role,
      ...timesheetColumns.map((c) => r[c.key]),
    ]),
    ['', 'Tổng cộng', '', ...timesheetColumns.map((c) => view.totals[c.key])],
  ];
  return '\uFEFF' + lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}
