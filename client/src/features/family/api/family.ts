// /api/residents/:id/family and /family/contacts: read and save the family record, log contacts.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactLogView, FamilySaveInput, FamilyView } from '@care/shared/family';
import type { z } from 'zod';
import type { contactLogSchema } from '@care/shared/family';
import { api, apiPage } from '../../../app/api-client';

const base = (id: string) => `/residents/${encodeURIComponent(id)}/family`;

export function familyQuery(id: string) {
  return queryOptions({
    queryKey: ['family', id],
    queryFn: ({ signal }) => api<FamilyView>(base(id), { signal }),
  });
}
export const useFamily = (id: string) => useQuery(familyQuery(id));

export function contactsQuery(id: string) {
  return queryOptions({
    queryKey: ['family', id, 'contacts'],
    queryFn: ({ signal }) => apiPage<ContactLogView>(`${base(id)}/contacts`, { signal }),
  });
}
export const useContacts = (id: string) => useQuery(contactsQuery(id));

export function useSaveFamily(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FamilySaveInput) => api<FamilyView>(base(id), { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(['family', id], saved),
  });
}

export function useLogContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof contactLogSchema>) =>
      api<ContactLogView>(`${base(id)}/contacts`, { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['family', id, 'contacts'] }),
  });
}
