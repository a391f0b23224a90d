// The audit trail (administrators only): who did what to which record, each row opening its changes.
import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import 'dayjs/locale/en-gb';
import { Fragment, useState } from 'react';
import {
  ActionIcon,
  Badge,
  Paper,
  Select,
  SimpleGrid,
  Table,
  Text,
  VisuallyHidden,
  TextInput,
} from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconChevronDown, IconChevronRight, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  auditActions,
  auditEntities,
  auditQuerySchema,
  type AuditAction,
  type AuditEventView,
} from '@care/shared/audit';
import { centreDay, formatDateTime } from '@care/shared/dates';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { LoadOlder } from '../../../components/load-older';
import { QueryError } from '../../../components/query-error';
import { readQuery, useSearchBox, useUrlFilters } from '../../../hooks/use-url-filters';
import { useAuditActors } from '../api/get-audit-actors';
import { useAuditEvents, type AuditFilters } from '../api/get-audit-events';
import { AuditChanges } from './audit-changes';

const columns = 6;

const actionColors: Record<AuditAction, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  read: 'gray',
  login: 'teal',
  login_failed: 'orange',
  lockout: 'red',
  logout: 'gray',
};

function readFilters(params: URLSearchParams) {
  const f = readQuery(auditQuerySchema, params);
  return {
    actorId: f.actorId ?? null,
    action: f.action ?? null,
    entity: f.entity ?? null,
    entityId: f.entityId ?? null,
    record: f.record ?? '',
    from: f.from ?? null,
    to: f.to ?? null,
  };
}

function AuditRow({ event }: { event: AuditEventView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = `audit-${event.id}`;
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td w={48}>
          {event.changes.length > 0 ? (
            <ActionIcon
              variant="subtle"
              color="gray.8"
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
              aria-controls={detailsId}
              aria-label={t(open ? 'audit.hideChanges' : 'audit.showChanges')}
            >
              {open ? (
                <IconChevronDown size={18} aria-hidden />
              ) : (
                <IconChevronRight size={18} aria-hidden />
              )}
            </ActionIcon>
          ) : null}
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at)}</Table.Td>
        <Table.Td>{event.actorName}</Table.Td>
        <Table.Td>
          <Badge color={actionColors[event.action]}>{t(`audit.action.${event.action}`)}</Badge>
        </Table.Td>
        <Table.Td>
          <Text size="sm" span c="dimmed">
            {t(`audit.entity.${event.entity}`)}:
          </Text>{' '}
          <Text size="sm" span fw={600}>
            {event.entityLabel}
          </Text>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {event.changes.length > 0 ? t('audit.changeCount', { count: event.changes.length }) : '—'}
        </Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr id={detailsId}>
          <Table.Td />
          <Table.Td colSpan={columns - 1} pb="md">
            <AuditChanges changes={event.changes} />
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Fragment>
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [params, update] = useUrlFilters();
  const filters = readFilters(params);
  const actors = useAuditActors();
  const [record, setRecord] = useSearchBox(filters.record, (value) => update({ record: value }));

  const query: AuditFilters = {
    limit: 50,
    actorId: filters.actorId ?? undefined,
    action: filters.action ?? undefined,
    entity: filters.entity ?? undefined,
    entityId: filters.entityId ?? undefined,
    record: filters.record || undefined,
    from: filters.from ?? undefined,
    to: filters.to ?? undefined,
  };
  const events = useAuditEvents(query);
  const rows = events.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <DatesProvider
      settings={{ locale: i18n.language === 'en' ? 'en-gb' : 'vi', firstDayOfWeek: 1 }}
    >
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <Paper withBorder p="md" mb="md" component="search" aria-label={t('audit.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="md">
          <Select
            label={t('audit.actor')}
            placeholder={t('audit.allActors')}
            data={actors.data ?? []}
            value={filters.actorId}
            onChange={(value) => update({ actorId: value })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            label={t('audit.actionLabel')}
            placeholder={t('audit.allActions')}
            data={auditActions.map((a) => ({ value: a, label: t(`audit.action.${a}`) }))}
            value={filters.action}
            onChange={(value) => update({ action: value })}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
          />
          <Select
            label={t('audit.entityLabel')}
            placeholder={t('audit.allEntities')}
            data={auditEntities.map((e) => ({ value: e, label: t(`audit.entity.${e}`) }))}
            value={filters.entity}
            onChange={(value) => update({ entity: value })}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
          />
          <TextInput
            label={t('audit.recordLabel')}
            placeholder={t('audit.recordPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={record}
            onChange={(e) => setRecord(e.currentTarget.value)}
            type="search"
          />
          <DatePickerInput
            type="range"
            label={t('audit.dateRange')}
            placeholder={t('audit.anyDate')}
            valueFormat="DD/MM/YYYY"
            value={[filters.from, filters.to]}
            onChange={([from, to]) => update({ from, to })}
            allowSingleDateInRange
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            maxDate={centreDay()}
            // "Any date" stands for a value here, so it is shown as readable text, not a faint hint.
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          />
        </SimpleGrid>
      </Paper>

      {events.isError ? (
        <QueryError error={events.error} onRetry={() => void events.refetch()} />
      ) : null}

      <DataTable
        label={t('audit.title')}
        minWidth={760}
        columns={columns}
        query={{
          isPending: events.isPending,
          isPlaceholderData: events.isPlaceholderData,
          data: events.data ? { data: rows } : undefined,
        }}
        empty={{ title: t('audit.empty'), description: t('audit.emptyHint') }}
        head={
          <>
            <Table.Th>
              <VisuallyHidden>{t('audit.details')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('audit.at')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('audit.actionLabel')}</Table.Th>
            <Table.Th>{t('audit.record')}</Table.Th>
            <Table.Th>{t('audit.changes')}</Table.Th>
          </>
        }
      >
        {rows.map((event) => (
          <AuditRow key={event.id} event={event} />
        ))}
      </DataTable>
      {events.data ? (
        <LoadOlder
          pages={events.data.pages}
          hasNextPage={events.hasNextPage}
          isFetchingNextPage={events.isFetchingNextPage}
          fetchNextPage={events.fetchNextPage}
        />
      ) : null}
    </DatesProvider>
  );
}
