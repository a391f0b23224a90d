// Vietnamese names for finding and ordering people: the database has no Vietnamese collation and
// no text search, so each record stores a sort key and the word prefixes it can be found by.
import { foldName } from './text';

// The Vietnamese alphabet in dictionary order; tones are a second level (ngang, huyền, hỏi,
// ngã, sắc, nặng), compared only when the letters are equal.
const alphabet = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const toneMarks = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

function letterOf(base: string, marks: string): string {
  if (base === 'a' && marks.includes('\u0306')) return 'ă';
  if (marks.includes('\u0302')) return base === 'a' ? 'â' : base === 'e' ? 'ê' : 'ô';
  if (marks.includes('\u031b')) return base === 'o' ? 'ơ' : 'ư';
  return base;
}

/** One word's key: letters by the Vietnamese alphabet, then its tones. */
function wordKey(word: string): string {
  let letters = '';
  let tones = '';
  for (const ch of word.toLowerCase().normalize('NFC')) {
    const [base = '', ...rest] = ch === 'đ' ? ['đ'] : [...ch.normalize('NFD')];
    const marks = rest.join('');
    const rank = alphabet.indexOf(letterOf(base, marks));
    // Letters outside the alphabet (f, j, w, z, digits) sort after it, by their code.
    letters += rank >= 0 ? String.fromCharCode(65 + rank) : `~${base}`;
    const tone = toneMarks.findIndex((m) => m && marks.includes(m));
    tones += String(tone < 0 ? 0 : tone);
  }
  return `${letters}.${tones}`;
}

/**
 * Sort key of a full name the Vietnamese way: given name (the last word) first, then middle
 * names, then the family name ("Nguyễn Văn An" sorts under "An").
 */
export function nameSortKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const given = words.pop() ?? '';
  return [given, ...words.slice(1), words[0] ?? ''].map(wordKey).join(' ');
}

/** Folded words of a search text: "  Đào thi " → ["dao", "thi"]. */
export function searchWords(text: string): string[] {
  return foldName(text)
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** Every prefix of every folded word, so that a top-level equality finds a partly typed word. */
export function searchPrefixes(...texts: string[]): string[] {
  const prefixes = new Set<string>();
  for (const word of texts.flatMap(searchWords))
    for (let i = 1; i <= Math.min(word.length, 24); i++) prefixes.add(word.slice(0, i));
  return [...prefixes];
}

/**
 * How well a name matches what was typed with its accents: the number of typed words that begin
 * a word of the name exactly as written ("Đào" ranks "Đào" above "Đạo" and "Dao").
 */
export function accentScore(fullName: string, typed: string): number {
  const nameWords = fullName.toLowerCase().normalize('NFC').split(/\s+/);
  return typed
    .toLowerCase()
    .normalize('NFC')
    .split(/[\s,]+/)
    .filter(Boolean)
    .filter((w) => nameWords.some((n) => n.startsWith(w))).length;
}
