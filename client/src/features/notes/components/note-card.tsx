// One care note as staff read it: type, time, shift, author, the handover flag, and any earlier
// wording (an edit never hides what was first written).
import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@care/shared/dates';
import type { NoteView } from '@care/shared/care-notes';
import { errorMessage, isApiError } from '../../../app/errors';
import { useCurrentUser } from '../../../app/session';
import { useEditNote } from '../api/write-note';

export function NoteCard({
  note,
  showResident = false,
}: {
  note: NoteView;
  showResident?: boolean;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const edit = useEditNote(note.residentId);
  const mine = user.id === note.author.id || user.role === 'manager';
  const [, shift] = note.shiftKey.split('/');

  return (
    <Paper withBorder p="sm" component="article">
      <Group justify="space-between" gap="xs" mb={4}>
        <Group gap="xs">
          <Badge>{t(`notes.types.${note.type}`)}</Badge>
          {note.forHandover ? <Badge color="orange">{t('notes.handover')}</Badge> : null}
          {showResident ? (
            <Text size="sm" fw={600}>
              {note.residentName} · {note.room}
            </Text>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(note.at)} · {t(`notes.shifts.${shift}`)} · {note.author.fullName}
        </Text>
      </Group>
      {editing ? (
        <Stack gap="xs">
          <Textarea
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            aria-label={t('notes.text')}
          />
          {edit.error ? (
            <Text size="sm" c="red" role="alert">
              {isApiError(edit.error, 'stale_version')
                ? t('notes.stale')
                : errorMessage(t, edit.error)}
            </Text>
          ) : null}
          <Group gap="xs" justify="flex-end">
            <Button variant="default" size="xs" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              size="xs"
              loading={edit.isPending}
              onClick={() =>
                edit.mutate(
                  { id: note.id, version: note.version, text },
                  { onSuccess: () => setEditing(false) },
                )
              }
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {note.text}
        </Text>
      )}
      {note.revisions.length > 0 ? (
        <details>
          <summary>
            <Text span size="xs" c="dimmed">
              {t('notes.edited', { count: note.revisions.length })}
            </Text>
          </summary>
          {note.revisions.map((r) => (
            <Text key={r.at} size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {formatDateTime(r.at)} · {r.by}: <s>{r.text}</s>
            </Text>
          ))}
        </details>
      ) : null}
      {mine && !editing ? (
        <Group justify="flex-end">
          <Button variant="subtle" size="xs" onClick={() => setEditing(true)}>
            {t('notes.correct')}
          </Button>
        </Group>
      ) : null}
    </Paper>
  );
}
