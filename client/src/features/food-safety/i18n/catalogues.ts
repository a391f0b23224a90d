// The food-safety screens' words, added to the app's catalogues when the feature loads.
import i18n from '../../../app/i18n/i18n';
import en from './en.json';
import vi from './vi.json';

i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
