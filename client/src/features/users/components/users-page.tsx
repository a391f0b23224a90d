// Staff accounts (administrators only): search, filter, open, edit, switch off, reset passwords.
import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import {
  IconChevronDown,
  IconKey,
  IconPencil,
  IconSearch,
  IconUserCheck,
  IconUserOff,
  IconUserPlus,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@care/shared/dates';
import { userListQuerySchema, type UserView } from '@care/shared/users';
import { useCurrentUser } from '../../../app/session';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { QueryError } from '../../../components/query-error';
import { readQuery, useSearchBox, useUrlFilters } from '../../../hooks/use-url-filters';
import { useUsers, type UserFilters } from '../api/get-users';
import { roleOptions } from './role-options';
import { UserCreateDialog } from './user-create-dialog';
import { UserEditDialog } from './user-edit-dialog';
import { UserPasswordDialog } from './user-password-dialog';
import { UserStatusDialog } from './user-status-dialog';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'status' | 'password'; user: UserView } | null;
const columns = 6;

function readFilters(params: URLSearchParams) {
  const f = readQuery(userListQuerySchema, params);
  return { page: f.page ?? 1, q: f.q ?? '', role: f.role ?? null, active: f.active ?? null };
}

function StateBadge({ user }: { user: UserView }) {
  const { t } = useTranslation();
  if (!user.active) {
    return <Badge color="gray">{t('users.state.inactive')}</Badge>;
  }
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    return (
      <Badge color="orange">
        {t('users.state.locked', { until: formatDateTime(user.lockedUntil) })}
      </Badge>
    );
  }
  return <Badge color="green">{t('users.state.active')}</Badge>;
}

export function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [params, update] = useUrlFilters();
  const filters = readFilters(params);
  const [search, setSearch] = useSearchBox(filters.q, (q) => update({ q }));

  const query: UserFilters = {
    page: filters.page,
    pageSize: 20,
    q: filters.q || undefined,
    role: filters.role ?? undefined,
    active: filters.active ?? undefined,
  };
  const users = useUsers(query);
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          <Button
            leftSection={<IconUserPlus size={18} aria-hidden />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('users.add')}
          </Button>
        }
      />
      <Paper withBorder p="md" mb="md" component="search" aria-label={t('users.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label={t('users.searchLabel')}
            placeholder={t('users.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            type="search"
          />
          <Select
            label={t('users.role')}
            placeholder={t('users.allRoles')}
            data={roleOptions(t)}
            value={filters.role}
            onChange={(value) => update({ role: value })}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
          />
          <Select
            label={t('users.stateLabel')}
            placeholder={t('users.allStates')}
            data={[
              { value: 'true', label: t('users.state.active') },
              { value: 'false', label: t('users.state.inactive') },
            ]}
            value={filters.active}
            onChange={(value) => update({ active: value })}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
          />
        </SimpleGrid>
      </Paper>

      {users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : null}

      <DataTable
        label={t('users.title')}
        minWidth={760}
        columns={columns}
        query={users}
        empty={{ title: t('users.empty') }}
        head={
          <>
            <Table.Th>{t('users.fullName')}</Table.Th>
            <Table.Th>{t('auth.username')}</Table.Th>
            <Table.Th>{t('users.role')}</Table.Th>
            <Table.Th>{t('users.stateLabel')}</Table.Th>
            <Table.Th visibleFrom="lg">{t('users.createdAt')}</Table.Th>
            <Table.Th>
              <Text span size="sm" fw={700}>
                {t('common.actions')}
              </Text>
            </Table.Th>
          </>
        }
      >
        {users.data?.data.map((user) => {
          const isSelf = user.id === me.id;
          return (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Text fw={600} size="sm">
                    {user.fullName}
                  </Text>
                  {isSelf ? (
                    <Text size="xs" c="dimmed">
                      {t('users.you')}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {user.username}
                </Text>
              </Table.Td>
              <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
              <Table.Td>
                <StateBadge user={user} />
              </Table.Td>
              <Table.Td visibleFrom="lg" style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(user.createdAt)}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setDialog({ kind: 'edit', user })}
                    aria-label={t('users.editOf', { name: user.fullName })}
                    // A tap anywhere on the row edits the account, as on the residents' list.
                    className="row-link"
                  >
                    {t('common.edit')}
                  </Button>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button
                        size="xs"
                        variant="default"
                        className="above-row-link"
                        rightSection={<IconChevronDown size={14} aria-hidden />}
                        aria-label={t('users.moreOf', { name: user.fullName })}
                      >
                        {t('common.more')}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        leftSection={<IconKey size={16} aria-hidden />}
                        onClick={() => setDialog({ kind: 'password', user })}
                      >
                        {t('users.resetPassword')}
                      </Menu.Item>
                      {!isSelf ? (
                        <Menu.Item
                          color={user.active ? 'red.9' : undefined}
                          leftSection={
                            user.active ? (
                              <IconUserOff size={16} aria-hidden />
                            ) : (
                              <IconUserCheck size={16} aria-hidden />
                            )
                          }
                          onClick={() => setDialog({ kind: 'status', user })}
                        >
                          {t(user.active ? 'users.deactivate' : 'users.reactivate')}
                        </Menu.Item>
                      ) : null}
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
      {users.data ? (
        <Pager page={users.data.page} onChange={(page) => update({ page: String(page) })} />
      ) : null}

      {dialog?.kind === 'create' ? <UserCreateDialog onClose={close} /> : null}
      {dialog?.kind === 'edit' ? (
        <UserEditDialog user={dialog.user} isSelf={dialog.user.id === me.id} onClose={close} />
      ) : null}
      {dialog?.kind === 'status' ? <UserStatusDialog user={dialog.user} onClose={close} /> : null}
      {dialog?.kind === 'password' ? (
        <UserPasswordDialog user={dialog.user} onClose={close} />
      ) : null}
    </>
  );
}
