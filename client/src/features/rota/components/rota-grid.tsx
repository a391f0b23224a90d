// The rota as a table: staff by unit down the side, days across, each cell a shift code. Cells are
// buttons: arrows move between them, Enter opens the cell, Delete clears it (planners). Cells with
// a broken rule are marked (red: error, orange: warning); days short of staff are marked above.
import { Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeekday, type EntryView, type MonthView, type Violation } from '@care/shared/rota';
import { violationText, type Lookup } from './rota-text';

export type Row = MonthView['staff'][number];
type Props = {
  days: string[];
  staff: Row[];
  entries: EntryView[];
  violations: Violation[];
  holidays: Map<string, string>;
  lookup: Lookup;
  hours: Map<string, MonthView['hours'][number]>;
  /** Null: a read-only grid (staff, print). */
  onOpen: ((staffId: string, day: string) => void) | null;
  onClear?: (staffId: string, day: string) => void;
  compact?: boolean;
  /** Cells locked against auto-filling (`staffId|day`); L toggles one. */
  locked?: Set<string>;
  onToggleLock?: (staffId: string, day: string) => void;
};

export const cellId = (staffId: string, day: string) => `cell-${staffId}-${day}`;

function moveFocus(e: KeyboardEvent<HTMLButtonElement>) {
  const { row, col } = e.currentTarget.dataset;
  const step: Record<string, [number, number]> = {
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
  };
  const delta = step[e.key];
  if (!delta) return false;
  e.preventDefault();
  const next = document.querySelector<HTMLButtonElement>(
    `[data-row="${Number(row) + delta[0]}"][data-col="${Number(col) + delta[1]}"]`,
  );
  next?.focus();
  return true;
}

export function RotaGrid(props: Props) {
  const { t } = useTranslation();
  const { days, staff, entries, violations, holidays, lookup, hours, onOpen, compact } = props;
  const byCell = new Map<string, EntryView[]>();
  for (const e of entries) {
    const key = `${e.staffId}|${e.day}`;
    byCell.set(key, [...(byCell.get(key) ?? []), e]);
  }
  const marks = new Map<string, Violation[]>();
  const dayMarks = new Map<string, Violation[]>();
  for (const v of violations) {
    if (v.staffId)
      marks.set(`${v.staffId}|${v.day}`, [...(marks.get(`${v.staffId}|${v.day}`) ?? []), v]);
    else dayMarks.set(v.day, [...(dayMarks.get(v.day) ?? []), v]);
  }
  const groups = groupByUnit(staff, lookup, t('rota.grid.noUnit'));
  let rowIndex = 0;
  return (
    // A plain scrolling box: reachable by keyboard when its cells are not (the read-only grid).
    <div
      style={{ overflowX: 'auto' }}
      role="region"
      aria-label={t('rota.grid.label')}
      tabIndex={onOpen ? undefined : 0}
    >
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={2}
        horizontalSpacing={4}
        fz={compact ? 'xs' : 'sm'}
        miw={compact ? 900 : 200 + days.length * 44}
        aria-label={t('rota.grid.label')}
        className="rota-grid print-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ minWidth: compact ? 140 : 190 }}>{t('rota.grid.staff')}</Table.Th>
            {days.map((day) => {
              const weekday = isoWeekday(day);
              const holiday = holidays.get(day);
              const short = (dayMarks.get(day) ?? []).filter((v) => v.severity === 'error');
              return (
                <Table.Th
                  key={day}
                  ta="center"
                  data-day={day}
                  bg={holiday ? 'red.0' : weekday >= 6 ? 'gray.1' : undefined}
                  title={[holiday, ...short.map((v) => violationText(t, v, lookup))]
                    .filter(Boolean)
                    .join('\n')}
                  style={
                    short.length
                      ? { borderBottom: '3px solid var(--mantine-color-red-8)' }
                      : undefined
                  }
                >
                  <div>{day.slice(8, 10)}</div>
                  <Text size="xs" c="dimmed" component="div">
                    {t(`rota.weekdaysShort.${weekday}`)}
                  </Text>
                </Table.Th>
              );
            })}
            <Table.Th ta="center">{t('rota.grid.hours')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map(([unitName, rows]) => [
            <Table.Tr key={`unit-${unitName}`}>
              <Table.Th colSpan={days.length + 2} bg="blue.0" scope="colgroup">
                {unitName} ({rows.length})
              </Table.Th>
            </Table.Tr>,
            ...rows.map((person) => {
              const r = rowIndex++;
              const h = hours.get(person.id);
              return (
                <Table.Tr key={`${unitName}-${person.id}`}>
                  <Table.Th scope="row" fw={500}>
                    {person.fullName}
                    {!person.active ? ` (${t('rota.grid.inactive')})` : ''}
                  </Table.Th>
                  {days.map((day, c) => {
                    const cell = byCell.get(`${person.id}|${day}`) ?? [];
                    const found = marks.get(`${person.id}|${day}`) ?? [];
                    const severity = found.some((v) => v.severity === 'error')
                      ? 'error'
                      : found.length
                        ? 'warning'
                        : null;
                    const codes = cell
                      .map((e) => lookup.templates.get(e.templateId)?.code ?? '?')
                      .join('+');
                    // The visible code comes first in the name (screen readers and voice control agree).
                    const names = cell
                      .map((e) => lookup.templates.get(e.templateId)?.name ?? '')
                      .join(', ');
                    const label = `${codes ? `${codes} ` : ''}${person.fullName}, ${day.slice(8, 10)}/${day.slice(5, 7)}: ${
                      names || t('rota.grid.off')
                    }${found.length ? `. ${found.map((v) => violationText(t, v, lookup)).join('. ')}` : ''}${
                      props.locked?.has(`${person.id}|${day}`)
                        ? `. ${t('rotaAutofill.lockedCell')}`
                        : ''
                    }`;
                    const style = {
                      background:
                        severity === 'error'
                          ? 'var(--mantine-color-red-1)'
                          : severity === 'warning'
                            ? 'var(--mantine-color-orange-0)'
                            : undefined,
                      outline:
                        severity === 'error'
                          ? '2px solid var(--mantine-color-red-8)'
                          : severity === 'warning'
                            ? '2px dashed var(--mantine-color-orange-8)'
                            : undefined,
                      outlineOffset: -2,
                    };
                    return (
                      <Table.Td
                        key={day}
                        ta="center"
                        p={0}
                        style={style}
                        data-severity={severity ?? undefined}
                      >
                        {onOpen ? (
                          <Tooltip
                            label={label}
                            disabled={!found.length}
                            multiline
                            w={260}
                            openDelay={400}
                          >
                            <UnstyledButton
                              id={cellId(person.id, day)}
                              data-row={r}
                              data-col={c}
                              aria-label={label}
                              className="rota-cell"
                              onClick={() => onOpen(person.id, day)}
                              onKeyDown={(e) => {
                                if (moveFocus(e)) return;
                                if ((e.key === 'l' || e.key === 'L') && props.onToggleLock) {
                                  e.preventDefault();
                                  props.onToggleLock(person.id, day);
                                }
                                if ((e.key === 'Delete' || e.key === 'Backspace') && cell.length) {
                                  e.preventDefault();
                                  props.onClear?.(person.id, day);
                                }
                              }}
                              w="100%"
                              h={compact ? 22 : 30}
                              fz={compact ? 'xs' : 'sm'}
                              fw={600}
                            >
                              {codes}
                              {props.locked?.has(`${person.id}|${day}`) ? (
                                <IconLock size={11} aria-hidden data-locked />
                              ) : null}
                            </UnstyledButton>
                          </Tooltip>
                        ) : (
                          <span title={label}>{codes}</span>
                        )}
                      </Table.Td>
                    );
                  })}
                  <Table.Td ta="right" fz="xs" style={{ whiteSpace: 'nowrap' }}>
                    {h
                      ? [h.hours ? `${h.hours} h` : '', h.duties ? `${h.duties}×24` : '']
                          .filter(Boolean)
                          .join(' · ')
                      : ''}
                  </Table.Td>
                </Table.Tr>
              );
            }),
          ])}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** Rows under the first unit each person works in, units in their own order. */
function groupByUnit(staff: Row[], lookup: Lookup, noUnit: string): [string, Row[]][] {
  const groups = new Map<string, Row[]>();
  for (const unit of lookup.units.values()) groups.set(unit.name, []);
  for (const person of staff) {
    const name = lookup.units.get(person.unitIds[0] ?? '')?.name ?? noUnit;
    groups.set(name, [...(groups.get(name) ?? []), person]);
  }
  return [...groups].filter(([, rows]) => rows.length > 0);
}
