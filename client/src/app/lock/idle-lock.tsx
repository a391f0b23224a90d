// Shared duty-desk tablets: after the centre's idle time the screen locks. It stays mounted under
// the lock (a half-typed note survives), the server session ends, and requests wait; the same user
// unlocks with their password, or another member of staff signs in on the same screen.
import { useState, type ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionView, UserView } from '@care/shared/users';
import { holdRequests, releaseRequests } from '../api-client';
import { logout } from '../logout';
import { resumeSession, switchSession } from '../session';
import { LockPanel } from './lock-panel';
import { useIdleTimer } from './use-idle-timer';

type Props = { user: UserView; idleMinutes: number; children: ReactNode };

export function IdleLock({ user, idleMinutes, children }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [locked, setLocked] = useState<{ title: string } | null>(null);
  const lock = () => {
    holdRequests();
    notifications.clean();
    setLocked({ title: document.title });
    document.title = `${t('lock.title')} · ${t('app.centreName')}`;
    // Nothing can be read through the session until someone signs in again, devtools or not.
    void logout().catch(() => undefined);
  };
  useIdleTimer(idleMinutes > 0 && !locked ? idleMinutes * 60_000 : null, lock);

  const unlocked = (view: SessionView) => {
    if (view.user?.id === user.id) {
      resumeSession(queryClient, view);
      releaseRequests(true);
      document.title = locked?.title ?? document.title;
    } else {
      releaseRequests(false);
      switchSession(queryClient, view);
      // The screen's own title may name what the new user may not see; it sets its own again.
      document.title = t('app.centreName');
    }
    setLocked(null);
  };

  return (
    <>
      {children}
      {locked ? <LockPanel user={user} onUnlocked={unlocked} /> : null}
    </>
  );
}
