import { buildResident } from '@care/shared/factories/residents';
import { createRandom } from '@care/shared/random';
import type { HealthProfileUpdateInput } from '@care/shared/health-records';
import { residentAdmitSchema } from '@care/shared/residents';
import { AuditEvent } from '../audit/audit-event.model';
import { admitResident } from '../residents/residents.service';
import { useTestApp, type TestClient } from '../testing/test-app';
import { HealthProfile } from './health-profile.model';
import { readAllergies } from './health-profile.service';

const t = useTestApp();
const random = createRandom(11);
const admit = () =>
  admitResident(residentAdmitSchema.parse(buildResident('elderly', {}, random)), null);

const profile = (version: number): HealthProfileUpdateInput => ({
  version,
  conditions: [{ name: 'Tăng huyết áp', icd10: 'i10', since: '2019-05-01', notes: '' }],
  allergies: [
    { substance: 'Tôm', severity: 'severe', reaction: 'Nổi mề đay, khó thở' },
    { substance: 'Penicillin', severity: 'life_threatening' },
  ],
  medications: [
    {
      name: 'Amlodipin 5 mg',
      dose: '1 viên',
      route: 'oral',
      times: ['07:00', '19:00'],
      start: '2024-01-10',
      end: null,
      prescriber: 'BS. Trần Văn Minh',
    },
  ],
  vaccinations: [{ vaccine: 'Cúm mùa', date: '2025-10-15', doseNumber: 1, place: 'Trạm y tế xã' }],
});

const put = (client: TestClient, id: string, body: object) =>
  client.agent.put(`/api/residents/${id}/health`).set('X-CSRF-Token', client.csrf).send(body);

describe('GET /api/residents/:id/health', () => {
  it('answers an empty profile at version 0 for a resident with none, and audits the read', async () => {
    const resident = await admit();
    const nurse = await t.signedIn('nurse');
    const res = await nurse.agent.get(`/api/residents/${resident._id}/health`).expect(200);
    expect(res.body.data).toEqual({
      residentId: String(resident._id),
      conditions: [],
      allergies: [],
      medications: [],
      vaccinations: [],
      version: 0,
      updatedAt: null,
      updatedBy: null,
    });
    const reads = await AuditEvent.find({
      entity: 'health_profile',
      entityId: String(resident._id),
      action: 'read',
    }).lean();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ entityLabel: resident.code, actorId: expect.anything() });
  });

  it.each(['carer', 'kitchen', 'admin'] as const)('answers 403 to the %s role', async (role) => {
    const resident = await admit();
    const client = await t.signedIn(role);
    await client.agent.get(`/api/residents/${resident._id}/health`).expect(403);
    await put(client, String(resident._id), profile(0)).expect(403);
  });

  it('answers 404 for a resident that does not exist', async () => {
    const nurse = await t.signedIn('nurse');
    await nurse.agent.get('/api/residents/0123456789abcdef01234567/health').expect(404);
  });
});

describe('PUT /api/residents/:id/health', () => {
  it('saves the profile, normalised, and audits the change list by list', async () => {
    const resident = await admit();
    const id = String(resident._id);
    const nurse = await t.signedIn('nurse');
    const res = await put(nurse, id, profile(0)).expect(200);
    expect(res.body.data).toMatchObject({
      version: 1,
      conditions: [{ name: 'Tăng huyết áp', icd10: 'I10', since: '2019-05-01' }],
      allergies: [
        { substance: 'Tôm', severity: 'severe' },
        { substance: 'Penicillin', severity: 'life_threatening', reaction: '' },
      ],
      medications: [{ times: ['07:00', '19:00'], end: null }],
    });
    expect(res.body.data.updatedBy).toMatch(/\S/);
    const again = await nurse.agent.get(`/api/residents/${id}/health`).expect(200);
    expect(again.body.data).toEqual(res.body.data);

    const [created] = await AuditEvent.find({
      entity: 'health_profile',
      action: 'create',
      entityId: id,
    }).lean();
    expect(created!.changes.map((c) => c.field).sort()).toEqual([
      'allergies',
      'conditions',
      'medications',
      'vaccinations',
    ]);
    expect(created!.changes.find((c) => c.field === 'allergies')!.after).toBe(
      'Tôm · severe · Nổi mề đay, khó thở\nPenicillin · life_threatening',
    );

    // A second save that changes one list is audited as that list only.
    const next = { ...profile(1), allergies: [] };
    await put(nurse, id, next).expect(200);
    const [updated] = await AuditEvent.find({
      entity: 'health_profile',
      action: 'update',
      entityId: id,
    }).lean();
    expect(updated!.changes.map((c) => c.field)).toEqual(['allergies']);
    expect(updated!.changes[0]!.after).toBe('');
  });

  it('is open to managers and not to social workers, who may only read', async () => {
    const resident = await admit();
    const manager = await t.signedIn('manager');
    await put(manager, String(resident._id), profile(0)).expect(200);
    const sw = await t.signedIn('social_worker');
    await sw.agent.get(`/api/residents/${resident._id}/health`).expect(200);
    await put(sw, String(resident._id), profile(1)).expect(403);
  });

  it('refuses bad input field by field, in Vietnamese, and writes nothing', async () => {
    const resident = await admit();
    const id = String(resident._id);
    const nurse = await t.signedIn('nurse');
    await put(nurse, id, profile(0)).expect(200);
    const stored = await HealthProfile.findById(id).lean();
    const audits = await AuditEvent.countDocuments({ entityId: id });
    const bad = {
      ...profile(1),
      conditions: [{ name: '', icd10: 'I1O' }],
      allergies: [{ substance: 'Sữa bò', severity: 'deadly' }],
      medications: [
        { ...profile(1).medications[0], times: ['7h'], start: '2025-02-01', end: '2025-01-01' },
      ],
      vaccinations: [{ vaccine: 'Sởi', date: '2999-01-01' }],
      extra: true,
    };
    const res = await put(nurse, id, bad).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.fields).toMatchObject({
      'conditions.0.name': expect.any(String),
      'conditions.0.icd10': 'Mã ICD-10 không hợp lệ (ví dụ: I10, E11.9)',
      'allergies.0.severity': expect.any(String),
      'medications.0.times.0': 'Giờ phải có dạng HH:mm (ví dụ: 07:30)',
      'vaccinations.0.date': 'Ngày không được ở tương lai',
      extra: 'Trường này không được phép',
    });
    const endFirst = await put(nurse, id, {
      ...profile(1),
      medications: [{ ...profile(1).medications[0], start: '2025-02-01', end: '2025-01-01' }],
    }).expect(400);
    expect(endFirst.body.error.fields['medications.0.end']).toBe(
      'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu',
    );
    expect(await HealthProfile.findById(id).lean()).toEqual(stored);
    expect(await AuditEvent.countDocuments({ entityId: id })).toBe(audits);
  });

  it('answers 409 stale_version to a save made at an older version', async () => {
    const resident = await admit();
    const id = String(resident._id);
    const nurse = await t.signedIn('nurse');
    await put(nurse, id, profile(0)).expect(200);
    const res = await put(nurse, id, { ...profile(0), allergies: [] }).expect(409);
    expect(res.body.error.code).toBe('stale_version');
    expect((await HealthProfile.findById(id).lean())!.allergies).toHaveLength(2);
  });

  it.each([
    ['the first save', 0],
    ['a later save', 1],
  ])('lets exactly one of parallel saves at the same version win (%s)', async (_name, version) => {
    const resident = await admit();
    const id = String(resident._id);
    const nurse = await t.signedIn('nurse');
    if (version === 1) await put(nurse, id, profile(0)).expect(200);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        put(nurse, id, { ...profile(version), conditions: [{ name: `Bệnh ${i}` }] }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const winner = results.find((r) => r.status === 200)!.body.data;
    const stored = await HealthProfile.findById(id).lean();
    expect(stored!.version).toBe(version + 1);
    expect(stored!.conditions[0]!.name).toBe(winner.conditions[0].name);
    const saves = await AuditEvent.countDocuments({
      entity: 'health_profile',
      entityId: id,
      action: { $ne: 'read' },
    });
    expect(saves).toBe(version + 1);
  });
});

describe('readAllergies', () => {
  it('gives the substance, severity and reaction of each allergy, or none', async () => {
    const resident = await admit();
    const id = String(resident._id);
    expect(await readAllergies(id)).toEqual([]);
    const nurse = await t.signedIn('nurse');
    await put(nurse, id, profile(0)).expect(200);
    expect(await readAllergies(id)).toEqual([
      { substance: 'Tôm', severity: 'severe', reaction: 'Nổi mề đay, khó thở' },
      { substance: 'Penicillin', severity: 'life_threatening', reaction: '' },
    ]);
  });
});
