// Keeps the version a plan form sends, and reloads the plan when someone else changed it (409).
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { CarePlanView } from '@care/shared/care-plans';
import { getCarePlan } from '../api/get-care-plan';

export function useFreshPlan(initial: CarePlanView, onReloaded: (fresh: CarePlanView) => void) {
  const [plan, setPlan] = useState(initial);
  const [stale, setStale] = useState(false);
  const reload = useMutation({
    mutationFn: () => getCarePlan(initial.residentId, initial.id),
    onSuccess: (fresh) => {
      setPlan(fresh);
      setStale(false);
      onReloaded(fresh);
    },
  });
  return { plan, stale, markStale: () => setStale(true), reload };
}
