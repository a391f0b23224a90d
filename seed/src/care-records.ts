// The demo centre's daily record: care notes over three years (most in the last two months),
// incidents with their follow-ups, families with visits and two reintegration plans.
import { shiftOf, type NoteType } from '@care/shared/care-notes';
import { incidentCreateSchema } from '@care/shared/incidents';
import { familySaveSchema, contactLogSchema } from '@care/shared/family';
import { periodKeys } from '@care/shared/periods';
import { CareNote } from '@care/server/notes/care-note.model';
import { reportIncident } from '@care/server/incidents/incidents.service';
import { logContact, saveFamily } from '@care/server/family/family.service';
import type { ResidentDoc } from '@care/server/residents/resident.model';
import type { UserDoc } from '@care/server/users/user.model';
import { daysBefore, demoDay, type Random } from '@care/shared/random';
import { kinhName } from '@care/shared/factories/people';

const noteTexts: Record<NoteType, string[]> = {
  observation: [
    'Tinh thần vui vẻ, chơi cùng các bạn.',
    'Ít nói hơn mọi ngày, cần để ý thêm.',
    'Sinh hoạt bình thường.',
  ],
  meal_intake: [
    'Ăn hết suất cơm trưa.',
    'Ăn được nửa bát cháo, uống sữa.',
    'Bỏ bữa tối, đã báo điều dưỡng.',
  ],
  sleep: ['Ngủ ngon cả đêm.', 'Thức giấc lúc 2 giờ, được dỗ ngủ lại.', 'Khó ngủ, trở mình nhiều.'],
  behaviour: [
    'Cáu gắt khi bị nhắc tắm, đã trò chuyện để bình tĩnh lại.',
    'Hợp tác tốt trong giờ vệ sinh cá nhân.',
  ],
  health: ['Đo huyết áp 130/85.', 'Sốt nhẹ 37,6 độ, theo dõi tiếp.', 'Uống thuốc đầy đủ theo đơn.'],
  activity: [
    'Tham gia tập thể dục buổi sáng.',
    'Học vẽ cùng tình nguyện viên.',
    'Đi dạo trong sân 30 phút.',
  ],
  visit: ['Người thân đến thăm, mang quà.', 'Cán bộ xã đến thăm hỏi.'],
};
const types = Object.keys(noteTexts) as NoteType[];

export async function seedCareRecords(random: Random, residents: ResidentDoc[], staff: UserDoc[]) {
  const carers = staff.filter((s) => ['carer', 'nurse', 'social_worker'].includes(s.role));
  const end = Date.parse(`${demoDay}T12:00:00+07:00`);
  const notes = [];
  for (const resident of residents) {
    const admitted = Date.parse(`${resident.admissionDate}T08:00:00+07:00`);
    // Three a week for the last eight weeks, one a month before that (back three years at most).
    const times = [
      ...Array.from({ length: 24 }, (_, k) => end - k * (56 / 24) * 864e5),
      ...Array.from({ length: 34 }, (_, k) => end - (60 + k * 30) * 864e5),
    ];
    for (const t of times) {
      const at = new Date(t - random.number.int({ min: 0, max: 20 }) * 3_600_000);
      if (at.getTime() < admitted) continue;
      const type = random.helpers.arrayElement(types);
      const author = random.helpers.arrayElement(carers);
      notes.push({
        residentId: resident._id,
        residentName: resident.fullName,
        residentCode: resident.code,
        unit: resident.unit,
        room: resident.room,
        authorId: author._id,
        authorName: author.fullName,
        at,
        ...periodKeys(at),
        shiftKey: shiftOf(at).key,
        type,
        text: random.helpers.arrayElement(noteTexts[type]),
        forHandover: type === 'health' && random.datatype.boolean(0.5),
        measurements: {},
        revisions: [],
        version: 0,
      });
    }
  }
  await CareNote.insertMany(notes, { ordered: false });

  const manager = staff.find((s) => s.role === 'manager')!;
  const asActor = (u: UserDoc) => ({ id: u._id.toString(), fullName: u.fullName });
  const elders = residents.filter((r) => r.categories.includes('elderly'));
  for (const [k, resident] of elders.slice(0, 6).entries()) {
    const day = daysBefore(demoDay, 5 + k * 11);
    await reportIncident(
      resident._id.toString(),
      incidentCreateSchema.parse({
        type: k % 3 === 0 ? 'illness' : 'fall',
        severity: k === 0 ? 'serious' : 'minor',
        occurredAt: `${day}T21:30:00+07:00`,
        place: `Phòng ${resident.room}`,
        description: k % 3 === 0 ? 'Khó thở, sốt 38,5 độ.' : 'Trượt chân khi đi vệ sinh ban đêm.',
        immediateAction: 'Sơ cứu, báo điều dưỡng trực, theo dõi dấu hiệu sinh tồn.',
        notifications: [{ party: 'doctor', name: 'BS trực', at: `${day}T21:45:00+07:00` }],
        followUps: [
          {
            task: k % 3 === 0 ? 'Khám lại tại trạm y tế' : 'Lắp tay vịn trong nhà vệ sinh',
            ownerId: manager._id.toString(),
            dueDate: daysBefore(day, -10),
            doneOn: k > 2 ? daysBefore(day, -3) : null,
          },
        ],
      }),
      asActor(random.helpers.arrayElement(carers)),
    );
  }

  const children = residents.filter((r) => r.categories.includes('orphan'));
  const sw = staff.find((s) => s.role === 'social_worker')!;
  for (const [k, resident] of children.slice(0, 12).entries()) {
    const relative = kinhName(random, random.helpers.arrayElement(['male', 'female']));
    const id = resident._id.toString();
    if (k < 2)
      await saveFamily(
        id,
        familySaveSchema.parse({
          version: 0,
          members: [
            {
              name: relative,
              relation: k === 0 ? 'Bà ngoại' : 'Chú ruột',
              phone: '0912345678',
              isGuardian: true,
            },
          ],
          reintegration: {
            stage: k === 0 ? 'preparing' : 'assessing',
            familyAssessment:
              'Gia đình có nhà ở ổn định, mong muốn đón cháu về; cần hỗ trợ sinh kế.',
            assessedOn: daysBefore(demoDay, 40),
            steps: [
              { step: 'Thăm gia đình lần hai', dueDate: daysBefore(demoDay, -14), doneOn: null },
              {
                step: 'Liên hệ trường học tại xã',
                dueDate: daysBefore(demoDay, 7),
                doneOn: daysBefore(demoDay, 9),
              },
            ],
          },
        }),
        asActor(sw),
      );
    for (let v = 0; v < 3; v++)
      await logContact(
        id,
        contactLogSchema.parse({
          kind: v === 1 ? 'phone_call' : 'visit_at_centre',
          on: daysBefore(demoDay, 10 + v * 25),
          withWhom: relative,
          note:
            v === 1 ? 'Hỏi thăm sức khoẻ, hứa cuối tháng lên thăm.' : 'Đến thăm, mang quần áo mới.',
        }),
        asActor(random.helpers.arrayElement(carers)),
      );
  }
  return { notes: notes.length };
}
