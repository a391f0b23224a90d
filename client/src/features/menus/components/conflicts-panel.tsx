// Residents who must not eat a dish of the week, with why and what to serve instead: one line per
// resident × dish with every meal it is served at; only what meals need (name, room, group, diet,
// texture, allergies).
import { Alert, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@care/shared/dates';
import { groupConflicts, type ConflictView } from '@care/shared/menu-rules';

export function ConflictsPanel({ data: all }: { data: ConflictView }) {
  const { t } = useTranslation();
  // Served as the dish's own texture variant: a preparation note, not a dish to avoid.
  const variants = all.conflicts.filter((c) => c.alternative?.kind === 'texture_variant');
  const lines = groupConflicts(
    all.conflicts.filter((c) => c.alternative?.kind !== 'texture_variant'),
  );
  const prep = new Map<
    string,
    { day: string; meal: string; dish: string; texture: string; n: number }
  >();
  for (const c of variants) {
    const texture = c.alternative!.kind === 'texture_variant' ? c.alternative!.texture : '';
    const key = `${c.day}/${c.meal}/${c.dish.id}/${texture}`;
    const row = prep.get(key) ?? { day: c.day, meal: c.meal, dish: c.dish.name, texture, n: 0 };
    row.n += 1;
    prep.set(key, row);
  }
  return (
    <>
      <Title order={2} fz="lg" mb="xs">
        {t('menus.conflictsTitle', { n: lines.length })}
      </Title>
      {lines.length === 0 ? (
        <Alert color="teal" variant="outline">
          {t('menus.noConflicts')}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table
            withTableBorder
            striped
            fz="sm"
            aria-label={t('menus.conflictsTitle', { n: lines.length })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('menus.resident')}</Table.Th>
                <Table.Th>{t('menus.dish')}</Table.Th>
                <Table.Th>{t('menus.conflictMeals')}</Table.Th>
                <Table.Th>{t('menus.reason')}</Table.Th>
                <Table.Th>{t('menus.alternative')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((c) => (
                <Table.Tr key={`${c.resident.id}/${c.dish.id}`}>
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
                    {c.occasions
                      .map((o) => `${formatDay(o.day).slice(0, 5)} ${t(`menus.meals.${o.meal}`)}`)
                      .join(', ')}
                  </Table.Td>
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
                    {[
                      ...c.alternatives.map((a) =>
                        a.kind === 'dish'
                          ? a.name
                          : t('menus.variant', {
                              texture: t(`menus.texture.${a.texture}`),
                              level: a.iddsi,
                            }),
                      ),
                      ...(c.missingAlternative ? [t('menus.noAlternative')] : []),
                    ].join('; ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {prep.size ? (
        <>
          <Title order={3} fz="md" mt="lg" mb="xs">
            {t('menus.variantsTitle', { n: variants.length })}
          </Title>
          <Table
            withTableBorder
            fz="sm"
            aria-label={t('menus.variantsTitle', { n: variants.length })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('menus.day')}</Table.Th>
                <Table.Th>{t('menus.meal')}</Table.Th>
                <Table.Th>{t('menus.dish')}</Table.Th>
                <Table.Th>{t('menus.prepareAs')}</Table.Th>
                <Table.Th ta="right">{t('menus.portionsCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...prep.values()].map((r, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{formatDay(r.day).slice(0, 5)}</Table.Td>
                  <Table.Td>{t(`menus.meals.${r.meal}`)}</Table.Td>
                  <Table.Td>{r.dish}</Table.Td>
                  <Table.Td>{t(`menus.texture.${r.texture}`)}</Table.Td>
                  <Table.Td ta="right">{r.n}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
    </>
  );
}
