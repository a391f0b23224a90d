// The documents tab: scans and photos of the record, the admission file items they prove, and
// an upload (PDF, JPEG or PNG up to 10 MB; the server checks the type by content).
import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@care/shared/dates';
import { documentKinds } from '@care/shared/documents';
import { admissionChecklistItems } from '@care/shared/residents';
import { errorMessage } from '../../../app/errors';
import { useCan } from '../../../app/session';
import { QueryError } from '../../../components/query-error';
import { useDocuments, useUpload } from '../api/documents';
import { DocumentFileInput, DocumentLink, isTooBig } from './document-parts';

export function DocumentsTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const documents = useDocuments(residentId);
  const upload = useUpload(residentId);
  const canWrite = useCan('documents.write');
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<(typeof documentKinds)[number]>('admission');
  const [title, setTitle] = useState('');
  const [checklistItem, setChecklistItem] = useState<string | null>(null);
  const tooBig = isTooBig(file);
  const submit = () =>
    file &&
    upload.mutate(
      {
        file,
        kind,
        title: title || file.name,
        ...(kind === 'admission' && checklistItem
          ? { checklistItem: checklistItem as (typeof admissionChecklistItems)[number] }
          : {}),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('documents.uploaded') });
          setFile(null);
          setTitle('');
        },
      },
    );
  return (
    <Stack gap="md">
      {canWrite ? (
        <Paper withBorder p="md">
          <Group align="flex-end" wrap="wrap">
            <DocumentFileInput file={file} onChange={setFile} />
            <Select
              label={t('documents.kind')}
              data={documentKinds.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))}
              value={kind}
              onChange={(v) => v && setKind(v as typeof kind)}
              allowDeselect={false}
            />
            {kind === 'admission' ? (
              <Select
                label={t('documents.checklistItem')}
                data={admissionChecklistItems.map((c) => ({
                  value: c,
                  label: t(`residents.checklist.${c}`),
                }))}
                value={checklistItem}
                onChange={setChecklistItem}
                clearable
              />
            ) : null}
            <TextInput
              label={t('documents.title')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              placeholder={file?.name}
            />
            <Button
              leftSection={<IconUpload size={16} aria-hidden />}
              onClick={submit}
              disabled={!file || tooBig}
              loading={upload.isPending}
            >
              {t('documents.upload')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mt="xs">
            {t('documents.hint')}
          </Text>
          {upload.error ? (
            <Alert color="red" mt="sm" role="alert">
              {errorMessage(t, upload.error)}
            </Alert>
          ) : null}
        </Paper>
      ) : null}
      {documents.isError ? (
        <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
      ) : null}
      {documents.data?.data.length === 0 ? <Text c="dimmed">{t('documents.empty')}</Text> : null}
      {documents.data?.data.length ? (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('documents.list')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.title')}</Table.Th>
                <Table.Th>{t('documents.kind')}</Table.Th>
                <Table.Th>{t('documents.uploadedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.data.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <DocumentLink residentId={residentId} doc={d} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color="gray">{t(`documents.kinds.${d.kind}`)}</Badge>
                    {d.checklistItem ? ` ${t(`residents.checklist.${d.checklistItem}`)}` : ''}
                  </Table.Td>
                  <Table.Td>
                    {formatDateTime(d.uploadedAt)} · {d.uploadedBy}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
