// The documents of one incident, inside its card: the scans and photos attached to it (each
// opens in a new tab, the read audited) and, for staff who may, attaching another.
import { useState } from 'react';
import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@care/shared/dates';
import { errorMessage } from '../../../app/errors';
import { useCan } from '../../../app/session';
import { QueryError } from '../../../components/query-error';
import { useDocuments, useUpload } from '../api/documents';
import { DocumentFileInput, DocumentLink, isTooBig } from './document-parts';

export function IncidentDocuments({
  residentId,
  incidentId,
  label,
}: {
  residentId: string;
  incidentId: string;
  /** What the incident is, for the picker's accessible name ("Té ngã 25/11/2026 21:40"). */
  label: string;
}) {
  const { t } = useTranslation();
  const documents = useDocuments(residentId, incidentId);
  const upload = useUpload(residentId);
  const canWrite = useCan('documents.write');
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const attach = () =>
    file &&
    upload.mutate(
      { file, kind: 'incident', title: title.trim() || file.name, incidentId },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('incidentDocuments.attached') });
          setFile(null);
          setTitle('');
        },
      },
    );
  const items = documents.data?.data ?? [];
  return (
    <Stack gap={6} mt="sm" component="section" aria-label={t('incidentDocuments.of', { label })}>
      <Text fw={600} size="sm">
        {t('incidentDocuments.title')}
      </Text>
      {documents.isError ? (
        <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
      ) : null}
      {documents.isSuccess && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidentDocuments.empty')}
        </Text>
      ) : null}
      {items.length ? (
        <List size="sm" spacing={2}>
          {items.map((d) => (
            <List.Item key={d.id}>
              <DocumentLink residentId={residentId} doc={d} />{' '}
              <Text span size="xs" c="dimmed">
                {formatDateTime(d.uploadedAt)} · {d.uploadedBy}
              </Text>
            </List.Item>
          ))}
        </List>
      ) : null}
      {canWrite ? (
        <Group align="flex-end" gap="sm" wrap="wrap" className="no-print">
          <DocumentFileInput file={file} onChange={setFile} label={t('incidentDocuments.file')} />
          <TextInput
            label={t('documents.title')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            placeholder={file?.name}
          />
          <Button
            variant="default"
            leftSection={<IconPaperclip size={16} aria-hidden />}
            onClick={attach}
            disabled={!file || isTooBig(file)}
            loading={upload.isPending}
          >
            {t('incidentDocuments.attach')}
          </Button>
        </Group>
      ) : null}
      {upload.error ? (
        <Alert color="red" role="alert">
          {errorMessage(t, upload.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
