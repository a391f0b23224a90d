// What a field problem says, as a catalogue key and its values: the server's 400 field messages
// and the client's form messages both come from here, so one mistake reads the same on both sides.
import type { z } from 'zod';

/** Keys for zod's own checks. */
const checkKeys = [
  'required',
  'tooShort',
  'tooLong',
  'tooSmall',
  'tooBig',
  'invalidFormat',
  'choose',
  'invalid',
  'unknown_field',
] as const;

/** Codes the shared schemas' refinements (and the forms' own) give as their message. */
const refinementKeys = [
  'invalid_characters',
  'invalid_date',
  'password_too_long',
  'password_common',
  'password_has_username',
  'password_unchanged',
  'password_mismatch',
  'date_in_future',
  'before_birth',
  'before_admission',
  'before_start',
  'duplicate_items',
  'invalid_phone',
  'invalid_id_number',
  'invalid_insurance_number',
  'invalid_icd10',
  'invalid_time',
  'future_date',
  'future_time',
  'end_before_start',
  'measurement_empty',
  'blood_pressure_pair',
  'diastolic_not_below_systolic',
  'shift_end_before_start',
  'duty_not_24h',
  'does_not_cross_midnight',
  'break_too_long',
  'leave_too_long',
  'preferred_below_min',
  'max_below_normal',
  'not_monday',
  'same_week',
  'range_too_long',
] as const;

/** Field codes the server's services give once the input parsed (a duplicate, a wrong password). */
const serviceKeys = [
  'duplicate',
  'wrong_password',
  'self_change',
  'invalid_cursor',
  'before_closure',
  'wrong_group',
  'target_before_plan_date',
  'at_least_one_goal',
  'duplicate_risk',
  'unknown_staff',
  'unknown_assessment',
  'needs_intervention',
  'needs_responsible',
  'goal_not_in_plan',
  'missing_progress',
  'review_too_early',
  'unknown_unit',
  'unknown_template',
  'template_overlap',
  'template_other_unit',
  'unknown_food',
  'food_deleted',
  'unknown_recipe',
  'recipe_deleted',
  'menu_locked',
  'menu_approved',
  'too_early',
  'shift_over',
  'unknown_entry',
  'sample_too_small',
  'sample_temperature',
  'sample_discard_too_early',
  'sample_held',
  'hold_reason_required',
  'swap_own_shift',
] as const;

/** Every key a field message can have: each is in the server's and the client's catalogues. */
export const validationKeys = [...checkKeys, ...refinementKeys, ...serviceKeys] as const;
export type ValidationKey = (typeof validationKeys)[number];

/** A field message before translation; `min` and `max` fill `{{min}}` and `{{max}}`. */
export type ValidationMessage = { key: ValidationKey; values?: { min?: number; max?: number } };

const known = new Set<string>(validationKeys);
export function isValidationKey(text: unknown): text is ValidationKey {
  return typeof text === 'string' && known.has(text);
}

/** A zod issue as the parse-time error map sees it, or as `safeParse` reports it. */
export type ZodIssueLike = z.core.$ZodIssue | z.core.$ZodRawIssue;

const isBlank = (input: unknown) =>
  input === undefined || input === null || (typeof input === 'string' && input.trim() === '');

/**
 * The message of one zod issue. Refinements name their key as their message
 * (`refine(ok, 'invalid_date')`); zod's own checks are keyed by code. A blank text reads
 * "required" rather than "at least 2 characters", so report the input (the error map gets it;
 * `safeParse` keeps it with `reportInput: true`).
 */
export function validationMessage(issue: ZodIssueLike): ValidationMessage {
  if (isValidationKey(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 || isBlank(issue.input)
          ? { key: 'required' }
          : { key: 'tooShort', values: { min: Number(issue.minimum) } };
      return { key: 'tooSmall', values: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'tooLong', values: { max: Number(issue.maximum) } }
        : { key: 'tooBig', values: { max: Number(issue.maximum) } };
    case 'invalid_type':
      return isBlank(issue.input) ? { key: 'required' } : { key: 'invalid' };
    case 'invalid_format':
      return { key: 'invalidFormat' };
    case 'invalid_value':
      return { key: 'choose' };
    case 'unrecognized_keys':
      return { key: 'unknown_field' };
    default:
      return { key: 'invalid' };
  }
}
