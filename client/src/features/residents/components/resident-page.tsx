// One resident's record in tabs: the person and their papers, the care summary, the stay, the
// notes. Field groups a role may not see are absent (the server leaves them out). Printable.
import { useState, type ReactNode } from 'react';
import {
  Anchor,
  Badge,
  Button,
  DataList,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { centreDay, formatDateTime, formatDay } from '@care/shared/dates';
import { ageOf } from '@care/shared/resident-rules';
import type { ResidentView } from '@care/shared/residents';
import { paths } from '../../../app/paths';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useUrlFilters } from '../../../hooks/use-url-filters';
import { ResidentNotesTab } from '../../notes/components/resident-notes-tab';
import { CarePlanTab } from '../../care-plans/components/care-plan-tab';
import { DocumentsTab } from '../../documents/components/documents-tab';
import { FamilyTab } from '../../family/components/family-tab';
import { HealthTab } from '../../health-records/components/health-tab';
import { IncidentsTab } from '../../incidents/components/incidents-tab';
import { AccessTab } from '../../timeline/components/access-tab';
import { TimelineTab } from '../../timeline/components/timeline-tab';
import { useCareSummary } from '../api/get-care-summary';
import { useResident } from '../api/get-resident';
import { CareProfileDialog } from './care-profile-dialog';
import { CareSummaryCard } from './care-summary-card';
import { CategoryBadge, StatusBadge } from './resident-badges';
import { StayTab } from './stay-tab';

function Section({
  id,
  title,
  children,
  action,
}: {
  id: string;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} className="print-section">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {action}
      </Group>
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

function IdentityTab({ resident }: { resident: ResidentView }) {
  const { t } = useTranslation();
  const empty = (
    <Text span c="dimmed" fz="inherit">
      {t('residents.notRecorded')}
    </Text>
  );
  const or = (value: string | null | undefined): ReactNode => (value?.trim() ? value : empty);
  const place = (
    p: { province: string | null; commune: string; oldAddress: string } | undefined,
  ) =>
    p
      ? [p.commune, p.province].filter(Boolean).join(', ') +
        (p.oldAddress ? ` (${t('record.oldAddress')}: ${p.oldAddress})` : '')
      : '';
  const { identity, placement, legal, medical } = resident;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Section id="resident-identity" title={t('residents.sections.identity')}>
        <DataList labelWidth={170}>
          <Field label={t('residents.fullName')}>{resident.fullName}</Field>
          {identity?.otherNames ? (
            <Field label={t('record.otherNames')}>{identity.otherNames}</Field>
          ) : null}
          <Field label={t('residents.gender.label')}>
            {t(`residents.gender.${resident.gender}`)}
          </Field>
          <Field label={t('residents.birthDate')}>
            {resident.birthDate
              ? formatDay(resident.birthDate)
              : t('record.birthYearOnly', { year: resident.birthYear })}{' '}
            ({t('residents.age', { count: ageOf(resident, centreDay()) })})
          </Field>
          <Field label={t('record.ethnicity')}>{or(identity?.ethnicity)}</Field>
          <Field label={t('record.religion')}>
            {identity ? t(`residents.religion.${identity.religion}`) : empty}
          </Field>
          <Field label={t('residents.hometown')}>{or(place(identity?.hometown))}</Field>
          <Field label={t('record.address')}>{or(place(identity?.address))}</Field>
          <Field label={t('record.insurance')}>{or(identity?.healthInsuranceNumber)}</Field>
        </DataList>
      </Section>
      <Section id="resident-placement" title={t('record.placement')}>
        <DataList labelWidth={170}>
          <Field label={t('residents.categoryLabel')}>
            <Group gap={4}>
              {resident.categories.map((c) => (
                <CategoryBadge key={c} category={c} />
              ))}
            </Group>
          </Field>
          <Field label={t('record.decree20Group')}>{or(placement.decree20Group)}</Field>
          {placement.disabilityType ? (
            <Field label={t('record.disability')}>
              {t(`residents.disabilityType.${placement.disabilityType}`)}
              {placement.disabilityLevel
                ? ` · ${t(`residents.disabilityLevel.${placement.disabilityLevel}`)}`
                : ''}
            </Field>
          ) : null}
          <Field label={t('record.diagnoses')}>{or(placement.diagnoses.join('; '))}</Field>
          <Field label={t('record.unitRoom')}>
            {or([resident.unit, resident.room].filter(Boolean).join(' · '))}
          </Field>
          <Field label={t('record.keyWorker')}>{or(resident.keyWorker?.fullName)}</Field>
          {placement.inEducation ? (
            <Field label={t('record.education')}>{t('record.inEducation')}</Field>
          ) : null}
        </DataList>
      </Section>
      {legal ? (
        <Section id="resident-legal" title={t('record.legal')}>
          <DataList labelWidth={170}>
            <Field label={t('record.idNumber')}>{or(legal.idNumber)}</Field>
            <Field label={t('record.legalPapers')}>
              <Text style={{ whiteSpace: 'pre-wrap' }} fz="inherit">
                {or(legal.legalPapers)}
              </Text>
            </Field>
            <Field label={t('record.abuseHistory')}>
              <Text style={{ whiteSpace: 'pre-wrap' }} fz="inherit">
                {or(legal.abuseHistory)}
              </Text>
            </Field>
          </DataList>
        </Section>
      ) : null}
      {medical ? (
        <Section id="resident-medical" title={t('record.medical')}>
          <DataList labelWidth={170}>
            <Field label={t('record.hivStatus')}>
              {t(`residents.hivStatus.${medical.hivStatus}`)}
            </Field>
          </DataList>
        </Section>
      ) : null}
    </SimpleGrid>
  );
}

function ResidentRecord({ resident }: { resident: ResidentView }) {
  const { t } = useTranslation();
  const backHref = useBackHref();
  const [params, update] = useUrlFilters();
  const tab = params.get('tab') ?? 'identity';
  const [editingCare, setEditingCare] = useState(false);
  const canEditCare = useCan('residents.care_write');
  const canWriteNotes = useCan('notes.write');
  const canSeeAccess = useCan('residents.access_history');
  const canSeeDocuments = useCan('documents.read');
  const canSeeHealth = useCan('health.read');
  const canSeePlans = useCan('care_plans.read');
  // Allergies live in the health record; the care summary brings them with the rest.
  const careSummary = useCareSummary(resident.id);

  return (
    <>
      <PageHeader
        title={resident.fullName}
        description={
          <Group gap="xs" component="span">
            <Text span ff="monospace">
              {resident.code}
            </Text>
            {resident.categories.map((c) => (
              <CategoryBadge key={c} category={c} />
            ))}
            <StatusBadge status={resident.status} />
            {resident.flags.map((f) => (
              <Badge key={f.kind} color={f.daysLeft < 0 ? 'red' : 'orange'}>
                {t(`residents.flag.${f.kind}`, {
                  day: formatDay(f.date),
                  count: Math.abs(f.daysLeft),
                })}
              </Badge>
            ))}
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
      <Tabs
        value={tab}
        onChange={(v) => update({ tab: v === 'identity' ? null : v })}
        keepMounted={false}
      >
        <Tabs.List mb="md" className="no-print">
          <Tabs.Tab value="identity">{t('record.tabs.identity')}</Tabs.Tab>
          <Tabs.Tab value="care">{t('record.tabs.care')}</Tabs.Tab>
          {canSeeHealth ? <Tabs.Tab value="health">{t('record.tabs.health')}</Tabs.Tab> : null}
          {canSeePlans ? <Tabs.Tab value="plan">{t('record.tabs.plan')}</Tabs.Tab> : null}
          <Tabs.Tab value="stay">{t('record.tabs.stay')}</Tabs.Tab>
          <Tabs.Tab value="notes">{t('record.tabs.notes')}</Tabs.Tab>
          <Tabs.Tab value="incidents">{t('record.tabs.incidents')}</Tabs.Tab>
          <Tabs.Tab value="family">{t('record.tabs.family')}</Tabs.Tab>
          {canSeeDocuments ? (
            <Tabs.Tab value="documents">{t('record.tabs.documents')}</Tabs.Tab>
          ) : null}
          <Tabs.Tab value="timeline">{t('record.tabs.timeline')}</Tabs.Tab>
          {canSeeAccess ? <Tabs.Tab value="access">{t('record.tabs.access')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="identity">
          <IdentityTab resident={resident} />
        </Tabs.Panel>
        <Tabs.Panel value="care">
          <Stack gap="sm">
            {canEditCare ? (
              <Group justify="flex-end" className="no-print">
                <Button
                  variant="default"
                  leftSection={<IconPencil size={16} aria-hidden />}
                  onClick={() => setEditingCare(true)}
                >
                  {t('record.editCare')}
                </Button>
              </Group>
            ) : null}
            <CareSummaryCard
              summary={{ ...resident, allergies: careSummary.data?.allergies ?? [] }}
            />
          </Stack>
        </Tabs.Panel>
        {canSeeHealth ? (
          <Tabs.Panel value="health">
            <HealthTab residentId={resident.id} />
          </Tabs.Panel>
        ) : null}
        {canSeePlans ? (
          <Tabs.Panel value="plan">
            <CarePlanTab residentId={resident.id} resident={resident} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="stay">
          <StayTab resident={resident} />
        </Tabs.Panel>
        <Tabs.Panel value="notes">
          <ResidentNotesTab residentId={resident.id} canWrite={canWriteNotes} />
        </Tabs.Panel>
        <Tabs.Panel value="incidents">
          <IncidentsTab
            residentId={resident.id}
            owners={resident.keyWorker ? [resident.keyWorker] : []}
          />
        </Tabs.Panel>
        <Tabs.Panel value="family">
          <FamilyTab residentId={resident.id} />
        </Tabs.Panel>
        {canSeeDocuments ? (
          <Tabs.Panel value="documents">
            <DocumentsTab residentId={resident.id} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="timeline">
          <TimelineTab residentId={resident.id} />
        </Tabs.Panel>
        {canSeeAccess ? (
          <Tabs.Panel value="access">
            <AccessTab residentId={resident.id} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
      <Text size="sm" c="dimmed" mt="lg">
        {t('record.updated', {
          at: formatDateTime(resident.updatedAt),
          by: resident.updatedBy?.fullName ?? '—',
        })}
      </Text>
      {editingCare ? (
        <CareProfileDialog resident={resident} onClose={() => setEditingCare(false)} />
      ) : null}
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
