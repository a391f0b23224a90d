// Residents (đối tượng bảo trợ xã hội): who they are, why they are here, what carers must know,
// and the shapes the API exchanges. Field groups match who may see them (see permissions.ts).
import { z } from 'zod';
import { centreDay } from './dates';
import { pageQuerySchema } from './paging';
import { isoDaySchema } from './periods';
import { ethnicities, provinces, religions } from './places';
import { ageBands } from './resident-rules';
import { textSchema } from './text';
import { objectIdSchema, versionSchema } from './versioning';

export const residentCategories = [
  'orphan',
  'elderly',
  'disabled',
  'mental_illness',
  'emergency_protection',
] as const;
export const residentCategorySchema = z.enum(residentCategories);
export type ResidentCategory = z.infer<typeof residentCategorySchema>;

export const genders = ['male', 'female'] as const;
export const residentStatuses = ['in_care', 'absent', 'discharged'] as const;
export type ResidentStatus = (typeof residentStatuses)[number];
export const disabilityLevels = ['severe_special', 'severe', 'mild'] as const;
export const disabilityTypes = [
  'physical',
  'hearing_speech',
  'visual',
  'mental',
  'intellectual',
  'multiple',
] as const;
export const hivStatuses = ['unknown', 'negative', 'positive'] as const;
export const diets = [
  'standard',
  'diabetic',
  'low_salt',
  'low_fat',
  'vegetarian',
  'high_energy',
] as const;
/** Food texture, following the IDDSI levels the kitchen prepares. */
export const textures = ['regular', 'soft', 'minced', 'pureed', 'liquidised'] as const;
export const mobilities = ['independent', 'with_aid', 'wheelchair', 'bedridden'] as const;
export const communications = ['verbal', 'limited_verbal', 'sign_language', 'non_verbal'] as const;
export const risks = [
  'falls',
  'absconding',
  'self_harm',
  'seizures',
  'aggression',
  'choking',
] as const;

/** Today at the centre, read when a schema runs (not when the module loads). */
const notAfterToday = (day: string | null) => day === null || day <= centreDay();

const placeSchema = z.strictObject({
  province: z.enum(provinces).nullable().default(null),
  commune: textSchema(0, 100).default(''),
  /** The address as written before the 2025 reorganisation (district, old province), kept as text. */
  oldAddress: textSchema(0, 300).default(''),
});

const contactSchema = z.strictObject({
  name: textSchema(1, 100),
  relation: textSchema(0, 60).default(''),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?\d[\d .-]{6,18}\d)?$/, 'invalid_phone')
    .default(''),
});

const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;

/** Identity: who the person is. */
export const identityFields = {
  fullName: textSchema(2, 100),
  otherNames: textSchema(0, 100).default(''),
  gender: z.enum(genders),
  /** Null when only the year of birth is known. */
  birthDate: isoDaySchema.nullable().default(null).refine(notAfterToday, 'date_in_future'),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  ethnicity: z.enum(ethnicities).default('Kinh'),
  religion: z.enum(religions).default('none'),
  hometown: placeSchema.prefault({}),
  address: placeSchema.prefault({}),
  healthInsuranceNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{2}\d{13}|\d{10})?$/, 'invalid_insurance_number')
    .default(''),
};

/** Why the person is in care and where they live in the centre. */
export const placementFields = {
  categories: z.array(residentCategorySchema).min(1).max(5).refine(distinct, 'duplicate_items'),
  /** The Decree 20/2021 group as written in the decision, e.g. "Khoản 1 Điều 5". */
  decree20Group: textSchema(0, 200).default(''),
  disabilityType: z.enum(disabilityTypes).nullable().default(null),
  disabilityLevel: z.enum(disabilityLevels).nullable().default(null),
  diagnoses: z.array(textSchema(1, 200)).max(20).default([]),
  unit: textSchema(0, 60).default(''),
  room: textSchema(0, 20).default(''),
  keyWorkerId: objectIdSchema.nullable().default(null),
  /** Children still at school or in training stay until 22 instead of 16. */
  inEducation: z.boolean().default(false),
};

/** What every carer and the kitchen must know at a glance. */
export const careFields = {
  diets: z.array(z.enum(diets)).max(diets.length).refine(distinct, 'duplicate_items').default([]),
  texture: z.enum(textures).default('regular'),
  mobility: z.enum(mobilities).default('independent'),
  communication: z.enum(communications).default('verbal'),
  risks: z.array(z.enum(risks)).max(risks.length).refine(distinct, 'duplicate_items').default([]),
  careNote: textSchema(0, 1000, { multiline: true }).default(''),
  keyContacts: z.array(contactSchema).max(6).default([]),
};

/** Sensitive personal data (Decree 13/2023): legal papers and history, only for those who need them. */
export const legalFields = {
  idNumber: z
    .string()
    .trim()
    .regex(/^(\d{9}|\d{12})?$/, 'invalid_id_number')
    .default(''),
  legalPapers: textSchema(0, 2000, { multiline: true }).default(''),
  abuseHistory: textSchema(0, 4000, { multiline: true }).default(''),
};
export const medicalSensitiveFields = {
  hivStatus: z.enum(hivStatuses).default('unknown'),
};

export const fieldGroups = {
  identity: identityFields,
  placement: placementFields,
  care: careFields,
  legal: legalFields,
  medical: medicalSensitiveFields,
} as const;
export type FieldGroup = keyof typeof fieldGroups;

// ---------------------------------------------------------------- admission and episodes

export const admissionRoutes = ['hardship', 'emergency_protection', 'voluntary_contract'] as const;
export const admissionChecklistItems = [
  'application',
  'decision',
  'identity_papers',
  'birth_certificate',
  'health_check',
  'photo',
  'commune_confirmation',
  'referral_letter',
] as const;
export const closureReasons = [
  'family_reintegration',
  'adoption',
  'transfer',
  'age_out',
  'death',
  'contract_end',
  'no_contact',
  'other',
] as const;
export const absenceKinds = ['home_visit', 'hospital', 'other'] as const;

export const admissionSchema = z
  .strictObject({
    date: isoDaySchema.refine(notAfterToday, 'date_in_future'),
    route: z.enum(admissionRoutes),
    decision: z.strictObject({
      number: textSchema(1, 50),
      date: isoDaySchema.refine(notAfterToday, 'date_in_future'),
      issuer: textSchema(1, 200),
    }),
    referralSource: textSchema(0, 200).default(''),
    /** Emergency stays must be reviewed before their three-month limit. */
    reviewDate: isoDaySchema.nullable().default(null),
    checklist: z
      .array(z.enum(admissionChecklistItems))
      .max(admissionChecklistItems.length)
      .refine(distinct, 'duplicate_items')
      .default([]),
  })
  .refine((a) => a.route !== 'emergency_protection' || a.reviewDate !== null, {
    path: ['reviewDate'],
    message: 'required',
  })
  .refine((a) => a.reviewDate === null || a.reviewDate >= a.date, {
    path: ['reviewDate'],
    message: 'before_admission',
  });
export type AdmissionInput = z.input<typeof admissionSchema>;
export type Admission = z.output<typeof admissionSchema>;

/** Items an admission file is still missing. */
export function missingChecklistItems(admission: { checklist: readonly string[] }) {
  return admissionChecklistItems.filter((item) => !admission.checklist.includes(item));
}

const birthKnown = (r: { birthDate?: string | null; birthYear?: number }) =>
  Boolean(r.birthDate) || r.birthYear !== undefined;

export const residentAdmitSchema = z
  .strictObject({
    ...identityFields,
    ...placementFields,
    ...careFields,
    ...legalFields,
    ...medicalSensitiveFields,
    admission: admissionSchema,
  })
  .refine(birthKnown, { path: ['birthDate'], message: 'required' })
  .refine((r) => !r.birthDate || r.birthDate <= r.admission.date, {
    path: ['admission', 'date'],
    message: 'before_birth',
  })
  .transform((r) => ({
    ...r,
    birthYear: r.birthDate ? Number(r.birthDate.slice(0, 4)) : (r.birthYear as number),
  }));
export type ResidentAdmitInput = z.input<typeof residentAdmitSchema>;
export type ResidentAdmit = z.output<typeof residentAdmitSchema>;

/** An edit sends only what changed: a field left out keeps its value instead of its default. */
function withoutDefault(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault
    ? (schema.unwrap() as z.ZodType)
    : schema;
}

/** An edit names the version it was read at and any fields of the groups the editor may change. */
export const residentEditSchema = z
  .strictObject({
    version: versionSchema,
    ...Object.fromEntries(
      Object.entries({
        ...identityFields,
        ...placementFields,
        ...careFields,
        ...legalFields,
        ...medicalSensitiveFields,
      }).map(([k, v]) => [k, withoutDefault(v as z.ZodType).optional()]),
    ),
  })
  .transform((r) => r as { version: number } & Partial<Omit<ResidentAdmit, 'admission'>>);
export type ResidentEditInput = { version: number } & Partial<
  Omit<ResidentAdmitInput, 'admission'>
>;

export const readmitSchema = z.strictObject({ version: versionSchema, admission: admissionSchema });
export const absenceStartSchema = z
  .strictObject({
    version: versionSchema,
    kind: z.enum(absenceKinds),
    from: isoDaySchema.refine(notAfterToday, 'date_in_future'),
    expectedReturn: isoDaySchema,
    note: textSchema(0, 500, { multiline: true }).default(''),
  })
  .refine((a) => a.expectedReturn >= a.from, {
    path: ['expectedReturn'],
    message: 'before_start',
  });
export const absenceEndSchema = z.strictObject({
  version: versionSchema,
  date: isoDaySchema.refine(notAfterToday, 'date_in_future'),
});
export const closureSchema = z.strictObject({
  version: versionSchema,
  date: isoDaySchema.refine(notAfterToday, 'date_in_future'),
  reason: z.enum(closureReasons),
  note: textSchema(0, 1000, { multiline: true }).default(''),
  /** The handover record: to whom (family, adoptive parents, receiving facility) and what went with them. */
  handover: z.strictObject({
    receivedBy: textSchema(0, 200).default(''),
    address: textSchema(0, 300).default(''),
    items: textSchema(0, 2000, { multiline: true }).default(''),
  }),
});
export const episodeEditSchema = z.strictObject({
  version: versionSchema,
  admission: admissionSchema,
});

// ---------------------------------------------------------------- register

export const residentSorts = ['name', 'room', 'age', 'admission'] as const;
export const residentListQuerySchema = pageQuerySchema.extend({
  q: textSchema(0, 100).optional(),
  category: residentCategorySchema.optional(),
  status: z.enum([...residentStatuses, 'current', 'all']).default('current'),
  unit: textSchema(1, 60).optional(),
  room: textSchema(1, 20).optional(),
  gender: z.enum(genders).optional(),
  ageBand: z.enum(ageBands).optional(),
  keyWorkerId: objectIdSchema.optional(),
  sort: z.enum(residentSorts).default('name'),
});
export type ResidentListQuery = z.infer<typeof residentListQuerySchema>;

const person = z.object({ id: z.string(), fullName: z.string() });

export const residentSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  fullName: z.string(),
  gender: z.enum(genders),
  birthDate: z.string().nullable(),
  birthYear: z.number().int(),
  categories: z.array(residentCategorySchema),
  unit: z.string(),
  room: z.string(),
  status: z.enum(residentStatuses),
  admissionDate: z.string().nullable(),
  keyWorker: person.nullable(),
  hasPhoto: z.boolean(),
  flags: z.array(
    z.object({
      kind: z.enum(['age_out', 'emergency_stay']),
      date: z.string(),
      daysLeft: z.number().int(),
    }),
  ),
});
export type ResidentSummary = z.infer<typeof residentSummarySchema>;

const episodeViewSchema = z.object({
  id: z.string(),
  admission: z.object({
    date: z.string(),
    route: z.enum(admissionRoutes),
    decision: z.object({ number: z.string(), date: z.string(), issuer: z.string() }),
    referralSource: z.string(),
    reviewDate: z.string().nullable(),
    checklist: z.array(z.enum(admissionChecklistItems)),
  }),
  absences: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(absenceKinds),
      from: z.string(),
      expectedReturn: z.string(),
      returnedOn: z.string().nullable(),
      note: z.string(),
    }),
  ),
  closure: z
    .object({
      date: z.string(),
      reason: z.enum(closureReasons),
      note: z.string(),
      handover: z.object({ receivedBy: z.string(), address: z.string(), items: z.string() }),
    })
    .nullable(),
});
export type EpisodeView = z.infer<typeof episodeViewSchema>;

const place = z.object({
  province: z.string().nullable(),
  commune: z.string(),
  oldAddress: z.string(),
});

/** The full record; groups the viewer may not see are null. */
export const residentViewSchema = residentSummarySchema.extend({
  identity: z
    .object({
      otherNames: z.string(),
      ethnicity: z.string(),
      religion: z.enum(religions),
      hometown: place,
      address: place,
      healthInsuranceNumber: z.string(),
    })
    .nullable(),
  placement: z.object({
    decree20Group: z.string(),
    disabilityType: z.enum(disabilityTypes).nullable(),
    disabilityLevel: z.enum(disabilityLevels).nullable(),
    diagnoses: z.array(z.string()),
    inEducation: z.boolean(),
  }),
  care: z.object({
    diets: z.array(z.enum(diets)),
    texture: z.enum(textures),
    mobility: z.enum(mobilities),
    communication: z.enum(communications),
    risks: z.array(z.enum(risks)),
    careNote: z.string(),
    keyContacts: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string() })),
  }),
  legal: z
    .object({ idNumber: z.string(), legalPapers: z.string(), abuseHistory: z.string() })
    .nullable(),
  medical: z.object({ hivStatus: z.enum(hivStatuses) }).nullable(),
  episodes: z.array(episodeViewSchema),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: person.nullable(),
});
export type ResidentView = z.infer<typeof residentViewSchema>;

/** What duty staff and the kitchen see: one screen, nothing of the case file. */
export const careSummarySchema = residentSummarySchema
  .pick({
    id: true,
    code: true,
    fullName: true,
    gender: true,
    birthDate: true,
    birthYear: true,
    unit: true,
    room: true,
    status: true,
    hasPhoto: true,
  })
  .extend({
    care: residentViewSchema.shape.care,
    allergies: z.array(
      z.object({ substance: z.string(), severity: z.string(), reaction: z.string() }),
    ),
  });
export type CareSummary = z.infer<typeof careSummarySchema>;

export const residentFacetsSchema = z.object({
  units: z.array(z.string()),
  rooms: z.array(z.string()),
  keyWorkers: z.array(person),
});
export type ResidentFacets = z.infer<typeof residentFacetsSchema>;

export const residentCountsSchema = z.object({
  total: z.number().int(),
  byCategory: z.object(
    Object.fromEntries(residentCategories.map((c) => [c, z.number().int()])) as Record<
      ResidentCategory,
      z.ZodNumber
    >,
  ),
});
export type ResidentCounts = z.infer<typeof residentCountsSchema>;
