// Keeps the version a dialog sends, and reloads the account when someone else changed it (409).
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { UserView } from '@care/shared/users';
import { getUser } from '../api/get-user';

export function useFreshUser(initial: UserView) {
  const [user, setUser] = useState(initial);
  const [stale, setStale] = useState(false);
  const reload = useMutation({
    mutationFn: () => getUser(initial.id),
    onSuccess: (fresh) => {
      setUser(fresh);
      setStale(false);
    },
  });
  return { user, stale, markStale: () => setStale(true), reload };
}
