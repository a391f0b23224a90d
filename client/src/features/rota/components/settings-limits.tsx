// The centre's limits the checks use (Labour Code 2019, Decree 145/2020): normal hours a day and a
// week, the daily maximum with overtime, rest between shifts, weekly rest, overtime caps, night.
import {
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RotaSettingsView } from '@care/shared/rota';
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { useFieldError } from '../../../app/i18n/form-errors';
import { SaveProblem } from '../../../components/save-problem';
import { useChangeSetup, useRotaSettings } from '../api/setup';

const numbers = [
  'dailyNormalHours',
  'dailyMaxHours',
  'weeklyNormalHours',
  'minRestHours',
  'weeklyRestHours',
  'overtimeMonthHours',
  'overtimeYearHours',
] as const;

export function LimitSettings() {
  const settings = useRotaSettings();
  // The form starts from what it read and keeps the user's edits while the settings are read
  // again in the background (after any change, a 409 included); only a reload starts it afresh.
  const [round, setRound] = useState(0);
  return settings.data ? (
    <LimitForm
      key={round}
      saved={settings.data}
      reload={() => void settings.refetch().then(() => setRound((r) => r + 1))}
    />
  ) : null;
}

function LimitForm({ saved, reload }: { saved: RotaSettingsView; reload: () => void }) {
  const { t } = useTranslation();
  const change = useChangeSetup();
  const fieldError = useFieldError();
  const [v, setV] = useState<RotaSettingsView>(saved);
  const fields = change.error instanceof ApiError ? change.error.fields : {};
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate(
            { method: 'PUT', path: '/rota/settings', body: v },
            // The next save goes at the version this one made.
            { onSuccess: (doc) => setV(doc as RotaSettingsView) },
          );
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('rota.limits.intro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {numbers.map((k) => (
              <NumberInput
                key={k}
                label={t(`rota.limits.${k}`)}
                value={v[k]}
                min={0}
                max={300}
                suffix=" h"
                onChange={(x) => setV({ ...v, [k]: Number(x) || 0 })}
                error={fieldError(fields[k])}
              />
            ))}
            <TextInput
              type="time"
              label={t('rota.limits.nightStart')}
              value={v.nightStart}
              onChange={(e) => setV({ ...v, nightStart: e.currentTarget.value })}
              error={fieldError(fields.nightStart)}
            />
            <TextInput
              type="time"
              label={t('rota.limits.nightEnd')}
              value={v.nightEnd}
              onChange={(e) => setV({ ...v, nightEnd: e.currentTarget.value })}
              error={fieldError(fields.nightEnd)}
            />
          </SimpleGrid>
          <SaveProblem
            stale={isApiError(change.error, 'stale_version')}
            error={change.error && !Object.keys(fields).length ? change.error : null}
            onReload={() => {
              change.reset();
              reload();
            }}
          />
          {change.isSuccess ? (
            <Text c="green.9" role="status">
              {t('rota.limits.saved')}
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
