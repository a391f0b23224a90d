// The vi/EN switch, one click from every screen; a signed-in user's choice is saved on the server.
import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '@care/shared/language';
import { useUpdatePreferences } from '../update-preferences';
import { errorMessage } from '../errors';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session';

export function LanguageSwitch({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  const { t, i18n } = useTranslation();
  const { data } = useSession();
  const save = useUpdatePreferences();

  const change = (value: string) => {
    const language = value as Language;
    void i18n.changeLanguage(language);
    if (data?.user && data.user.language !== language) {
      save.mutate(
        { language },
        {
          onError: (error) =>
            notifications.show({
              color: 'red',
              title: t('language.saveFailed'),
              message: errorMessage(t, error),
            }),
        },
      );
    }
  };

  return (
    <SegmentedControl
      size={size}
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={change}
      data={languages.map((language) => ({
        value: language,
        label: (
          <>
            <span aria-hidden>{t(`language.short.${language}`)}</span>
            <VisuallyHidden lang={language}>{t(`language.name.${language}`)}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
