// The kitchen's landing screen: today's portions by diet group, the residents whose meals differ
// (diet, texture, allergies: meal facts only) and the food-safety logs still open.
import {
  Anchor,
  Badge,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@care/shared/dates';
import { paths } from '../../../app/paths';
import { QueryError } from '../../../components/query-error';
import { useKitchenDashboard } from '../api/food-safety';
import '../i18n/catalogues';
import { FlagList } from './flag-list';

export function KitchenDashboard() {
  const { t } = useTranslation();
  const q = useKitchenDashboard();
  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Loader />;
  const d = q.data;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} fz="lg">
          {t('foodSafety.dashboard.title')} · {formatDay(d.day)}
        </Title>
        <Badge variant="default" size="lg" style={{ textTransform: 'none' }}>
          {t('foodSafety.dashboard.menuState', { state: t(`menus.state.${d.menuState}`) })}
        </Badge>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" h="100%">
            <Title order={3} fz="md" mb="xs">
              {t('foodSafety.dashboard.headcount')}
            </Title>
            {d.headcounts.length ? (
              <Table aria-label={t('foodSafety.dashboard.headcount')} data-testid="headcounts">
                <Table.Tbody>
                  {d.headcounts.map((h) => (
                    <Table.Tr key={h.group}>
                      <Table.Td>{t(`kitchen.dietGroup.${h.group}`)}</Table.Td>
                      <Table.Td ta="right" fw={700}>
                        {h.count}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : (
              <Text c="dimmed">{t('foodSafety.dashboard.noHeadcount')}</Text>
            )}
            <Text fw={700} mt="xs">
              {t('foodSafety.dashboard.total', { count: d.total })}
            </Text>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" h="100%">
            <Title order={3} fz="md" mb="xs">
              {t('foodSafety.flags.title')}
            </Title>
            <FlagList day={d.day} flags={d.flags} />
            <Anchor
              component={Link}
              to={paths.kitchenFoodSafety.href(d.day)}
              size="sm"
              mt="sm"
              display="block"
            >
              {t('foodSafety.dashboard.openLogs')}
            </Anchor>
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md">
        <Title order={3} fz="md" mb="xs">
          {t('foodSafety.dashboard.special')}
        </Title>
        {d.special.length ? (
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label={t('foodSafety.dashboard.special')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('kitchen.residents.name')}</Table.Th>
                  <Table.Th>{t('kitchen.residents.room')}</Table.Th>
                  <Table.Th>{t('kitchen.residents.group')}</Table.Th>
                  <Table.Th>{t('kitchen.residents.diets')}</Table.Th>
                  <Table.Th>{t('kitchen.residents.texture')}</Table.Th>
                  <Table.Th>{t('kitchen.residents.allergies')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.special.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      {r.fullName}{' '}
                      {r.away ? (
                        <Badge variant="default" size="sm">
                          {t('foodSafety.dashboard.away')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{r.room}</Table.Td>
                    <Table.Td>{t(`kitchen.dietGroup.${r.group}`)}</Table.Td>
                    <Table.Td>
                      {r.diets.length
                        ? r.diets.map((x) => t(`residents.diets.${x}`)).join(', ')
                        : t('kitchen.residents.none')}
                    </Table.Td>
                    <Table.Td>{t(`residents.texture.${r.texture}`)}</Table.Td>
                    <Table.Td>
                      {r.allergies.length ? (
                        <Text size="sm" c="red.9" fw={600}>
                          {r.allergies.map((a) => a.substance).join(', ')}
                        </Text>
                      ) : (
                        t('kitchen.residents.none')
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text c="dimmed">{t('foodSafety.dashboard.specialEmpty')}</Text>
        )}
      </Paper>
    </Stack>
  );
}
