// The family tab: relatives and guardians, the reintegration plan (family assessment, steps,
// return, follow-up visits after return), and the log of visits and calls.
import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { centreDay, formatDay } from '@care/shared/dates';
import { contactKinds, reintegrationStages, type FamilyView } from '@care/shared/family';
import { ApiError } from '../../../app/api-client';
import { errorMessage, isApiError } from '../../../app/errors';
import { useCan } from '../../../app/session';
import { QueryError } from '../../../components/query-error';
import { useContacts, useFamily, useLogContact, useSaveFamily } from '../api/family';

function FamilyEditor({ residentId, family }: { residentId: string; family: FamilyView }) {
  const { t } = useTranslation();
  const canWrite = useCan('family.write');
  const save = useSaveFamily(residentId);
  const [draft, setDraft] = useState(family);
  const r = draft.reintegration;
  const setR = (patch: Partial<FamilyView['reintegration']>) =>
    setDraft({ ...draft, reintegration: { ...r, ...patch } });
  const fields: Record<string, string> = save.error instanceof ApiError ? save.error.fields : {};
  const submit = () =>
    save.mutate(
      { ...draft, version: family.version },
      { onSuccess: () => notifications.show({ color: 'green', message: t('family.saved') }) },
    );
  return (
    <Stack gap="md">
      {save.error && Object.keys(fields).length === 0 ? (
        <Alert color={isApiError(save.error, 'stale_version') ? 'orange' : 'red'} role="alert">
          {isApiError(save.error, 'stale_version')
            ? t('record.stale')
            : errorMessage(t, save.error)}
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          {t('family.members')}
        </Title>
        {draft.members.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('family.noMembers')}
          </Text>
        ) : null}
        {draft.members.map((m, i) => (
          <Group key={i} align="flex-end" mb="xs" wrap="wrap">
            {(['name', 'relation', 'phone', 'address'] as const).map((k) => (
              <TextInput
                key={k}
                label={t(`family.${k}`)}
                value={m[k]}
                readOnly={!canWrite}
                error={fields[`members.${i}.${k}`]}
                onChange={(e) => {
                  const members = [...draft.members];
                  members[i] = { ...m, [k]: e.currentTarget.value };
                  setDraft({ ...draft, members });
                }}
              />
            ))}
            <Checkbox
              label={t('family.guardian')}
              checked={m.isGuardian}
              disabled={!canWrite}
              onChange={(e) => {
                const members = [...draft.members];
                members[i] = { ...m, isGuardian: e.currentTarget.checked };
                setDraft({ ...draft, members });
              }}
            />
            {canWrite ? (
              <Button
                variant="subtle"
                color="red"
                onClick={() =>
                  setDraft({ ...draft, members: draft.members.filter((_, j) => j !== i) })
                }
              >
                {t('common.remove')}
              </Button>
            ) : null}
          </Group>
        ))}
        {canWrite ? (
          <Button
            variant="default"
            onClick={() =>
              setDraft({
                ...draft,
                members: [
                  ...draft.members,
                  { name: '', relation: '', phone: '', address: '', isGuardian: false, note: '' },
                ],
              })
            }
          >
            {t('family.addMember')}
          </Button>
        ) : null}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          {t('family.reintegration')}
        </Title>
        <Stack gap="sm">
          <Select
            label={t('family.stage')}
            data={reintegrationStages.map((s) => ({ value: s, label: t(`family.stages.${s}`) }))}
            value={r.stage}
            onChange={(v) => v && setR({ stage: v as typeof r.stage })}
            allowDeselect={false}
            readOnly={!canWrite}
          />
          <Textarea
            label={t('family.assessment')}
            value={r.familyAssessment}
            readOnly={!canWrite}
            autosize
            minRows={2}
            onChange={(e) => setR({ familyAssessment: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('family.assessedOn')}
            value={r.assessedOn ?? ''}
            readOnly={!canWrite}
            error={fields['reintegration.assessedOn']}
            onChange={(e) => setR({ assessedOn: e.currentTarget.value || null })}
          />
          <Text fw={600} size="sm">
            {t('family.steps')}
          </Text>
          {r.steps.map((s, i) => (
            <Group key={s.id || i} align="flex-end" wrap="wrap">
              <TextInput
                label={t('family.step')}
                value={s.step}
                readOnly={!canWrite}
                onChange={(e) =>
                  setR({
                    steps: r.steps.map((x, j) =>
                      j === i ? { ...x, step: e.currentTarget.value } : x,
                    ),
                  })
                }
              />
              <TextInput
                type="date"
                label={t('family.dueDate')}
                value={s.dueDate}
                readOnly={!canWrite}
                onChange={(e) =>
                  setR({
                    steps: r.steps.map((x, j) =>
                      j === i ? { ...x, dueDate: e.currentTarget.value } : x,
                    ),
                  })
                }
              />
              <Checkbox
                label={t('family.done')}
                checked={s.doneOn !== null}
                disabled={!canWrite}
                onChange={(e) =>
                  setR({
                    steps: r.steps.map((x, j) =>
                      j === i ? { ...x, doneOn: e.currentTarget.checked ? centreDay() : null } : x,
                    ),
                  })
                }
              />
            </Group>
          ))}
          {canWrite ? (
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  setR({
                    steps: [...r.steps, { id: '', step: '', dueDate: centreDay(), doneOn: null }],
                  })
                }
              >
                {t('family.addStep')}
              </Button>
            </Group>
          ) : null}
          <TextInput
            type="date"
            label={t('family.returnedOn')}
            value={r.returnedOn ?? ''}
            readOnly={!canWrite}
            error={fields['reintegration.returnedOn']}
            onChange={(e) => setR({ returnedOn: e.currentTarget.value || null })}
          />
          <Text fw={600} size="sm">
            {t('family.followUpVisits')}
          </Text>
          {fields['reintegration.followUpVisits'] ? (
            <Text c="red.9" size="sm" role="alert">
              {fields['reintegration.followUpVisits']}
            </Text>
          ) : null}
          {r.followUpVisits.map((v, i) => (
            <Group key={v.id || i} align="flex-end" wrap="wrap">
              <TextInput
                type="date"
                label={t('family.visitDate')}
                value={v.date}
                readOnly={!canWrite}
                onChange={(e) =>
                  setR({
                    followUpVisits: r.followUpVisits.map((x, j) =>
                      j === i ? { ...x, date: e.currentTarget.value } : x,
                    ),
                  })
                }
              />
              <TextInput
                label={t('family.visitBy')}
                value={v.by}
                readOnly={!canWrite}
                onChange={(e) =>
                  setR({
                    followUpVisits: r.followUpVisits.map((x, j) =>
                      j === i ? { ...x, by: e.currentTarget.value } : x,
                    ),
                  })
                }
              />
              <TextInput
                label={t('family.finding')}
                value={v.finding}
                readOnly={!canWrite}
                style={{ flex: 1 }}
                onChange={(e) =>
                  setR({
                    followUpVisits: r.followUpVisits.map((x, j) =>
                      j === i ? { ...x, finding: e.currentTarget.value } : x,
                    ),
                  })
                }
              />
            </Group>
          ))}
          {canWrite ? (
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  setR({
                    followUpVisits: [
                      ...r.followUpVisits,
                      { id: '', date: centreDay(), by: '', finding: '' },
                    ],
                  })
                }
              >
                {t('family.addVisit')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Paper>
      {canWrite ? (
        <Group justify="flex-end">
          <Button
            onClick={submit}
            loading={save.isPending}
            disabled={isApiError(save.error, 'stale_version')}
          >
            {t('common.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function ContactLog({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const contacts = useContacts(residentId);
  const log = useLogContact(residentId);
  const canLog = useCan('family.log');
  const [entry, setEntry] = useState({
    kind: 'visit_at_centre' as (typeof contactKinds)[number],
    on: centreDay(),
    withWhom: '',
    note: '',
  });
  const fields: Record<string, string> = log.error instanceof ApiError ? log.error.fields : {};
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {t('family.contacts')}
      </Title>
      {canLog ? (
        <Group align="flex-end" mb="md" wrap="wrap">
          <Select
            label={t('family.contactKind')}
            data={contactKinds.map((k) => ({ value: k, label: t(`family.contactKinds.${k}`) }))}
            value={entry.kind}
            onChange={(v) => v && setEntry({ ...entry, kind: v as typeof entry.kind })}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={t('family.on')}
            value={entry.on}
            max={centreDay()}
            error={fields.on}
            onChange={(e) => setEntry({ ...entry, on: e.currentTarget.value })}
          />
          <TextInput
            label={t('family.withWhom')}
            value={entry.withWhom}
            error={fields.withWhom}
            onChange={(e) => setEntry({ ...entry, withWhom: e.currentTarget.value })}
          />
          <TextInput
            label={t('family.note')}
            value={entry.note}
            style={{ flex: 1 }}
            onChange={(e) => setEntry({ ...entry, note: e.currentTarget.value })}
          />
          <Button
            loading={log.isPending}
            onClick={() =>
              log.mutate(entry, { onSuccess: () => setEntry({ ...entry, withWhom: '', note: '' }) })
            }
          >
            {t('family.log')}
          </Button>
        </Group>
      ) : null}
      {contacts.isError ? (
        <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : null}
      {contacts.data?.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('family.noContacts')}
        </Text>
      ) : null}
      {contacts.data?.data.length ? (
        <Table>
          <Table.Tbody>
            {contacts.data.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{formatDay(c.on)}</Table.Td>
                <Table.Td>
                  <Badge color="grape">{t(`family.contactKinds.${c.kind}`)}</Badge>
                </Table.Td>
                <Table.Td>{c.withWhom}</Table.Td>
                <Table.Td>{c.note}</Table.Td>
                <Table.Td>{c.by}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Paper>
  );
}

export function FamilyTab({ residentId }: { residentId: string }) {
  const family = useFamily(residentId);
  return (
    <Stack gap="md">
      {family.isError ? (
        <QueryError error={family.error} onRetry={() => void family.refetch()} />
      ) : null}
      {family.data ? (
        <FamilyEditor key={family.data.version} residentId={residentId} family={family.data} />
      ) : null}
      <ContactLog residentId={residentId} />
    </Stack>
  );
}
