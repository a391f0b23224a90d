// Public holidays of a year: prefilled from the Labour Code's list (the lunar ones converted),
// then renamed, added or removed as the Prime Minister's notice for the year says.
import { Badge, Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centreDay, formatDay } from '@care/shared/dates';
import { ApiError } from '../../../app/api-client';
import { useFieldError } from '../../../app/i18n/form-errors';
import { InlineForm } from '../../../components/inline-form';
import { SettingsTable } from '../../../components/settings-table';
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
        <InlineForm
          mt="md"
          submitLabel={t('rota.holidays.add')}
          error={change.error && !Object.keys(fields).length ? change.error : null}
          onSubmit={() =>
            change.mutate(
              { method: 'POST', path: '/rota/holidays', body: { day, name } },
              {
                onSuccess: () => {
                  setDay('');
                  setName('');
                },
              },
            )
          }
        >
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
        </InlineForm>
      </Paper>
      <SettingsTable
        label={t('rota.holidays.label', { year })}
        rows={holidays.data?.data}
        rowKey={(h) => h.id}
        empty={t('rota.holidays.empty')}
        columns={[
          { head: t('rota.holidays.day'), cell: (h) => formatDay(h.day) },
          {
            head: t('rota.holidays.name'),
            cell: (h) => (
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
            ),
          },
        ]}
        remove={{
          title: t('rota.holidays.removeTitle'),
          message: (h) => t('rota.holidays.removeBody', { name: h.name, day: formatDay(h.day) }),
          onConfirm: (h, done) =>
            change.mutate(
              { method: 'DELETE', path: `/rota/holidays/${h.id}`, query: { version: h.version } },
              { onSettled: done },
            ),
        }}
      />
    </Stack>
  );
}
