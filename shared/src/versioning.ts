// Optimistic concurrency: every update names the version it was read at.
import { z } from 'zod';

export const versionSchema = z.number().int().min(0);
export const objectIdSchema = z.string().regex(/^[0-9a-fA-F]{24}$/);
export const idParamsSchema = z.strictObject({ id: objectIdSchema });
