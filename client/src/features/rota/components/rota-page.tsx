// /rota: the duty rota. Planners see drafts with the month's violations beside the grid and
// change it cell by cell (click or keyboard), by week copy or by pattern, then publish; everyone
// else sees a published month only. A week view narrows the grid to seven days.
import '../i18n/catalogues';
import { Alert, Badge, Button, Group, Loader, SegmentedControl, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPrinter, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { centreDay } from '@care/shared/dates';
import {
  addDays,
  addMonths,
  mondayOf,
  monthDays,
  monthKeySchema,
  type MonthView,
  type Violation,
} from '@care/shared/rota';
import { isApiError } from '../../../app/errors';
import { paths } from '../../../app/paths';
import { useCan } from '../../../app/session';
import { AppModal } from '../../../components/app-modal';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { SaveProblem } from '../../../components/save-problem';
import { useUrlFilters } from '../../../hooks/use-url-filters';
import { useMonth, usePublish } from '../api/month';
import { CellEditor } from './cell-editor';
import { CopyWeekDialog, PatternDialog } from './plan-dialogs';
import { cellId, RotaGrid } from './rota-grid';
import { formatMonth } from './rota-text';
import { useRotaLookup } from './use-rota-lookup';
import { ViolationList } from './violation-list';
import { AutofillControls, useLocks } from '../autofill/autofill-controls';
import { MyShifts } from '../swaps/my-shifts';

/** Two months' views as one (a week across a month end). */
function merge(a: MonthView | undefined, b: MonthView | undefined): MonthView | undefined {
  if (!a || !b || a === b) return a;
  const staff = new Map([...a.staff, ...b.staff].map((s) => [s.id, s]));
  return {
    ...a,
    staff: [...staff.values()],
    entries: [...a.entries, ...b.entries],
    violations: [...a.violations, ...b.violations],
  };
}

export function RotaPage() {
  const { t } = useTranslation();
  const planner = useCan('rota.plan');
  const [params, update] = useUrlFilters();
  const today = centreDay();
  const month = monthKeySchema.safeParse(params.get('month')).data ?? today.slice(0, 7);
  const view = params.get('view') === 'week' ? 'week' : 'month';
  const week = mondayOf(
    params.get('week') && /^\d{4}-\d{2}-\d{2}$/.test(params.get('week')!)
      ? params.get('week')!
      : today.startsWith(month)
        ? today
        : `${month}-01`,
  );
  const query = useMonth(view === 'week' ? week.slice(0, 7) : month);
  const tail = useMonth(view === 'week' ? addDays(week, 6).slice(0, 7) : month);
  const data = view === 'week' ? merge(query.data, tail.data) : query.data;
  const { lookup, holidays, ready } = useRotaLookup(data?.staff, month.slice(0, 4));
  const [open, setOpen] = useState<{ staffId: string; day: string; clear?: boolean } | null>(null);
  const [dialog, setDialog] = useState<'copy' | 'pattern' | 'publish' | null>(null);
  const publish = usePublish(month);
  const locks = useLocks(month, planner);
  const days =
    view === 'week' ? Array.from({ length: 7 }, (_, i) => addDays(week, i)) : monthDays(month);
  const hidden = data && !planner && data.state !== 'published';
  const errors = data?.violations.filter((v) => v.severity === 'error').length ?? 0;

  const pick = (v: Violation) => {
    if (v.staffId) document.getElementById(cellId(v.staffId, v.day))?.focus();
    else
      document
        .querySelector<HTMLElement>(`[data-day="${v.day}"]`)
        ?.scrollIntoView({ block: 'nearest', inline: 'center' });
  };
  const goMonth = (m: string) => update({ month: m === today.slice(0, 7) ? null : m, week: null });
  const goWeek = (w: string) =>
    update({ week: w, month: w.slice(0, 7) === today.slice(0, 7) ? null : w.slice(0, 7) });
  const person = open ? data?.staff.find((s) => s.id === open.staffId) : undefined;

  return (
    <>
      <PageHeader
        title={t('rota.title')}
        description={t(planner ? 'rota.introPlanner' : 'rota.introStaff')}
        actions={
          <>
            {planner ? (
              <>
                <Button variant="default" component={Link} to={paths.rotaSettings.href()}>
                  {t('rota.settings.title')}
                </Button>
                <Button variant="default" onClick={() => setDialog('copy')}>
                  {t('rota.bulk.copyTitle')}
                </Button>
                <Button variant="default" onClick={() => setDialog('pattern')}>
                  {t('rota.bulk.patternTitle')}
                </Button>
                <AutofillControls month={month} lookup={lookup} locks={locks} />
              </>
            ) : null}
            <Button variant="default" component={Link} to={paths.rotaLeave.href()}>
              {t('rota.leave.title')}
            </Button>
            <Button variant="default" component={Link} to={paths.rotaTimesheets.href(month)}>
              {t('rota.timesheets')}
            </Button>
            <Button variant="default" component={Link} to={paths.rotaSwaps.href()}>
              {t('rotaSwaps.title')}
            </Button>
            <Button
              variant="default"
              component={Link}
              to={paths.rotaPrint.href(month)}
              leftSection={<IconPrinter size={18} aria-hidden />}
            >
              {t('rota.print')}
            </Button>
            {planner && data?.state === 'draft' && view === 'month' ? (
              <Button
                leftSection={<IconSend size={18} aria-hidden />}
                onClick={() => setDialog('publish')}
              >
                {t('rota.publish')}
              </Button>
            ) : null}
          </>
        }
      />
      <Group mb="md" gap="sm" className="no-print">
        <Button
          variant="default"
          aria-label={t('rota.previous')}
          onClick={() =>
            view === 'week' ? goWeek(addDays(week, -7)) : goMonth(addMonths(month, -1))
          }
        >
          <IconChevronLeft size={18} aria-hidden />
        </Button>
        <Text fw={700} fz="lg" miw={190} ta="center" aria-live="polite">
          {view === 'week'
            ? t('rota.weekOf', {
                day: `${week.slice(8, 10)}/${week.slice(5, 7)}/${week.slice(0, 4)}`,
              })
            : t('rota.monthLabel', { month: formatMonth(month) })}
        </Text>
        <Button
          variant="default"
          aria-label={t('rota.next')}
          onClick={() =>
            view === 'week' ? goWeek(addDays(week, 7)) : goMonth(addMonths(month, 1))
          }
        >
          <IconChevronRight size={18} aria-hidden />
        </Button>
        <SegmentedControl
          value={view}
          onChange={(v) =>
            update({ view: v === 'week' ? 'week' : null, week: v === 'week' ? week : null })
          }
          data={[
            { value: 'month', label: t('rota.viewMonth') },
            { value: 'week', label: t('rota.viewWeek') },
          ]}
        />
        {data ? (
          <Badge
            size="lg"
            variant="dot"
            color={data.state === 'published' ? 'green.9' : 'orange.9'}
          >
            {t(`rota.states.${data.state}`)}
          </Badge>
        ) : null}
        {query.isFetching || tail.isFetching ? (
          <Loader size="xs" aria-label={t('common.loading')} />
        ) : null}
      </Group>
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {hidden ? (
        <Alert color="blue" title={t('rota.notPublishedTitle')}>
          {t('rota.notPublished')}
        </Alert>
      ) : null}
      {!planner && query.data && ready && !hidden ? (
        <MyShifts month={query.data} lookup={lookup} />
      ) : null}
      {data && ready && !hidden ? (
        data.staff.length === 0 ? (
          <Text c="dimmed">{t('rota.empty')}</Text>
        ) : (
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: planner ? 'minmax(0, 1fr) 320px' : 'minmax(0, 1fr)',
              gap: 'var(--mantine-spacing-md)',
              alignItems: 'start',
            }}
          >
            <RotaGrid
              days={days}
              staff={data.staff}
              entries={data.entries}
              violations={data.violations}
              holidays={holidays}
              lookup={lookup}
              hours={new Map(view === 'month' ? data.hours.map((h) => [h.staffId, h]) : [])}
              onOpen={
                planner
                  ? (s, d) => (locks.mode ? locks.toggle(s, d) : setOpen({ staffId: s, day: d }))
                  : null
              }
              locked={locks.cells}
              onToggleLock={locks.toggle}
              onClear={(staffId, day) => setOpen({ staffId, day, clear: true })}
            />
            {planner ? (
              <ViolationList
                violations={data.violations.filter((v) => days.includes(v.day))}
                lookup={lookup}
                onPick={pick}
              />
            ) : null}
          </div>
        )
      ) : null}
      {planner && query.data && ready && !hidden ? (
        <MyShifts month={query.data} lookup={lookup} />
      ) : null}
      {open && person ? (
        <CellEditor
          month={open.day.slice(0, 7)}
          person={person}
          day={open.day}
          entries={data!.entries.filter((e) => e.staffId === open.staffId && e.day === open.day)}
          lookup={lookup}
          askClear={open.clear}
          onClose={() => {
            setOpen(null);
            setTimeout(() => document.getElementById(cellId(open.staffId, open.day))?.focus(), 0);
          }}
        />
      ) : null}
      {dialog === 'copy' ? (
        <CopyWeekDialog month={month} week={week} lookup={lookup} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'pattern' && data ? (
        <PatternDialog
          month={month}
          staff={data.staff}
          lookup={lookup}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'publish' && data ? (
        <AppModal
          onClose={() => setDialog(null)}
          title={t('rota.publishTitle', { month: formatMonth(month) })}
          size="md"
        >
          <Text mb="sm">{t('rota.publishBody')}</Text>
          {errors ? (
            <Alert color="red" mb="sm" role="alert">
              {t('rota.publishWithErrors', { count: errors })}
            </Alert>
          ) : null}
          <SaveProblem
            stale={isApiError(publish.error, 'stale_version')}
            error={publish.error}
            onReload={() => {
              publish.reset();
              void query.refetch();
            }}
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={publish.isPending}
              onClick={() => publish.mutate(data.version, { onSuccess: () => setDialog(null) })}
            >
              {t('rota.publish')}
            </Button>
          </Group>
        </AppModal>
      ) : null}
    </>
  );
}
