// "Tự động xếp lịch": choose one unit or the whole centre, start the solver, follow its progress
// (elapsed time, cancel keeps the best rota so far), read the explanation (coverage, broken rules,
// fairness, wishes, changes against the draft, uncovered demand) and apply it to the draft.
import {
  Alert,
  Button,
  Group,
  List,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutofillExplanation, AutofillJobView } from '@care/shared/rota-autofill';
import { isApiError } from '../../../app/errors';
import { AppModal } from '../../../components/app-modal';
import { SaveProblem } from '../../../components/save-problem';
import { formatMonth, type Lookup } from '../components/rota-text';
import {
  useApplyAutofill,
  useAutofillJob,
  useCancelAutofill,
  useStartAutofill,
} from './api/autofill';

type Props = { month: string; lookup: Lookup; onClose: () => void };
const shownShortfalls = 12;

export function AutofillDialog({ month, lookup, onClose }: Props) {
  const { t } = useTranslation();
  const units = [...lookup.units.values()].filter((u) => u.active);
  const [scope, setScope] = useState<string>('centre');
  const [limit, setLimit] = useState('20');
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartAutofill(month);
  const job = useAutofillJob(month, jobId);
  const cancel = useCancelAutofill(month);
  const apply = useApplyAutofill(month);
  const view = job.data;

  const begin = () => {
    apply.reset();
    start.mutate(
      {
        ...(scope === 'centre' ? {} : { unitId: scope }),
        timeLimitSeconds: Number(limit),
      },
      { onSuccess: (started) => setJobId(started.id) },
    );
  };
  const again = () => {
    setJobId(null);
    apply.reset();
    start.reset();
  };

  return (
    <AppModal
      title={t('rotaAutofill.title', { month: formatMonth(month) })}
      onClose={onClose}
      size="lg"
    >
      {!view ? (
        <Stack>
          <Text size="sm">{t('rotaAutofill.intro')}</Text>
          <Select
            label={t('rotaAutofill.scope')}
            value={scope}
            onChange={(v) => setScope(v ?? 'centre')}
            allowDeselect={false}
            data={[
              { value: 'centre', label: t('rotaAutofill.wholeCentre') },
              ...units.map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="autofill-limit">
              {t('rotaAutofill.limit')}
            </Text>
            <SegmentedControl
              aria-labelledby="autofill-limit"
              value={limit}
              onChange={setLimit}
              data={['10', '20', '60'].map((s) => ({
                value: s,
                label: t('rotaAutofill.seconds', { count: Number(s) }),
              }))}
            />
          </div>
          <SaveProblem stale={false} error={start.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={begin} loading={start.isPending}>
              {t('rotaAutofill.start')}
            </Button>
          </Group>
        </Stack>
      ) : view.status === 'running' ? (
        <Running
          view={view}
          cancelling={cancel.isPending || cancel.isSuccess}
          onCancel={() => cancel.mutate(view.id)}
        />
      ) : (
        <Stack>
          {view.result ? (
            <Explanation explanation={view.result.explanation} lookup={lookup} />
          ) : (
            <Alert color="red" role="alert">
              {t('rotaAutofill.failed')}
            </Alert>
          )}
          {view.status === 'cancelled' ? (
            <Text size="sm" c="dimmed">
              {t('rotaAutofill.cancelledNote')}
            </Text>
          ) : null}
          {apply.data ? (
            <Alert color="green" role="status" title={t('rotaAutofill.appliedTitle')}>
              {t('rotaAutofill.applied', {
                added: apply.data.added,
                removed: apply.data.removed,
                count: apply.data.hardViolations,
              })}
            </Alert>
          ) : view.result && view.result.add + view.result.remove > 0 ? (
            <Text size="sm">
              {t('rotaAutofill.willChange', {
                added: view.result.add,
                removed: view.result.remove,
              })}
            </Text>
          ) : null}
          <SaveProblem
            stale={false}
            error={isApiError(apply.error, 'rota_autofill_stale') ? null : apply.error}
          />
          {isApiError(apply.error, 'rota_autofill_stale') ? (
            <Alert color="orange" role="alert" title={t('rotaAutofill.staleTitle')}>
              <Text size="sm" c="var(--mantine-color-text)">
                {t('errors.rota_autofill_stale')}
              </Text>
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={again}>
              {t('rotaAutofill.again')}
            </Button>
            {apply.data ? (
              <Button onClick={onClose}>{t('common.close')}</Button>
            ) : (
              <Button
                onClick={() => apply.mutate(view.id)}
                loading={apply.isPending}
                disabled={!view.result || view.result.add + view.result.remove === 0}
              >
                {t('rotaAutofill.apply')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}

function Running(props: { view: AutofillJobView; cancelling: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  const { view } = props;
  return (
    <Stack>
      <Text size="sm" aria-live="polite">
        {t(`rotaAutofill.phases.${view.progress.phase}`)} ·{' '}
        {t('rotaAutofill.elapsed', { seconds: Math.round(view.seconds) })}
      </Text>
      <Progress
        value={Math.max(3, view.progress.percent)}
        striped
        animated
        size="lg"
        aria-label={t('rotaAutofill.progress')}
      />
      <Group justify="flex-end">
        <Button variant="default" color="red" onClick={props.onCancel} loading={props.cancelling}>
          {t('rotaAutofill.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function Explanation({
  explanation: e,
  lookup,
}: {
  explanation: AutofillExplanation;
  lookup: Lookup;
}) {
  const { t, i18n } = useTranslation();
  const say = (text: { vi: string; en: string }) =>
    i18n.language.startsWith('en') ? text.en : text.vi;
  const figures: [string, string][] = [
    [t('rotaAutofill.coverageMin'), `${e.coverage.minimum.percent}%`],
    [t('rotaAutofill.coveragePreferred'), `${e.coverage.preferred.percent}%`],
    [t('rotaAutofill.hardViolations'), String(e.hardViolations.length)],
    [
      t('rotaAutofill.fairness'),
      t('rotaAutofill.fairnessValue', {
        nights: e.fairness.nights.spread,
        weekends: e.fairness.weekends.spread,
        holidays: e.fairness.holidays.spread,
      }),
    ],
    [
      t('rotaAutofill.wishes'),
      t('rotaAutofill.ofTotal', { hits: e.preferences.hits, total: e.preferences.total }),
    ],
    [t('rotaAutofill.changes'), `+${e.changes.added} / −${e.changes.removed}`],
    [
      t('rotaAutofill.locks'),
      t('rotaAutofill.ofTotal', { hits: e.locks.kept, total: e.locks.total }),
    ],
  ];
  const unitName = (id: string) => lookup.units.get(id)?.name ?? '';
  return (
    <Stack gap="sm">
      <Alert
        color={e.hardViolations.length || e.coverage.minimum.percent < 100 ? 'orange' : 'green'}
        title={t('rotaAutofill.resultTitle')}
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        <Text size="sm">{say(e.summary)}</Text>
      </Alert>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" component="dl" m={0}>
        {figures.map(([label, value]) => (
          <Group key={label} justify="space-between" wrap="nowrap" gap="xs">
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" size="sm" fw={700} m={0}>
              {value}
            </Text>
          </Group>
        ))}
      </SimpleGrid>
      {e.problems.length ? (
        <List size="sm" aria-label={t('rotaAutofill.problems')}>
          {e.problems.map((p, i) => (
            <List.Item key={i}>{say(p)}</List.Item>
          ))}
        </List>
      ) : null}
      {e.hardViolations.length ? (
        <List size="sm" aria-label={t('rotaAutofill.hardViolations')}>
          {e.hardViolations.slice(0, shownShortfalls).map((v, i) => (
            <List.Item key={i}>{say(v.message)}</List.Item>
          ))}
        </List>
      ) : null}
      {e.shortfalls.length ? (
        <div>
          <Text size="sm" fw={700}>
            {t('rotaAutofill.shortfalls', { count: e.shortfalls.length })}
          </Text>
          <List size="sm">
            {e.shortfalls.slice(0, shownShortfalls).map((s) => (
              <List.Item key={`${s.slotId}|${s.qualification}|${s.level}`}>
                {say(s.message)}
                {unitName(s.unitId) && !say(s.message).includes(unitName(s.unitId))
                  ? ` (${unitName(s.unitId)})`
                  : ''}
              </List.Item>
            ))}
          </List>
          {e.shortfalls.length > shownShortfalls ? (
            <Text size="sm" c="dimmed">
              {t('rotaAutofill.more', { count: e.shortfalls.length - shownShortfalls })}
            </Text>
          ) : null}
        </div>
      ) : null}
    </Stack>
  );
}
