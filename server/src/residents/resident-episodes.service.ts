// A resident's stay, step by step: re-admission, temporary absence and return, closure with its
// handover. Each step appends to the episode history (the past is never rewritten) under the
// version the user read, so two people acting at once cannot both succeed.
import mongoose from 'mongoose';
import type { z } from 'zod';
import type {
  absenceEndSchema,
  absenceStartSchema,
  closureSchema,
  episodeEditSchema,
  readmitSchema,
} from '@care/shared/residents';
import type { Actor } from '../audit/audit.service';
import { AppError, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { derivedFields } from './resident-derived';
import { Resident, type EpisodeDoc, type ResidentDoc } from './resident.model';
import { getResident, guardInCare, recordResidentChange } from './residents.service';

type Change = (episodes: EpisodeDoc[], doc: ResidentDoc) => EpisodeDoc[];

async function changeEpisodes(id: string, version: number, actor: Actor, change: Change) {
  const before = await getResident(id);
  if (before.version !== version) throw staleVersion();
  const episodes = change(structuredClone(before.episodes), before);
  const next = { ...before, episodes };
  const after = await guardInCare(() =>
    updateVersioned<ResidentDoc>(Resident, id, version, {
      $set: {
        episodes,
        ...derivedFields(next, id),
        updatedBy: actor ? { id: actor.id, fullName: actor.fullName } : null,
      },
    }),
  );
  await recordResidentChange(actor, 'update', before, after);
  return after;
}

function openEpisode(episodes: EpisodeDoc[]): EpisodeDoc {
  const current = episodes.at(-1);
  if (!current || current.closure) throw new AppError('not_in_care');
  return current;
}

const newId = () => new mongoose.Types.ObjectId().toString();

export function readmitResident(id: string, input: z.output<typeof readmitSchema>, actor: Actor) {
  return changeEpisodes(id, input.version, actor, (episodes) => {
    const last = episodes.at(-1);
    if (last && !last.closure) throw new AppError('already_in_care');
    if (last?.closure && input.admission.date < last.closure.date!)
      throw new AppError('validation_failed', { 'admission.date': 'before_closure' });
    return [
      ...episodes,
      { id: newId(), admission: input.admission, absences: [], closure: null } as EpisodeDoc,
    ];
  });
}

export function startAbsence(id: string, input: z.output<typeof absenceStartSchema>, actor: Actor) {
  return changeEpisodes(id, input.version, actor, (episodes) => {
    const current = openEpisode(episodes);
    if (current.absences.some((a) => a.returnedOn === null)) throw new AppError('not_in_care');
    if (input.from < current.admission!.date)
      throw new AppError('validation_failed', { from: 'before_admission' });
    const { version: _v, ...absence } = input;
    current.absences.push({ id: newId(), ...absence, returnedOn: null });
    return episodes;
  });
}

export function endAbsence(id: string, input: z.output<typeof absenceEndSchema>, actor: Actor) {
  return changeEpisodes(id, input.version, actor, (episodes) => {
    const open = openEpisode(episodes).absences.find((a) => a.returnedOn === null);
    if (!open) throw new AppError('not_absent');
    if (input.date < open.from!) throw new AppError('validation_failed', { date: 'before_start' });
    open.returnedOn = input.date;
    return episodes;
  });
}

export function closeEpisode(id: string, input: z.output<typeof closureSchema>, actor: Actor) {
  return changeEpisodes(id, input.version, actor, (episodes) => {
    const current = openEpisode(episodes);
    if (input.date < current.admission!.date)
      throw new AppError('validation_failed', { date: 'before_admission' });
    const { version: _v, ...closure } = input;
    // A resident away on the closing day is back for the record's sake: the absence ends there.
    for (const a of current.absences) if (a.returnedOn === null) a.returnedOn = input.date;
    current.closure = closure;
    return episodes;
  });
}

/** Corrects the admission details of the current episode; a closed episode stays as it was. */
export function editEpisode(
  id: string,
  episodeId: string,
  input: z.output<typeof episodeEditSchema>,
  actor: Actor,
) {
  return changeEpisodes(id, input.version, actor, (episodes, doc) => {
    const episode = episodes.find((e) => e.id === episodeId);
    if (!episode) throw new AppError('not_found');
    if (episode.closure) throw new AppError('episode_closed');
    if (doc.birthDate && input.admission.date < doc.birthDate)
      throw new AppError('validation_failed', { 'admission.date': 'before_birth' });
    episode.admission = input.admission;
    return episodes;
  });
}
