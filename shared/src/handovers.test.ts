import { carriedTasks, eventsInWindow, headcountOf, mergeTasks } from './handovers';

const absence = (kind: 'hospital' | 'home_visit', returnedOn: string | null, note = '') => ({
  kind,
  from: '2026-11-20',
  expectedReturn: '2026-11-30',
  returnedOn,
  note,
});

describe('headcountOf', () => {
  it('counts residents in care and away, naming where the absent are', () => {
    const h = headcountOf([
      { id: '1', fullName: 'Bé An', room: 'A101', status: 'in_care', absences: [] },
      {
        id: '2',
        fullName: 'Cụ Bình',
        room: 'B102',
        status: 'absent',
        absences: [
          absence('home_visit', '2026-11-10'),
          absence('hospital', null, 'Bệnh viện tỉnh'),
        ],
      },
      {
        id: '3',
        fullName: 'Chị Cúc',
        room: 'C1',
        status: 'absent',
        absences: [absence('home_visit', null)],
      },
      { id: '4', fullName: 'Anh Dũng', room: 'D1', status: 'discharged', absences: [] },
    ]);
    expect(h.expected).toBe(3);
    expect(h.present).toBe(1);
    expect(h.away.map((a) => [a.fullName, a.kind, a.note])).toEqual([
      ['Chị Cúc', 'home_visit', ''],
      ['Cụ Bình', 'hospital', 'Bệnh viện tỉnh'],
    ]);
  });
});

describe('eventsInWindow', () => {
  it('keeps events of the shift window across midnight, oldest first', () => {
    const start = Date.parse('2026-12-31T22:00:00+07:00');
    const end = Date.parse('2027-01-01T06:00:00+07:00');
    const events = [
      { at: '2027-01-01T05:59:00+07:00', n: 3 },
      { at: '2026-12-31T21:59:00+07:00', n: 0 },
      { at: '2026-12-31T22:00:00+07:00', n: 1 },
      { at: '2027-01-01T06:00:00+07:00', n: 4 },
    ];
    expect(eventsInWindow(events, start, end).map((e) => e.n)).toEqual([1, 3]);
  });
});

describe('tasks', () => {
  it('carries open tasks forward, keeping the shift they were first written on', () => {
    const carried = carriedTasks({
      id: 'h2',
      tasks: [
        { id: 'a', text: 'Đo huyết áp cụ Bình', done: false, carriedFrom: 'h1' },
        { id: 'b', text: 'Gọi gia đình bé An', done: true, carriedFrom: null },
        { id: 'c', text: 'Thay băng', done: false, carriedFrom: null },
      ],
    });
    expect(carried.map((t) => [t.id, t.carriedFrom])).toEqual([
      ['a', 'h1'],
      ['c', 'h2'],
    ]);
    expect(carriedTasks(null)).toEqual([]);
  });
  it('keeps ids and carried marks when saving, numbering new tasks', () => {
    let n = 0;
    const merged = mergeTasks(
      [
        { id: 'c', text: 'Thay băng', done: true },
        { text: 'Mua thuốc', done: false },
      ],
      [{ id: 'c', text: 'Thay băng', done: false, carriedFrom: 'h2' }],
      () => `new${++n}`,
    );
    expect(merged).toEqual([
      { id: 'c', text: 'Thay băng', done: true, carriedFrom: 'h2' },
      { id: 'new1', text: 'Mua thuốc', done: false, carriedFrom: null },
    ]);
  });
});
