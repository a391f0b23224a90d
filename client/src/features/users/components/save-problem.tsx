// Why an account dialog could not save: the shared save problem, in the words of accounts.
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveProblem as CommonSaveProblem } from '../../../components/save-problem';

type Props = Omit<ComponentProps<typeof CommonSaveProblem>, 'staleTitle' | 'staleBody'>;

export function SaveProblem(props: Props) {
  const { t } = useTranslation();
  return (
    <CommonSaveProblem
      {...props}
      staleTitle={t('users.staleTitle')}
      staleBody={t('users.staleBody')}
    />
  );
}
