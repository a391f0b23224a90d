// Saving a care plan or assessment form: why it did not save (someone else changed it: offer a
// reload; field problems go beside their fields), and its cancel and save buttons.
import { Button, Group } from '@mantine/core';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { SaveProblem } from '../../../components/save-problem';

type Props = {
  stale: boolean;
  error: unknown;
  reload: { mutate: () => void; isPending: boolean };
};

export function PlanSaveProblem({ stale, error, reload }: Props) {
  const { t } = useTranslation();
  return (
    <SaveProblem
      stale={stale}
      error={isApiError(error, 'validation_failed') ? null : error}
      onReload={() => reload.mutate()}
      reloading={reload.isPending}
      staleTitle={t('carePlans.staleTitle')}
      staleBody={t('carePlans.staleBody')}
    />
  );
}

/**
 * What a failed save does to its form: a 409 marks it stale (the notice offers a reload); field
 * messages from the server go beside their fields (`goals.2.targetDate` included).
 */
export function saveErrorHandler<T extends FieldValues>(
  setError: UseFormSetError<T>,
  markStale: () => void,
) {
  return (error: unknown) => {
    if (isApiError(error, 'stale_version')) markStale();
    else if (error instanceof ApiError)
      setServerFieldErrors(error, setError, Object.keys(error.fields) as Path<T>[]);
  };
}

/** Cancel and save, at the foot of a form. */
export function FormActions(props: {
  onCancel: () => void;
  saving: boolean;
  disabled: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={props.onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={props.saving} disabled={props.disabled}>
        {props.label}
      </Button>
    </Group>
  );
}
