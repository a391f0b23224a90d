// Parts every document screen shares: the file picker (the three types, the size limit said
// before sending) and the link that opens a document (each read audited by the server).
import { Anchor, FileInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { documentTypes, maxDocumentBytes, type DocumentView } from '@care/shared/documents';
import { documentHref } from '../api/documents';

export const isTooBig = (file: File | null) => file !== null && file.size > maxDocumentBytes;

export function DocumentFileInput({
  file,
  onChange,
  label,
}: {
  file: File | null;
  onChange: (file: File | null) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <FileInput
      label={label ?? t('documents.file')}
      placeholder={t('documents.choose')}
      accept={documentTypes.join(',')}
      value={file}
      onChange={onChange}
      error={isTooBig(file) ? t('documents.tooBig') : undefined}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      style={{ minWidth: 270 }}
    />
  );
}

export function DocumentLink({ residentId, doc }: { residentId: string; doc: DocumentView }) {
  return (
    <>
      <Anchor href={documentHref(residentId, doc.id)} target="_blank" rel="noopener" size="sm">
        {doc.title}
      </Anchor>{' '}
      <Text span size="xs" c="dimmed">
        ({Math.max(1, Math.round(doc.size / 1024))} kB)
      </Text>
    </>
  );
}
