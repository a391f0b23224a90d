// The wire shape of every API error and the stable codes clients can rely on.
import { z } from 'zod';

/** Every error code the API answers, with its one HTTP status. */
export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_invalid: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  stale_version: 409,
  already_in_care: 409,
  not_in_care: 409,
  not_absent: 409,
  episode_closed: 409,
  follow_ups_open: 409,
  // Care plans: a record whose state forbids the change (read-only once approved, not in care).
  assessment_locked: 409,
  plan_not_draft: 409,
  plan_not_current: 409,
  draft_outdated: 409,
  rota_solve_running: 409,
  // Rota: a shift that overlaps another of the same person, a deactivated account, a decided leave.
  shift_overlap: 409,
  staff_inactive: 409,
  leave_decided: 409,
  // Kitchen: a deleted food in a recipe, the table's own values.
  food_deleted: 409,
  reference_food_locked: 409,
  // Menus: a locked (served) or approved day, a state change out of order.
  menu_locked: 409,
  menu_approved: 409,
  menu_not_approved: 409,
  menu_not_served: 409,
  // Duty desk and handover book.
  not_on_rota: 409,
  already_checked_in: 409,
  not_checked_in: 409,
  already_checked_out: 409,
  handover_missing: 409,
  handover_exists: 409,
  handover_acknowledged: 409,
  already_acknowledged: 409,
  rota_autofill_stale: 409,
  rota_autofill_not_ready: 409,
  rota_month_published: 409,
  // Timesheets: staff read their own only.
  timesheet_not_own: 403,
  // Food-safety logs: a day whose logs are not made, a menu not approved, the sample rules.
  food_safety_not_generated: 409,
  food_safety_no_menu: 409,
  sample_too_small: 400,
  sample_temperature: 400,
  sample_discard_too_early: 400,
  sample_held: 409,
  // Shift swaps: a shift changed since the request, a request past this step, a shift begun, a swap
  // that would break a hard rule (the violations named in the message).
  swap_stale: 409,
  swap_decided: 409,
  shift_started: 409,
  swap_breaks_rules: 422,
  // A swap being approved while its shifts move (a moment, or until recovery settles it).
  swap_applying: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 429,
  too_many_requests: 429,
  internal: 500,
  database_unavailable: 503,
  storage_full: 507,
} as const;
export const errorCodes = Object.keys(errorStatus) as (keyof typeof errorStatus)[];
export type ErrorCode = keyof typeof errorStatus;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
