// One resident's record, grouped as the paper file is: identity, admission, health, guardian.
import type { ReactNode } from 'react';
import {
  Anchor,
  Button,
  DataList,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { centreDay, formatDateTime, formatDay } from '@care/shared/dates';
import { ageOn, type ResidentView } from '@care/shared/residents';
import { paths } from '../../../app/paths';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useResident } from '../api/get-resident';
import { CategoryBadge, StatusBadge } from './resident-badges';
import { CarePlanTab } from '../../care-plans/components/care-plan-tab';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} className="print-section">
      <Title order={2} size="h4" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** Back to the list as the user left it (filters, page), when they came from there. */
function useBackHref(): string {
  const state = useLocation().state as { back?: unknown } | null;
  return typeof state?.back === 'string' && state.back.startsWith(paths.residents.path)
    ? state.back
    : paths.residents.href();
}

function ResidentRecord({ resident }: { resident: ResidentView }) {
  const { t } = useTranslation();
  const backHref = useBackHref();
  const empty = (
    <Text span c="dimmed" fz="inherit">
      {t('residents.notRecorded')}
    </Text>
  );
  const or = (value: string): ReactNode => (value.trim() ? value : empty);

  return (
    <>
      <PageHeader
        title={resident.fullName}
        description={
          <Group gap="xs" component="span">
            <Text span ff="monospace">
              {resident.code}
            </Text>
            <CategoryBadge category={resident.category} />
            <StatusBadge status={resident.status} />
          </Group>
        }
        actions={
          <>
            <Button
              variant="default"
              component={Link}
              to={backHref}
              leftSection={<IconArrowLeft size={18} aria-hidden />}
            >
              {t('residents.backToList')}
            </Button>
            <Button
              onClick={() => window.print()}
              leftSection={<IconPrinter size={18} aria-hidden />}
            >
              {t('residents.print')}
            </Button>
          </>
        }
      />
      <Text className="only-print" size="sm" mb="md">
        {t('app.centreName')} · {t('residents.printedAt', { at: formatDateTime(new Date()) })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section id="resident-identity" title={t('residents.sections.identity')}>
          <DataList labelWidth={170}>
            <Field label={t('residents.fullName')}>{resident.fullName}</Field>
            <Field label={t('residents.code')}>{resident.code}</Field>
            <Field label={t('residents.gender.label')}>
              {t(`residents.gender.${resident.gender}`)}
            </Field>
            <Field label={t('residents.birthDate')}>
              {formatDay(resident.birthDate)} (
              {t('residents.age', { count: ageOn(resident.birthDate, centreDay()) })})
            </Field>
            <Field label={t('residents.categoryLabel')}>
              {t(`residents.category.${resident.category}`)}
            </Field>
            <Field label={t('residents.disabilityLevel.label')}>
              {resident.disabilityLevel
                ? t(`residents.disabilityLevel.${resident.disabilityLevel}`)
                : empty}
            </Field>
            <Field label={t('residents.hometown')}>{or(resident.hometown)}</Field>
            <Field label={t('residents.room')}>{or(resident.room)}</Field>
          </DataList>
        </Section>
        <Stack gap="lg">
          <Section id="resident-admission" title={t('residents.sections.admission')}>
            <DataList labelWidth={170}>
              <Field label={t('residents.admission.decisionNumber')}>
                {resident.admission.decisionNumber}
              </Field>
              <Field label={t('residents.admission.date')}>
                {formatDay(resident.admission.date)}
              </Field>
              <Field label={t('residents.admission.issuer')}>{resident.admission.issuer}</Field>
            </DataList>
          </Section>
          <Section id="resident-guardian" title={t('residents.sections.guardian')}>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{or(resident.guardian)}</Text>
          </Section>
        </Stack>
        <Section id="resident-health" title={t('residents.sections.health')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{or(resident.healthNotes)}</Text>
        </Section>
      </SimpleGrid>
      <CarePlanTab residentId={resident.id} resident={resident} />
      <Text size="sm" c="dimmed" mt="lg">
        {t('residents.updatedAt', { at: formatDateTime(resident.updatedAt) })}
      </Text>
    </>
  );
}

export function ResidentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const resident = useResident(id);

  if (resident.isPending) {
    return (
      <Stack gap="lg" role="status" aria-label={t('common.loading')}>
        <Skeleton h={40} w={320} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Skeleton h={320} />
          <Skeleton h={320} />
        </SimpleGrid>
      </Stack>
    );
  }
  if (resident.isError) {
    return (
      <Stack gap="md">
        <QueryError error={resident.error} onRetry={() => void resident.refetch()} />
        <Anchor component={Link} to={paths.residents.href()}>
          {t('residents.backToList')}
        </Anchor>
      </Stack>
    );
  }
  return <ResidentRecord resident={resident.data} />;
}
