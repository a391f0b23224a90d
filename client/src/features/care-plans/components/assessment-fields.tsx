// The parts of the assessment form that are more than a text box: needs one per line, the five
// daily activities with their level of help, and the risks with level and note.
import { useState } from 'react';
import { Checkbox, Group, NativeSelect, Radio, Table, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  dailyActivities,
  riskKinds,
  riskLevels,
  supportLevels,
  type RiskKind,
  type RiskLevel,
} from '@care/shared/needs-assessments';

type Risk = { kind: RiskKind; level: RiskLevel; note?: string };

/** Identified needs typed one per line; kept as a list (blank lines dropped). */
export function NeedsField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string[];
  onChange: (needs: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value.join('\n'));
  return (
    <Textarea
      label={label}
      description={t('carePlans.assessments.needsHint')}
      autosize
      minRows={2}
      value={text}
      error={error}
      onChange={(e) => {
        setText(e.currentTarget.value);
        onChange(
          e.currentTarget.value
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        );
      }}
    />
  );
}

type Level = (typeof supportLevels)[number];

export function ActivitiesField({
  value,
  onChange,
}: {
  value: Record<(typeof dailyActivities)[number], Level>;
  onChange: (value: Record<(typeof dailyActivities)[number], Level>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t('carePlans.assessments.activities')} verticalSpacing="xs">
      <Table.Tbody>
        {dailyActivities.map((activity) => (
          <Table.Tr key={activity}>
            <Table.Td>
              <Radio.Group
                label={t(`carePlans.activity.${activity}`)}
                value={value[activity]}
                onChange={(level) => onChange({ ...value, [activity]: level as Level })}
              >
                <Group gap="lg" mt={4}>
                  {supportLevels.map((level) => (
                    <Radio key={level} value={level} label={t(`carePlans.supportLevel.${level}`)} />
                  ))}
                </Group>
              </Radio.Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Every known risk on its own row: ticked when present, then its level and a note. */
export function RisksField({
  value,
  onChange,
}: {
  value: Risk[];
  onChange: (risks: Risk[]) => void;
}) {
  const { t } = useTranslation();
  const find = (kind: RiskKind) => value.find((r) => r.kind === kind);
  const set = (kind: RiskKind, risk: Risk | null) =>
    onChange(
      riskKinds.flatMap((k) => (k === kind ? (risk ? [risk] : []) : find(k) ? [find(k)!] : [])),
    );
  return (
    <Table aria-label={t('carePlans.assessments.risks')} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('carePlans.assessments.risk')}</Table.Th>
          <Table.Th>{t('carePlans.assessments.riskLevel')}</Table.Th>
          <Table.Th>{t('carePlans.assessments.riskNote')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {riskKinds.map((kind) => {
          const risk = find(kind);
          const name = t(`carePlans.risk.${kind}`);
          return (
            <Table.Tr key={kind}>
              <Table.Td>
                <Checkbox
                  label={name}
                  checked={Boolean(risk)}
                  onChange={(e) =>
                    set(kind, e.currentTarget.checked ? { kind, level: 'medium', note: '' } : null)
                  }
                />
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={t('carePlans.assessments.levelOf', { risk: name })}
                  disabled={!risk}
                  value={risk?.level ?? 'medium'}
                  data={riskLevels.map((l) => ({ value: l, label: t(`carePlans.riskLevel.${l}`) }))}
                  onChange={(e) =>
                    risk && set(kind, { ...risk, level: e.currentTarget.value as RiskLevel })
                  }
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t('carePlans.assessments.noteOf', { risk: name })}
                  disabled={!risk}
                  value={risk?.note ?? ''}
                  onChange={(e) => risk && set(kind, { ...risk, note: e.currentTarget.value })}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
