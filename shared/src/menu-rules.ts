// Pure rules of the menu planner: which cycle day a date takes, what a state allows, headcounts
// from the residents present, and the dietary conflicts of a menu (allergy, texture, diet) with
// the alternative the kitchen can serve.
import { z } from 'zod';
import { dietGroupIdSchema, type DietGroupId } from './diet-groups';
import { allergens, type AllergenTag } from './foods';
import type { MenuEntry, MenuState } from './menus';
import { daysBetween, isoWeekday, mondayOf } from './menus';
import { meals, type Meal } from './nutrition';
import { iddsiLevels, type Course, type DietTag } from './recipes';
import type { textures } from './residents';
import { foldName } from './text';

type Texture = (typeof textures)[number];

/** The cycle day (week 1-based, ISO weekday) a date takes when week `startWeek` begins on `from`'s Monday. */
export function cycleDayFor(
  day: string,
  from: string,
  weeks: number,
  startWeek = 1,
): { week: number; weekday: number } {
  const weeksIn = Math.floor(daysBetween(mondayOf(from), day) / 7);
  const week = ((((startWeek - 1 + weeksIn) % weeks) + weeks) % weeks) + 1;
  return { week, weekday: isoWeekday(day) };
}

/** A day's dishes and headcounts may change only while it is a draft or approved (back to draft). */
export const isEditable = (state: MenuState) => state !== 'locked';

/** Why a state change is refused, or null: approve a draft, lock an approved day once served. */
export function stateChangeProblem(
  current: MenuState,
  next: 'approved' | 'locked',
  day: string,
  today: string,
): 'menu_locked' | 'menu_not_approved' | 'menu_not_served' | null {
  if (current === 'locked') return 'menu_locked';
  if (next === 'locked') {
    if (current !== 'approved') return 'menu_not_approved';
    if (day > today) return 'menu_not_served';
  }
  return null;
}

/** Residents present (in care, not away on leave or in hospital) per group. */
export function presentByGroup(
  residents: readonly { status: string; group: DietGroupId }[],
): Partial<Record<DietGroupId, number>> {
  const counts: Partial<Record<DietGroupId, number>> = {};
  for (const r of residents)
    if (r.status === 'in_care') counts[r.group] = (counts[r.group] ?? 0) + 1;
  return counts;
}

/** The headcount used for each group: the typed figure where the kitchen typed one. */
export function headcountsFor(
  groups: readonly DietGroupId[],
  present: Partial<Record<DietGroupId, number>>,
  typed: Partial<Record<DietGroupId, number>>,
) {
  return groups.map((group) => ({
    group,
    present: present[group] ?? 0,
    count: typed[group] ?? present[group] ?? 0,
    edited: typed[group] !== undefined,
  }));
}

// ---------------------------------------------------------------------------------------------
// Dietary conflicts

/** Words (folded, no accents) by which a resident's allergy names an allergen tag. */
const allergenWords: Record<AllergenTag, string[]> = {
  milk: ['sua', 'milk', 'lactose', 'pho mat', 'bo sua'],
  egg: ['trung', 'egg'],
  fish: ['ca ', 'ca,', 'fish', 'nuoc mam'],
  shellfish: [
    'tom',
    'cua',
    'ghe',
    'so',
    'hen',
    'oc',
    'muc',
    'hai san',
    'shellfish',
    'shrimp',
    'crab',
  ],
  peanut: ['dau phong', 'lac', 'peanut'],
  tree_nut: ['hat dieu', 'oc cho', 'hanh nhan', 'tree nut', 'cashew', 'walnut', 'almond'],
  soy: ['dau nanh', 'dau tuong', 'dau phu', 'soy', 'tofu'],
  wheat: ['lua mi', 'bot mi', 'gluten', 'wheat'],
  sesame: ['vung', 'me', 'sesame'],
};

/** The allergen tags an allergy's free-text substance names ("Cua, ghẹ" → shellfish). */
export function allergensOfSubstance(substance: string): AllergenTag[] {
  const text = ` ${foldName(substance).replace(/[^a-z0-9 ,]/g, ' ')} `;
  const words = new Set(text.split(/[ ,]+/).filter(Boolean));
  return (Object.keys(allergenWords) as AllergenTag[]).filter((tag) =>
    allergenWords[tag].some((w) => {
      const word = w.trim().replace(/,$/, '');
      return word.includes(' ') ? text.includes(` ${word} `) : words.has(word);
    }),
  );
}

/** Diets that need a dish tagged for them. */
const dietNeeds: Record<string, DietTag> = {
  diabetic: 'diabetic_suitable',
  low_salt: 'low_salt',
  vegetarian: 'vegetarian',
};

export type ConflictResident = {
  id: string;
  fullName: string;
  room: string;
  group: DietGroupId;
  status: string;
  diets: readonly string[];
  texture: Texture;
  allergies: readonly { substance: string; severity: string }[];
};

export type ConflictDish = {
  id: string;
  name: string;
  course: Course;
  allergens: readonly AllergenTag[];
  /** Names of the dish's foods (an allergy may name a food rather than an allergen group). */
  foodNames: readonly string[];
  dietTags: readonly DietTag[];
  textures: readonly Texture[];
};

export type ConflictReason =
  | { kind: 'allergy'; substance: string; severity: string; allergen: AllergenTag | null }
  | { kind: 'texture'; texture: Texture; iddsi: number }
  | { kind: 'diet'; diet: string };

export type Alternative =
  | { kind: 'texture_variant'; texture: Texture; iddsi: number }
  | { kind: 'dish'; recipeId: string; name: string }
  | null;

export type Conflict = {
  day: string;
  meal: Meal;
  group: DietGroupId;
  resident: Omit<ConflictResident, 'status'>;
  dish: { id: string; name: string };
  reasons: ConflictReason[];
  alternative: Alternative;
};

/** `f` remembered by its text (cleared past `most` texts): conflicts ask for every resident × dish. */
function remembered<T>(f: (text: string) => T, most = 5_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text)!;
    if (known.size >= most) known.clear();
    const value = f(text);
    known.set(text, value);
    return value;
  };
}
const folded = remembered(foldName);
const substanceTags = remembered(allergensOfSubstance);

// Drinks are served as they are; a texture-modified diet never gets a dish at a higher level.
const textureExempt: readonly Course[] = ['drink'];

/** Every reason `resident` must not eat `dish` as it is (empty: it is fine). */
export function reasonsAgainst(resident: ConflictResident, dish: ConflictDish): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  const foods = dish.foodNames.map((n) => ` ${folded(n)} `);
  for (const a of resident.allergies) {
    const tag = substanceTags(a.substance).find((t) => dish.allergens.includes(t));
    const name = folded(a.substance).trim();
    if (tag)
      reasons.push({
        kind: 'allergy',
        substance: a.substance,
        severity: a.severity,
        allergen: tag,
      });
    else if (
      name.length >= 2 &&
      foods.some((f) => f.includes(` ${name} `) || f.startsWith(` ${name}`))
    )
      reasons.push({
        kind: 'allergy',
        substance: a.substance,
        severity: a.severity,
        allergen: null,
      });
  }
  if (resident.texture !== 'regular' && !textureExempt.includes(dish.course))
    reasons.push({
      kind: 'texture',
      texture: resident.texture,
      iddsi: iddsiLevels[resident.texture],
    });
  for (const diet of resident.diets) {
    const need = dietNeeds[diet];
    if (need && !dish.dietTags.includes(need)) reasons.push({ kind: 'diet', diet });
  }
  return reasons;
}

/** The dish's variant the resident can eat: the highest IDDSI level at or below theirs. */
function textureVariant(resident: ConflictResident, dish: ConflictDish): Alternative {
  const level = iddsiLevels[resident.texture];
  const best = dish.textures
    .filter((t) => iddsiLevels[t] <= level)
    .sort((a, b) => iddsiLevels[b] - iddsiLevels[a])[0];
  return best ? { kind: 'texture_variant', texture: best, iddsi: iddsiLevels[best] } : null;
}

/**
 * The conflicts of a menu: for each group's meal, every resident of the group present who must
 * not eat a dish, with the reasons and an alternative: the dish's texture variant when texture
 * is the only reason, else a dish of the same meal (any group's, same course first) with no
 * reason against this resident.
 */
export function findConflicts(
  days: readonly { day: string; entries: readonly MenuEntry[] }[],
  residents: readonly ConflictResident[],
  dishes: ReadonlyMap<string, ConflictDish>,
): Conflict[] {
  const byGroup = new Map<DietGroupId, ConflictResident[]>();
  for (const r of residents)
    if (r.status === 'in_care') byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r]);
  // A resident's reasons against a dish do not change from one meal to the next: worked out once.
  // Residents with the same needs (texture, diets, allergies) get the same answers: keyed by those.
  const needsKey = new Map<ConflictResident, string>();
  const needsOf = (r: ConflictResident) => {
    let key = needsKey.get(r);
    if (key === undefined)
      needsKey.set(
        r,
        (key = JSON.stringify([
          r.texture,
          [...r.diets].sort(),
          r.allergies.map((a) => [a.substance, a.severity]),
        ])),
      );
    return key;
  };
  const memo = new Map<string, ConflictReason[]>();
  const against = (resident: ConflictResident, dish: ConflictDish) => {
    const key = `${needsOf(resident)}|${dish.id}`;
    let reasons = memo.get(key);
    if (!reasons) memo.set(key, (reasons = reasonsAgainst(resident, dish)));
    return reasons;
  };
  const alternatives = new Map<string, Alternative>();
  const conflicts: Conflict[] = [];
  for (const { day, entries } of days) {
    const mealDishes = new Map<Meal, ConflictDish[]>();
    for (const e of entries)
      for (const id of e.recipeIds) {
        const dish = dishes.get(id);
        const list = mealDishes.get(e.meal) ?? [];
        if (dish && !list.some((d) => d.id === id)) list.push(dish);
        mealDishes.set(e.meal, list);
      }
    for (const e of entries)
      for (const resident of byGroup.get(e.group) ?? [])
        for (const id of e.recipeIds) {
          const dish = dishes.get(id);
          if (!dish) continue;
          const reasons = against(resident, dish);
          if (!reasons.length) continue;
          const altKey = `${needsOf(resident)}|${day}|${e.meal}|${e.group}|${dish.id}`;
          let alternative: Alternative = alternatives.get(altKey) ?? null;
          if (!alternatives.has(altKey) && reasons.every((r) => r.kind === 'texture'))
            alternative = textureVariant(resident, dish);
          if (!alternative && !alternatives.has(altKey)) {
            // Another dish of the meal (not on this group's plate), the same course first.
            const pool = (mealDishes.get(e.meal) ?? []).filter(
              (d) => d.id !== dish.id && !e.recipeIds.includes(d.id),
            );
            const fine = (d: ConflictDish) => against(resident, d).length === 0;
            const other = pool.find((d) => d.course === dish.course && fine(d)) ?? pool.find(fine);
            if (other) alternative = { kind: 'dish', recipeId: other.id, name: other.name };
          }
          alternatives.set(altKey, alternative);
          const { status: _status, ...who } = resident;
          conflicts.push({
            day,
            meal: e.meal,
            group: e.group,
            resident: who,
            dish: { id: dish.id, name: dish.name },
            reasons,
            alternative,
          });
        }
  }
  return conflicts;
}

const textureSchema = z.enum(['regular', 'soft', 'minced', 'pureed', 'liquidised']);
export const conflictViewSchema = z.object({
  from: z.string(),
  to: z.string(),
  conflicts: z.array(
    z.object({
      day: z.string(),
      meal: z.enum(meals),
      group: dietGroupIdSchema,
      resident: z.object({
        id: z.string(),
        fullName: z.string(),
        room: z.string(),
        group: dietGroupIdSchema,
        diets: z.array(z.string()),
        texture: textureSchema,
        allergies: z.array(z.object({ substance: z.string(), severity: z.string() })),
      }),
      dish: z.object({ id: z.string(), name: z.string() }),
      reasons: z.array(
        z.discriminatedUnion('kind', [
          z.object({
            kind: z.literal('allergy'),
            substance: z.string(),
            severity: z.string(),
            allergen: z.enum(allergens).nullable(),
          }),
          z.object({ kind: z.literal('texture'), texture: textureSchema, iddsi: z.number() }),
          z.object({ kind: z.literal('diet'), diet: z.string() }),
        ]),
      ),
      alternative: z
        .discriminatedUnion('kind', [
          z.object({
            kind: z.literal('texture_variant'),
            texture: textureSchema,
            iddsi: z.number(),
          }),
          z.object({ kind: z.literal('dish'), recipeId: z.string(), name: z.string() }),
        ])
        .nullable(),
    }),
  ),
});
export type ConflictView = z.infer<typeof conflictViewSchema>;

/** A conflict as the API sends it, or as `findConflicts` makes it. */
type ConflictItem = ConflictView['conflicts'][number] | Conflict;

/** One line for the cook: a resident and a dish, every meal of the range it is served at. */
export type ConflictLine = {
  resident: ConflictItem['resident'];
  group: DietGroupId;
  dish: ConflictItem['dish'];
  /** The reasons, each once (the same on every meal). */
  reasons: ConflictReason[];
  /** The alternatives offered, each once, in the order the meals come. */
  alternatives: NonNullable<ConflictItem['alternative']>[];
  /** Some meal has no alternative at all. */
  missingAlternative: boolean;
  occasions: { day: string; meal: Meal }[];
};

/**
 * Conflicts grouped by resident × dish (the same dish on five days is one line with five meals),
 * in the order of each line's first meal. Conflicts a texture variant settles are the caller's to
 * leave out or show apart.
 */
export function groupConflicts(conflicts: readonly ConflictItem[]): ConflictLine[] {
  const lines = new Map<string, ConflictLine>();
  const key = (x: unknown) => JSON.stringify(x);
  for (const c of conflicts) {
    const id = `${c.resident.id}|${c.dish.id}`;
    let line = lines.get(id);
    if (!line) {
      line = {
        resident: c.resident,
        group: c.group,
        dish: c.dish,
        reasons: [],
        alternatives: [],
        missingAlternative: false,
        occasions: [],
      };
      lines.set(id, line);
    }
    for (const r of c.reasons)
      if (!line.reasons.some((x) => key(x) === key(r))) line.reasons.push(r);
    if (c.alternative === null) line.missingAlternative = true;
    else if (!line.alternatives.some((x) => key(x) === key(c.alternative)))
      line.alternatives.push(c.alternative);
    line.occasions.push({ day: c.day, meal: c.meal });
  }
  return [...lines.values()];
}
