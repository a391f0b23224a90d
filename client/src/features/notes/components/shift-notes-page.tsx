// /shift: every note of a shift, by unit, as the handover reads them (the current shift first;
// the previous shifts one choice away; handover-flagged notes alone on request). Printable.
import { Button, Checkbox, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { shiftOf } from '@care/shared/care-notes';
import { formatDay } from '@care/shared/dates';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useUrlFilters } from '../../../hooks/use-url-filters';
import { useShiftNotes } from '../api/get-shift-notes';
import { NoteCard } from './note-card';

/** The current shift and the five before it (8-hour shifts: two days back). */
function recentShifts(now = new Date()) {
  return Array.from({ length: 6 }, (_, i) => shiftOf(new Date(now.getTime() - i * 8 * 3_600_000)));
}

export function ShiftNotesPage() {
  const { t } = useTranslation();
  const [params, update] = useUrlFilters();
  const shifts = recentShifts();
  const shift = shifts.find((s) => s.key === params.get('shift'))?.key ?? shifts[0]!.key;
  const handoverOnly = params.get('handover') === '1';
  const notes = useShiftNotes({ shift, handoverOnly });
  const label = (s: (typeof shifts)[number]) =>
    `${t(`notes.shifts.${s.shift}`)} ${formatDay(s.day)}`;

  return (
    <>
      <PageHeader
        title={t('shiftNotes.title')}
        description={t('shiftNotes.intro')}
        actions={
          <Button
            onClick={() => window.print()}
            leftSection={<IconPrinter size={18} aria-hidden />}
          >
            {t('shiftNotes.print')}
          </Button>
        }
      />
      <Paper withBorder p="md" mb="md" className="no-print">
        <Group align="flex-end">
          <Select
            label={t('shiftNotes.shift')}
            data={shifts.map((s) => ({ value: s.key, label: label(s) }))}
            value={shift}
            onChange={(v) => update({ shift: v === shifts[0]!.key ? null : v })}
            allowDeselect={false}
          />
          <Checkbox
            label={t('shiftNotes.handoverOnly')}
            checked={handoverOnly}
            onChange={(e) => update({ handover: e.currentTarget.checked ? '1' : null })}
            size="md"
          />
        </Group>
      </Paper>
      {notes.isError ? (
        <QueryError error={notes.error} onRetry={() => void notes.refetch()} />
      ) : null}
      {notes.data && notes.data.units.length === 0 ? (
        <Text c="dimmed">{t('shiftNotes.empty')}</Text>
      ) : null}
      <Stack gap="lg">
        {notes.data?.units.map(({ unit, notes: unitNotes }) => (
          <section key={unit} aria-label={unit || t('shiftNotes.noUnit')}>
            <Title order={2} size="h4" mb="xs">
              {unit || t('shiftNotes.noUnit')} ({unitNotes.length})
            </Title>
            <Stack gap="xs">
              {unitNotes.map((note) => (
                <NoteCard key={note.id} note={note} showResident />
              ))}
            </Stack>
          </section>
        ))}
      </Stack>
    </>
  );
}
