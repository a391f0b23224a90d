// Residents by diet group: what meals need (room, age, diet, texture, allergies) and the group,
// derived from the record or chosen by the kitchen; counts per group for portions.
import { Badge, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { dietGroupIds, type DietGroupId } from '@care/shared/diet-groups';
import { isApiError } from '../../../app/errors';
import { DataTable } from '../../../components/data-table';
import { QueryError } from '../../../components/query-error';
import { useUrlFilters } from '../../../hooks/use-url-filters';
import { useAssignDietGroup, useKitchenResidents } from '../api/kitchen-residents';
import { useCanEditKitchen } from './can-edit';

export function KitchenResidentsPage() {
  const { t } = useTranslation();
  const canEdit = useCanEditKitchen();
  const [params, update] = useUrlFilters();
  const group = dietGroupIds.find((g) => g === params.get('group')) ?? null;
  const residents = useKitchenResidents();
  const assign = useAssignDietGroup();
  const all = residents.data ?? [];
  const shown = group ? all.filter((r) => r.group === group) : all;
  const counts = dietGroupIds.map((g) => [g, all.filter((r) => r.group === g).length] as const);
  const query = { ...residents, data: residents.data ? { data: shown } : undefined };

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        {t('kitchen.residents.intro')}
      </Text>
      <Paper withBorder p="md">
        <Group gap="xs">
          {counts.map(([g, n]) => (
            <Badge
              key={g}
              component="button"
              type="button"
              variant={group === g ? 'filled' : 'outline'}
              color="blue"
              size="lg"
              style={{ cursor: 'pointer', textTransform: 'none' }}
              aria-pressed={group === g}
              onClick={() => update({ group: group === g ? null : g })}
            >
              {t(`kitchen.dietGroup.${g}`)}: {n}
            </Badge>
          ))}
        </Group>
      </Paper>
      {residents.isError ? (
        <QueryError error={residents.error} onRetry={() => void residents.refetch()} />
      ) : null}
      <DataTable
        label={t('kitchen.tabs.residents')}
        minWidth={900}
        columns={6}
        query={query}
        empty={{ title: t('kitchen.residents.empty') }}
        head={
          <>
            <Table.Th>{t('kitchen.residents.name')}</Table.Th>
            <Table.Th>{t('kitchen.residents.room')}</Table.Th>
            <Table.Th>{t('kitchen.residents.diets')}</Table.Th>
            <Table.Th>{t('kitchen.residents.texture')}</Table.Th>
            <Table.Th>{t('kitchen.residents.allergies')}</Table.Th>
            <Table.Th>{t('kitchen.residents.group')}</Table.Th>
          </>
        }
      >
        {shown.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {r.fullName}
              </Text>
              <Text size="xs" c="dimmed">
                {r.code} · {t('kitchen.residents.age')} {r.age}
              </Text>
            </Table.Td>
            <Table.Td>{r.room || '—'}</Table.Td>
            <Table.Td>
              {r.diets.length
                ? r.diets.map((d) => t(`residents.diets.${d}`)).join(', ')
                : t('kitchen.residents.none')}
            </Table.Td>
            <Table.Td>{t(`residents.texture.${r.texture}`)}</Table.Td>
            <Table.Td>
              {r.allergies.length ? (
                <Group gap={4}>
                  {r.allergies.map((a) => (
                    <Badge key={a.substance} color="red" variant="dot">
                      {a.substance}
                    </Badge>
                  ))}
                </Group>
              ) : (
                t('kitchen.residents.none')
              )}
            </Table.Td>
            <Table.Td miw={220}>
              {canEdit ? (
                <Select
                  size="xs"
                  aria-label={t('kitchen.residents.override', { name: r.fullName })}
                  data={[
                    {
                      value: 'auto',
                      label: t('kitchen.residents.auto', {
                        group: t(`kitchen.dietGroup.${r.derivedGroup}`),
                      }),
                    },
                    ...dietGroupIds.map((g) => ({ value: g, label: t(`kitchen.dietGroup.${g}`) })),
                  ]}
                  value={r.overrideGroup ?? 'auto'}
                  allowDeselect={false}
                  onChange={(value) =>
                    assign.mutate(
                      {
                        id: r.id,
                        group: value === 'auto' ? null : (value as DietGroupId),
                        version: r.version,
                      },
                      {
                        onSuccess: () =>
                          notifications.show({
                            color: 'green',
                            message: t('kitchen.residents.saved', { name: r.fullName }),
                          }),
                        onError: (error) =>
                          notifications.show({
                            color: 'orange',
                            message: isApiError(error, 'stale_version')
                              ? t('kitchen.residents.stale')
                              : String((error as Error).message),
                          }),
                      },
                    )
                  }
                />
              ) : (
                <Text size="sm">{t(`kitchen.dietGroup.${r.group}`)}</Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
