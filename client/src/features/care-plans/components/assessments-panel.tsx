// A resident's needs assessments, newest first: open one to read it, edit it while no approved
// plan uses it, or start a plan from it.
import { useState } from 'react';
import { Accordion, Badge, Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconClipboardPlus, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@care/shared/dates';
import type { AssessmentView as Assessment } from '@care/shared/needs-assessments';
import { useCan } from '../../../app/session';
import { AssessmentForm } from './assessment-form';
import { AssessmentView } from './assessment-view';

type Props = {
  residentId: string;
  assessments: Assessment[];
  onPlanFrom: (assessmentId: string) => void;
  /** Opens on a new assessment's form (the plan tab's "assess first" button). */
  startNew?: boolean;
  onFormClosed?: () => void;
};

const needsCount = (a: Assessment) =>
  Object.values(a.domains).reduce((n, d) => n + d.needs.length, 0);

export function AssessmentsPanel({
  residentId,
  assessments,
  onPlanFrom,
  startNew = false,
  onFormClosed,
}: Props) {
  const { t } = useTranslation();
  const canWrite = useCan('care_plans.write');
  const [editing, setEditing] = useState<Assessment | 'new' | null>(startNew ? 'new' : null);

  if (editing)
    return (
      <AssessmentForm
        residentId={residentId}
        assessment={editing === 'new' ? undefined : editing}
        onClose={() => {
          setEditing(null);
          onFormClosed?.();
        }}
      />
    );

  return (
    <Stack gap="md">
      {canWrite ? (
        <Button
          style={{ alignSelf: 'flex-start' }}
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => setEditing('new')}
          className="no-print"
        >
          {t('carePlans.assessments.new')}
        </Button>
      ) : null}
      {assessments.length === 0 ? (
        <EmptyState
          size="sm"
          title={t('carePlans.assessments.empty')}
          description={t('carePlans.assessments.emptyHint')}
        />
      ) : (
        <Accordion variant="separated" defaultValue={assessments[0]?.id}>
          {assessments.map((a) => (
            <Accordion.Item key={a.id} value={a.id}>
              <Accordion.Control>
                <Group gap="sm">
                  <Text fw={600}>
                    {t('carePlans.assessments.of', { day: formatDay(a.assessedOn) })}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {a.assessor.fullName} ·{' '}
                    {t('carePlans.assessments.needsCount', { count: needsCount(a) })}
                  </Text>
                  {a.lockedByPlan ? (
                    <Badge color="gray">
                      {t('carePlans.assessments.locked', { n: a.lockedByPlan })}
                    </Badge>
                  ) : null}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="md">
                  <AssessmentView assessment={a} />
                  {canWrite ? (
                    <Group gap="sm" className="no-print">
                      {a.lockedByPlan ? null : (
                        <Button
                          variant="default"
                          leftSection={<IconPencil size={16} aria-hidden />}
                          onClick={() => setEditing(a)}
                        >
                          {t('carePlans.assessments.edit')}
                        </Button>
                      )}
                      <Button
                        variant="light"
                        leftSection={<IconClipboardPlus size={16} aria-hidden />}
                        onClick={() => onPlanFrom(a.id)}
                      >
                        {t('carePlans.assessments.planFrom')}
                      </Button>
                    </Group>
                  ) : null}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
