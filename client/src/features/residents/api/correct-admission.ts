// PUT /api/residents/:id/episodes/:episodeId/admission: correct the admission of the open episode
// at the version read (409 stale_version; 409 episode_closed once the episode is closed).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { episodeEditSchema, ResidentView } from '@care/shared/residents';
import { api } from '../../../app/api-client';

export function useCorrectAdmission(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      episodeId,
      body,
    }: {
      episodeId: string;
      body: z.input<typeof episodeEditSchema>;
    }) =>
      api<ResidentView>(
        `/residents/${encodeURIComponent(id)}/episodes/${encodeURIComponent(episodeId)}/admission`,
        { method: 'PUT', body },
      ),
    onSuccess: (saved) => queryClient.setQueryData(['residents', 'detail', id], saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['residents'] }),
  });
}
