// The notes tab of a resident's record: write a note, then the latest notes, newest first.
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/session';
import { LoadOlder } from '../../../components/load-older';
import { QueryError } from '../../../components/query-error';
import { useResidentNotes } from '../api/get-resident-notes';
import { NoteCard } from './note-card';
import { QuickNoteForm } from './quick-note-form';

export function ResidentNotesTab({
  residentId,
  canWrite,
}: {
  residentId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const notes = useResidentNotes(residentId);
  const canRead = useCan('notes.read');
  if (!canRead) return null;
  const items = notes.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Stack gap="md">
      {canWrite ? (
        <Paper withBorder p="md">
          <QuickNoteForm residentId={residentId} />
        </Paper>
      ) : null}
      {notes.isError ? (
        <QueryError error={notes.error} onRetry={() => void notes.refetch()} />
      ) : null}
      {notes.data && items.length === 0 && !notes.hasNextPage ? (
        <Text c="dimmed">{t('notes.empty')}</Text>
      ) : null}
      {items.map((note) => (
        <NoteCard key={note.id} note={note} />
      ))}
      {notes.data ? (
        <LoadOlder
          pages={notes.data.pages}
          hasNextPage={notes.hasNextPage}
          isFetchingNextPage={notes.isFetchingNextPage}
          fetchNextPage={notes.fetchNextPage}
        />
      ) : null}
    </Stack>
  );
}
