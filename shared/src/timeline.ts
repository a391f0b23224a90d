// One resident's timeline: everything that happened, newest first, read a month at a time.
import { z } from 'zod';
import { cursorSchema } from './paging';

export const timelineKinds = ['stay', 'note', 'incident', 'family', 'change'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

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
