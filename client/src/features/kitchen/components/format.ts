// Numbers as the kitchen reads them: Vietnamese grouping, one decimal at most.
import { currentLanguage } from '../../../app/i18n/i18n';

export const formatNumber = (value: number | null, digits = 1) =>
  value === null
    ? '—'
    : value.toLocaleString(currentLanguage() === 'vi' ? 'vi-VN' : 'en-GB', {
        maximumFractionDigits: digits,
      });

export const formatMoney = (value: number | null) =>
  value === null ? '—' : `${formatNumber(Math.round(value), 0)} đ`;
