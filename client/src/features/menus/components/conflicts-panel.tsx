// Residents who must not eat a dish of the week, with why and what to serve instead; only what
// meals need (name, room, group, diet, texture, allergies).
import { Alert, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@care/shared/dates';
import type { ConflictView } from '@care/shared/menu-rules';

export function ConflictsPanel({ data }: { data: ConflictView }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} fz="lg" mb="xs">
        {t('menus.conflictsTitle', { n: data.conflicts.length })}
      </Title>
      {data.conflicts.length === 0 ? (
        <Alert color="teal" variant="outline">
          {t('menus.noConflicts')}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table
            withTableBorder
            striped
            fz="sm"
            aria-label={t('menus.conflictsTitle', { n: data.conflicts.length })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('menus.day')}</Table.Th>
                <Table.Th>{t('menus.meal')}</Table.Th>
                <Table.Th>{t('menus.resident')}</Table.Th>
                <Table.Th>{t('menus.dish')}</Table.Th>
                <Table.Th>{t('menus.reason')}</Table.Th>
                <Table.Th>{t('menus.alternative')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.conflicts.map((c, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{formatDay(c.day).slice(0, 5)}</Table.Td>
                  <Table.Td>{t(`menus.meals.${c.meal}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {c.resident.fullName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('menus.roomGroup', {
                        room: c.resident.room || '—',
                        group: t(`menus.groups.${c.group}`),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.dish.name}</Table.Td>
                  <Table.Td>
                    {c.reasons
                      .map((r) =>
                        r.kind === 'allergy'
                          ? t('menus.reasonAllergy', {
                              substance: r.substance,
                              severity: t(`menus.severity.${r.severity}`),
                            })
                          : r.kind === 'texture'
                            ? t('menus.reasonTexture', {
                                texture: t(`menus.texture.${r.texture}`),
                                level: r.iddsi,
                              })
                            : t('menus.reasonDiet', { diet: t(`menus.diet.${r.diet}`) }),
                      )
                      .join('; ')}
                  </Table.Td>
                  <Table.Td>
                    {c.alternative === null
                      ? t('menus.noAlternative')
                      : c.alternative.kind === 'dish'
                        ? c.alternative.name
                        : t('menus.variant', {
                            texture: t(`menus.texture.${c.alternative.texture}`),
                            level: c.alternative.iddsi,
                          })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
