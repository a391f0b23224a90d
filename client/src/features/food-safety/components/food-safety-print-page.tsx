// The day's food-safety logs on paper, in the layout of the forms of Decision 1246/QĐ-BYT:
// form 1 (step 1), form 2 (step 2), form 3 (step 3) and form 5 (samples kept and discarded).
import { Button, Group, Loader, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { centreDay, formatDateTime, formatDay } from '@care/shared/dates';
import { checkKinds, type CheckKind, type CheckRowView } from '@care/shared/food-safety';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { foodSafetyXlsxHref, useFoodSafetyDay } from '../api/food-safety';
import '../i18n/catalogues';
import { formFields } from './fields';

type R = Record<string, unknown>;

export function FoodSafetyPrintPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const day = params.get('day') ?? centreDay();
  const q = useFoodSafetyDay(day);

  const cell = (row: CheckRowView, r: R, name: string): string => {
    const v = r[name];
    if (name === 'held') return v ? t('foodSafety.held') : '';
    if (name === 'takenAt' || name === 'discardedAt')
      return typeof v === 'string' ? formatDateTime(v) : '';
    if (name === 'amount') return v === undefined ? '' : `${String(v)} ${String(r.unit ?? '')}`;
    if (v === 'pass' || v === 'fail' || v === 'not_done') return t(`foodSafety.verdict.${v}`);
    if (v === undefined || v === null) {
      if (name === 'quantityKg') return row.planned.quantityKg?.toLocaleString('vi-VN') ?? '';
      if (name === 'portions') return String(row.planned.portions ?? '');
      if (name === 'ingredients') return row.planned.ingredients;
      return '';
    }
    return typeof v === 'number' ? v.toLocaleString('vi-VN') : String(v);
  };
  const columns = (kind: CheckKind) =>
    formFields[kind].map((f) => f.name).filter((n) => n !== 'unit');

  return (
    <>
      <PageHeader
        title={t('foodSafety.title')}
        description={formatDay(day)}
        actions={
          <Group>
            <Button component="a" variant="default" href={foodSafetyXlsxHref(day)} download>
              {t('foodSafety.xlsx')}
            </Button>
            <Button
              leftSection={<IconPrinter size={16} aria-hidden />}
              onClick={() => window.print()}
            >
              {t('foodSafety.print')}
            </Button>
          </Group>
        }
      />
      {q.error ? <QueryError error={q.error} /> : null}
      {!q.data && !q.error ? <Loader /> : null}
      {q.data && !q.data.generated ? <Text c="dimmed">{t('foodSafety.notGenerated')}</Text> : null}
      {q.data?.generated
        ? checkKinds.map((kind) => {
            const rows = q.data.rows.filter((r) => r.kind === kind);
            return (
              <section key={kind} style={{ breakInside: 'avoid', marginBottom: 24 }}>
                <Title order={2} fz="md" mt="md">
                  {t(`foodSafety.form.${kind}`)} — {formatDay(day)}
                </Title>
                <Text size="xs" c="dimmed" mb={4}>
                  {t('foodSafety.form.decision')}
                </Text>
                <Table
                  withTableBorder
                  withColumnBorders
                  fz="xs"
                  aria-label={t(`foodSafety.form.${kind}`)}
                >
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('foodSafety.col.no')}</Table.Th>
                      {kind !== 'receipt' ? <Table.Th>{t('foodSafety.col.meal')}</Table.Th> : null}
                      <Table.Th>
                        {t(kind === 'receipt' ? 'foodSafety.col.food' : 'foodSafety.col.dish')}
                      </Table.Th>
                      {columns(kind).map((c) => (
                        <Table.Th key={c}>{t(`foodSafety.field.${c}`)}</Table.Th>
                      ))}
                      {kind === 'sample' ? (
                        <>
                          <Table.Th>{t('foodSafety.field.takenBy')}</Table.Th>
                          <Table.Th>{t('foodSafety.field.discardedBy')}</Table.Th>
                        </>
                      ) : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row, i) => (
                      <Table.Tr key={row.id}>
                        <Table.Td>{i + 1}</Table.Td>
                        {kind !== 'receipt' ? (
                          <Table.Td>{row.meal ? t(`menus.meals.${row.meal}`) : ''}</Table.Td>
                        ) : null}
                        <Table.Td>{row.name}</Table.Td>
                        {columns(kind).map((c) => (
                          <Table.Td key={c}>{cell(row, row.result ?? {}, c)}</Table.Td>
                        ))}
                        {kind === 'sample' ? (
                          <>
                            <Table.Td>{row.takenBy?.fullName ?? ''}</Table.Td>
                            <Table.Td>{row.discardedBy?.fullName ?? ''}</Table.Td>
                          </>
                        ) : null}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </section>
            );
          })
        : null}
    </>
  );
}
