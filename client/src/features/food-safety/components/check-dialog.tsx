// Records one row of the food check or the sample log: the form's fields prefilled from the menu,
// checked with the shared schema, the server's refusal (e.g. a discard before 24 h) shown by the
// field it names and in a sentence.
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { resultSchemas, type CheckEdit, type CheckRowView } from '@care/shared/food-safety';
import { validationMessage } from '@care/shared/validation-keys';
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { AppModal } from '../../../components/app-modal';
import { SaveProblem } from '../../../components/save-problem';
import { useRecordCheck } from '../api/food-safety';
import { formFields, fromLocalInput, initialValues, toLocalInput, type FieldSpec } from './fields';

type Props = { row: CheckRowView; onClose: () => void };

export function CheckDialog({ row, onClose }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initialValues(row));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const record = useRecordCheck();
  const set = (name: string, value: unknown) => setValues((v) => ({ ...v, [name]: value }));

  const submit = () => {
    const parsed = resultSchemas[row.kind].safeParse(values, { reportInput: true });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const { key, values: v } = validationMessage(issue);
        found[String(issue.path[0])] ??= t(`validation.${key}`, v);
      }
      setErrors(found);
      return;
    }
    setErrors({});
    record.mutate(
      {
        id: row.id,
        body: { kind: row.kind, version: row.version, result: parsed.data } as CheckEdit,
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('foodSafety.saved', { name: row.name }),
          });
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError)
            setErrors(
              Object.fromEntries(
                Object.entries(error.fields).map(([k, m]) => [k.replace(/^result\./, ''), m]),
              ),
            );
        },
      },
    );
  };

  const input = (f: FieldSpec) => {
    const label = t(`foodSafety.field.${f.name}`);
    const common = {
      label,
      error: errors[f.name],
      description: f.hint ? t(`foodSafety.hint.${f.name}`) : undefined,
    };
    const value = values[f.name];
    switch (f.type) {
      case 'time':
        return (
          <TextInput
            {...common}
            type="time"
            value={String(value ?? '')}
            onChange={(e) => set(f.name, e.currentTarget.value)}
          />
        );
      case 'number':
        return (
          <NumberInput
            {...common}
            decimalSeparator=","
            value={typeof value === 'number' ? value : ''}
            onChange={(v) =>
              set(f.name, typeof v === 'number' ? v : v === '' ? undefined : Number(v))
            }
          />
        );
      case 'text':
        return (
          <TextInput
            {...common}
            value={String(value ?? '')}
            onChange={(e) => set(f.name, e.currentTarget.value)}
          />
        );
      case 'textarea':
        return (
          <Textarea
            {...common}
            autosize
            minRows={1}
            value={String(value ?? '')}
            onChange={(e) => set(f.name, e.currentTarget.value)}
          />
        );
      case 'verdict':
      case 'rapid':
      case 'unit': {
        const options =
          f.type === 'unit'
            ? ['g', 'ml']
            : f.type === 'rapid'
              ? ['pass', 'fail', 'not_done']
              : ['pass', 'fail'];
        return (
          <NativeSelect
            {...common}
            value={String(value)}
            onChange={(e) => set(f.name, e.currentTarget.value)}
            data={options.map((o) => ({
              value: o,
              label: t(f.type === 'unit' ? `foodSafety.unit.${o}` : `foodSafety.verdict.${o}`),
            }))}
          />
        );
      }
      case 'datetime':
        return (
          <TextInput
            {...common}
            type="datetime-local"
            value={toLocalInput(value as string | null)}
            onChange={(e) => set(f.name, fromLocalInput(e.currentTarget.value))}
          />
        );
      case 'checkbox':
        return (
          <Checkbox
            label={label}
            error={errors[f.name]}
            mt="lg"
            checked={value === true}
            onChange={(e) => set(f.name, e.currentTarget.checked)}
          />
        );
    }
  };

  return (
    <AppModal
      title={`${t(`foodSafety.steps.${row.kind}`)} · ${row.name}`}
      onClose={onClose}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {formFields[row.kind].map((f) => (
              <div
                key={f.name}
                style={f.type === 'textarea' ? { gridColumn: '1 / -1' } : undefined}
              >
                {input(f)}
              </div>
            ))}
          </SimpleGrid>
          <SaveProblem
            stale={isApiError(record.error, 'stale_version')}
            error={record.error}
            onReload={onClose}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('foodSafety.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('foodSafety.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
