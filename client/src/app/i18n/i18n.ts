// The i18next instance: Vietnamese by default, English second; keeps <html lang> and the API in step.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages, type Language } from '@care/shared/language';
import vi from './vi.json';
import en from './en.json';

const storageKey = 'care.language';

function storedLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(storageKey);
    return (languages as readonly string[]).includes(saved ?? '')
      ? (saved as Language)
      : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function currentLanguage(): Language {
  return (languages as readonly string[]).includes(i18n.language)
    ? (i18n.language as Language)
    : defaultLanguage;
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    // Remembered on this device for the login page; a signed-in user's preference wins after login.
    window.localStorage.setItem(storageKey, language);
  } catch {
    /* private mode: nothing to remember */
  }
});

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  returnNull: false,
  // Catalogues are bundled, so there is nothing to wait for before the first render.
  initAsync: false,
});

document.documentElement.lang = i18n.language;

export default i18n;
