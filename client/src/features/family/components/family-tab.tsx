// The family tab: relatives and guardians, the reintegration plan (family assessment, steps,
// return, follow-up visits after return), and the log of visits and calls.
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { centreDay } from '@care/shared/dates';
import { reintegrationStages, type FamilyView } from '@care/shared/family';
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { useCan } from '../../../app/session';
import { ListEditor } from '../../../components/list-editor';
import { QueryError } from '../../../components/query-error';
import { SaveProblem } from '../../../components/save-problem';
import { useFamily, useSaveFamily } from '../api/family';
import { ContactLog } from './contact-log';

type Reintegration = FamilyView['reintegration'];
const blankMember = { name: '', relation: '', phone: '', address: '', isGuardian: false, note: '' };

type EditorProps = {
  residentId: string;
  family: FamilyView;
  onReload: () => void;
  reloading: boolean;
};

function FamilyEditor({ residentId, family, onReload, reloading }: EditorProps) {
  const { t } = useTranslation();
  const canWrite = useCan('family.write');
  const save = useSaveFamily(residentId);
  const [draft, setDraft] = useState(family);
  const r = draft.reintegration;
  const setR = (patch: Partial<FamilyView['reintegration']>) =>
    setDraft({ ...draft, reintegration: { ...r, ...patch } });
  const setMembers = (members: FamilyView['members']) => setDraft({ ...draft, members });
  const setMember = (i: number, patch: Partial<FamilyView['members'][number]>) =>
    setMembers(draft.members.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const setStep = (i: number, patch: Partial<Reintegration['steps'][number]>) =>
    setR({ steps: r.steps.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const setVisit = (i: number, patch: Partial<Reintegration['followUpVisits'][number]>) =>
    setR({ followUpVisits: r.followUpVisits.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const fields: Record<string, string> = save.error instanceof ApiError ? save.error.fields : {};
  const submit = () =>
    save.mutate(
      { ...draft, version: family.version },
      { onSuccess: () => notifications.show({ color: 'green', message: t('family.saved') }) },
    );
  return (
    <Stack gap="md">
      {Object.keys(fields).length === 0 ? (
        // A 409: the newer family record replaces this form (it is keyed by version) on reload.
        <SaveProblem
          stale={isApiError(save.error, 'stale_version')}
          error={save.error}
          onReload={onReload}
          reloading={reloading}
          staleTitle={t('recordEdit.staleTitle')}
          staleBody={t('recordEdit.staleBody')}
        />
      ) : null}
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          {t('family.members')}
        </Title>
        <ListEditor
          items={draft.members}
          emptyText={t('family.noMembers')}
          addLabel={t('family.addMember')}
          removeLabel={(i) => t('familyList.removeMember', { index: i + 1 })}
          onAdd={canWrite ? () => setMembers([...draft.members, blankMember]) : undefined}
          onRemove={
            canWrite ? (i) => setMembers(draft.members.filter((_, j) => j !== i)) : undefined
          }
          renderItem={(m, i) => (
            <Group align="flex-end" wrap="wrap">
              {(['name', 'relation', 'phone', 'address'] as const).map((k) => (
                <TextInput
                  key={k}
                  label={t(`family.${k}`)}
                  value={m[k]}
                  readOnly={!canWrite}
                  error={fields[`members.${i}.${k}`]}
                  onChange={(e) => setMember(i, { [k]: e.currentTarget.value })}
                />
              ))}
              <Checkbox
                label={t('family.guardian')}
                checked={m.isGuardian}
                disabled={!canWrite}
                mb={8}
                onChange={(e) => setMember(i, { isGuardian: e.currentTarget.checked })}
              />
            </Group>
          )}
        />
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
            style={{ maxWidth: 240 }}
            value={r.assessedOn ?? ''}
            readOnly={!canWrite}
            error={fields['reintegration.assessedOn']}
            onChange={(e) => setR({ assessedOn: e.currentTarget.value || null })}
          />
          <ListEditor
            title={t('family.steps')}
            items={r.steps}
            keyOf={(step, i) => step.id || `new-${i}`}
            emptyText={t('familyList.noSteps')}
            addLabel={t('family.addStep')}
            removeLabel={(i) => t('familyList.removeStep', { index: i + 1 })}
            onAdd={
              canWrite
                ? () =>
                    setR({
                      steps: [...r.steps, { id: '', step: '', dueDate: centreDay(), doneOn: null }],
                    })
                : undefined
            }
            onRemove={
              canWrite ? (i) => setR({ steps: r.steps.filter((_, j) => j !== i) }) : undefined
            }
            renderItem={(s, i) => (
              <Group align="flex-end" wrap="wrap">
                <TextInput
                  label={t('family.step')}
                  value={s.step}
                  readOnly={!canWrite}
                  error={fields[`reintegration.steps.${i}.step`]}
                  onChange={(e) => setStep(i, { step: e.currentTarget.value })}
                />
                <TextInput
                  type="date"
                  label={t('family.dueDate')}
                  value={s.dueDate}
                  readOnly={!canWrite}
                  error={fields[`reintegration.steps.${i}.dueDate`]}
                  onChange={(e) => setStep(i, { dueDate: e.currentTarget.value })}
                />
                <Checkbox
                  label={t('family.done')}
                  checked={s.doneOn !== null}
                  disabled={!canWrite}
                  mb={8}
                  onChange={(e) =>
                    setStep(i, { doneOn: e.currentTarget.checked ? centreDay() : null })
                  }
                />
              </Group>
            )}
          />
          <TextInput
            type="date"
            label={t('family.returnedOn')}
            style={{ maxWidth: 240 }}
            value={r.returnedOn ?? ''}
            readOnly={!canWrite}
            error={fields['reintegration.returnedOn']}
            onChange={(e) => setR({ returnedOn: e.currentTarget.value || null })}
          />
          {fields['reintegration.followUpVisits'] ? (
            <Text c="red.9" size="sm" role="alert">
              {fields['reintegration.followUpVisits']}
            </Text>
          ) : null}
          <ListEditor
            title={t('family.followUpVisits')}
            items={r.followUpVisits}
            keyOf={(visit, i) => visit.id || `new-${i}`}
            emptyText={t('familyList.noVisits')}
            addLabel={t('family.addVisit')}
            removeLabel={(i) => t('familyList.removeVisit', { index: i + 1 })}
            onAdd={
              canWrite
                ? () =>
                    setR({
                      followUpVisits: [
                        ...r.followUpVisits,
                        { id: '', date: centreDay(), by: '', finding: '' },
                      ],
                    })
                : undefined
            }
            onRemove={
              canWrite
                ? (i) => setR({ followUpVisits: r.followUpVisits.filter((_, j) => j !== i) })
                : undefined
            }
            renderItem={(v, i) => (
              <Group align="flex-end" wrap="wrap">
                <TextInput
                  type="date"
                  label={t('family.visitDate')}
                  value={v.date}
                  readOnly={!canWrite}
                  error={fields[`reintegration.followUpVisits.${i}.date`]}
                  onChange={(e) => setVisit(i, { date: e.currentTarget.value })}
                />
                <TextInput
                  label={t('family.visitBy')}
                  value={v.by}
                  readOnly={!canWrite}
                  onChange={(e) => setVisit(i, { by: e.currentTarget.value })}
                />
                <TextInput
                  label={t('family.finding')}
                  value={v.finding}
                  readOnly={!canWrite}
                  style={{ flex: 1 }}
                  onChange={(e) => setVisit(i, { finding: e.currentTarget.value })}
                />
              </Group>
            )}
          />
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

export function FamilyTab({ residentId }: { residentId: string }) {
  const family = useFamily(residentId);
  return (
    <Stack gap="md">
      {family.isError ? (
        <QueryError error={family.error} onRetry={() => void family.refetch()} />
      ) : null}
      {family.data ? (
        <FamilyEditor
          key={family.data.version}
          residentId={residentId}
          family={family.data}
          onReload={() => void family.refetch()}
          reloading={family.isRefetching}
        />
      ) : null}
      <ContactLog residentId={residentId} />
    </Stack>
  );
}
