// Editing what carers and the kitchen must know (diet, texture, mobility, communication, risks,
// a care note): the fields nurses may change. A 409 offers the newer record.
import { useState } from 'react';
import { Button, Group, MultiSelect, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  communications,
  diets,
  mobilities,
  risks,
  textures,
  type ResidentView,
} from '@care/shared/residents';
import { isApiError } from '../../../app/errors';
import { AppModal } from '../../../components/app-modal';
import { SaveProblem } from '../../../components/save-problem';
import { useChangeResident } from '../api/change-resident';
import { useFreshResident } from './use-fresh-resident';

export function CareProfileDialog({
  resident: initial,
  onClose,
}: {
  resident: ResidentView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [care, setCare] = useState(initial.care);
  const change = useChangeResident(initial.id);
  const { resident, stale, markStale, reload } = useFreshResident(initial, (fresh) => {
    change.reset();
    setCare(fresh.care);
  });
  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const save = () =>
    change.mutate(
      {
        step: null,
        body: {
          version: resident.version,
          diets: care.diets,
          texture: care.texture,
          mobility: care.mobility,
          communication: care.communication,
          risks: care.risks,
          careNote: care.careNote,
        },
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (isApiError(error, 'stale_version')) markStale();
        },
      },
    );
  return (
    <AppModal onClose={onClose} title={t('record.editCare')} size="lg">
      <Stack gap="md">
        <SaveProblem
          stale={stale}
          error={change.error}
          onReload={() => reload.mutate()}
          reloading={reload.isPending}
          staleTitle={t('recordEdit.staleTitle')}
          staleBody={t('recordEdit.staleBody')}
        />
        <MultiSelect
          label={t('careSummary.diet')}
          data={options(diets, 'residents.diets')}
          value={care.diets}
          onChange={(v) => setCare({ ...care, diets: v as typeof care.diets })}
          data-autofocus
        />
        <Select
          label={t('careSummary.texture')}
          data={options(textures, 'residents.texture')}
          value={care.texture}
          onChange={(v) => v && setCare({ ...care, texture: v as typeof care.texture })}
          allowDeselect={false}
        />
        <Select
          label={t('careSummary.mobility')}
          data={options(mobilities, 'residents.mobility')}
          value={care.mobility}
          onChange={(v) => v && setCare({ ...care, mobility: v as typeof care.mobility })}
          allowDeselect={false}
        />
        <Select
          label={t('careSummary.communication')}
          data={options(communications, 'residents.communication')}
          value={care.communication}
          onChange={(v) => v && setCare({ ...care, communication: v as typeof care.communication })}
          allowDeselect={false}
        />
        <MultiSelect
          label={t('careSummary.risks')}
          data={options(risks, 'residents.risks')}
          value={care.risks}
          onChange={(v) => setCare({ ...care, risks: v as typeof care.risks })}
        />
        <Textarea
          label={t('careSummary.careNote')}
          value={care.careNote}
          onChange={(e) => setCare({ ...care, careNote: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={change.isPending} disabled={stale}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
