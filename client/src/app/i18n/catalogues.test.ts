// The vi and en catalogues hold the same keys, and every key the code names exists in both.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { auditActions, auditEntities } from '@care/shared/audit';
import { errorCodes } from '@care/shared/errors';
import { languages } from '@care/shared/language';
import { navigation } from '@care/shared/permissions';
import { religions } from '@care/shared/places';
import { ageBands } from '@care/shared/resident-rules';
import {
  absenceKinds,
  admissionChecklistItems,
  admissionRoutes,
  closureReasons,
  communications,
  diets,
  disabilityLevels,
  disabilityTypes,
  genders,
  hivStatuses,
  mobilities,
  residentCategories,
  residentSorts,
  residentStatuses,
  risks,
  textures,
} from '@care/shared/residents';
import { roles } from '@care/shared/roles';
import { validationKeys } from '@care/shared/validation-keys';
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

const readCatalogue = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Catalogue;

/** A feature may bring its own catalogue (`features/<name>/i18n/<language>.json`), loaded with it. */
const featureCatalogues = (language: string) =>
  readdirSync(join(clientSrc!, 'features'))
    .map((feature) => join(clientSrc!, 'features', feature, 'i18n', `${language}.json`))
    .filter((path) => existsSync(path));

const load = (language: string): Catalogue => {
  const app = readCatalogue(join(clientSrc, `app/i18n/${language}.json`));
  for (const path of featureCatalogues(language)) {
    for (const [key, value] of Object.entries(readCatalogue(path))) {
      // A feature adds keys of its own; it never changes the app's.
      if (key in app) throw new Error(`${path} redefines "${key}"`);
      app[key] = value;
    }
  }
  return app;
};

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

/** Key literals in `t('…')`, `i18n.t("…")` and `t(cond ? 'a' : 'b')`. */
function keysUsedIn(source: string): string[] {
  const keys: string[] = [];
  for (const match of source.matchAll(/\bt\(\s*(['"])([A-Za-z0-9_.]+)\1/g)) keys.push(match[2]!);
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
      ...Object.entries({
        disabilityType: disabilityTypes,
        texture: textures,
        diets,
        mobility: mobilities,
        communication: communications,
        risks,
        religion: religions,
        closureReason: closureReasons,
        admissionRoute: admissionRoutes,
        checklist: admissionChecklistItems,
        ageBand: ageBands,
        hivStatus: hivStatuses,
        absenceKind: absenceKinds,
        flag: ['age_out', 'emergency_stay'],
      }).flatMap(([group, values]) => values.map((v) => `residents.${group}.${v}`)),
      ...[...residentStatuses, 'current', 'all'].map((s) => `register.status.${s}`),
      ...residentSorts.map((s) => `register.sortBy.${s}`),
      ...auditActions.map((a) => `audit.action.${a}`),
      ...auditEntities.map((e) => `audit.entity.${e}`),
      ...errorCodes.map((c) => `errors.${c}`),
      ...validationKeys.map((k) => `validation.${k}`),
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

describe('health records labels', () => {
  it('has a label for every value of the health vocabularies, in every language', async () => {
    const { allergySeverities, healthLists, medicationRoutes } =
      await import('@care/shared/health-records');
    const { growthFlags } = await import('@care/shared/growth');
    const keys = [
      ...allergySeverities.map((s) => `health.severity.${s}`),
      ...medicationRoutes.map((r) => `health.route.${r}`),
      ...growthFlags.map((f) => `health.growth.flag.${f}`),
      ...healthLists.flatMap((l) => [`health.lists.${l}`, `health.empty.${l}`, `health.add.${l}`]),
    ];
    for (const language of languages) {
      expect({ language, missing: missingFrom(language, keys) }).toEqual({ language, missing: [] });
    }
  });
});
