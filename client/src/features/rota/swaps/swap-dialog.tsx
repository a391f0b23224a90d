// Offer one's shift for cover, or propose a swap with a colleague's shift of the same published
// month: pick the colleague, then their shift; a note for them; sent after one more look.
import { Alert, Button, Group, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView, MonthView } from '@care/shared/rota';
import { ApiError } from '../../../app/api-client';
import { errorMessage } from '../../../app/errors';
import { useFieldError } from '../../../app/i18n/form-errors';
import { AppModal } from '../../../components/app-modal';
import { useSwapChange } from '../api/swaps';
import type { Lookup } from '../components/rota-text';
import { shiftText } from './swap-words';

type Props = {
  entry: EntryView;
  month: MonthView;
  me: string;
  lookup: Lookup;
  onClose: () => void;
  onSent: () => void;
};

export function SwapDialog({ entry, month, me, lookup, onClose, onSent }: Props) {
  const { t } = useTranslation();
  const change = useSwapChange();
  const fieldError = useFieldError();
  const [kind, setKind] = useState<'cover' | 'swap'>('cover');
  const [colleague, setColleague] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [now] = useState(() => Date.now());
  const future = month.entries.filter((e) => Date.parse(e.start) > now && e.id !== entry.id);
  const withShifts = new Set(future.filter((e) => e.staffId !== me).map((e) => e.staffId));
  const colleagues = month.staff.filter((s) => s.id !== me && withShifts.has(s.id));
  const theirs = future
    .filter((e) => e.staffId === colleague)
    .sort((a, b) => a.start.localeCompare(b.start));
  const fields = change.error instanceof ApiError ? change.error.fields : {};
  const ready = kind === 'cover' || !!target;
  const send = () =>
    change.mutate(
      {
        kind: 'create',
        body:
          kind === 'cover'
            ? { kind, entryId: entry.id, note }
            : { kind, entryId: entry.id, targetEntryId: target!, note },
      },
      { onSuccess: onSent },
    );
  return (
    <AppModal onClose={onClose} title={t('rotaSwaps.dialog.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) send();
        }}
      >
        <Stack>
          <Text>
            <Text span fw={700}>
              {t('rotaSwaps.dialog.yourShift')}:
            </Text>{' '}
            {shiftText(t, lookup, entry)}
          </Text>
          <Radio.Group
            label={t('rotaSwaps.dialog.kind')}
            value={kind}
            onChange={(v) => setKind(v === 'swap' ? 'swap' : 'cover')}
          >
            <Stack gap="xs" mt={4}>
              <Radio
                value="cover"
                label={t('rotaSwaps.kinds.cover')}
                description={t('rotaSwaps.dialog.coverHelp')}
              />
              <Radio
                value="swap"
                label={t('rotaSwaps.kinds.swap')}
                description={t('rotaSwaps.dialog.swapHelp')}
              />
            </Stack>
          </Radio.Group>
          {kind === 'swap' ? (
            colleagues.length === 0 ? (
              <Alert color="blue">{t('rotaSwaps.dialog.noColleagues')}</Alert>
            ) : (
              <>
                <Select
                  label={t('rotaSwaps.dialog.colleague')}
                  placeholder={t('rotaSwaps.dialog.pickColleague')}
                  searchable
                  data={colleagues.map((s) => ({ value: s.id, label: s.fullName }))}
                  value={colleague}
                  onChange={(v) => {
                    setColleague(v);
                    setTarget(null);
                  }}
                />
                <Select
                  label={t('rotaSwaps.dialog.theirShift')}
                  placeholder={t('rotaSwaps.dialog.pickShift')}
                  disabled={!colleague}
                  data={theirs.map((e) => ({ value: e.id, label: shiftText(t, lookup, e) }))}
                  value={target}
                  onChange={setTarget}
                  error={fieldError(fields.targetEntryId)}
                />
              </>
            )
          ) : null}
          <Textarea
            label={t('rotaSwaps.dialog.note')}
            description={t('rotaSwaps.dialog.noteHelp')}
            value={note}
            maxLength={300}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(fields.note)}
          />
          <Text size="sm" c="dimmed">
            {t('rotaSwaps.dialog.next')}
          </Text>
          {change.error && !Object.keys(fields).length ? (
            <Alert color="red" role="alert">
              {errorMessage(t, change.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!ready} loading={change.isPending}>
              {t(kind === 'cover' ? 'rotaSwaps.dialog.sendCover' : 'rotaSwaps.dialog.sendSwap')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
