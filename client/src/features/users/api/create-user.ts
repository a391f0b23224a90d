// POST /api/users: an administrator opens an account for a member of staff.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserCreateInput, UserView } from '@care/shared/users';
import { api } from '../../../app/api-client';
import { usersKey } from './get-users';

export function createUser(input: UserCreateInput): Promise<UserView> {
  return api<UserView>('/users', { method: 'POST', body: input });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
