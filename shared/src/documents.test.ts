import { sniffType } from './documents';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('sniffType', () => {
  it('knows PDF, JPEG and PNG by their first bytes', () => {
    expect(sniffType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
  });

  it('refuses anything else, however it is named', () => {
    expect(sniffType(new TextEncoder().encode('MZ\x90\x00'))).toBeNull();
    expect(sniffType(new TextEncoder().encode('<html>%PDF-'))).toBeNull();
    expect(sniffType(bytes())).toBeNull();
  });
});
