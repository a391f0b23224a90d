// The staff roles of a centre; every permission and navigation entry is keyed by them.
import { z } from 'zod';

export const roles = ['admin', 'manager', 'social_worker', 'nurse', 'carer', 'kitchen'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;
