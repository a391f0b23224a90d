// Vietnamese text: folded for search and sorting (the database has no Vietnamese collation), and
// kept clean of what cannot be seen.
import { z } from 'zod';

/** Folded for search and sorting: no accents, đ → d, lower case. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A regex source that matches `text` literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Control characters (but tab and newline), bidi overrides and isolates, zero-width characters.
/* eslint-disable no-control-regex -- finding control characters is the point */
const unsafeLine = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const unsafeMultiline =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/* eslint-enable no-control-regex */

/**
 * User text as stored: trimmed, in NFC (a name typed with combining accents equals the same name
 * typed precomposed), without invisible or direction-changing characters, `min`–`max` long.
 */
export function textSchema(min: number, max: number, opts: { multiline?: boolean } = {}) {
  const unsafe = opts.multiline ? unsafeMultiline : unsafeLine;
  return z
    .string()
    .trim()
    .normalize('NFC')
    .min(min)
    .max(max)
    .refine((v) => !unsafe.test(v), 'invalid_characters');
}
