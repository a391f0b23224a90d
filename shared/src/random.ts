// The demo centre's one source of randomness: Vietnamese faker with a fixed seed.
import { Faker, vi, en, base } from '@faker-js/faker';

export type Random = Faker;

export function createRandom(seed = 2026): Random {
  const faker = new Faker({ locale: [vi, en, base] });
  faker.seed(seed);
  return faker;
}

/** A Vietnamese full name in Vietnamese order: family name, then middle and given names. */
export function vietnameseName(random: Random, sex: 'male' | 'female'): string {
  return `${random.person.lastName()} ${random.person.firstName(sex)}`;
}

/** `yyyy-MM-dd` of a day `daysBefore` days before `day`. */
export function daysBefore(day: string, daysBefore: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - daysBefore);
  return d.toISOString().slice(0, 10);
}

/** The demo centre is built as of this day, so every run makes the same centre. */
export const demoDay = '2026-11-01';
