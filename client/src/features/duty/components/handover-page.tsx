// /duty/handover?unitId&templateId&day: one shift's handover (sổ giao ca). Before it is written,
// the outgoing staff see what it starts from (residents present against expected, the shift's
// notes flagged for handover and its incidents, tasks carried from the shift before) and write
// it; afterwards everyone reads it, the incoming staff acknowledge it, and it prints.
import '../i18n/catalogues';
import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  CloseButton,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatDay } from '@care/shared/dates';
import {
  shiftInstanceSchema,
  type HandoverDraft,
  type HandoverTask,
  type HandoverView,
} from '@care/shared/handovers';
import { errorMessage } from '../../../app/errors';
import { paths } from '../../../app/paths';
import { useCan, useCurrentUser } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useUrlFilters } from '../../../hooks/use-url-filters';
import {
  useAcknowledgeHandover,
  useEditHandover,
  useHandover,
  useHandoverDraft,
  useWriteHandover,
  type TaskInput,
} from '../api/handovers';
import { timeOf } from './duty-text';
import { EventsSection, HeadcountSection, TasksList } from './handover-sections';

export function HandoverPage() {
  const { t } = useTranslation();
  const [params] = useUrlFilters();
  const instance =
    shiftInstanceSchema.safeParse({
      unitId: params.get('unitId'),
      templateId: params.get('templateId'),
      day: params.get('day'),
    }).data ?? null;
  const draft = useHandoverDraft(instance);
  const handover = useHandover(draft.data?.existingId ?? null);
  const head = handover.data ?? draft.data;
  return (
    <>
      <PageHeader
        title={head ? t('handover.title', { unit: head.unitName }) : t('duty.handoverBook')}
        description={
          head
            ? t('handover.subtitle', {
                shift: head.templateName,
                day: formatDay(head.day),
                start: timeOf(head.start),
                end: timeOf(head.end),
              })
            : undefined
        }
        actions={
          <>
            <Button variant="default" component={Link} to={paths.duty.href()}>
              {t('handover.back')}
            </Button>
            {handover.data ? (
              <Button
                component={Link}
                to={paths.dutyHandoverPrint.href(handover.data.id)}
                leftSection={<IconPrinter size={18} aria-hidden />}
              >
                {t('handover.print')}
              </Button>
            ) : null}
          </>
        }
      />
      {!instance ? <Text>{t('handover.loadError')}</Text> : null}
      {draft.isError ? (
        <QueryError error={draft.error} onRetry={() => void draft.refetch()} />
      ) : null}
      {handover.isError ? (
        <QueryError error={handover.error} onRetry={() => void handover.refetch()} />
      ) : null}
      {draft.data && !draft.data.existingId ? <HandoverForm draft={draft.data} /> : null}
      {handover.data && draft.data ? (
        <HandoverRead handover={handover.data} draft={draft.data} />
      ) : null}
    </>
  );
}

function TaskEditor({
  tasks,
  onChange,
}: {
  tasks: TaskInput[];
  onChange: (t: TaskInput[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<TaskInput>) =>
    onChange(tasks.map((task, j) => (j === i ? { ...task, ...patch } : task)));
  return (
    <Stack gap="xs">
      {tasks.map((task, i) => (
        <Group key={task.id ?? `new-${i}`} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label={`${t('handover.taskText')} ${i + 1}`}
            value={task.text}
            onChange={(e) => set(i, { text: e.currentTarget.value })}
            size="md"
          />
          <Checkbox
            label={t('handover.taskDone')}
            checked={task.done}
            onChange={(e) => set(i, { done: e.currentTarget.checked })}
            size="md"
            mb={8}
          />
          <CloseButton
            aria-label={`${t('handover.removeTask')} ${i + 1}`}
            onClick={() => onChange(tasks.filter((_, j) => j !== i))}
            mb={6}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => onChange([...tasks, { text: '', done: false }])}
        >
          {t('handover.addTask')}
        </Button>
      </Group>
    </Stack>
  );
}

const asInput = (tasks: readonly HandoverTask[]): TaskInput[] =>
  tasks.map((task) => ({ id: task.id, text: task.text, done: task.done }));
const cleaned = (tasks: TaskInput[]) => tasks.filter((task) => task.text.trim().length > 0);

function HandoverForm({ draft }: { draft: HandoverDraft }) {
  const { t } = useTranslation();
  const write = useWriteHandover();
  const [summary, setSummary] = useState('');
  const [tasks, setTasks] = useState<TaskInput[]>(asInput(draft.tasks));
  return (
    <Stack gap="md">
      {draft.previous && !draft.previous.acknowledged ? (
        <Alert color="orange" variant="outline">
          {t('handover.previousUnacknowledged')}
        </Alert>
      ) : null}
      <HeadcountSection headcount={draft.headcount} linked={draft.headcount.expected > 0} />
      <EventsSection events={draft.events} />
      <Paper
        withBorder
        p="md"
        component="form"
        aria-label={t('duty.handoverWrite')}
        onSubmit={(e: React.FormEvent) => {
          e.preventDefault();
          write.mutate(
            {
              unitId: draft.unitId,
              templateId: draft.templateId,
              day: draft.day,
              summary,
              tasks: cleaned(tasks),
            },
            {
              onSuccess: () => notifications.show({ color: 'teal', message: t('handover.saved') }),
            },
          );
        }}
      >
        <Stack>
          <Textarea
            label={t('handover.summary')}
            placeholder={t('handover.summaryPlaceholder')}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            autosize
            minRows={4}
            size="md"
          />
          <Title order={2} size="h4">
            {t('handover.tasks')}
          </Title>
          <TaskEditor tasks={tasks} onChange={setTasks} />
          {write.isError ? <Text c="red">{errorMessage(t, write.error)}</Text> : null}
          <Group justify="flex-end">
            <Button type="submit" size="lg" loading={write.isPending}>
              {t('handover.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

function HandoverRead({ handover, draft }: { handover: HandoverView; draft: HandoverDraft }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const manager = useCan('duty.manage');
  const ack = useAcknowledgeHandover();
  const [editing, setEditing] = useState(false);
  const outgoing = handover.outgoing.some((p) => p.id === me.id) || handover.writtenBy.id === me.id;
  const acked = handover.acknowledgements.some((a) => a.id === me.id);
  const locked = handover.acknowledgements.length > 0;
  return (
    <Stack gap="md">
      {handover.previousUnacknowledged ? (
        <Alert color="orange" variant="outline">
          {t('handover.previousUnacknowledged')}
        </Alert>
      ) : null}
      <HeadcountSection headcount={handover.headcount} linked={handover.headcount.expected > 0} />
      <EventsSection events={handover.events} />
      {editing ? (
        <EditForm handover={handover} onDone={() => setEditing(false)} />
      ) : (
        <Paper withBorder p="md" component="section" aria-label={t('handover.summary')}>
          <Title order={2} size="h4" mb="xs">
            {t('handover.summary')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} mb="md">
            {handover.summary || '—'}
          </Text>
          <Title order={2} size="h4" mb="xs">
            {t('handover.tasks')}
          </Title>
          <TasksList tasks={handover.tasks} />
        </Paper>
      )}
      <Paper withBorder p="md" component="section" aria-label={t('handover.incoming')}>
        <Text size="sm" mb="xs">
          {t('handover.writtenBy', {
            name: handover.writtenBy.fullName,
            at: formatDateTime(handover.writtenAt),
          })}
        </Text>
        <Text size="sm">
          <b>{t('handover.outgoing')}:</b>{' '}
          {handover.outgoing.map((p) => p.fullName).join(', ') || handover.writtenBy.fullName}
        </Text>
        <Text size="sm">
          <b>{t('handover.incoming')}:</b>{' '}
          {handover.acknowledgements.length
            ? handover.acknowledgements
                .map((a) => t('handover.ackAt', { name: a.fullName, at: formatDateTime(a.at) }))
                .join('; ')
            : t('handover.nobodyYet')}
        </Text>
        {ack.isError ? <Text c="red">{errorMessage(t, ack.error)}</Text> : null}
        <Group justify="flex-end" mt="sm" gap="sm">
          {!locked && !editing && (outgoing || manager) ? (
            <Button variant="default" size="md" onClick={() => setEditing(true)}>
              {t('handover.edit')}
            </Button>
          ) : null}
          {!outgoing && !acked ? (
            <Button
              size="lg"
              loading={ack.isPending}
              onClick={() =>
                ack.mutate(handover.id, {
                  onSuccess: () =>
                    notifications.show({ color: 'teal', message: t('handover.acknowledged') }),
                })
              }
            >
              {t('handover.acknowledge')}
            </Button>
          ) : null}
        </Group>
      </Paper>
      <Text size="xs" c="dimmed">
        {formatDay(draft.day)}
      </Text>
    </Stack>
  );
}

function EditForm({ handover, onDone }: { handover: HandoverView; onDone: () => void }) {
  const { t } = useTranslation();
  const edit = useEditHandover();
  const [summary, setSummary] = useState(handover.summary);
  const [tasks, setTasks] = useState<TaskInput[]>(asInput(handover.tasks));
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={t('handover.edit')}
      onSubmit={(e: React.FormEvent) => {
        e.preventDefault();
        edit.mutate(
          { id: handover.id, version: handover.version, summary, tasks: cleaned(tasks) },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('handover.saved') });
              onDone();
            },
          },
        );
      }}
    >
      <Stack>
        <Textarea
          label={t('handover.summary')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          autosize
          minRows={4}
          size="md"
        />
        <Title order={2} size="h4">
          {t('handover.tasks')}
        </Title>
        <TaskEditor tasks={tasks} onChange={setTasks} />
        {edit.isError ? <Text c="red">{errorMessage(t, edit.error)}</Text> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('handover.cancel')}
          </Button>
          <Button type="submit" loading={edit.isPending}>
            {t('handover.saveEdit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
