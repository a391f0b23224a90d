// /duty: the duty desk for the shared tablet. Per unit, the shifts running now with their staff,
// big buttons to start (check-in) and end (check-out) a shift, the handover's state, and one tap
// to the unit's residents present and the shift's notes. Managers see the flags (late or missing
// check-ins, unacknowledged handovers, open tasks) and may let a shift end without a handover.
import '../i18n/catalogues';
import { useState } from 'react';
import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconLogin,
  IconLogout,
  IconNotebook,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '@care/shared/dates';
import type { DutyFlag, DutyNowView } from '@care/shared/duty';
import { isApiError, errorMessage } from '../../../app/errors';
import { paths } from '../../../app/paths';
import { useCan, useCurrentUser } from '../../../app/session';
import { NoteDialog } from '../../../components/note-dialog';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { Section } from '../../../components/section';
import { useCheckIn, useCheckOut, useCoverCheckIn, useDutyNow } from '../api/duty';
import { timeOf } from './duty-text';

type Unit = DutyNowView['units'][number];
type Shift = Unit['shifts'][number];
type Person = Shift['staff'][number];

export function DutyDeskPage() {
  const { t } = useTranslation();
  const query = useDutyNow();
  const manager = useCan('duty.manage');
  const data = query.data;
  return (
    <>
      <PageHeader
        title={t('duty.title')}
        description={
          data ? `${t('duty.intro')} ${t('duty.now', { time: timeOf(data.now) })}` : t('duty.intro')
        }
        actions={
          <Button variant="default" component={Link} to={paths.dutyBook.href()}>
            {t('duty.handoverBook')}
          </Button>
        }
      />
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {data && manager ? <Flags data={data} /> : null}
      {data && data.units.length === 0 ? <Text c="dimmed">{t('duty.noUnits')}</Text> : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {data?.units.map((unit) => (
          <UnitCard key={unit.id} unit={unit} />
        ))}
      </SimpleGrid>
    </>
  );
}

function Flags({ data }: { data: DutyNowView }) {
  const { t } = useTranslation();
  const unitName = new Map(data.units.map((u) => [u.id, u.name]));
  const shiftName = new Map(
    data.units.flatMap((u) => u.shifts.map((s) => [s.templateId, s.templateName] as const)),
  );
  const text = (f: DutyFlag) =>
    t(`duty.flags.${f.kind}`, {
      staff: f.staffName ?? '',
      minutes: f.minutes ?? 0,
      count: f.count ?? 0,
      unit: unitName.get(f.unitId) ?? '',
      shift: f.templateName || shiftName.get(f.templateId) || '',
      day: formatDay(f.day),
    });
  return (
    <Section
      title={t('duty.flagsTitle')}
      icon={<IconAlertTriangle aria-hidden color="var(--mantine-color-orange-9)" />}
      titleGap="xs"
      mb="lg"
      style={{ borderColor: data.flags.length ? 'var(--mantine-color-orange-7)' : undefined }}
    >
      {data.flags.length === 0 ? (
        <Text size="sm">{t('duty.noFlags')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {data.flags.map((f, i) => (
            <List.Item key={`${f.kind}-${f.staffId ?? f.handoverId ?? i}-${f.templateId}-${f.day}`}>
              {f.handoverId ? (
                <Link
                  to={paths.dutyHandover.href({
                    unitId: f.unitId,
                    templateId: f.templateId,
                    day: f.day,
                  })}
                >
                  {text(f)}
                </Link>
              ) : (
                text(f)
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

function UnitCard({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const canResidents = useCan('residents.list');
  const canNotes = useCan('notes.read');
  const residentsHref = unit.residentUnit
    ? `${paths.residents.href()}?${new URLSearchParams({ unit: unit.residentUnit, status: 'in_care' })}`
    : null;
  return (
    <Card withBorder padding="lg" component="section" aria-label={unit.name}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3">
          {unit.name}
        </Title>
        <Group gap="xs">
          {residentsHref && canResidents ? (
            <Button
              variant="default"
              component={Link}
              to={residentsHref}
              leftSection={<IconUsersGroup size={18} aria-hidden />}
            >
              {t('duty.residentsPresent')}
            </Button>
          ) : null}
          {canNotes && unit.residentUnit ? (
            <Button
              variant="default"
              component={Link}
              to={paths.shift.href()}
              leftSection={<IconNotebook size={18} aria-hidden />}
            >
              {t('duty.shiftNotes')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {unit.shifts.length === 0 ? <Text c="dimmed">{t('duty.noShift')}</Text> : null}
      <Stack gap="md">
        {unit.shifts.map((shift) => (
          <ShiftBlock key={`${shift.templateId}/${shift.day}`} unitId={unit.id} shift={shift} />
        ))}
      </Stack>
    </Card>
  );
}

function ShiftBlock({ unitId, shift }: { unitId: string; shift: Shift }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [covering, setCovering] = useState(false);
  const onShift = shift.staff.some((p) => p.staffId === me.id);
  const instance = { unitId, templateId: shift.templateId, day: shift.day };
  return (
    <Stack
      gap="xs"
      p="sm"
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
    >
      <Group justify="space-between" wrap="wrap">
        <div>
          <Text fw={700} size="lg">
            {shift.templateName}
          </Text>
          <Text size="sm" c="dimmed">
            {formatDay(shift.day)} ·{' '}
            {t('duty.shiftTime', { start: timeOf(shift.start), end: timeOf(shift.end) })}
          </Text>
        </div>
        <Badge
          variant={shift.handoverStatus === 'none' ? 'outline' : 'dot'}
          color={
            shift.handoverStatus === 'acknowledged'
              ? 'teal'
              : shift.handoverStatus === 'written'
                ? 'blue'
                : 'gray'
          }
          size="lg"
        >
          {t(`duty.handoverStatus.${shift.handoverStatus}`)}
        </Badge>
      </Group>
      <Stack gap={6} role="list" aria-label={t('duty.staffList')}>
        {shift.staff.map((p) => (
          <StaffRow key={`${p.staffId}-${p.entryId ?? 'cover'}`} person={p} shift={shift} />
        ))}
      </Stack>
      <Group gap="xs" wrap="wrap">
        <Button
          size="md"
          variant={shift.handoverId ? 'default' : 'filled'}
          component={Link}
          to={paths.dutyHandover.href(instance)}
        >
          {shift.handoverId ? t('duty.handoverOpen') : t('duty.handoverWrite')}
        </Button>
        {!onShift ? (
          <Button size="md" variant="subtle" onClick={() => setCovering(true)}>
            {t('duty.coverAction')}
          </Button>
        ) : null}
      </Group>
      {covering ? (
        <CoverDialog
          instance={instance}
          shiftName={shift.templateName}
          onClose={() => setCovering(false)}
        />
      ) : null}
    </Stack>
  );
}

function StaffRow({ person, shift }: { person: Person; shift: Shift }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const manager = useCan('duty.manage');
  const checkIn = useCheckIn();
  const checkOut = useCheckOut();
  const [override, setOverride] = useState(false);
  const a = person.attendance;
  const mayAct = person.staffId === me.id || manager;
  const fail = (error: unknown) => {
    if (manager && isApiError(error, 'handover_missing')) setOverride(true);
    else notifications.show({ color: 'red', message: errorMessage(t, error) });
  };
  return (
    <Group justify="space-between" wrap="wrap" role="listitem" gap="xs">
      <div>
        <Text fw={600}>{person.staffName}</Text>
        <Group gap={6}>
          {!a ? (
            <Badge variant="outline" color="gray">
              {t('duty.notCheckedIn')}
            </Badge>
          ) : a.checkOutAt ? (
            <Badge color="gray">{t('duty.checkedOutAt', { time: timeOf(a.checkOutAt) })}</Badge>
          ) : (
            <Badge color="teal">{t('duty.checkedInAt', { time: timeOf(a.checkInAt) })}</Badge>
          )}
          {a && a.lateMinutes > 0 ? (
            <Badge color="orange">{t('duty.lateBy', { minutes: a.lateMinutes })}</Badge>
          ) : null}
          {a?.cover ? <Badge variant="dot">{t('duty.cover')}</Badge> : null}
        </Group>
      </div>
      {mayAct && !a && person.entryId ? (
        <Button
          size="lg"
          leftSection={<IconLogin aria-hidden />}
          loading={checkIn.isPending}
          onClick={() =>
            checkIn.mutate(person.entryId!, {
              onSuccess: () => notifications.show({ color: 'teal', message: t('duty.checkedIn') }),
              onError: fail,
            })
          }
          aria-label={`${t('duty.checkIn')} — ${person.staffName}`}
        >
          {t('duty.checkIn')}
        </Button>
      ) : null}
      {mayAct && a && !a.checkOutAt ? (
        <Button
          size="lg"
          color="red"
          variant="outline"
          leftSection={<IconLogout aria-hidden />}
          loading={checkOut.isPending}
          onClick={() =>
            checkOut.mutate(
              { attendanceId: a.id, version: a.version },
              {
                onSuccess: () =>
                  notifications.show({ color: 'teal', message: t('duty.checkedOut') }),
                onError: fail,
              },
            )
          }
          aria-label={`${t('duty.checkOut')} — ${person.staffName}`}
        >
          {t('duty.checkOut')}
        </Button>
      ) : null}
      {override && a ? (
        <OverrideDialog
          attendanceId={a.id}
          version={a.version}
          shiftName={shift.templateName}
          onClose={() => setOverride(false)}
        />
      ) : null}
    </Group>
  );
}

function OverrideDialog(props: {
  attendanceId: string;
  version: number;
  shiftName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const checkOut = useCheckOut();
  return (
    <NoteDialog
      title={t('duty.overrideTitle')}
      intro={t('duty.overrideIntro')}
      label={t('duty.overrideReason')}
      cancelLabel={t('handover.cancel')}
      submitLabel={t('duty.overrideSubmit')}
      color="red"
      minLength={3}
      loading={checkOut.isPending}
      error={checkOut.error}
      onClose={props.onClose}
      onSubmit={(reason) =>
        checkOut.mutate(
          { attendanceId: props.attendanceId, version: props.version, override: reason },
          { onSuccess: props.onClose },
        )
      }
    />
  );
}

function CoverDialog(props: {
  instance: { unitId: string; templateId: string; day: string };
  shiftName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const cover = useCoverCheckIn();
  return (
    <NoteDialog
      title={t('duty.coverTitle', { shift: props.shiftName })}
      label={t('duty.coverNote')}
      cancelLabel={t('handover.cancel')}
      submitLabel={t('duty.coverSubmit')}
      minLength={1}
      loading={cover.isPending}
      error={cover.error}
      onClose={props.onClose}
      onSubmit={(note) => cover.mutate({ ...props.instance, note }, { onSuccess: props.onClose })}
    />
  );
}
