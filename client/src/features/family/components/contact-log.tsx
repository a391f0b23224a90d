// The log of visits and calls with the family: staff on duty add an entry; the newest come first.
import { useState } from 'react';
import { Badge, Button, Group, Paper, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { centreDay, formatDay } from '@care/shared/dates';
import { contactKinds } from '@care/shared/family';
import { ApiError } from '../../../app/api-client';
import { useCan } from '../../../app/session';
import { QueryError } from '../../../components/query-error';
import { useContacts, useLogContact } from '../api/family';

export function ContactLog({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const contacts = useContacts(residentId);
  const log = useLogContact(residentId);
  const canLog = useCan('family.log');
  const [entry, setEntry] = useState({
    kind: 'visit_at_centre' as (typeof contactKinds)[number],
    on: centreDay(),
    withWhom: '',
    note: '',
  });
  const fields: Record<string, string> = log.error instanceof ApiError ? log.error.fields : {};
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {t('family.contacts')}
      </Title>
      {canLog ? (
        <Group align="flex-end" mb="md" wrap="wrap">
          <Select
            label={t('family.contactKind')}
            data={contactKinds.map((k) => ({ value: k, label: t(`family.contactKinds.${k}`) }))}
            value={entry.kind}
            onChange={(v) => v && setEntry({ ...entry, kind: v as typeof entry.kind })}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={t('family.on')}
            value={entry.on}
            max={centreDay()}
            error={fields.on}
            onChange={(e) => setEntry({ ...entry, on: e.currentTarget.value })}
          />
          <TextInput
            label={t('family.withWhom')}
            value={entry.withWhom}
            error={fields.withWhom}
            onChange={(e) => setEntry({ ...entry, withWhom: e.currentTarget.value })}
          />
          <TextInput
            label={t('family.note')}
            value={entry.note}
            style={{ flex: 1 }}
            onChange={(e) => setEntry({ ...entry, note: e.currentTarget.value })}
          />
          <Button
            loading={log.isPending}
            onClick={() =>
              log.mutate(entry, { onSuccess: () => setEntry({ ...entry, withWhom: '', note: '' }) })
            }
          >
            {t('family.log')}
          </Button>
        </Group>
      ) : null}
      {contacts.isError ? (
        <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : null}
      {contacts.data?.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('family.noContacts')}
        </Text>
      ) : null}
      {contacts.data?.data.length ? (
        <Table>
          <Table.Tbody>
            {contacts.data.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{formatDay(c.on)}</Table.Td>
                <Table.Td>
                  <Badge color="grape">{t(`family.contactKinds.${c.kind}`)}</Badge>
                </Table.Td>
                <Table.Td>{c.withWhom}</Table.Td>
                <Table.Td>{c.note}</Table.Td>
                <Table.Td>{c.by}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Paper>
  );
}
