// Two copies of @mantine/core break every screen that mixes packages ("MantineProvider was not found").
import path from 'node:path';

const coreRoot = (from: string) => {
  const entry = require.resolve('@mantine/core', { paths: [from] });
  return entry.slice(0, entry.indexOf(`${path.sep}@mantine${path.sep}core${path.sep}`));
};

describe('client dependencies', () => {
  it('resolve @mantine/core to one copy for the client and every @mantine package', () => {
    const fromClient = coreRoot(__dirname);
    for (const pkg of ['@mantine/dates', '@mantine/notifications']) {
      expect(coreRoot(path.dirname(require.resolve(pkg, { paths: [__dirname] })))).toBe(fromClient);
    }
  });
});
