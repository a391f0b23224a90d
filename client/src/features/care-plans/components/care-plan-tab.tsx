// The "Care plan" tab of a resident's record: the case process of Circular 02/2020/TT-BLĐTBXH
// (assess needs, plan, carry out, review) in three parts: the plan in force and its drafts, the
// needs assessments, and every version with a side-by-side compare.
import { useState } from 'react';
import { Skeleton, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CarePlanView } from '@care/shared/care-plans';
import { useCan } from '../../../app/session';
import { QueryError } from '../../../components/query-error';
import { useAssessments } from '../api/get-assessments';
import { useCarePlans } from '../api/get-care-plans';
import { AssessmentsPanel } from './assessments-panel';
import { NewPlanDialog } from './new-plan-dialog';
import { PlanEditor } from './plan-editor';
import { PlanPanel } from './plan-panel';
import type { PrintedResident } from './plan-print';
import { VersionHistory } from './version-history';

type Props = {
  residentId: string;
  /** Shown on the printed plan. */
  resident?: PrintedResident;
};

export function CarePlanTab({ residentId, resident }: Props) {
  const canRead = useCan('care_plans.read');
  if (!canRead) return null;
  return <CarePlanParts residentId={residentId} resident={resident} />;
}

function CarePlanParts({ residentId, resident }: Props) {
  const { t } = useTranslation();
  const plans = useCarePlans(residentId);
  const assessments = useAssessments(residentId);
  const [tab, setTab] = useState<string | null>('plan');
  const [editing, setEditing] = useState<CarePlanView | null>(null);
  const [newPlanFrom, setNewPlanFrom] = useState<string | null>(null);
  const [assessNow, setAssessNow] = useState(false);

  if (plans.isError || assessments.isError)
    return (
      <QueryError
        error={plans.error ?? assessments.error}
        onRetry={() => void Promise.all([plans.refetch(), assessments.refetch()])}
      />
    );
  if (!plans.data || !assessments.data)
    return (
      <Stack role="status" aria-label={t('common.loading')}>
        <Skeleton h={36} w={420} />
        <Skeleton h={220} />
      </Stack>
    );

  const openEditor = (plan: CarePlanView) => {
    setTab('plan');
    setEditing(plan);
  };

  return (
    <>
      <Tabs value={tab} onChange={setTab} variant="pills" keepMounted={false}>
        <Tabs.List mb="md" className="no-print">
          <Tabs.Tab value="plan">{t('carePlans.tabs.plan')}</Tabs.Tab>
          <Tabs.Tab value="assessments">
            {t('carePlans.tabs.assessments', { count: assessments.data.length })}
          </Tabs.Tab>
          <Tabs.Tab value="history">
            {t('carePlans.tabs.history', { count: plans.data.length })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plan">
          {editing ? (
            <PlanEditor
              key={editing.id}
              plan={editing}
              assessments={assessments.data}
              onClose={() => setEditing(null)}
            />
          ) : (
            <PlanPanel
              plans={plans.data}
              assessments={assessments.data}
              resident={resident}
              onEdit={openEditor}
              onNewPlan={() => setNewPlanFrom(assessments.data[0]?.id ?? null)}
              onAssess={() => {
                setAssessNow(true);
                setTab('assessments');
              }}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="assessments">
          <AssessmentsPanel
            residentId={residentId}
            assessments={assessments.data}
            onPlanFrom={setNewPlanFrom}
            startNew={assessNow}
            onFormClosed={() => setAssessNow(false)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <VersionHistory key={plans.data.length} plans={plans.data} />
        </Tabs.Panel>
      </Tabs>
      {newPlanFrom ? (
        <NewPlanDialog
          residentId={residentId}
          assessments={assessments.data}
          assessmentId={newPlanFrom}
          onClose={() => setNewPlanFrom(null)}
          onCreated={(plan) => {
            setNewPlanFrom(null);
            openEditor(plan);
          }}
        />
      ) : null}
    </>
  );
}
