// The username and password fields of the login page and of the lock screen, on one sign-in form.
import { PasswordInput, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LoginInput } from '@care/shared/users';
import { useFieldError } from './i18n/form-errors';

type Props = { form: UseFormReturn<LoginInput>; autoFocus?: boolean };

/** What both fields have: label, size, required mark, message, binding. */
function useCommonProps(form: Props['form'], name: keyof LoginInput) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  return {
    label: t(name === 'username' ? 'auth.username' : 'auth.password'),
    size: 'md',
    withAsterisk: true,
    error: fieldError(form.formState.errors[name]),
    ...form.register(name),
  } as const;
}

export function UsernameField({ form, autoFocus }: Props) {
  const common = useCommonProps(form, 'username');
  return (
    <TextInput
      {...common}
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      autoFocus={autoFocus}
    />
  );
}

export function PasswordField({ form }: Props) {
  const { t } = useTranslation();
  const common = useCommonProps(form, 'password');
  return (
    <PasswordInput
      {...common}
      autoComplete="current-password"
      visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
    />
  );
}
