// The planner's auto-fill controls: a lock mode (a click or Enter on a cell locks or unlocks it;
// the L key does it at any time) and the "Tự động xếp lịch" button with its dialog.
import { Button } from '@mantine/core';
import { IconLock, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lookup } from '../components/rota-text';
import { useCellLocks, useToggleLock } from './api/locks';
import { AutofillDialog } from './autofill-dialog';

export type CellLocks = ReturnType<typeof useLocks>;

/** The month's locked cells (`staffId|day`), the lock mode and a toggle for one cell. */
export function useLocks(month: string, planner: boolean) {
  const query = useCellLocks(month, planner);
  const change = useToggleLock();
  const [mode, setMode] = useState(false);
  const cells = new Set((query.data?.locks ?? []).map((l) => `${l.staffId}|${l.day}`));
  const toggle = (staffId: string, day: string) =>
    change.mutate({ staffId, day, locked: !cells.has(`${staffId}|${day}`) });
  return { cells, mode, setMode, toggle, error: change.error };
}

export function AutofillControls(props: { month: string; lookup: Lookup; locks: CellLocks }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { locks } = props;
  return (
    <>
      <Button
        variant={locks.mode ? 'filled' : 'default'}
        aria-pressed={locks.mode}
        leftSection={<IconLock size={18} aria-hidden />}
        onClick={() => locks.setMode(!locks.mode)}
        title={t('rotaAutofill.lockHint')}
      >
        {locks.mode ? t('rotaAutofill.lockModeOn') : t('rotaAutofill.lockMode')}
      </Button>
      <Button leftSection={<IconWand size={18} aria-hidden />} onClick={() => setOpen(true)}>
        {t('rotaAutofill.open')}
      </Button>
      {open ? (
        <AutofillDialog month={props.month} lookup={props.lookup} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
