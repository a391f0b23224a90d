// The menu planner: a week of one diet group's menus (day × meal), its analysis and flags, the
// dietary conflicts, and the actions of the week (copy, apply a cycle, approve, lock, print, XLSX).
import { useState } from 'react';
import { Alert, Button, Grid, Group, Loader, Select, Stack, Tabs } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconDownload, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { centreDay } from '@care/shared/dates';
import { dietGroupIds, type DietGroupId, type KitchenSettingsView } from '@care/shared/diet-groups';
import { addDay, mondayOf, type MenuDayView, type MenuEntry } from '@care/shared/menus';
import { groupConflicts } from '@care/shared/menu-rules';
import { api } from '../../../app/api-client';
import { ApiError } from '../../../app/api-client';
import { paths } from '../../../app/paths';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { SaveProblem } from '../../../components/save-problem';
import {
  marketXlsxHref,
  useAnalysis,
  useChangeState,
  useConflicts,
  useCopyMenus,
  useEditDay,
  useRecipeChoices,
  useWeek,
} from '../api/menus';
import { AnalysisPanel } from './analysis-panel';
import { ApplyCycle } from './apply-cycle';
import { ConflictsPanel } from './conflicts-panel';
import { WeekGrid } from './week-grid';

export function MenusPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const weekStart = mondayOf(params.get('week') ?? centreDay());
  const weekEnd = addDay(weekStart, 6);
  const [group, setGroup] = useState<DietGroupId>('elderly');
  const canWrite = useCan('kitchen.write');
  const canApprove = useCan('menus.approve');
  const week = useWeek(weekStart);
  const analysis = useAnalysis(weekStart);
  const conflicts = useConflicts(weekStart, weekEnd);
  const recipes = useRecipeChoices();
  const settings = useQuery({
    queryKey: ['kitchen', 'settings'],
    queryFn: ({ signal }) => api<KitchenSettingsView>('/kitchen/settings', { signal }),
  });
  const edit = useEditDay();
  const copy = useCopyMenus();
  const state = useChangeState();
  const busy = edit.isPending || copy.isPending || state.isPending;
  const go = (day: string) => setParams({ week: mondayOf(day) });
  const failure = edit.error ?? copy.error ?? state.error;

  const save = (day: MenuDayView, change: { entries?: MenuEntry[]; headcount?: number | null }) => {
    copy.reset();
    state.reset();
    const typed = Object.fromEntries(
      day.headcounts.filter((h) => h.edited).map((h) => [h.group, h.count]),
    );
    edit.mutate({
      day: day.day,
      body: {
        version: day.version,
        ...(change.entries ? { entries: change.entries } : {}),
        ...(change.headcount !== undefined
          ? { headcounts: { ...typed, [group]: change.headcount } }
          : {}),
      },
    });
  };
  const days = week.data?.days ?? [];
  const today = centreDay();
  const approvable = days.filter((d) => d.state === 'draft' && d.version > 0);
  const lockable = days.filter((d) => d.state === 'approved' && d.day <= today);
  const flagged = new Set(
    analysis.data?.groups
      .find((g) => g.group === group)
      ?.days.filter((d) => d.flags.some((f) => f.kind === 'protein' || f.kind === 'energy'))
      .map((d) => d.day) ?? [],
  );

  return (
    <>
      <PageHeader
        title={t('menus.title')}
        description={t('menus.weekOf', {
          from: weekStart.split('-').reverse().join('/'),
          to: weekEnd.split('-').reverse().join('/'),
        })}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconChevronLeft size={16} aria-hidden />}
              onClick={() => go(addDay(weekStart, -7))}
            >
              {t('menus.previousWeek')}
            </Button>
            <Button variant="default" onClick={() => go(today)}>
              {t('menus.thisWeek')}
            </Button>
            <Button
              variant="default"
              rightSection={<IconChevronRight size={16} aria-hidden />}
              onClick={() => go(addDay(weekStart, 7))}
            >
              {t('menus.nextWeek')}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <Group gap="sm" className="no-print" wrap="wrap">
          <Select
            label={t('menus.group')}
            data={dietGroupIds.map((g) => ({ value: g, label: t(`menus.groups.${g}`) }))}
            value={group}
            allowDeselect={false}
            onChange={(g) => g && setGroup(g as DietGroupId)}
            w={240}
          />
          {canWrite ? (
            <>
              <ApplyCycle weekStart={weekStart} />
              <Button
                variant="default"
                mt={24}
                loading={copy.isPending}
                onClick={() => {
                  if (window.confirm(t('menus.copyWeekConfirm')))
                    copy.mutate({ kind: 'week', from: weekStart, to: addDay(weekStart, 7) });
                }}
              >
                {t('menus.copyWeek')}
              </Button>
            </>
          ) : null}
          {canApprove ? (
            <>
              <Button
                mt={24}
                disabled={!approvable.length}
                loading={state.isPending}
                onClick={() =>
                  state.mutate({
                    state: 'approved',
                    days: approvable.map((d) => ({ day: d.day, version: d.version })),
                  })
                }
              >
                {t('menus.approveWeek', { n: approvable.length })}
              </Button>
              <Button
                mt={24}
                variant="default"
                disabled={!lockable.length}
                onClick={() => {
                  if (window.confirm(t('menus.lockConfirm')))
                    state.mutate({
                      state: 'locked',
                      days: lockable.map((d) => ({ day: d.day, version: d.version })),
                    });
                }}
              >
                {t('menus.lockServed', { n: lockable.length })}
              </Button>
            </>
          ) : null}
          <Button
            mt={24}
            variant="default"
            component={Link}
            to={paths.menusPrint.href('market', weekStart, weekEnd)}
            leftSection={<IconPrinter size={16} aria-hidden />}
          >
            {t('menus.marketList')}
          </Button>
          <Button
            mt={24}
            variant="default"
            component={Link}
            to={paths.menusPrint.href('production', weekStart, weekEnd)}
            leftSection={<IconPrinter size={16} aria-hidden />}
          >
            {t('menus.production')}
          </Button>
          <Button
            mt={24}
            variant="default"
            component="a"
            href={marketXlsxHref(weekStart, weekEnd)}
            download
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('menus.xlsx')}
          </Button>
        </Group>
        {failure ? (
          <SaveProblem
            stale={failure instanceof ApiError && failure.code === 'stale_version'}
            error={failure}
            onReload={() => {
              edit.reset();
              void week.refetch();
            }}
          />
        ) : null}
        {week.error ? <QueryError error={week.error} onRetry={() => void week.refetch()} /> : null}
        {week.isPending || recipes.isPending ? <Loader /> : null}
        {days.length && recipes.data ? (
          days.every((d) => d.version === 0) ? (
            <Alert variant="outline" color="blue">
              {t('menus.emptyWeek')}
            </Alert>
          ) : null
        ) : null}
        <Tabs defaultValue="plan" keepMounted={false}>
          <Tabs.List className="no-print">
            <Tabs.Tab value="plan">{t('menus.tabPlan')}</Tabs.Tab>
            <Tabs.Tab value="conflicts">
              {t('menus.tabConflicts', {
                n: conflicts.data
                  ? groupConflicts(
                      conflicts.data.conflicts.filter(
                        (c) => c.alternative?.kind !== 'texture_variant',
                      ),
                    ).length
                  : 0,
              })}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="plan" pt="md">
            <Grid>
              <Grid.Col span={12}>
                {days.length && recipes.data ? (
                  <WeekGrid
                    days={days}
                    group={group}
                    recipes={recipes.data}
                    flagged={flagged}
                    onSave={save}
                    busy={busy || !canWrite}
                  />
                ) : null}
              </Grid.Col>
              <Grid.Col span={12}>
                {analysis.error ? <QueryError error={analysis.error} /> : null}
                {analysis.data ? (
                  <AnalysisPanel
                    analysis={analysis.data}
                    group={group}
                    target={settings.data?.groups.find((g) => g.id === group)}
                  />
                ) : null}
              </Grid.Col>
            </Grid>
          </Tabs.Panel>
          <Tabs.Panel value="conflicts" pt="md">
            {conflicts.error ? <QueryError error={conflicts.error} /> : null}
            {conflicts.data ? <ConflictsPanel data={conflicts.data} /> : <Loader />}
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
