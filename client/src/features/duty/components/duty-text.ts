// Times as the centre reads them (Asia/Ho_Chi_Minh, 24-hour).
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { centreTimeZone } from '@care/shared/dates';

export const timeOf = (at: string | Date) =>
  format(new TZDate(new Date(at), centreTimeZone), 'HH:mm');
