// The market list and the production sheet as one XLSX workbook (two sheets), in Vietnamese.
import ExcelJS from 'exceljs';
import type { MarketListView, ProductionView } from '@care/shared/market';
import { formatDay } from '@care/shared/dates';
import { foodGroupLabels, groupLabels, mealLabels } from './labels';

export async function marketWorkbook(
  market: MarketListView,
  production: ProductionView,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Trung tâm Công tác xã hội';
  const sheet = book.addWorksheet('Danh sách đi chợ');
  sheet.addRow([`Danh sách đi chợ từ ${formatDay(market.from)} đến ${formatDay(market.to)}`]).font =
    {
      bold: true,
      size: 14,
    };
  sheet.addRow([]);
  const head = sheet.addRow([
    'Thực phẩm',
    'Ăn được (kg)',
    'Thải bỏ (%)',
    'Mua (kg)',
    'Đơn giá (đ/kg)',
    'Thành tiền (đ)',
  ]);
  head.font = { bold: true };
  for (const g of market.groups) {
    sheet.addRow([foodGroupLabels[g.group]]).font = { bold: true, italic: true };
    for (const l of g.lines)
      sheet.addRow([
        l.name,
        l.edibleGrams / 1000,
        l.inediblePct,
        l.purchasedGrams / 1000,
        l.pricePerKg ?? '',
        l.cost,
      ]);
    sheet.addRow(['Cộng nhóm', '', '', '', '', g.cost]).font = { italic: true };
  }
  sheet.addRow(['Tổng cộng', '', '', '', '', market.cost]).font = { bold: true };
  sheet.getColumn(1).width = 40;
  [2, 3, 4, 5, 6].forEach((c) => {
    sheet.getColumn(c).width = 16;
    sheet.getColumn(c).numFmt = c === 2 || c === 4 ? '#,##0.000' : '#,##0';
  });

  const prod = book.addWorksheet('Bảng chia suất');
  prod.addRow(['Ngày', 'Bữa', 'Món', 'Nhóm khẩu phần', 'Số suất']).font = { bold: true };
  for (const d of production.days)
    for (const m of d.meals)
      for (const dish of m.dishes) {
        for (const g of dish.groups)
          prod.addRow([
            formatDay(d.day),
            mealLabels[m.meal],
            dish.name,
            groupLabels[g.group],
            g.portions,
          ]);
        prod.addRow([formatDay(d.day), mealLabels[m.meal], dish.name, 'Tổng', dish.portions]).font =
          {
            bold: true,
          };
      }
  [12, 14, 36, 24, 10].forEach((w, i) => (prod.getColumn(i + 1).width = w));
  return Buffer.from(await book.xlsx.writeBuffer());
}
