// The open items of a day's food-safety logs, each a link to its part of the log.
import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Flag } from '@care/shared/food-safety';
import { paths } from '../../../app/paths';

export function FlagList({ day, flags }: { day: string; flags: readonly Flag[] }) {
  const { t } = useTranslation();
  if (!flags.length)
    return (
      <Text c="dimmed" data-testid="no-flags">
        {t('foodSafety.flags.none')}
      </Text>
    );
  return (
    <List spacing="xs" data-testid="flags">
      {flags.map((f) => {
        const what = t(`foodSafety.flags.${f.kind}`, {
          count: f.count,
          step: f.step ? t(`foodSafety.steps.${f.step}`) : '',
        });
        const meal = f.meal ? t(`menus.meals.${f.meal}`) : t('foodSafety.flags.forDay');
        return (
          <List.Item
            key={`${f.kind}/${f.step}/${f.meal}`}
            data-flag={`${f.kind}/${f.step ?? ''}/${f.meal ?? ''}`}
          >
            <Group gap="xs">
              <Anchor component={Link} to={paths.kitchenFoodSafety.href(day, f.step ?? undefined)}>
                {meal} — {what}
              </Anchor>
              {f.late ? (
                <Badge color="red" variant="filled" size="sm">
                  {t('foodSafety.flags.late')}
                </Badge>
              ) : null}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
