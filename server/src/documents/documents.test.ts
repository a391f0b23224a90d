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
