// /rota/leave: ask for leave (everyone on duty), see one's requests; managers see the centre's,
// approve or refuse the open ones; a request can be cancelled by the one who asked.
import '../i18n/catalogues';
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '@care/shared/dates';
import { leaveKinds, type LeaveView } from '@care/shared/rota';
import { ApiError } from '../../../app/api-client';
import { errorMessage } from '../../../app/errors';
import { useFieldError } from '../../../app/i18n/form-errors';
import { paths } from '../../../app/paths';
import { useCan, useCurrentUser } from '../../../app/session';
import { AppModal } from '../../../components/app-modal';
import { PageHeader } from '../../../components/page-header';
import { useLeave, useLeaveChange } from '../api/staff';

const statusColor = {
  requested: 'orange.9',
  approved: 'green.9',
  refused: 'red.9',
  cancelled: 'gray.7',
} as const;

export function LeavePage() {
  const { t } = useTranslation();
  const approver = useCan('rota.leave_approve');
  const me = useCurrentUser();
  const [status, setStatus] = useState<string>(approver ? 'requested' : 'all');
  const leave = useLeave(status === 'all' ? {} : { status });
  const change = useLeaveChange();
  const fieldError = useFieldError();
  const [form, setForm] = useState({ kind: 'annual', from: '', to: '', note: '' });
  const [deciding, setDeciding] = useState<{
    leave: LeaveView;
    decision: 'approved' | 'refused' | 'cancelled';
  } | null>(null);
  const fields = change.error instanceof ApiError ? change.error.fields : {};
  return (
    <>
      <PageHeader
        title={t('rota.leave.title')}
        description={t(approver ? 'rota.leave.introApprover' : 'rota.leave.intro')}
        actions={
          <Button variant="default" component={Link} to={paths.rota.href()}>
            {t('rota.backToPlanner')}
          </Button>
        }
      />
      <Stack>
        <Paper withBorder p="md">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              change.mutate(
                { kind: 'request', body: form },
                { onSuccess: () => setForm({ kind: 'annual', from: '', to: '', note: '' }) },
              );
            }}
          >
            <Group align="flex-end">
              <Select
                label={t('rota.leave.kind')}
                w={160}
                data={leaveKinds.map((k) => ({ value: k, label: t(`rota.leaveKinds.${k}`) }))}
                value={form.kind}
                allowDeselect={false}
                onChange={(v) => v && setForm({ ...form, kind: v })}
              />
              <TextInput
                type="date"
                label={t('rota.leave.from')}
                value={form.from}
                onChange={(e) => setForm({ ...form, from: e.currentTarget.value })}
                error={fieldError(fields.from)}
              />
              <TextInput
                type="date"
                label={t('rota.leave.to')}
                value={form.to}
                onChange={(e) => setForm({ ...form, to: e.currentTarget.value })}
                error={fieldError(fields.to)}
              />
              <TextInput
                label={t('rota.leave.note')}
                value={form.note}
                onChange={(e) => setForm({ ...form, note: e.currentTarget.value })}
              />
              <Button type="submit" loading={change.isPending}>
                {t('rota.leave.request')}
              </Button>
            </Group>
            {change.error && !Object.keys(fields).length ? (
              <Text c="red.9" role="alert" mt="xs">
                {errorMessage(t, change.error)}
              </Text>
            ) : null}
          </form>
        </Paper>
        <SegmentedControl
          w="fit-content"
          value={status}
          onChange={setStatus}
          data={['requested', 'approved', 'refused', 'all'].map((s) => ({
            value: s,
            label: t(`rota.leave.filter.${s}`),
          }))}
        />
        <Paper withBorder>
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label={t('rota.leave.label')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rota.leave.staff')}</Table.Th>
                  <Table.Th>{t('rota.leave.kind')}</Table.Th>
                  <Table.Th>{t('rota.leave.dates')}</Table.Th>
                  <Table.Th>{t('rota.leave.note')}</Table.Th>
                  <Table.Th>{t('rota.leave.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {leave.data?.data.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text c="dimmed">{t('rota.leave.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
                {leave.data?.data.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>{l.staffName}</Table.Td>
                    <Table.Td>{t(`rota.leaveKinds.${l.kind}`)}</Table.Td>
                    <Table.Td>
                      {formatDay(l.from)} – {formatDay(l.to)}
                    </Table.Td>
                    <Table.Td>{l.note}</Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={statusColor[l.status]}>
                        {t(`rota.leave.statuses.${l.status}`)}
                      </Badge>
                      {l.decidedBy ? (
                        <Text size="xs" c="dimmed">
                          {l.decidedBy.fullName}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {approver && l.status === 'requested' ? (
                        <>
                          <Button
                            size="xs"
                            onClick={() => setDeciding({ leave: l, decision: 'approved' })}
                          >
                            {t('rota.leave.approve')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            c="red.9"
                            onClick={() => setDeciding({ leave: l, decision: 'refused' })}
                          >
                            {t('rota.leave.refuse')}
                          </Button>
                        </>
                      ) : null}
                      {(l.staffId === me.id || approver) &&
                      (l.status === 'requested' || l.status === 'approved') ? (
                        <Button
                          size="xs"
                          variant="default"
                          c="gray.8"
                          onClick={() => setDeciding({ leave: l, decision: 'cancelled' })}
                        >
                          {t('rota.leave.cancel')}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      </Stack>
      {deciding ? (
        <AppModal
          onClose={() => setDeciding(null)}
          title={t(`rota.leave.confirm.${deciding.decision}`)}
          size="sm"
        >
          <Text>
            {t('rota.leave.confirmBody', {
              name: deciding.leave.staffName,
              from: formatDay(deciding.leave.from),
              to: formatDay(deciding.leave.to),
            })}
          </Text>
          {change.error ? (
            <Text c="red.9" role="alert" mt="xs">
              {errorMessage(t, change.error)}
            </Text>
          ) : null}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setDeciding(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={change.isPending}
              onClick={() =>
                change.mutate(
                  {
                    kind: 'decide',
                    id: deciding.leave.id,
                    body: { version: deciding.leave.version, decision: deciding.decision },
                  },
                  { onSuccess: () => setDeciding(null) },
                )
              }
            >
              {t(`rota.leave.do.${deciding.decision}`)}
            </Button>
          </Group>
        </AppModal>
      ) : null}
    </>
  );
}
