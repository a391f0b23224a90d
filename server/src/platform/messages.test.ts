// The API's field messages read word for word like the client's form messages, in every language.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { languages } from '@care/shared/language';
import { validationKeys } from '@care/shared/validation-keys';
import { fieldCatalogues, fieldMessage } from './messages';

const clientValidation = (language: string) =>
  (
    JSON.parse(
      readFileSync(path.join(__dirname, `../../../client/src/app/i18n/${language}.json`), 'utf8'),
    ) as { validation: Record<string, string> }
  ).validation;

describe('field messages', () => {
  it.each(languages)('has every shared validation key, as the client writes it, in %s', (lang) => {
    const client = clientValidation(lang);
    for (const key of validationKeys) {
      expect({ key, server: fieldCatalogues[lang][key] }).toEqual({ key, server: client[key] });
    }
  });

  it('fills the minimum and maximum', () => {
    expect(fieldMessage('vi', { key: 'tooShort', values: { min: 8 } })).toBe('Cần ít nhất 8 ký tự');
    expect(fieldMessage('en', { key: 'tooLong', values: { max: 100 } })).toBe(
      'At most 100 characters',
    );
  });
});
