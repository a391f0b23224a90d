// The plan in force with its review schedule, the drafts waiting for approval, and what each role
// may do with them: edit, approve (managers, after confirming), record a review, revise, print.
import { useState } from 'react';
import { Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconChecks,
  IconClipboardCheck,
  IconEye,
  IconPencil,
  IconPlus,
  IconPrinter,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CarePlanView } from '@care/shared/care-plans';
import { formatDateTime } from '@care/shared/dates';
import type { AssessmentView } from '@care/shared/needs-assessments';
import { errorMessage } from '../../../app/errors';
import { useCan } from '../../../app/session';
import { useReviseCarePlan } from '../api/revise-care-plan';
import { ApproveDialog } from './approve-dialog';
import { PlanPrint, printPlan, type PrintedResident } from './plan-print';
import { PlanStatusBadge } from './plan-status-badge';
import { PlanView } from './plan-view';
import { ReviewDialog } from './review-dialog';

type Props = {
  plans: CarePlanView[];
  assessments: AssessmentView[];
  resident?: PrintedResident;
  onEdit: (plan: CarePlanView) => void;
  onNewPlan: () => void;
  onAssess: () => void;
};

function DraftCard({ draft, onEdit }: { draft: CarePlanView; onEdit: () => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('care_plans.write');
  const canApprove = useCan('care_plans.approve');
  const [open, setOpen] = useState(false);
  const [approving, setApproving] = useState(false);
  return (
    <Paper withBorder p="md" className="no-print" bg="var(--mantine-color-gray-0)">
      <Group justify="space-between" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={700}>{t('carePlans.draftN', { n: draft.number })}</Text>
            <PlanStatusBadge status="draft" />
          </Group>
          <Text size="sm" c="dimmed">
            {draft.basedOn ? `${t('carePlans.history.from', { n: draft.basedOn })} · ` : ''}
            {t('carePlans.goalsCount', { count: draft.goals.length })} · {draft.createdBy.fullName},{' '}
            {formatDateTime(draft.updatedAt)}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconEye size={16} aria-hidden />}
            onClick={() => setOpen(!open)}
            aria-expanded={open}
          >
            {t(open ? 'carePlans.hide' : 'carePlans.view')}
          </Button>
          {canWrite ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={onEdit}
            >
              {t('carePlans.editDraft')}
            </Button>
          ) : null}
          {canApprove ? (
            <Button
              leftSection={<IconChecks size={16} aria-hidden />}
              onClick={() => setApproving(true)}
            >
              {t('carePlans.approve.action')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {open ? (
        <Paper mt="md" p="md" withBorder>
          <PlanView plan={draft} />
        </Paper>
      ) : null}
      {approving ? <ApproveDialog plan={draft} onClose={() => setApproving(false)} /> : null}
    </Paper>
  );
}

function CurrentPlan({
  plan,
  resident,
  onEdit,
}: {
  plan: CarePlanView;
  resident?: PrintedResident;
  onEdit: (p: CarePlanView) => void;
}) {
  const { t } = useTranslation();
  const canWrite = useCan('care_plans.write');
  const [reviewing, setReviewing] = useState(false);
  const revise = useReviseCarePlan(plan.residentId, plan.id);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="current-plan-title">
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Stack gap={4}>
          <Title order={3} size="h4" id="current-plan-title">
            {t('carePlans.current', { n: plan.number })}
          </Title>
          <PlanStatusBadge status={plan.status} />
        </Stack>
        <Group gap="xs" className="no-print">
          {canWrite ? (
            <>
              <Button
                leftSection={<IconClipboardCheck size={16} aria-hidden />}
                onClick={() => setReviewing(true)}
              >
                {t('carePlans.review.action')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                loading={revise.isPending}
                onClick={() => revise.mutate({}, { onSuccess: onEdit })}
              >
                {t('carePlans.revise')}
              </Button>
            </>
          ) : null}
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={printPlan}
          >
            {t('carePlans.print.action')}
          </Button>
        </Group>
      </Group>
      {revise.isError ? (
        <Text c="red.8" size="sm" role="alert" mb="sm">
          {errorMessage(t, revise.error)}
        </Text>
      ) : null}
      <PlanView plan={plan} />
      <PlanPrint plan={plan} resident={resident} />
      {reviewing ? <ReviewDialog plan={plan} onClose={() => setReviewing(false)} /> : null}
    </Paper>
  );
}

export function PlanPanel({ plans, assessments, resident, onEdit, onNewPlan, onAssess }: Props) {
  const { t } = useTranslation();
  const canWrite = useCan('care_plans.write');
  const current = plans.find((p) => p.status === 'approved');
  const drafts = plans.filter((p) => p.status === 'draft');
  return (
    <Stack gap="md">
      {drafts.map((d) => (
        <DraftCard key={d.id} draft={d} onEdit={() => onEdit(d)} />
      ))}
      {current ? (
        <CurrentPlan plan={current} resident={resident} onEdit={onEdit} />
      ) : (
        <EmptyState
          size="sm"
          title={t('carePlans.none')}
          description={t(assessments.length ? 'carePlans.noneHint' : 'carePlans.assessFirst')}
        >
          {canWrite && !drafts.length ? (
            <EmptyState.Actions>
              {assessments.length ? (
                <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onNewPlan}>
                  {t('carePlans.newPlan.action')}
                </Button>
              ) : (
                <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onAssess}>
                  {t('carePlans.assessments.new')}
                </Button>
              )}
            </EmptyState.Actions>
          ) : null}
        </EmptyState>
      )}
    </Stack>
  );
}
