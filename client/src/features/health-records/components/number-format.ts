// Numbers as the user's language writes them (37,5 in Vietnamese), and signed z-scores (−2,3).
import { useTranslation } from 'react-i18next';

export function useNumberFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'vi-VN';
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return {
    number: (n: number | null | undefined) =>
      n === null || n === undefined ? '—' : plain.format(n),
    z: (n: number | null | undefined) =>
      n === null || n === undefined ? '—' : signed.format(n).replace('-', '−'),
  };
}
