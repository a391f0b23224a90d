// The fields one audited action changed, before → after, with known values in the user's language.
import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditChange } from '@care/shared/audit';
import { formatDateTime, formatDay } from '@care/shared/dates';
import { languages } from '@care/shared/language';
import { religions } from '@care/shared/places';
import {
  communications,
  diets,
  disabilityLevels,
  disabilityTypes,
  genders,
  hivStatuses,
  mobilities,
  residentCategories,
  residentStatuses,
  risks,
  textures,
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
  disabilityType: { values: disabilityTypes, key: (v) => `residents.disabilityType.${v}` },
  categories: { values: residentCategories, key: (v) => `residents.category.${v}` },
  religion: { values: religions, key: (v) => `residents.religion.${v}` },
  diets: { values: diets, key: (v) => `residents.diets.${v}` },
  texture: { values: textures, key: (v) => `residents.texture.${v}` },
  mobility: { values: mobilities, key: (v) => `residents.mobility.${v}` },
  communication: { values: communications, key: (v) => `residents.communication.${v}` },
  risks: { values: risks, key: (v) => `residents.risks.${v}` },
  hivStatus: { values: hivStatuses, key: (v) => `residents.hivStatus.${v}` },
  inEducation: { values: ['true', 'false'], key: (v) => `common.${v === 'true' ? 'yes' : 'no'}` },
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

/** A field's or a part's label: the audit's own, else the admission form's, else its name. */
function labelOf(t: TFunction, exists: (key: string) => boolean, field: string): string {
  if (partLabels[field]) return t(partLabels[field]);
  for (const key of [`audit.fields.${field}`, `admission.field.${field}`])
    if (exists(key)) return t(key);
  return field;
}

/** A value stored as JSON text (a list, a nested record) shown as readable lines. */
function jsonLines(
  t: TFunction,
  exists: (key: string) => boolean,
  field: string,
  value: string,
): string[] | null {
  if (!value.startsWith('{') && !value.startsWith('[')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  const part = (key: string, v: unknown): string =>
    typeof v === 'string' ? plainValue(t, key, v) : v === null ? '—' : JSON.stringify(v);
  const record = (o: object): string =>
    Object.entries(o)
      .filter(([, v]) => v !== '' && v !== null)
      .map(([k, v]) => `${labelOf(t, exists, k)}: ${part(k, v)}`)
      .join('; ');
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) return ['—'];
    if (parsed.every((v) => typeof v === 'string'))
      return [parsed.map((v: string) => plainValue(t, field, v)).join(', ')];
    return parsed.map((v) => (v && typeof v === 'object' ? record(v as object) : part(field, v)));
  }
  if (!parsed || typeof parsed !== 'object') return null;
  return record(parsed).split('; ');
}

function showValue(
  t: TFunction,
  exists: (key: string) => boolean,
  field: string,
  value: string | null,
) {
  if (value === null || value === '') {
    return (
      <Text span size="sm" c="dimmed">
        {t('audit.empty_value')}
      </Text>
    );
  }
  const lines = jsonLines(t, exists, field, value);
  if (lines) return lines.join('\n');
  return plainValue(t, field, value);
}

export function AuditChanges({ changes }: { changes: AuditChange[] }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
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
            <Table.Td fw={600}>{labelOf(t, exists, change.field)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
              {showValue(t, exists, change.field, change.before)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
              {showValue(t, exists, change.field, change.after)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
