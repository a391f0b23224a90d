// A day's food-safety logs: made from the approved menu with one button, then the three steps
// and the samples (a tab each) recorded row by row; what is still open, print and XLSX.
import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { centreDay, formatDateTime } from '@care/shared/dates';
import { checkKinds, type CheckKind, type CheckRowView } from '@care/shared/food-safety';
import { addDay } from '@care/shared/menus';
import { can } from '@care/shared/permissions';
import { paths } from '../../../app/paths';
import { useCurrentUser } from '../../../app/session';
import { QueryError } from '../../../components/query-error';
import { SaveProblem } from '../../../components/save-problem';
import { useUrlFilters } from '../../../hooks/use-url-filters';
import { foodSafetyXlsxHref, useFoodSafetyDay, useGenerateDay } from '../api/food-safety';
import '../i18n/catalogues';
import { CheckDialog } from './check-dialog';
import { CheckTable } from './check-table';
import { FlagList } from './flag-list';

const isDay = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

export function FoodSafetyPage() {
  const { t } = useTranslation();
  const canEdit = can(useCurrentUser().role, 'kitchen.write');
  const [params, update] = useUrlFilters();
  const day = isDay(params.get('day')) ? params.get('day')! : centreDay();
  const step = checkKinds.find((k) => k === params.get('step')) ?? 'receipt';
  const q = useFoodSafetyDay(day);
  const generate = useGenerateDay();
  const [editing, setEditing] = useState<CheckRowView | null>(null);
  const rowsOf = (kind: CheckKind) => (q.data?.rows ?? []).filter((r) => r.kind === kind);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" className="no-print">
        <Group gap="xs" align="flex-end">
          <Button
            variant="default"
            aria-label={t('foodSafety.prevDay')}
            onClick={() => update({ day: addDay(day, -1) })}
          >
            <IconChevronLeft size={16} aria-hidden />
          </Button>
          <TextInput
            type="date"
            label={t('foodSafety.day')}
            value={day}
            onChange={(e) => isDay(e.currentTarget.value) && update({ day: e.currentTarget.value })}
          />
          <Button
            variant="default"
            aria-label={t('foodSafety.nextDay')}
            onClick={() => update({ day: addDay(day, 1) })}
          >
            <IconChevronRight size={16} aria-hidden />
          </Button>
          <Button variant="subtle" onClick={() => update({ day: null })}>
            {t('foodSafety.today')}
          </Button>
        </Group>
        <Group gap="xs">
          {q.data?.generated && canEdit ? (
            <Button
              variant="default"
              loading={generate.isPending}
              onClick={() => generate.mutate(day)}
            >
              {t('foodSafety.regenerate')}
            </Button>
          ) : null}
          <Button component="a" variant="default" href={foodSafetyXlsxHref(day)} download>
            {t('foodSafety.xlsx')}
          </Button>
          <Button
            component={Link}
            to={paths.foodSafetyPrint.href(day)}
            leftSection={<IconPrinter size={16} aria-hidden />}
          >
            {t('foodSafety.print')}
          </Button>
        </Group>
      </Group>
      <Text c="dimmed" size="sm">
        {t('foodSafety.intro')}
      </Text>
      {q.isError ? <QueryError error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.isPending ? <Loader /> : null}
      {q.data && !q.data.generated ? (
        <Alert color="blue" variant="outline" title={t('foodSafety.notGenerated')}>
          <Stack gap="sm" align="flex-start">
            {q.data.menuState === 'draft' ? (
              <>
                <Text size="sm">{t('foodSafety.draftMenu')}</Text>
                <Button component={Link} to={paths.menus.href(day)} variant="default" size="xs">
                  {t('foodSafety.openMenus')}
                </Button>
              </>
            ) : canEdit ? (
              <Button loading={generate.isPending} onClick={() => generate.mutate(day)}>
                {t('foodSafety.generate')}
              </Button>
            ) : null}
            <SaveProblem stale={false} error={generate.error} />
          </Stack>
        </Alert>
      ) : null}
      {q.data?.generated ? (
        <>
          <Paper withBorder p="md">
            <Title order={2} fz="md" mb="xs">
              {t('foodSafety.flags.title')}
            </Title>
            {q.data.flags.length ? (
              <FlagList day={day} flags={q.data.flags} />
            ) : (
              <Text c="dimmed" data-testid="no-flags">
                {t('foodSafety.allDone')}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt="xs">
              {t('foodSafety.generated', {
                at: formatDateTime(q.data.generated.at),
                by: q.data.generated.by?.fullName ?? '—',
              })}
            </Text>
          </Paper>
          <Tabs value={step} onChange={(v) => v && update({ step: v })}>
            <Tabs.List>
              {checkKinds.map((k) => (
                <Tabs.Tab key={k} value={k}>
                  {t(`foodSafety.steps.${k}`)} ({rowsOf(k).filter((r) => r.result).length}/
                  {rowsOf(k).length})
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {checkKinds.map((k) => (
              <Tabs.Panel key={k} value={k} pt="md">
                <CheckTable kind={k} rows={rowsOf(k)} canEdit={canEdit} onRecord={setEditing} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      ) : null}
      {editing ? <CheckDialog row={editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
