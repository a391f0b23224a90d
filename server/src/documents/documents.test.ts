import mongoose from 'mongoose';
import { maxDocumentBytes } from '@care/shared/documents';
import { useTestApp, type TestClient } from '../testing/test-app';
import { ResidentDocument } from './document.model';

const t = useTestApp();
let sw: TestClient;
let residentId: string;
beforeAll(async () => {
  sw = await t.signedIn('social_worker');
  residentId = (await t.admitted(sw, 'orphan')).id;
});

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const pdf = Buffer.from('%PDF-1.7\n% giấy khai sinh\n%%EOF\n');
const upload = (c: TestClient, type: string, body: Buffer, query: object) =>
  c.agent
    .post(`/api/residents/${residentId}/documents`)
    .query(query)
    .set('X-CSRF-Token', c.csrf)
    .set('Content-Type', type)
    .send(body);

describe('documents', () => {
  it('stores a scan in the database, lists it, and audits each read of it', async () => {
    const res = await upload(sw, 'application/pdf', pdf, {
      kind: 'admission',
      title: 'Giấy khai sinh',
      checklistItem: 'birth_certificate',
    }).expect(201);
    expect(res.body.data).toMatchObject({
      contentType: 'application/pdf',
      size: pdf.length,
      checklistItem: 'birth_certificate',
    });
    const list = await sw.agent.get(`/api/residents/${residentId}/documents`).expect(200);
    expect(list.body.data.map((d: { title: string }) => d.title)).toContain('Giấy khai sinh');
    const nurse = await t.signedIn('nurse');
    const file = await nurse.agent
      .get(`/api/residents/${residentId}/documents/${res.body.data.id}/content`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c)).on('end', () =>
          cb(null, Buffer.concat(chunks)),
        );
      })
      .expect(200)
      .expect('Content-Type', 'application/pdf');
    expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
    const manager = await t.signedIn('manager');
    const access = await manager.agent.get(`/api/residents/${residentId}/access`).expect(200);
    expect(access.body.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ actorId: nurse.userId, action: 'read' })]),
    );
  });

  it('makes a photo the record picture, served to the care summary roles', async () => {
    await upload(sw, 'image/png', png, { kind: 'photo', title: 'Ảnh chân dung' }).expect(201);
    const kitchen = await t.signedIn('kitchen');
    const summary = await kitchen.agent.get(`/api/residents/${residentId}/summary`).expect(200);
    expect(summary.body.data.hasPhoto).toBe(true);
    await kitchen.agent
      .get(`/api/residents/${residentId}/photo`)
      .expect(200)
      .expect('Content-Type', 'image/png');
    await kitchen.agent.get(`/api/residents/${residentId}/documents`).expect(403);
  });

  it.each([
    ['a program that says it is a PDF', 'application/pdf', Buffer.from('MZ\x90\x00program'), 415],
    ['a PNG that says it is a JPEG', 'image/jpeg', png, 415],
    ['a web page', 'text/html', Buffer.from('<html></html>'), 415],
    [
      'a file over the size limit',
      'application/pdf',
      Buffer.concat([pdf, Buffer.alloc(maxDocumentBytes)]),
      413,
    ],
  ])('refuses %s and stores nothing', async (_, type, body, status) => {
    const before = await ResidentDocument.countDocuments();
    const res = await upload(sw, type, body, { kind: 'other', title: 'Tệp' }).expect(status);
    expect(res.body.error.message).toMatch(/[à-ỹ]/);
    expect(await ResidentDocument.countDocuments()).toBe(before);
  });

  it('attaches a scan to an incident of the same resident and lists the incident’s documents', async () => {
    const nurse = await t.signedIn('nurse');
    const incident = (
      await nurse.agent
        .post(`/api/residents/${residentId}/incidents`)
        .set('X-CSRF-Token', nurse.csrf)
        .send({
          type: 'injury',
          severity: 'minor',
          occurredAt: '2026-11-20T09:15:00+07:00',
          place: 'Sân chơi',
          description: 'Trầy đầu gối khi chạy.',
          immediateAction: 'Sát trùng, băng lại.',
        })
        .expect(201)
    ).body.data;
    const photo = await upload(nurse, 'image/png', png, {
      kind: 'incident',
      title: 'Ảnh vết trầy',
      incidentId: incident.id,
    }).expect(201);
    expect(photo.body.data.incidentId).toBe(incident.id);
    const list = await nurse.agent
      .get(`/api/residents/${residentId}/documents`)
      .query({ incidentId: incident.id })
      .expect(200);
    expect(list.body.data.map((d: { id: string }) => d.id)).toEqual([photo.body.data.id]);
    const all = await nurse.agent.get(`/api/residents/${residentId}/documents`).expect(200);
    expect(all.body.data.length).toBeGreaterThan(1);
  });

  it('refuses an incident of another resident, or none at all, and stores nothing', async () => {
    const other = await t.admitted(sw, 'elderly');
    const theirs = (
      await sw.agent
        .post(`/api/residents/${other.id}/incidents`)
        .set('X-CSRF-Token', sw.csrf)
        .send({
          type: 'fall',
          severity: 'minor',
          occurredAt: '2026-11-21T07:00:00+07:00',
          place: 'Hành lang',
          description: 'Ngã nhẹ.',
          immediateAction: 'Kiểm tra, không chấn thương.',
        })
        .expect(201)
    ).body.data;
    const before = await ResidentDocument.countDocuments();
    for (const incidentId of [theirs.id, '0123456789abcdef01234567']) {
      const res = await upload(sw, 'application/pdf', pdf, {
        kind: 'incident',
        title: 'Biên bản',
        incidentId,
      }).expect(400);
      expect(Object.keys(res.body.error.fields)).toEqual(['incidentId']);
    }
    expect(await ResidentDocument.countDocuments()).toBe(before);
    await sw.agent
      .get(`/api/residents/${residentId}/documents`)
      .query({ incidentId: 'not-an-id' })
      .expect(400);
  });

  it('leaves no stored bytes behind when the description cannot be saved', async () => {
    const files = () => mongoose.connection.db!.collection('documents.files').countDocuments();
    const chunks = () => mongoose.connection.db!.collection('documents.chunks').countDocuments();
    const before = [await files(), await chunks()];
    // Fault injection: the database refuses the description after the bytes were written.
    const create = jest
      .spyOn(ResidentDocument, 'create')
      .mockRejectedValueOnce(new Error('connection lost'));
    try {
      await upload(sw, 'application/pdf', pdf, { kind: 'other', title: 'Tệp' }).expect(500);
    } finally {
      create.mockRestore();
    }
    expect([await files(), await chunks()]).toEqual(before);
  });
});
