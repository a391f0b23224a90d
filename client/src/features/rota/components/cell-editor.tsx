// One cell of the planner: give the person a shift, or change, move or clear the one they have.
// A refused change (an overlap, a deactivated account, someone else's edit) is said in words.
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@care/shared/dates';
import type { EntryView, TemplateView } from '@care/shared/rota';
import { isApiError } from '../../../app/errors';
import { AppModal } from '../../../components/app-modal';
import { SaveProblem } from '../../../components/save-problem';
import { useChangeRota, type RotaChange } from '../api/month';
import type { Row } from './rota-grid';
import type { Lookup } from './rota-text';

type Props = {
  month: string;
  person: Row;
  day: string;
  entries: EntryView[];
  lookup: Lookup;
  /** Opened with Delete: straight to the confirmation. */
  askClear?: boolean;
  onClose: () => void;
};

export function CellEditor({ month, person, day, entries, lookup, askClear, onClose }: Props) {
  const { t } = useTranslation();
  const change = useChangeRota(month);
  const [moveTo, setMoveTo] = useState(day);
  const [confirmClear, setConfirmClear] = useState<EntryView | null>(
    askClear ? (entries[0] ?? null) : null,
  );
  const templates = [...lookup.templates.values()].filter((x) => x.active);
  const own = templates.filter((x) => person.unitIds.includes(x.unitId));
  const others = templates.filter((x) => !person.unitIds.includes(x.unitId));
  const run = (c: RotaChange) => change.mutate(c, { onSuccess: onClose });
  const templateButton = (x: TemplateView, onPick: (id: string) => void, current?: string) => (
    <Button
      key={x.id}
      variant={x.id === current ? 'filled' : 'default'}
      onClick={() => onPick(x.id)}
      loading={change.isPending}
      justify="flex-start"
      styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
      h="auto"
      py={6}
    >
      <Stack gap={0}>
        <Text fw={700} size="sm">
          {x.code} · {x.name}
        </Text>
        <Text size="xs">
          {x.start}–{x.end} · {lookup.units.get(x.unitId)?.name}
        </Text>
      </Stack>
    </Button>
  );

  return (
    <AppModal onClose={onClose} title={`${person.fullName} · ${formatDay(day)}`} size="lg">
      <Stack gap="md">
        {entries.map((entry) => (
          <Stack key={entry.id} gap="xs">
            <Text fw={600}>{t('rota.cell.current')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {own.map((x) =>
                templateButton(
                  x,
                  (templateId) =>
                    templateId !== entry.templateId &&
                    run({
                      kind: 'move',
                      id: entry.id,
                      body: { version: entry.version, templateId },
                    }),
                  entry.templateId,
                ),
              )}
            </SimpleGrid>
            <Group align="flex-end">
              <TextInput
                type="date"
                label={t('rota.cell.moveTo')}
                value={moveTo}
                onChange={(e) => setMoveTo(e.currentTarget.value)}
              />
              <Button
                variant="default"
                disabled={!moveTo || moveTo === day}
                onClick={() =>
                  run({ kind: 'move', id: entry.id, body: { version: entry.version, day: moveTo } })
                }
              >
                {t('rota.cell.move')}
              </Button>
              <Button variant="default" c="red.9" onClick={() => setConfirmClear(entry)}>
                {t('rota.cell.clear')}
              </Button>
            </Group>
          </Stack>
        ))}
        {entries.length === 0 ? (
          <>
            <Text fw={600}>{t('rota.cell.assign')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {own.map((x) =>
                templateButton(x, (templateId) =>
                  run({ kind: 'assign', body: { staffId: person.id, day, templateId } }),
                ),
              )}
            </SimpleGrid>
            {others.length ? (
              <details>
                <summary>{t('rota.cell.otherUnits')}</summary>
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
                  {others.map((x) =>
                    templateButton(x, (templateId) =>
                      run({ kind: 'assign', body: { staffId: person.id, day, templateId } }),
                    ),
                  )}
                </SimpleGrid>
              </details>
            ) : null}
          </>
        ) : null}
        <SaveProblem
          stale={isApiError(change.error, 'stale_version')}
          error={change.error}
          onReload={onClose}
        />
      </Stack>
      {confirmClear ? (
        <AppModal onClose={() => setConfirmClear(null)} title={t('rota.cell.clearTitle')} size="sm">
          <Stack>
            <Text>
              {t('rota.cell.clearBody', {
                name: person.fullName,
                day: formatDay(day),
                shift: lookup.templates.get(confirmClear.templateId)?.name ?? '',
              })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirmClear(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red.9"
                loading={change.isPending}
                onClick={() =>
                  run({ kind: 'clear', id: confirmClear.id, version: confirmClear.version })
                }
              >
                {t('rota.cell.clear')}
              </Button>
            </Group>
          </Stack>
        </AppModal>
      ) : null}
    </AppModal>
  );
}
