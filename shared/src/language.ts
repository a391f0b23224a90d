// Interface languages: Vietnamese first, English second.
import { z } from 'zod';

export const languages = ['vi', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;
export const defaultLanguage: Language = 'vi';
