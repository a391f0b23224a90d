// The fields one audited action changed, before → after, with known values in the user's language.
import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditChange } from '@care/shared/audit';
import { formatDateTime, formatDay } from '@care/shared/dates';
import { languages } from '@care/shared/language';
import {
  disabilityLevels,
  genders,
  residentCategories,
  residentStatuses,
} from '@care/shared/residents';
import { roles } from '@care/shared/roles';

// Fields whose stored values are codes: shown with the label staff know.
const coded: Record<string, { values: readonly string[]; key: (value: string) => string }> = {
  role: { values: roles, key: (v) => `roles.${v}` },
  language: { values: languages, key: (v) => `language.name.${v}` },
  category: { values: residentCategories, key: (v) => `residents.category.${v}` },
  status: { values: residentStatuses, key: (v) => `residents.status.${v}` },
  gender: { values: genders, key: (v) => `residents.gender.${v}` },
  disabilityLevel: { values: disabilityLevels, key: (v) => `residents.disabilityLevel.${v}` },
  active: { values: ['true', 'false'], key: (v) => `common.${v === 'true' ? 'yes' : 'no'}` },
};

// Parts of an embedded record (the admission decision) are labelled like the resident screen.
const partLabels: Record<string, string> = {
  decisionNumber: 'residents.admission.decisionNumber',
  date: 'residents.admission.date',
  issuer: 'residents.admission.issuer',
};

function plainValue(t: TFunction, field: string, value: string): string {
  const code = coded[field];
  if (code?.values.includes(value)) return t(code.key(value));
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(value)) return formatDateTime(value);
  return value;
}

/** A nested record stored as JSON text, shown as "label: value" lines. */
function objectLines(t: TFunction, value: string): string[] | null {
  if (!value.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    return Object.entries(parsed).map(([key, part]) => {
      const label = partLabels[key] ? t(partLabels[key]) : key;
      return `${label}: ${plainValue(t, key, typeof part === 'string' ? part : JSON.stringify(part))}`;
    });
  } catch {
    return null;
  }
}

function showValue(t: TFunction, field: string, value: string | null) {
  if (value === null || value === '') {
    return (
      <Text span size="sm" c="dimmed">
        {t('audit.empty_value')}
      </Text>
    );
  }
  const lines = objectLines(t, value);
  if (lines) return lines.join('\n');
  return plainValue(t, field, value);
}

export function AuditChanges({ changes }: { changes: AuditChange[] }) {
  const { t, i18n } = useTranslation();
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noChanges')}
      </Text>
    );
  }
  return (
    <Table
      withTableBorder
      withColumnBorders
      bg="white"
      verticalSpacing={6}
      aria-label={t('audit.changes')}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="25%">{t('audit.field')}</Table.Th>
          <Table.Th>{t('audit.before')}</Table.Th>
          <Table.Th>{t('audit.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.field}>
            <Table.Td fw={600}>
              {i18n.exists(`audit.fields.${change.field}`)
                ? t(`audit.fields.${change.field}`)
                : change.field}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
              {showValue(t, change.field, change.before)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
              {showValue(t, change.field, change.after)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
