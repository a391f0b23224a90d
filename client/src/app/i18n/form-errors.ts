// Zod issues become catalogue keys (never zod's English), translated when the field is rendered.
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;
const separator = '|';

/** Encodes an i18n key and its values into the one string react-hook-form keeps per field. */
function messageKey(key: string, values?: Record<string, unknown>): string {
  return values ? `${key}${separator}${JSON.stringify(values)}` : key;
}

export function zodIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        // An empty field reads better as "required" than as "at least 2 characters".
        return Number(issue.minimum) <= 1 ||
          (typeof issue.input === 'string' && issue.input.trim() === '')
          ? messageKey('validation.required')
          : messageKey('validation.tooShort', { min: Number(issue.minimum) });
      }
      return messageKey('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? messageKey('validation.tooLong', { max: Number(issue.maximum) })
        : messageKey('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_type':
      return messageKey('validation.required');
    case 'invalid_format':
      return messageKey('validation.invalidFormat');
    case 'invalid_value':
      return messageKey('validation.choose');
    default:
      return messageKey('validation.invalid');
  }
}

/** Parse options every form passes to `zodResolver(sharedSchema, zodMessages)`. */
export const zodMessages = { error: (issue: Issue) => zodIssueMessage(issue) };

/**
 * Renders a field message: an encoded catalogue key from the resolver, a refinement code such as
 * `password_unchanged`, or a message the server already wrote in the user's language.
 */
export function useFieldError(): (error: FieldError | string | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  return (error) => {
    const message = typeof error === 'string' ? error : error?.message;
    if (!message) return undefined;
    if (message.startsWith('validation.')) {
      const [key = message, values] = message.split(separator);
      return t(key, values ? (JSON.parse(values) as Record<string, unknown>) : {});
    }
    if (i18n.exists(`validation.${message}`)) return t(`validation.${message}`);
    return message;
  };
}
