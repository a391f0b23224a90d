import { accentScore, nameSortKey, searchPrefixes, searchWords } from './names';

const sorted = (names: string[]) =>
  [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : 1));

describe('nameSortKey', () => {
  it('orders by given name, then middle name, then family name', () => {
    expect(sorted(['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn An', 'Hoàng Minh Châu'])).toEqual([
      'Trần Thị An', // given name "An" for both; middle name "Thị" before "Văn"
      'Lê Văn An',
      'Nguyễn Văn Bình',
      'Hoàng Minh Châu',
    ]);
  });

  it('follows the Vietnamese alphabet: a ă â … d đ … o ô ơ … u ư', () => {
    expect(sorted(['Đức', 'Dũng', 'Ân', 'Ăn', 'An', 'Ơn', 'Ôn', 'On', 'Ưng', 'Uyên'])).toEqual([
      'An',
      'Ăn',
      'Ân',
      'Dũng',
      'Đức',
      'On',
      'Ôn',
      'Ơn',
      'Uyên',
      'Ưng',
    ]);
  });

  it('compares tones only when the letters are equal (ngang, huyền, hỏi, ngã, sắc, nặng)', () => {
    expect(sorted(['Mạ', 'Má', 'Mã', 'Mả', 'Mà', 'Ma', 'Mai'])).toEqual([
      'Ma',
      'Mà',
      'Mả',
      'Mã',
      'Má',
      'Mạ',
      'Mai',
    ]);
  });

  it('does not care whether accents were typed precomposed or combining', () => {
    expect(nameSortKey('Nguyễn Thị Đào')).toBe(nameSortKey('Nguyễn Thị Đào'.normalize('NFD')));
  });
});

describe('search words and prefixes', () => {
  it('folds accents and đ, splits on spaces and commas', () => {
    expect(searchWords('  Đào,  thị ')).toEqual(['dao', 'thi']);
  });

  it('keeps every prefix of every word once', () => {
    expect(searchPrefixes('Đào Đa')).toEqual(['d', 'da', 'dao']);
  });
});

describe('accentScore', () => {
  it('counts typed words that begin a name word exactly as written', () => {
    expect(accentScore('Nguyễn Thị Đào', 'đào thị')).toBe(2);
    expect(accentScore('Nguyễn Thị Đạo', 'đào thị')).toBe(1);
    expect(accentScore('Nguyễn Thị Đào', 'dao thi')).toBe(0);
  });
});
