// Public holidays of a year: prefilled from the Labour Code's list (the lunar ones converted),
// then renamed, added or removed as the Prime Minister's notice for the year says.
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centreDay, formatDay } from '@care/shared/dates';
import type { HolidayView } from '@care/shared/rota';
import { ApiError } from '../../../app/api-client';
import { errorMessage } from '../../../app/errors';
import { useFieldError } from '../../../app/i18n/form-errors';
import { AppModal } from '../../../components/app-modal';
import { useChangeSetup, useHolidays } from '../api/setup';

export function HolidaySettings() {
  const { t } = useTranslation();
  const thisYear = Number(centreDay().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const holidays = useHolidays(year);
  const change = useChangeSetup();
  const fieldError = useFieldError();
  const [day, setDay] = useState('');
  const [name, setName] = useState('');
  const [removing, setRemoving] = useState<HolidayView | null>(null);
  const fields = change.error instanceof ApiError ? change.error.fields : {};
  return (
    <Stack>
      <Paper withBorder p="md">
        <Group align="flex-end">
          <Select
            label={t('rota.holidays.year')}
            w={120}
            data={[thisYear - 1, thisYear, thisYear + 1].map(String)}
            value={year}
            allowDeselect={false}
            onChange={(v) => v && setYear(v)}
          />
          <Button
            variant="default"
            loading={change.isPending}
            onClick={() =>
              change.mutate({
                method: 'POST',
                path: '/rota/holidays/prefill',
                body: { year: Number(year) },
              })
            }
          >
            {t('rota.holidays.prefill')}
          </Button>
        </Group>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            change.mutate(
              { method: 'POST', path: '/rota/holidays', body: { day, name } },
              {
                onSuccess: () => {
                  setDay('');
                  setName('');
                },
              },
            );
          }}
        >
          <Group align="flex-end" mt="md">
            <TextInput
              type="date"
              label={t('rota.holidays.day')}
              value={day}
              onChange={(e) => setDay(e.currentTarget.value)}
              error={fieldError(fields.day)}
            />
            <TextInput
              label={t('rota.holidays.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(fields.name)}
            />
            <Button type="submit">{t('rota.holidays.add')}</Button>
          </Group>
        </form>
        {change.error && !Object.keys(fields).length ? (
          <Text c="red.9" role="alert" mt="xs">
            {errorMessage(t, change.error)}
          </Text>
        ) : null}
      </Paper>
      <Paper withBorder>
        <Table aria-label={t('rota.holidays.label', { year })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rota.holidays.day')}</Table.Th>
              <Table.Th>{t('rota.holidays.name')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {holidays.data?.data.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text c="dimmed">{t('rota.holidays.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {holidays.data?.data.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{formatDay(h.day)}</Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('rota.holidays.name')}
                    defaultValue={h.name}
                    onBlur={(e) =>
                      e.currentTarget.value.trim() !== h.name &&
                      change.mutate({
                        method: 'PATCH',
                        path: `/rota/holidays/${h.id}`,
                        body: { version: h.version, name: e.currentTarget.value },
                      })
                    }
                    rightSectionWidth={90}
                    rightSection={
                      h.lunar ? (
                        <Badge variant="dot" color="grape.9" size="sm">
                          {t('rota.holidays.lunar')}
                        </Badge>
                      ) : null
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" c="red.9" onClick={() => setRemoving(h)}>
                    {t('common.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {removing ? (
        <AppModal
          onClose={() => setRemoving(null)}
          title={t('rota.holidays.removeTitle')}
          size="sm"
        >
          <Text>
            {t('rota.holidays.removeBody', { name: removing.name, day: formatDay(removing.day) })}
          </Text>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              onClick={() =>
                change.mutate(
                  {
                    method: 'DELETE',
                    path: `/rota/holidays/${removing.id}`,
                    query: { version: removing.version },
                  },
                  { onSettled: () => setRemoving(null) },
                )
              }
            >
              {t('common.remove')}
            </Button>
          </Group>
        </AppModal>
      ) : null}
    </Stack>
  );
}
