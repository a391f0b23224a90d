// The printable market list (by food group, priced) or production sheet (portions per dish per
// group), for the range in the address.
import { Button, Group, Loader, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@care/shared/dates';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { marketXlsxHref, useMarketList, useProduction } from '../api/menus';

const money = (n: number) => n.toLocaleString('vi-VN');
const kg = (g: number) => (g / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 3 });

function MarketList({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const q = useMarketList(from, to);
  if (q.error) return <QueryError error={q.error} />;
  if (!q.data) return <Loader />;
  if (!q.data.groups.length) return <Text c="dimmed">{t('menus.nothingToBuy')}</Text>;
  return (
    <Table
      withTableBorder
      withColumnBorders
      fz="sm"
      aria-label={t('menus.marketList')}
      data-testid="market-list"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('menus.food')}</Table.Th>
          <Table.Th ta="right">{t('menus.edibleKg')}</Table.Th>
          <Table.Th ta="right">{t('menus.inediblePct')}</Table.Th>
          <Table.Th ta="right">{t('menus.boughtKg')}</Table.Th>
          <Table.Th ta="right">{t('menus.pricePerKg')}</Table.Th>
          <Table.Th ta="right">{t('menus.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {q.data.groups.flatMap((g) => [
          <Table.Tr key={g.group}>
            <Table.Th colSpan={6}>{t(`menus.foodGroups.${g.group}`)}</Table.Th>
          </Table.Tr>,
          ...g.lines.map((l) => (
            <Table.Tr key={l.foodId}>
              <Table.Td>{l.name}</Table.Td>
              <Table.Td ta="right">{kg(l.edibleGrams)}</Table.Td>
              <Table.Td ta="right">{l.inediblePct.toLocaleString('vi-VN')}</Table.Td>
              <Table.Td ta="right">{kg(l.purchasedGrams)}</Table.Td>
              <Table.Td ta="right">{l.pricePerKg === null ? '—' : money(l.pricePerKg)}</Table.Td>
              <Table.Td ta="right">{money(l.cost)}</Table.Td>
            </Table.Tr>
          )),
          <Table.Tr key={`${g.group}-total`}>
            <Table.Td colSpan={5}>
              <Text size="sm" fs="italic">
                {t('menus.groupTotal')}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{money(g.cost)}</Table.Td>
          </Table.Tr>,
        ])}
        <Table.Tr>
          <Table.Th colSpan={5}>{t('menus.total')}</Table.Th>
          <Table.Th ta="right">{money(q.data.cost)}</Table.Th>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

function Production({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const q = useProduction(from, to);
  if (q.error) return <QueryError error={q.error} />;
  if (!q.data) return <Loader />;
  return (
    <>
      {q.data.days.map((d) => (
        <section key={d.day} style={{ breakInside: 'avoid' }}>
          <Title order={2} fz="md" mt="md">
            {formatDay(d.day)}
          </Title>
          {d.meals.length === 0 ? <Text c="dimmed">{t('menus.noMenu')}</Text> : null}
          <Table withTableBorder fz="sm">
            <Table.Tbody>
              {d.meals.flatMap((m) =>
                m.dishes.map((dish, i) => (
                  <Table.Tr key={`${m.meal}/${dish.recipeId}`}>
                    <Table.Td w={130}>{i === 0 ? t(`menus.meals.${m.meal}`) : ''}</Table.Td>
                    <Table.Td>{dish.name}</Table.Td>
                    <Table.Td>
                      {dish.groups
                        .map((g) => `${t(`menus.groups.${g.group}`)}: ${g.portions}`)
                        .join(' · ')}
                    </Table.Td>
                    <Table.Td ta="right" fw={700}>
                      {dish.portions}
                    </Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </section>
      ))}
    </>
  );
}

export function MenusPrintPage() {
  const { t } = useTranslation();
  const { sheet } = useParams();
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? from;
  const market = sheet !== 'production';
  return (
    <>
      <PageHeader
        title={market ? t('menus.marketList') : t('menus.production')}
        description={t('menus.weekOf', { from: formatDay(from), to: formatDay(to) })}
        actions={
          <Group>
            {market ? (
              <Button component="a" variant="default" href={marketXlsxHref(from, to)} download>
                {t('menus.xlsx')}
              </Button>
            ) : null}
            <Button
              leftSection={<IconPrinter size={16} aria-hidden />}
              onClick={() => window.print()}
            >
              {t('menus.print')}
            </Button>
          </Group>
        }
      />
      {market ? <MarketList from={from} to={to} /> : <Production from={from} to={to} />}
    </>
  );
}
