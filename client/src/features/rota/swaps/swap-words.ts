// How a swap request reads: a shift as "Thứ Sáu 05/12 · Ca sáng (06:00–14:00) · Khu Trẻ em".
import type { TFunction } from 'i18next';
import { formatDay } from '@care/shared/dates';
import { isoWeekday } from '@care/shared/rota';
import type { SwapShiftView } from '@care/shared/rota-swaps';
import { shiftLabel, type Lookup } from '../components/rota-text';

export const shiftText = (
  t: TFunction,
  lookup: Lookup,
  shift: Pick<SwapShiftView, 'day' | 'templateId'>,
) =>
  `${t(`rota.weekdays.${isoWeekday(shift.day)}`)} ${formatDay(shift.day)} · ${shiftLabel(lookup, shift.templateId)}`;

export const statusColor = {
  offered: 'blue.9',
  proposed: 'blue.9',
  accepted: 'orange.9',
  approved: 'green.9',
  rejected: 'red.9',
  declined: 'gray.7',
  withdrawn: 'gray.7',
  applying: 'orange.9',
} as const;
