// Diet groups and the food allowance as settings: each group's energy and protein targets, P:L:G
// energy ranges, portion factor and allowance coefficient; saved as a whole, version-checked.
import { useState } from 'react';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  dailyAllowance,
  kitchenSettingsSchema,
  type DietGroup,
  type KitchenSettingsView,
} from '@care/shared/diet-groups';
import { validationMessage } from '@care/shared/validation-keys';
import { isApiError } from '../../../app/errors';
import { QueryError } from '../../../components/query-error';
import { SaveProblem } from '../../../components/save-problem';
import { useKitchenSettings, useUpdateKitchenSettings } from '../api/kitchen-settings';
import { useCanEditKitchen } from './can-edit';
import { formatMoney } from './format';

export function DietGroupsPage() {
  const settings = useKitchenSettings();
  if (settings.isError)
    return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return null;
  return (
    <SettingsForm
      key={settings.data.version}
      initial={settings.data}
      reload={() => void settings.refetch()}
    />
  );
}

type RangeKey = 'proteinPct' | 'lipidPct' | 'glucidPct';

function SettingsForm({ initial, reload }: { initial: KitchenSettingsView; reload: () => void }) {
  const { t } = useTranslation();
  const canEdit = useCanEditKitchen();
  const update = useUpdateKitchenSettings();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  const setGroup = (id: DietGroup['id'], change: Partial<DietGroup>) =>
    setDraft((d) => ({
      ...d,
      groups: d.groups.map((g) => (g.id === id ? { ...g, ...change } : g)),
    }));
  const num = (v: string | number) => (v === '' ? Number.NaN : Number(v));

  const cell = (
    g: DietGroup,
    i: number,
    path: string,
    value: number,
    onChange: (v: number) => void,
    label: string,
    step?: number,
  ) => (
    <NumberInput
      size="xs"
      w={path.includes('Pct') ? 52 : 68}
      hideControls
      aria-label={t('kitchen.dietGroups.fieldOf', {
        field: label,
        group: t(`kitchen.dietGroup.${g.id}`),
      })}
      value={Number.isNaN(value) ? '' : value}
      onChange={(v) => onChange(num(v))}
      step={step}
      decimalScale={2}
      decimalSeparator=","
      readOnly={!canEdit}
      error={errors[`groups.${i}.${path}`] ? true : undefined}
    />
  );
  const range = (g: DietGroup, i: number, key: RangeKey) => (
    <Group gap={4} wrap="nowrap">
      {cell(
        g,
        i,
        `${key}.0`,
        g[key][0],
        (v) => setGroup(g.id, { [key]: [v, g[key][1]] }),
        `${t(`kitchen.dietGroups.${key}`)} ${t('kitchen.dietGroups.min')}`,
      )}
      {cell(
        g,
        i,
        `${key}.1`,
        g[key][1],
        (v) => setGroup(g.id, { [key]: [g[key][0], v] }),
        `${t(`kitchen.dietGroups.${key}`)} ${t('kitchen.dietGroups.max')}`,
      )}
    </Group>
  );

  const save = () => {
    const { version, ...settings } = draft;
    const parsed = kitchenSettingsSchema.safeParse(settings);
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(
          parsed.error.issues.map((issue) => {
            const { key, values } = validationMessage(issue);
            // A range refinement names the range; mark both of its ends.
            return [
              issue.path.join('.').replace(/(Pct)$/, '$1.0'),
              t(`validation.${key}`, values ?? {}),
            ];
          }),
        ),
      );
      return;
    }
    setErrors({});
    update.mutate(
      { ...parsed.data, version },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: t('kitchen.dietGroups.saved') }),
        onError: (error) => isApiError(error, 'stale_version') && setStale(true),
      },
    );
  };

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        {t('kitchen.dietGroups.intro')}
      </Text>
      <SaveProblem
        stale={stale}
        error={update.error}
        onReload={reload}
        staleTitle={t('kitchen.dietGroups.staleTitle')}
        staleBody={t('kitchen.dietGroups.staleBody')}
      />
      {Object.keys(errors).length ? (
        <Text c="red.8" size="sm" role="alert">
          {[...new Set(Object.values(errors))].join(' · ')}
        </Text>
      ) : null}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={1100}>
          <Table verticalSpacing={6} striped aria-label={t('kitchen.tabs.dietGroups')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kitchen.dietGroups.group')}</Table.Th>
                <Table.Th>{t('kitchen.dietGroups.energy')}</Table.Th>
                <Table.Th>{t('kitchen.dietGroups.protein')}</Table.Th>
                <Table.Th>{t('kitchen.dietGroups.proteinPct')}</Table.Th>
                <Table.Th>{t('kitchen.dietGroups.lipidPct')}</Table.Th>
                <Table.Th>{t('kitchen.dietGroups.glucidPct')}</Table.Th>
                <Table.Th>{t('kitchen.dietGroups.portionFactor')}</Table.Th>
                <Table.Th>{t('kitchen.dietGroups.coefficient')}</Table.Th>
                <Table.Th ta="right">{t('kitchen.dietGroups.allowance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.groups.map((g, i) => (
                <Table.Tr key={g.id}>
                  <Table.Td fw={600} miw={150}>
                    {t(`kitchen.dietGroup.${g.id}`)}
                  </Table.Td>
                  <Table.Td>
                    {cell(
                      g,
                      i,
                      'energyKcal',
                      g.energyKcal,
                      (v) => setGroup(g.id, { energyKcal: v }),
                      t('kitchen.dietGroups.energy'),
                      10,
                    )}
                  </Table.Td>
                  <Table.Td>
                    {cell(
                      g,
                      i,
                      'proteinG',
                      g.proteinG,
                      (v) => setGroup(g.id, { proteinG: v }),
                      t('kitchen.dietGroups.protein'),
                    )}
                  </Table.Td>
                  <Table.Td>{range(g, i, 'proteinPct')}</Table.Td>
                  <Table.Td>{range(g, i, 'lipidPct')}</Table.Td>
                  <Table.Td>{range(g, i, 'glucidPct')}</Table.Td>
                  <Table.Td>
                    {cell(
                      g,
                      i,
                      'portionFactor',
                      g.portionFactor,
                      (v) => setGroup(g.id, { portionFactor: v }),
                      t('kitchen.dietGroups.portionFactor'),
                      0.05,
                    )}
                  </Table.Td>
                  <Table.Td>
                    {cell(
                      g,
                      i,
                      'allowanceCoefficient',
                      g.allowanceCoefficient,
                      (v) => setGroup(g.id, { allowanceCoefficient: v }),
                      t('kitchen.dietGroups.coefficient'),
                      0.5,
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(dailyAllowance(draft, g.allowanceCoefficient))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} fz="lg" mb={4}>
          {t('kitchen.dietGroups.allowanceTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('kitchen.dietGroups.allowanceIntro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('kitchen.dietGroups.standardLevel')}
            value={Number.isNaN(draft.standardLevel) ? '' : draft.standardLevel}
            onChange={(v) => setDraft((d) => ({ ...d, standardLevel: num(v) }))}
            thousandSeparator="."
            decimalSeparator=","
            readOnly={!canEdit}
            error={errors.standardLevel}
          />
          <NumberInput
            label={t('kitchen.dietGroups.daysPerMonth')}
            value={Number.isNaN(draft.daysPerMonth) ? '' : draft.daysPerMonth}
            onChange={(v) => setDraft((d) => ({ ...d, daysPerMonth: num(v) }))}
            readOnly={!canEdit}
            error={errors.daysPerMonth}
          />
          <NumberInput
            label={t('kitchen.dietGroups.foodSharePct')}
            value={Number.isNaN(draft.foodSharePct) ? '' : draft.foodSharePct}
            onChange={(v) => setDraft((d) => ({ ...d, foodSharePct: num(v) }))}
            readOnly={!canEdit}
            error={errors.foodSharePct}
          />
        </SimpleGrid>
      </Paper>
      {canEdit ? (
        <Group justify="flex-end">
          <Button onClick={save} loading={update.isPending} disabled={stale}>
            {t('kitchen.dietGroups.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
