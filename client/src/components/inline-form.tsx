// A form on one line above a list (add a holiday, a unit, ask for leave): its fields, the submit
// button at their foot, and why the last try failed when no field says so.
import type { ReactNode } from 'react';
import { Button, Group, Text, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/errors';

type Props = {
  onSubmit: () => void;
  submitLabel: ReactNode;
  loading?: boolean;
  /** A failure no field explains. */
  error?: unknown;
  mt?: MantineSpacing;
  children: ReactNode;
};

export function InlineForm({ onSubmit, submitLabel, loading, error, mt, children }: Props) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Group align="flex-end" mt={mt}>
        {children}
        <Button type="submit" loading={loading}>
          {submitLabel}
        </Button>
      </Group>
      {error ? (
        <Text c="red.9" role="alert" mt="xs">
          {errorMessage(t, error)}
        </Text>
      ) : null}
    </form>
  );
}
