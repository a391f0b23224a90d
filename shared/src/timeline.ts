// One resident's timeline: everything that happened, newest first, read a month at a time.
import { z } from 'zod';
import { cursorSchema } from './paging';

import { can, type Permission } from './permissions';
import type { Role } from './roles';

export const timelineKinds = [
  'stay',
  'note',
  'incident',
  'family',
  'health',
  'care_plan',
  'change',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/** What a role must hold to see each kind on the timeline (the timeline itself: notes.read). */
const kindPermission: Partial<Record<TimelineKind, Permission>> = {
  health: 'health.read',
  care_plan: 'care_plans.read',
};

/** The kinds a role may see, of those asked for (all when none are). */
export function visibleKinds(role: Role, asked?: readonly TimelineKind[]): TimelineKind[] {
  return (asked?.length ? asked : timelineKinds).filter((k) => {
    const needed = kindPermission[k];
    return !needed || can(role, needed);
  });
}

export const timelineQuerySchema = z.strictObject({
  /** A month key `yyyy-MM`: continue before it. */
  before: cursorSchema.optional(),
  kinds: z
    .string()
    .regex(/^[a-z_]+(,[a-z_]+)*$/)
    .transform((s) => s.split(','))
    .pipe(z.array(z.enum(timelineKinds)))
    .optional(),
});

export const timelineItemSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(timelineKinds),
  /** What exactly: a note type, a step of the stay (admission, absence, return, closure), a change. */
  type: z.string(),
  text: z.string(),
  by: z.string().nullable(),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;
