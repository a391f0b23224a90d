import { useState } from 'react';
import { MantineProvider, TextInput } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ListEditor } from './list-editor';

function Names({ initial, writable = true }: { initial: string[]; writable?: boolean }) {
  const [names, setNames] = useState(initial);
  return (
    <MantineProvider>
      <ListEditor
        title="Người liên hệ"
        items={names}
        emptyText="Chưa có ai."
        addLabel="Thêm người"
        removeLabel={(i) => `Xóa người ${i + 1}`}
        onAdd={writable ? () => setNames([...names, '']) : undefined}
        onRemove={writable ? (i) => setNames(names.filter((_, j) => j !== i)) : undefined}
        max={2}
        renderItem={(name, i) => (
          <TextInput
            label={`Họ tên ${i + 1}`}
            value={name}
            readOnly={!writable}
            onChange={(e) => setNames(names.map((n, j) => (j === i ? e.currentTarget.value : n)))}
          />
        )}
      />
    </MantineProvider>
  );
}

describe('ListEditor', () => {
  it('adds rows until the list is full, removes the one named, and says when it is empty', async () => {
    const user = userEvent.setup();
    render(<Names initial={['Lan']} />);
    await user.click(screen.getByRole('button', { name: 'Thêm người' }));
    await user.type(screen.getByLabelText('Họ tên 2'), 'Minh');
    expect(screen.queryByRole('button', { name: 'Thêm người' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Xóa người 1' }));
    expect((screen.getByLabelText('Họ tên 1') as HTMLInputElement).value).toBe('Minh');
    await user.click(screen.getByRole('button', { name: 'Xóa người 1' }));
    expect(screen.getByText('Chưa có ai.')).toBeTruthy();
  });

  it('is read-only without onAdd and onRemove', () => {
    render(<Names initial={['Lan']} writable={false} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Người liên hệ')).toBeTruthy();
  });
});
