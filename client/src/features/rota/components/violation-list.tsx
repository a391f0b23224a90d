// The month's violations beside the grid: errors first, then warnings, each with the person,
// the day and the rule in words; choosing one moves the focus to its cell.
import { Badge, Button, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Violation } from '@care/shared/rota';
import { formatDayShort, violationText, type Lookup } from './rota-text';

type Props = {
  violations: Violation[];
  lookup: Lookup;
  onPick: (v: Violation) => void;
};

export function ViolationList({ violations, lookup, onPick }: Props) {
  const { t } = useTranslation();
  const [showWarnings, setShowWarnings] = useState(false);
  const errors = violations.filter((v) => v.severity === 'error');
  const warnings = violations.filter((v) => v.severity === 'warning');
  const shown = showWarnings ? [...errors, ...warnings] : errors;
  return (
    <Paper withBorder p="sm" component="aside" aria-label={t('rota.violations.title')}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h5">
          {t('rota.violations.title')}
        </Title>
        <Group gap={4} wrap="nowrap">
          <Badge color={errors.length ? 'red.9' : 'green.9'}>
            {t('rota.violations.errors', { count: errors.length })}
          </Badge>
          <Badge color="orange.9">
            {t('rota.violations.warnings', { count: warnings.length })}
          </Badge>
        </Group>
      </Group>
      {violations.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('rota.violations.none')}
        </Text>
      ) : null}
      <ScrollArea.Autosize mah={560} type="auto">
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shown.map((v, i) => (
            <li key={`${v.rule}-${v.day}-${v.staffId ?? v.templateId}-${i}`}>
              <Button
                variant="subtle"
                color={v.severity === 'error' ? 'red.9' : 'orange.9'}
                fullWidth
                justify="flex-start"
                h="auto"
                py={4}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                onClick={() => onPick(v)}
                data-rule={v.rule}
              >
                <Stack gap={0}>
                  <Text size="sm" fw={600} c="var(--mantine-color-text)">
                    {formatDayShort(v.day)} ·{' '}
                    {v.staffId ? (lookup.names.get(v.staffId) ?? '—') : t('rota.violations.shift')}{' '}
                    · {t(`rota.ruleNames.${v.rule}`)}
                  </Text>
                  <Text size="xs" c="var(--mantine-color-text)">
                    {violationText(t, v, lookup)}
                  </Text>
                </Stack>
              </Button>
            </li>
          ))}
        </Stack>
      </ScrollArea.Autosize>
      {warnings.length > 0 ? (
        <Button variant="default" size="xs" mt="xs" onClick={() => setShowWarnings((s) => !s)}>
          {showWarnings ? t('rota.violations.hideWarnings') : t('rota.violations.showWarnings')}
        </Button>
      ) : null}
    </Paper>
  );
}
