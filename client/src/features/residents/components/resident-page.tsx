// One resident's record in tabs: the person and their papers, the care summary, the stay, the
// notes. Field groups a role may not see are absent (the server leaves them out). Printable.
import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
} from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { formatDateTime, formatDay } from '@care/shared/dates';
import type { ResidentView } from '@care/shared/residents';
import { paths } from '../../../app/paths';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useUrlFilters } from '../../../hooks/use-url-filters';
import { ResidentNotesTab } from '../../notes/components/resident-notes-tab';
import { CarePlanTab } from '../../care-plans/components/care-plan-tab';
import { DocumentsTab } from '../../documents/components/documents-tab';
import { IncidentDocuments } from '../../documents/components/incident-documents';
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
import { IdentityTab } from './identity-tab';
import { StayTab } from './stay-tab';

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
              <Badge component="span" key={f.kind} color={f.daysLeft < 0 ? 'red' : 'orange'}>
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
            extra={
              canSeeDocuments
                ? (incident) => (
                    <IncidentDocuments
                      residentId={resident.id}
                      incidentId={incident.id}
                      label={`${t(`incidents.types.${incident.type}`)} ${formatDateTime(incident.occurredAt)}`}
                    />
                  )
                : undefined
            }
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
