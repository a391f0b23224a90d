import { auditQuerySchema } from '@care/shared/audit';
import { residentListQuerySchema } from '@care/shared/residents';
import { readQuery } from './use-url-filters';

describe('readQuery', () => {
  it('keeps what the shared schema accepts and drops the rest, field by field', () => {
    const params = new URLSearchParams(
      'actorId=not-an-id&from=2026-02-30&to=2026-03-01&action=read&record=DT-0001&entity=dragon',
    );
    expect(readQuery(auditQuerySchema, params)).toEqual({
      limit: 50,
      to: '2026-03-01',
      action: 'read',
      record: 'DT-0001',
    });
  });

  it('turns page numbers into numbers and drops nonsense pages', () => {
    expect(readQuery(residentListQuerySchema, new URLSearchParams('page=3')).page).toBe(3);
    expect(readQuery(residentListQuerySchema, new URLSearchParams('page=-2')).page).toBeUndefined();
  });
});
