// /duty/handover?unitId&templateId&day: one shift's handover (sổ giao ca). Before it is written,
// the outgoing staff see what it starts from (residents present against expected, the shift's
// notes flagged for handover and its incidents, tasks carried from the shift before) and write
// it; afterwards everyone reads it, the incoming staff acknowledge it, and it prints.
import '../i18n/catalogues';
import { useState, type ReactNode } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
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
  handoverEditSchema,
  handoverWriteSchema,
  shiftInstanceSchema,
  type HandoverDraft,
  type HandoverTask,
  type HandoverView,
} from '@care/shared/handovers';
import { errorMessage } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { paths } from '../../../app/paths';
import { useCan, useCurrentUser } from '../../../app/session';
import { FormActions } from '../../../components/form-actions';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { Section } from '../../../components/section';
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

// The shared rules for the summary and each task; a task row left blank is dropped on save.
const taskText = handoverEditSchema.shape.tasks.unwrap().element.shape.text;
const handoverFormSchema = z.object({
  summary: handoverWriteSchema.shape.summary,
  tasks: z.array(
    z.object({
      id: z.string().optional(),
      text: z
        .string()
        .transform((v) => (v.trim() ? v : undefined))
        .pipe(taskText.optional()),
      done: z.boolean(),
    }),
  ),
});
type HandoverValues = z.input<typeof handoverFormSchema>;
type HandoverOutput = z.output<typeof handoverFormSchema>;

const asInput = (tasks: readonly HandoverTask[]): TaskInput[] =>
  tasks.map((task) => ({ id: task.id, text: task.text, done: task.done }));
const filled = (tasks: HandoverOutput['tasks']): TaskInput[] =>
  tasks.flatMap(({ id, text, done }) => (text ? [{ id, text, done }] : []));

/** The summary and the task list, written new or amended. */
function HandoverFields({
  label,
  defaultValues,
  summaryPlaceholder,
  onSave,
  error,
  actions,
}: {
  label: string;
  defaultValues: HandoverValues;
  summaryPlaceholder?: string;
  onSave: (values: { summary: string; tasks: TaskInput[] }) => void;
  error: unknown;
  actions: ReactNode;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const form = useForm<HandoverValues, unknown, HandoverOutput>({
    resolver: zodResolver(handoverFormSchema, zodMessages),
    defaultValues,
  });
  const tasks = useFieldArray({ control: form.control, name: 'tasks', keyName: 'key' });
  const { errors } = form.formState;
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      noValidate
      aria-label={label}
      onSubmit={form.handleSubmit((v) => onSave({ summary: v.summary, tasks: filled(v.tasks) }))}
    >
      <Stack>
        <Textarea
          label={t('handover.summary')}
          placeholder={summaryPlaceholder}
          autosize
          minRows={4}
          size="md"
          error={fieldError(errors.summary)}
          {...form.register('summary')}
        />
        <Title order={2} size="h4">
          {t('handover.tasks')}
        </Title>
        <Stack gap="xs">
          {tasks.fields.map((task, i) => (
            <Group key={task.key} gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                style={{ flex: 1 }}
                label={`${t('handover.taskText')} ${i + 1}`}
                size="md"
                error={fieldError(errors.tasks?.[i]?.text)}
                {...form.register(`tasks.${i}.text`)}
              />
              <Checkbox
                label={t('handover.taskDone')}
                size="md"
                mb={8}
                {...form.register(`tasks.${i}.done`)}
              />
              <CloseButton
                aria-label={`${t('handover.removeTask')} ${i + 1}`}
                onClick={() => tasks.remove(i)}
                mb={6}
              />
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => tasks.append({ text: '', done: false })}
            >
              {t('handover.addTask')}
            </Button>
          </Group>
        </Stack>
        {error ? <Text c="red">{errorMessage(t, error)}</Text> : null}
        {actions}
      </Stack>
    </Paper>
  );
}

/** What the shift's handover starts from: a warning about the one before, residents, events. */
function ShiftFacts({
  previousUnacknowledged,
  shift,
}: {
  previousUnacknowledged: boolean;
  shift: Pick<HandoverDraft, 'headcount' | 'events'>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {previousUnacknowledged ? (
        <Alert color="orange" variant="outline">
          {t('handover.previousUnacknowledged')}
        </Alert>
      ) : null}
      <HeadcountSection headcount={shift.headcount} linked={shift.headcount.expected > 0} />
      <EventsSection events={shift.events} />
    </>
  );
}

function HandoverForm({ draft }: { draft: HandoverDraft }) {
  const { t } = useTranslation();
  const write = useWriteHandover();
  return (
    <Stack gap="md">
      <ShiftFacts
        previousUnacknowledged={!!draft.previous && !draft.previous.acknowledged}
        shift={draft}
      />
      <HandoverFields
        label={t('duty.handoverWrite')}
        defaultValues={{ summary: '', tasks: asInput(draft.tasks) }}
        summaryPlaceholder={t('handover.summaryPlaceholder')}
        error={write.error}
        onSave={(values) =>
          write.mutate(
            { unitId: draft.unitId, templateId: draft.templateId, day: draft.day, ...values },
            {
              onSuccess: () => notifications.show({ color: 'teal', message: t('handover.saved') }),
            },
          )
        }
        actions={
          <Group justify="flex-end">
            <Button type="submit" size="lg" loading={write.isPending}>
              {t('handover.save')}
            </Button>
          </Group>
        }
      />
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
      <ShiftFacts previousUnacknowledged={!!handover.previousUnacknowledged} shift={handover} />
      {editing ? (
        <EditForm handover={handover} onDone={() => setEditing(false)} />
      ) : (
        <Section title={t('handover.summary')} titleGap="xs">
          <Text style={{ whiteSpace: 'pre-wrap' }} mb="md">
            {handover.summary || '—'}
          </Text>
          <Title order={2} size="h4" mb="xs">
            {t('handover.tasks')}
          </Title>
          <TasksList tasks={handover.tasks} />
        </Section>
      )}
      <Section title={t('handover.incoming')} hideTitle>
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
      </Section>
      <Text size="xs" c="dimmed">
        {formatDay(draft.day)}
      </Text>
    </Stack>
  );
}

function EditForm({ handover, onDone }: { handover: HandoverView; onDone: () => void }) {
  const { t } = useTranslation();
  const edit = useEditHandover();
  return (
    <HandoverFields
      label={t('handover.edit')}
      defaultValues={{ summary: handover.summary, tasks: asInput(handover.tasks) }}
      error={edit.error}
      onSave={(values) =>
        edit.mutate(
          { id: handover.id, version: handover.version, ...values },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('handover.saved') });
              onDone();
            },
          },
        )
      }
      actions={
        <FormActions
          onCancel={onDone}
          cancelLabel={t('handover.cancel')}
          submitLabel={t('handover.saveEdit')}
          loading={edit.isPending}
        />
      }
    />
  );
}
