// /duty/handovers/:id/print: one handover in the paper book's layout (sổ giao nhận ca trực):
// heading, headcount, events by time, the handover text, tasks with tick boxes, two signatures.
import '../i18n/catalogues';
import { Button, Group, Table, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime, formatDay } from '@care/shared/dates';
import { paths } from '../../../app/paths';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useHandover } from '../api/handovers';
import { timeOf } from './duty-text';

const cell = { border: '1px solid #000', padding: '4px 6px', verticalAlign: 'top' } as const;

export function HandoverPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useHandover(id);
  const h = query.data;
  return (
    <>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } }'}</style>
      <div className="no-print">
        <PageHeader
          title={t('handover.print')}
          actions={
            <>
              {h ? (
                <Button
                  variant="default"
                  component={Link}
                  to={paths.dutyHandover.href({
                    unitId: h.unitId,
                    templateId: h.templateId,
                    day: h.day,
                  })}
                >
                  {t('handover.back')}
                </Button>
              ) : null}
              <Button
                onClick={() => window.print()}
                leftSection={<IconPrinter size={18} aria-hidden />}
              >
                {t('handover.print')}
              </Button>
            </>
          }
        />
      </div>
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {h ? (
        <article
          aria-label={t('handover.paperTitle')}
          style={{
            background: '#fff',
            color: '#000',
            fontFamily: '"Times New Roman", Times, serif',
            fontSize: 15,
            maxWidth: 800,
            margin: '0 auto',
            padding: 24,
            border: '1px solid #ccc',
          }}
        >
          <Text ta="center" fw={700} fz={20} ff="inherit">
            {t('handover.paperTitle')}
          </Text>
          <Text ta="center" ff="inherit" mb="md">
            {t('handover.paperUnit', { unit: h.unitName })}
            <br />
            {t('handover.paperShift', {
              shift: h.templateName,
              day: formatDay(h.day),
              start: formatDateTime(h.start),
              end: formatDateTime(h.end),
            })}
          </Text>
          <PaperHeading n="I" text={t('handover.headcount')} />
          <Text ff="inherit">
            {t('handover.expected')}: <b>{h.headcount.expected}</b> · {t('handover.present')}:{' '}
            <b>{h.headcount.present}</b> · {t('handover.away')}: <b>{h.headcount.away.length}</b>
          </Text>
          {h.headcount.away.map((a) => (
            <Text key={a.residentId} ff="inherit" pl="md">
              – {a.fullName}
              {a.room ? ` (${a.room})` : ''}: {t(`handover.awayKinds.${a.kind}`)}
              {a.note ? ` — ${a.note.replace(/[.;]\s*$/, '')}` : ''}
              {a.expectedReturn
                ? `; ${t('handover.awayUntil', { from: formatDay(a.since), until: formatDay(a.expectedReturn) })}`
                : ''}
            </Text>
          ))}
          <PaperHeading n="II" text={t('handover.events')} />
          {h.events.length === 0 ? (
            <Text ff="inherit">{t('handover.noEvents')}</Text>
          ) : (
            <Table
              style={{ borderCollapse: 'collapse', width: '100%', fontFamily: 'inherit' }}
              className="print-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th style={{ ...cell, width: 60 }}>{t('handover.time')}</Table.Th>
                  <Table.Th style={{ ...cell, width: 170 }}>{t('handover.resident')}</Table.Th>
                  <Table.Th style={cell}>{t('handover.content')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {h.events.map((e) => (
                  <Table.Tr key={`${e.kind}-${e.refId}`}>
                    <Table.Td style={cell}>{timeOf(e.at)}</Table.Td>
                    <Table.Td style={cell}>{e.residentName}</Table.Td>
                    <Table.Td style={cell}>
                      {e.kind === 'incident' ? <b>[{t('handover.eventKinds.incident')}] </b> : null}
                      {e.text}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <PaperHeading n="III" text={t('handover.summary')} />
          <Text ff="inherit" style={{ whiteSpace: 'pre-wrap', minHeight: 60 }}>
            {h.summary || '………………………………………………………………'}
          </Text>
          <PaperHeading n="IV" text={t('handover.tasks')} />
          {h.tasks.length === 0 ? <Text ff="inherit">{t('handover.noTasks')}</Text> : null}
          {h.tasks.map((task) => (
            <Text key={task.id} ff="inherit">
              {task.done ? '☑' : '☐'} {task.text}
              {task.carriedFrom ? ` (${t('handover.carried').toLowerCase()})` : ''}
            </Text>
          ))}
          <Group grow mt="xl" align="flex-start">
            <Signature
              title={t('handover.signOutgoing')}
              names={(h.outgoing.length ? h.outgoing : [h.writtenBy]).map((p) => p.fullName)}
              at={formatDateTime(h.writtenAt)}
            />
            <Signature
              title={t('handover.signIncoming')}
              names={h.acknowledgements.map((a) => a.fullName)}
              at={h.acknowledgements[0] ? formatDateTime(h.acknowledgements[0].at) : ''}
            />
          </Group>
        </article>
      ) : null}
    </>
  );
}

function PaperHeading({ n, text }: { n: string; text: string }) {
  return (
    <Text ff="inherit" fw={700} mt="md" mb={4}>
      {n}. {text.toUpperCase()}
    </Text>
  );
}

function Signature({ title, names, at }: { title: string; names: string[]; at: string }) {
  const { t } = useTranslation();
  return (
    <div style={{ textAlign: 'center' }}>
      <Text ff="inherit" fw={700}>
        {title}
      </Text>
      <Text ff="inherit" fs="italic" size="sm">
        {t('handover.signHint')}
      </Text>
      <div style={{ height: 56 }} />
      {names.map((n) => (
        <Text key={n} ff="inherit" fw={600}>
          {n}
        </Text>
      ))}
      {at ? (
        <Text ff="inherit" size="sm">
          {at}
        </Text>
      ) : null}
    </div>
  );
}
