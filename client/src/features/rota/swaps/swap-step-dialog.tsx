// The confirmation of one step of a request (accept, decline, withdraw, reject): what it does, a
// note (a rejection must say why), and the answer in words when it is refused.
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwapView } from '@care/shared/rota-swaps';
import { ApiError } from '../../../app/api-client';
import { errorMessage } from '../../../app/errors';
import { useFieldError } from '../../../app/i18n/form-errors';
import { AppModal } from '../../../components/app-modal';
import { useSwapChange, type SwapAction } from '../api/swaps';
import type { Lookup } from '../components/rota-text';
import { shiftText } from './swap-words';

type Props = {
  swap: SwapView;
  action: Exclude<SwapAction, 'approve'>;
  lookup: Lookup;
  onClose: () => void;
};

export function SwapStepDialog({ swap, action, lookup, onClose }: Props) {
  const { t } = useTranslation();
  const change = useSwapChange();
  const fieldError = useFieldError();
  const [note, setNote] = useState('');
  const fields = change.error instanceof ApiError ? change.error.fields : {};
  return (
    <AppModal onClose={onClose} title={t(`rotaSwaps.confirm.${action}`)} size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate(
            { kind: action, id: swap.id, body: { version: swap.version, note } },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack>
          <Text>{t(`rotaSwaps.confirmBody.${action}`, { name: swap.requester.fullName })}</Text>
          <Text fw={600}>{shiftText(t, lookup, swap.entry)}</Text>
          {swap.targetEntry ? (
            <Text>
              {t('rotaSwaps.confirmBody.inReturn', { name: swap.target?.fullName })}{' '}
              <Text span fw={600}>
                {shiftText(t, lookup, swap.targetEntry)}
              </Text>
            </Text>
          ) : null}
          {action !== 'withdraw' ? (
            <Textarea
              label={t(action === 'reject' ? 'rotaSwaps.confirm.reason' : 'rotaSwaps.dialog.note')}
              required={action === 'reject'}
              value={note}
              maxLength={300}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={fieldError(fields.note)}
              data-autofocus
            />
          ) : null}
          {change.error && !Object.keys(fields).length ? (
            <Alert color="red" role="alert">
              {errorMessage(t, change.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={action === 'accept' ? undefined : 'red.9'}
              loading={change.isPending}
            >
              {t(`rotaSwaps.do.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
