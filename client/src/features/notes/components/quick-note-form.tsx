// Writing a care note at the duty desk: pick a type (one tap), type, save (one tap). The handover
// flag is one more tap when the next shift must know.
import { Button, Checkbox, Chip, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { noteCreateSchema, noteTypes } from '@care/shared/care-notes';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { errorMessage } from '../../../app/errors';
import { useWriteNote } from '../api/write-note';

type Values = z.input<typeof noteCreateSchema>;

export function QuickNoteForm({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const write = useWriteNote(residentId);
  const form = useForm<Values, unknown, z.output<typeof noteCreateSchema>>({
    resolver: zodResolver(noteCreateSchema, zodMessages),
    defaultValues: { type: 'observation', text: '', forHandover: false },
  });
  const submit = form.handleSubmit((values) =>
    write.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('notes.saved') });
        // The type stays chosen: several notes of one kind are often written in a row.
        form.reset({ type: values.type, text: '', forHandover: false });
      },
      onError: (error) => {
        if (!setServerFieldErrors(error, form.setError, ['text', 'type']))
          notifications.show({ color: 'red', message: errorMessage(t, error) });
      },
    }),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('notes.newNote')}>
      <Stack gap="sm">
        <Controller
          control={form.control}
          name="type"
          render={({ field }) => (
            <Chip.Group value={field.value} onChange={(v) => field.onChange(v)}>
              <Group gap="xs" role="radiogroup" aria-label={t('notes.type')}>
                {noteTypes.map((type) => (
                  <Chip key={type} value={type} size="md">
                    {t(`notes.types.${type}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          )}
        />
        <Textarea
          label={t('notes.text')}
          placeholder={t('notes.textPlaceholder')}
          autosize
          minRows={3}
          error={fieldError(form.formState.errors.text)}
          {...form.register('text')}
          onKeyDown={(e) => {
            // Ctrl+Enter saves, as in chat tools.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          }}
        />
        <Group justify="space-between">
          <Checkbox label={t('notes.forHandover')} {...form.register('forHandover')} size="md" />
          <Button type="submit" loading={write.isPending}>
            {t('notes.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
