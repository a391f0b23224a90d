// Zod issues become the shared message keys (never zod's English), translated when a field renders.
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  isValidationKey,
  validationMessage,
  type ValidationMessage,
} from '@care/shared/validation-keys';

const separator = '|';

/** Encodes a key and its values into the one string react-hook-form keeps per field. */
function encode({ key, values }: ValidationMessage): string {
  return values ? `${key}${separator}${JSON.stringify(values)}` : key;
}

/** Parse options every form passes to `zodResolver(sharedSchema, zodMessages)`. */
export const zodMessages = {
  error: (issue: z.core.$ZodRawIssue) => encode(validationMessage(issue)),
};

/**
 * Renders a field message: an encoded key from the resolver, a refinement's key such as
 * `password_unchanged`, or a message the server already wrote in the user's language.
 */
export function useFieldError(): (error: FieldError | string | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => {
    const message = typeof error === 'string' ? error : error?.message;
    if (!message) return undefined;
    const [key, values] = message.split(separator);
    if (!isValidationKey(key)) return message;
    return t(`validation.${key}`, values ? (JSON.parse(values) as Record<string, unknown>) : {});
  };
}
