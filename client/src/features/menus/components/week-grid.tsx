// The week grid of one diet group: meals down, days across; each cell lists its dishes (remove
// with ×) and a searchable picker adds one. Every change saves the day under its version.
import { ActionIcon, Badge, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DietGroupId } from '@care/shared/diet-groups';
import { formatDay } from '@care/shared/dates';
import type { MenuDayView, MenuEntry } from '@care/shared/menus';
import { meals, type Meal } from '@care/shared/nutrition';
import type { RecipeView } from '@care/shared/recipes';

type Props = {
  days: MenuDayView[];
  group: DietGroupId;
  recipes: RecipeView[];
  /** Flags of the analysis per day (for the header's marker). */
  flagged: Set<string>;
  onSave: (day: MenuDayView, change: { entries?: MenuEntry[]; headcount?: number | null }) => void;
  busy: boolean;
};

const entriesOf = (day: MenuDayView): MenuEntry[] =>
  day.entries.map((e) => ({
    meal: e.meal,
    group: e.group,
    recipeIds: e.dishes.map((d) => d.recipeId),
  }));

function withDish(day: MenuDayView, meal: Meal, group: DietGroupId, ids: string[]): MenuEntry[] {
  const rest = entriesOf(day).filter((e) => !(e.meal === meal && e.group === group));
  return ids.length ? [...rest, { meal, group, recipeIds: ids }] : rest;
}

export function WeekGrid({ days, group, recipes, flagged, onSave, busy }: Props) {
  const { t } = useTranslation();
  const choices = recipes.map((r) => ({ value: r.id, label: r.name }));
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" aria-label={t('menus.grid')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('menus.meal')}</Table.Th>
            {days.map((d) => {
              const count = d.headcounts.find((h) => h.group === group);
              return (
                <Table.Th key={d.day} data-day={d.day}>
                  <Stack gap={4}>
                    <Group gap={6} wrap="nowrap">
                      <Text fw={700} size="sm">
                        {t(`menus.weekday.${new Date(`${d.day}T00:00:00Z`).getUTCDay()}`)}{' '}
                        {formatDay(d.day).slice(0, 5)}
                      </Text>
                      {flagged.has(d.day) ? (
                        <Badge color="red" variant="filled" size="xs">
                          {t('menus.flagged')}
                        </Badge>
                      ) : null}
                    </Group>
                    <Badge
                      variant={d.state === 'draft' ? 'default' : 'filled'}
                      color={
                        d.state === 'locked'
                          ? 'gray'
                          : d.state === 'approved'
                            ? 'teal.8'
                            : undefined
                      }
                      size="sm"
                    >
                      {t(`menus.state.${d.state}`)}
                    </Badge>
                    <NumberInput
                      size="xs"
                      min={0}
                      max={1000}
                      allowDecimal={false}
                      aria-label={t('menus.headcountOf', { day: formatDay(d.day) })}
                      title={t('menus.presentCount', { n: count?.present ?? 0 })}
                      defaultValue={count?.count ?? 0}
                      key={`${d.day}/${group}/${d.version}`}
                      disabled={d.state === 'locked' || busy}
                      onBlur={(e) => {
                        const value = Number(e.currentTarget.value);
                        if (Number.isInteger(value) && value >= 0 && value !== count?.count)
                          onSave(d, { headcount: value });
                      }}
                    />
                  </Stack>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meals.map((meal) => (
            <Table.Tr key={meal}>
              <Table.Th scope="row">{t(`menus.meals.${meal}`)}</Table.Th>
              {days.map((d) => {
                const entry = d.entries.find((e) => e.meal === meal && e.group === group);
                const ids = entry?.dishes.map((x) => x.recipeId) ?? [];
                const locked = d.state === 'locked';
                return (
                  <Table.Td key={d.day} valign="top" data-cell={`${d.day}/${meal}`}>
                    <Stack gap={4}>
                      {entry?.dishes.map((dish) => (
                        <Group key={dish.recipeId} gap={2} wrap="nowrap" justify="space-between">
                          <Text size="sm" c={dish.deleted ? 'red' : undefined}>
                            {dish.name}
                          </Text>
                          {locked ? null : (
                            <ActionIcon
                              size="sm"
                              variant="subtle"
                              color="gray"
                              disabled={busy}
                              aria-label={t('menus.removeDish', { dish: dish.name })}
                              onClick={() =>
                                onSave(d, {
                                  entries: withDish(
                                    d,
                                    meal,
                                    group,
                                    ids.filter((id) => id !== dish.recipeId),
                                  ),
                                })
                              }
                            >
                              <IconX size={14} aria-hidden />
                            </ActionIcon>
                          )}
                        </Group>
                      ))}
                      {locked ? null : (
                        <Select
                          size="xs"
                          searchable
                          placeholder={t('menus.addDish')}
                          aria-label={t('menus.addDishTo', {
                            meal: t(`menus.meals.${meal}`),
                            day: formatDay(d.day),
                          })}
                          data={choices.filter((c) => !ids.includes(c.value))}
                          value={null}
                          disabled={busy || ids.length >= 8}
                          nothingFoundMessage={t('menus.noDish')}
                          onChange={(id) =>
                            id && onSave(d, { entries: withDish(d, meal, group, [...ids, id]) })
                          }
                        />
                      )}
                    </Stack>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
