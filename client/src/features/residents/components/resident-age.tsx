// A resident's age: "12 tuổi" from a birth date, "khoảng 80 tuổi" when only the year is known.
import { useTranslation } from 'react-i18next';
import { centreDay } from '@care/shared/dates';
import { ageOf } from '@care/shared/resident-rules';

export function useAgeText() {
  const { t } = useTranslation();
  const today = centreDay();
  return (birth: { birthDate: string | null; birthYear: number }) => {
    const age = ageOf(birth, today);
    return birth.birthDate ? t('register.ageYears', { age }) : t('register.ageAbout', { age });
  };
}
