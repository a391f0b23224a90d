// The analysis beside the grid: a group's days against its targets (flags), a chart of energy and
// protein against the targets, and the month's food cost against the allowance.
import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DietGroup, DietGroupId } from '@care/shared/diet-groups';
import { formatDay } from '@care/shared/dates';
import type { PlannerAnalysisView } from '@care/shared/menus';

type Props = { analysis: PlannerAnalysisView; group: DietGroupId; target?: DietGroup };

const money = (n: number) => n.toLocaleString('vi-VN');

export function AnalysisPanel({ analysis, group, target }: Props) {
  const { t } = useTranslation();
  const mine = analysis.groups.find((g) => g.group === group);
  if (!mine) return <Text c="dimmed">{t('menus.noAnalysis')}</Text>;
  const chart = mine.days.map((d) => ({
    day: formatDay(d.day).slice(0, 5),
    protein: d.nutrients.protein,
    energy: Math.round(d.nutrients.energyKcal / 10),
  }));
  const week = mine.weeks[0];
  return (
    <Stack gap="sm" data-testid="analysis">
      <Title order={2} fz="lg">
        {t('menus.analysisTitle', { group: t(`menus.groups.${group}`) })}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack gap="xs">
          <Table
            withTableBorder
            fz="sm"
            aria-label={t('menus.analysisTitle', { group: t(`menus.groups.${group}`) })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('menus.day')}</Table.Th>
                <Table.Th>{t('menus.energy')}</Table.Th>
                <Table.Th>{t('menus.protein')}</Table.Th>
                <Table.Th>{t('menus.plg')}</Table.Th>
                <Table.Th>{t('menus.cost')}</Table.Th>
                <Table.Th>{t('menus.flags')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mine.days.map((d) => (
                <Table.Tr key={d.day} data-analysis-day={d.day}>
                  <Table.Td>{formatDay(d.day).slice(0, 5)}</Table.Td>
                  <Table.Td>{Math.round(d.nutrients.energyKcal)}</Table.Td>
                  <Table.Td>{d.nutrients.protein}</Table.Td>
                  <Table.Td>
                    {d.shares.protein}/{d.shares.lipid}/{d.shares.glucid}
                  </Table.Td>
                  <Table.Td>
                    {money(d.cost)}/{money(d.allowance)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {d.flags.map((f) => (
                        <Badge
                          key={f.kind}
                          color={f.status === 'under' ? 'orange' : 'red'}
                          variant="dot"
                          size="sm"
                          data-flag={`${f.kind}-${f.status}`}
                        >
                          {t(`menus.flag.${f.kind}`)} {t(`menus.flag.${f.status}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {week ? (
            <Text size="sm">
              {t('menus.weekAverage', {
                energy: Math.round(week.nutrients.energyKcal),
                protein: week.nutrients.protein,
                cost: money(week.totalCost),
              })}
            </Text>
          ) : null}
        </Stack>
        <Stack gap="xs">
          <figure
            style={{ width: '100%', height: 220, margin: 0 }}
            aria-label={t('menus.chartLabel', { group: t(`menus.groups.${group}`) })}
          >
            <ResponsiveContainer>
              <BarChart data={chart}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" />
                <YAxis />
                <Tooltip />
                <Legend />
                <Bar dataKey="protein" name={t('menus.chartProtein')} fill="#1c7ed6" />
                <Bar dataKey="energy" name={t('menus.chartEnergy')} fill="#82c91e" />
                {target ? (
                  <ReferenceLine y={target.proteinG} stroke="#c92a2a" strokeDasharray="4 2" />
                ) : null}
                {target ? (
                  <ReferenceLine
                    y={target.energyKcal / 10}
                    stroke="#5c940d"
                    strokeDasharray="4 2"
                  />
                ) : null}
              </BarChart>
            </ResponsiveContainer>
          </figure>
          <Text size="sm" data-testid="month-cost">
            {t('menus.monthCost', {
              month: analysis.month.month,
              cost: money(analysis.month.cost),
              allowance: money(analysis.month.allowance),
            })}
          </Text>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
