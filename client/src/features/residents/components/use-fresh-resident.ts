// Keeps the record a dialog edits, and reloads it when someone else saved first (409): the
// dialog then shows the newer record at its version.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResidentView } from '@care/shared/residents';
import { getResident } from '../api/get-resident';

export function useFreshResident(initial: ResidentView, onFresh: (fresh: ResidentView) => void) {
  const queryClient = useQueryClient();
  const [resident, setResident] = useState(initial);
  const [stale, setStale] = useState(false);
  const reload = useMutation({
    mutationFn: () => getResident(initial.id),
    onSuccess: (fresh) => {
      queryClient.setQueryData(['residents', 'detail', fresh.id], fresh);
      setResident(fresh);
      setStale(false);
      onFresh(fresh);
    },
  });
  return { resident, stale, markStale: () => setStale(true), reload };
}
