// A dialog that asks for a few words before an action (why a shift ends without a handover, who
// is covering): the text box, why the last try failed, cancel and the action.
import { useState, type ReactNode } from 'react';
import { Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/errors';
import { AppModal } from './app-modal';
import { FormActions } from './form-actions';

type Props = {
  title: ReactNode;
  /** A sentence above the text box. */
  intro?: ReactNode;
  label: string;
  submitLabel: ReactNode;
  cancelLabel?: ReactNode;
  /** The action stays disabled until the trimmed text is this long. */
  minLength: number;
  color?: string;
  loading: boolean;
  error: unknown;
  /** Gets the trimmed text. */
  onSubmit: (text: string) => void;
  onClose: () => void;
};

export function NoteDialog(props: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <AppModal title={props.title} onClose={props.onClose}>
      <Stack>
        {props.intro ? <Text size="sm">{props.intro}</Text> : null}
        <Textarea
          label={props.label}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          data-autofocus
        />
        {props.error ? <Text c="red">{errorMessage(t, props.error)}</Text> : null}
        <FormActions
          onCancel={props.onClose}
          cancelLabel={props.cancelLabel}
          submitLabel={props.submitLabel}
          color={props.color}
          disabled={text.trim().length < props.minLength}
          loading={props.loading}
          onSubmit={() => props.onSubmit(text.trim())}
        />
      </Stack>
    </AppModal>
  );
}
