// /rota/leave: ask for leave (everyone on duty), see one's requests; managers see the centre's,
// approve or refuse the open ones; a request can be cancelled by the one who asked.
import '../i18n/catalogues';
import {
  Badge,
  Button,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '@care/shared/dates';
import { leaveKinds, type LeaveView } from '@care/shared/rota';
import { ApiError } from '../../../app/api-client';
import { useFieldError } from '../../../app/i18n/form-errors';
import { paths } from '../../../app/paths';
import { useCan, useCurrentUser } from '../../../app/session';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { InlineForm } from '../../../components/inline-form';
import { PageHeader } from '../../../components/page-header';
import { SettingsTable } from '../../../components/settings-table';
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
          <InlineForm
            submitLabel={t('rota.leave.request')}
            loading={change.isPending}
            error={change.error && !Object.keys(fields).length ? change.error : null}
            onSubmit={() =>
              change.mutate(
                { kind: 'request', body: form },
                { onSuccess: () => setForm({ kind: 'annual', from: '', to: '', note: '' }) },
              )
            }
          >
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
          </InlineForm>
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
        <SettingsTable
          label={t('rota.leave.label')}
          minWidth={720}
          rows={leave.data?.data}
          rowKey={(l) => l.id}
          empty={t('rota.leave.empty')}
          columns={[
            { head: t('rota.leave.staff'), cell: (l) => l.staffName },
            { head: t('rota.leave.kind'), cell: (l) => t(`rota.leaveKinds.${l.kind}`) },
            {
              head: t('rota.leave.dates'),
              cell: (l) => (
                <>
                  {formatDay(l.from)} – {formatDay(l.to)}
                </>
              ),
            },
            { head: t('rota.leave.note'), cell: (l) => l.note },
            {
              head: t('rota.leave.status'),
              cell: (l) => (
                <>
                  <Badge variant="dot" color={statusColor[l.status]}>
                    {t(`rota.leave.statuses.${l.status}`)}
                  </Badge>
                  {l.decidedBy ? (
                    <Text size="xs" c="dimmed">
                      {l.decidedBy.fullName}
                    </Text>
                  ) : null}
                </>
              ),
            },
          ]}
          actions={(l) => (
            <>
              {approver && l.status === 'requested' ? (
                <>
                  <Button size="xs" onClick={() => setDeciding({ leave: l, decision: 'approved' })}>
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
            </>
          )}
        />
      </Stack>
      {deciding ? (
        <ConfirmDialog
          onClose={() => setDeciding(null)}
          title={t(`rota.leave.confirm.${deciding.decision}`)}
          message={t('rota.leave.confirmBody', {
            name: deciding.leave.staffName,
            from: formatDay(deciding.leave.from),
            to: formatDay(deciding.leave.to),
          })}
          error={change.error}
          loading={change.isPending}
          confirmLabel={t(`rota.leave.do.${deciding.decision}`)}
          onConfirm={() =>
            change.mutate(
              {
                kind: 'decide',
                id: deciding.leave.id,
                body: { version: deciding.leave.version, decision: deciding.decision },
              },
              { onSuccess: () => setDeciding(null) },
            )
          }
        />
      ) : null}
    </>
  );
}
