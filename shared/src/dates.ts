// Dates as the centre reads them: dd/MM/yyyy and 24-hour times in Asia/Ho_Chi_Minh.
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';

export const centreTimeZone = 'Asia/Ho_Chi_Minh';

/** An instant as the centre's local hour, `yyyy-MM-ddTHH`: its day, month and year are prefixes. */
export function centreHour(at: Date): string {
  return format(new TZDate(at, centreTimeZone), "yyyy-MM-dd'T'HH");
}

/** Today's calendar day at the centre as `yyyy-MM-dd`. */
export function centreDay(at: Date = new Date()): string {
  return centreHour(at).slice(0, 10);
}

/** `yyyy-MM-dd` → `dd/MM/yyyy`, without any time zone shift. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** An instant → `dd/MM/yyyy HH:mm` at the centre. */
export function formatDateTime(at: Date | string): string {
  return format(new TZDate(new Date(at), centreTimeZone), 'dd/MM/yyyy HH:mm');
}

/** The instant a centre day begins (the centre keeps UTC+7 all year). */
export function centreDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00+07:00`);
}
