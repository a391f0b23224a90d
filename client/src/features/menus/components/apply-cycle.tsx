// Applies a menu cycle to a range of days (holidays left out), from a small dialog.
import { useState } from 'react';
import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDay } from '@care/shared/menus';
import { errorMessage } from '../../../app/errors';
import { useApplyCycle, useCycles } from '../api/menus';

export function ApplyCycle({ weekStart }: { weekStart: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const cycles = useCycles();
  const apply = useApplyCycle();
  const [cycle, setCycle] = useState<string | null>(null);
  const [from, setFrom] = useState(weekStart);
  const [to, setTo] = useState(addDay(weekStart, 6));
  const [startWeek, setStartWeek] = useState<number>(1);
  const [holidays, setHolidays] = useState('');
  const chosen = cycle ?? cycles.data?.data[0]?.id ?? null;
  return (
    <>
      <Button
        mt={24}
        variant="default"
        onClick={() => {
          setFrom(weekStart);
          setTo(addDay(weekStart, 6));
          apply.reset();
          setOpen(true);
        }}
      >
        {t('menus.applyCycle')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('menus.applyCycle')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!chosen) return;
            apply.mutate(
              {
                id: chosen,
                body: {
                  from,
                  to,
                  startWeek,
                  holidays: holidays.split(/[\s,;]+/).filter(Boolean),
                },
              },
              { onSuccess: () => setOpen(false) },
            );
          }}
        >
          <Stack>
            <Select
              label={t('menus.cycle')}
              data={(cycles.data?.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              value={chosen}
              onChange={setCycle}
              allowDeselect={false}
            />
            <Group grow>
              <TextInput
                type="date"
                label={t('menus.from')}
                value={from}
                onChange={(e) => setFrom(e.currentTarget.value)}
                required
              />
              <TextInput
                type="date"
                label={t('menus.to')}
                value={to}
                onChange={(e) => setTo(e.currentTarget.value)}
                required
              />
            </Group>
            <NumberInput
              label={t('menus.startWeek')}
              min={1}
              max={6}
              value={startWeek}
              onChange={(v) => setStartWeek(Number(v) || 1)}
            />
            <TextInput
              label={t('menus.holidays')}
              description={t('menus.holidaysHint')}
              value={holidays}
              onChange={(e) => setHolidays(e.currentTarget.value)}
            />
            {apply.error ? (
              <Text c="red" size="sm" role="alert">
                {errorMessage(t, apply.error)}{' '}
                {Object.entries((apply.error as { fields?: Record<string, string> }).fields ?? {})
                  .map(([k, v]) => `${k}: ${v}`)
                  .join('; ')}
              </Text>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={apply.isPending} disabled={!chosen}>
                {t('menus.apply')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
