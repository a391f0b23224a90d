// Diet groups and the food allowance as settings: prefilled (shared/src/diet-groups.ts) the first
// time they are read, then edited as a whole under a version check.
import type { z } from 'zod';
import {
  defaultKitchenSettings,
  type KitchenSettings,
  type kitchenSettingsEditSchema,
} from '@care/shared/diet-groups';
import { recordChange } from '../audit/audit.service';
import { isDuplicateKey } from '../platform/db';
import { staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import {
  KitchenSettingsModel,
  settingsId,
  type KitchenSettingsDoc,
} from './kitchen-settings.model';

type Person = { id: string; fullName: string };

export async function readKitchenSettings(): Promise<KitchenSettingsDoc> {
  const doc = await KitchenSettingsModel.findById(settingsId).lean<KitchenSettingsDoc>();
  if (doc) return doc;
  try {
    await KitchenSettingsModel.create({ _id: settingsId, ...defaultKitchenSettings });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
  return (await KitchenSettingsModel.findById(settingsId).lean<KitchenSettingsDoc>())!;
}

export const settingsOf = (doc: KitchenSettingsDoc): KitchenSettings => ({
  groups: doc.groups,
  standardLevel: doc.standardLevel,
  daysPerMonth: doc.daysPerMonth,
  foodSharePct: doc.foodSharePct,
});

export async function updateKitchenSettings(
  input: z.output<typeof kitchenSettingsEditSchema>,
  actor: Person,
): Promise<KitchenSettingsDoc> {
  const before = await readKitchenSettings();
  if (before.version !== input.version) throw staleVersion();
  const { version, ...set } = input;
  // Stored in the order of the group codes, whatever order they came in.
  const groups = before.groups.map((g) => set.groups.find((x) => x.id === g.id)!);
  const after = await updateVersioned<KitchenSettingsDoc>(
    KitchenSettingsModel,
    settingsId,
    version,
    { $set: { ...set, groups, updatedBy: actor } },
  );
  await recordChange({
    actor,
    action: 'update',
    entity: 'kitchen_settings',
    entityId: settingsId,
    entityLabel: 'kitchen',
    before,
    after,
    fields: ['groups', 'standardLevel', 'daysPerMonth', 'foodSharePct'],
  });
  return after;
}

/** Tells every server process that recipes or foods changed (their cached recipes are dropped). */
export async function bumpKitchenRevision(): Promise<void> {
  await readKitchenSettings();
  await KitchenSettingsModel.updateOne({ _id: settingsId }, { $inc: { revision: 1 } });
}
