// The vi and en catalogues hold the same keys, and every key the code names exists in both.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { auditActions, auditEntities } from '@care/shared/audit';
import { errorCodes } from '@care/shared/errors';
import { languages } from '@care/shared/language';
import { navigation } from '@care/shared/permissions';
import {
  disabilityLevels,
  genders,
  residentCategories,
  residentStatuses,
} from '@care/shared/residents';
import { roles } from '@care/shared/roles';
import {
  goalDomains,
  goalProgressStatuses,
  planStatuses,
  reviewFrequencies,
} from '@care/shared/care-plans';
import {
  assessmentDomains,
  dailyActivities,
  riskKinds,
  riskLevels,
  supportLevels,
} from '@care/shared/needs-assessments';

type Catalogue = { [key: string]: string | Catalogue };

// Jest may run from the repository root or from client/; find client/src either way.
const clientSrc = [resolve(process.cwd(), 'client/src'), resolve(process.cwd(), 'src')].find(
  (dir) => {
    try {
      return statSync(join(dir, 'app/i18n/vi.json')).isFile();
    } catch {
      return false;
    }
  },
);
if (!clientSrc) throw new Error(`client/src not found from ${process.cwd()}`);

const load = (language: string) =>
  JSON.parse(readFileSync(join(clientSrc, `app/i18n/${language}.json`), 'utf8')) as Catalogue;

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [k, v] of flatten(value, path)) keys.set(k, v);
  }
  return keys;
}

// i18next plural forms (`age_one`, `age_other`) answer for the key `age`; languages differ in forms.
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKeys = (keys: Map<string, string>) =>
  new Set([...keys.keys()].map((k) => k.replace(pluralSuffix, '')));

const catalogues = Object.fromEntries(languages.map((l) => [l, flatten(load(l))])) as Record<
  string,
  Map<string, string>
>;
const bases = Object.fromEntries(languages.map((l) => [l, baseKeys(catalogues[l]!)])) as Record<
  string,
  Set<string>
>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Key literals in `t('…')`, `i18n.t("…")`, `t(cond ? 'a' : 'b')` and the zod `messageKey('…')`. */
function keysUsedIn(source: string): string[] {
  const keys: string[] = [];
  for (const match of source.matchAll(/\b(?:t|messageKey)\(\s*(['"])([A-Za-z0-9_.]+)\1/g))
    keys.push(match[2]!);
  for (const match of source.matchAll(
    /\bt\(\s*[^'"`()]+?\?\s*(['"])([A-Za-z0-9_.]+)\1\s*:\s*(['"])([A-Za-z0-9_.]+)\3/g,
  )) {
    keys.push(match[2]!, match[4]!);
  }
  return keys;
}

function missingFrom(language: string, keys: Iterable<string>): string[] {
  return [...new Set(keys)].filter((key) => !bases[language]!.has(key)).sort();
}

describe('i18n catalogues', () => {
  it.each(languages.flatMap((a) => languages.filter((b) => b !== a).map((b) => [a, b])))(
    'every key in %s is also in %s',
    (from, to) => {
      expect([...bases[from]!].filter((key) => !bases[to]!.has(key)).sort()).toEqual([]);
    },
  );

  it.each(languages)('has no empty messages in %s', (language) => {
    const empty = [...catalogues[language]!]
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('has a message for every t() key literal in client/src, in every language', () => {
    const used = sourceFiles(clientSrc).flatMap((file) =>
      keysUsedIn(readFileSync(file, 'utf8')).map((key) => ({
        key,
        file: relative(clientSrc, file),
      })),
    );
    expect(used.length).toBeGreaterThan(50);
    for (const language of languages) {
      const missing = used
        .filter(({ key }) => !bases[language]!.has(key))
        .map((u) => `${u.key} (${u.file})`);
      expect({ language, missing: [...new Set(missing)].sort() }).toEqual({
        language,
        missing: [],
      });
    }
  });

  it('has a label for every navigation entry of the shared permission table', () => {
    for (const language of languages) {
      expect({
        language,
        missing: missingFrom(
          language,
          navigation.map((entry) => entry.labelKey),
        ),
      }).toEqual({
        language,
        missing: [],
      });
    }
  });

  it('has a label for every value of the shared vocabularies the screens show', () => {
    const keys = [
      ...roles.map((r) => `roles.${r}`),
      ...residentCategories.map((c) => `residents.category.${c}`),
      ...residentStatuses.map((s) => `residents.status.${s}`),
      ...genders.map((g) => `residents.gender.${g}`),
      ...disabilityLevels.map((d) => `residents.disabilityLevel.${d}`),
      ...auditActions.map((a) => `audit.action.${a}`),
      ...auditEntities.map((e) => `audit.entity.${e}`),
      ...errorCodes.map((c) => `errors.${c}`),
      ...languages.flatMap((l) => [`language.short.${l}`, `language.name.${l}`]),
      ...roles.map((r) => `dashboard.roleHint.${r}`),
      ...['first', 'previous', 'next', 'last'].map((c) => `paging.${c}`),
      // Care plans
      ...goalDomains.map((d) => `carePlans.goalDomain.${d}`),
      ...goalProgressStatuses.map((s) => `carePlans.progress.${s}`),
      ...planStatuses.map((s) => `carePlans.status.${s}`),
      ...reviewFrequencies.map((f) => `carePlans.reviewFrequency.${f}`),
      ...assessmentDomains.map((d) => `carePlans.assessmentDomain.${d}`),
      ...dailyActivities.map((a) => `carePlans.activity.${a}`),
      ...supportLevels.map((l) => `carePlans.supportLevel.${l}`),
      ...riskKinds.map((k) => `carePlans.risk.${k}`),
      ...riskLevels.map((l) => `carePlans.riskLevel.${l}`),
      ...['ok', 'due_soon', 'overdue'].map((s) => `carePlans.reviewStatus.${s}`),
    ];
    for (const language of languages) {
      expect({ language, missing: missingFrom(language, keys) }).toEqual({ language, missing: [] });
    }
  });

  it('writes the Vietnamese catalogue in Vietnamese, with diacritics', () => {
    const vi = catalogues.vi!;
    expect(vi.get('auth.login')).toBe('Đăng nhập');
    expect(vi.get('auth.username')).toBe('Tên đăng nhập');
    expect(vi.get('roles.carer')).toBe('Nhân viên chăm sóc');
    expect(vi.get('residents.category.emergency_protection')).toBe('Đối tượng cần bảo vệ khẩn cấp');
  });
});
