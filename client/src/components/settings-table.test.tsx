import { useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsTable } from './settings-table';

type Unit = { id: string; name: string };

function Units({ initial }: { initial: Unit[] }) {
  const [units, setUnits] = useState(initial);
  const [edited, setEdited] = useState<string | null>(null);
  return (
    <MantineProvider>
      <SettingsTable
        label="Khu"
        rows={units}
        rowKey={(u) => u.id}
        empty="Chưa có khu nào."
        columns={[{ head: 'Tên khu', cell: (u) => u.name }]}
        onEdit={(u) => setEdited(u.name)}
        remove={{
          title: 'Xóa khu?',
          message: (u) => `Xóa ${u.name}.`,
          onConfirm: (u, done) => {
            setUnits(units.filter((x) => x.id !== u.id));
            done();
          },
        }}
      />
      {edited ? <p>Đang sửa {edited}</p> : null}
    </MantineProvider>
  );
}

describe('SettingsTable', () => {
  it('edits a row, removes one only once confirmed, and says when the list is empty', async () => {
    const user = userEvent.setup();
    render(<Units initial={[{ id: '1', name: 'Khu A' }]} />);
    const table = screen.getByRole('table', { name: 'Khu' });
    expect(within(table).getByRole('columnheader', { name: 'Tên khu' })).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: 'Sửa' }));
    expect(screen.getByText('Đang sửa Khu A')).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: 'Xóa' }));
    let dialog = await screen.findByRole('dialog', { name: 'Xóa khu?' });
    expect(within(dialog).getByText('Xóa Khu A.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(screen.getByText('Khu A')).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: 'Xóa' }));
    dialog = await screen.findByRole('dialog', { name: 'Xóa khu?' });
    await user.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Chưa có khu nào.')).toBeTruthy();
    expect(screen.queryByText('Khu A')).toBeNull();
  });

  it('shows no empty state while the rows are still loading', () => {
    render(
      <MantineProvider>
        <SettingsTable<Unit>
          label="Khu"
          rows={undefined}
          rowKey={(u) => u.id}
          empty="Chưa có khu nào."
          columns={[{ head: 'Tên khu', cell: (u) => u.name }]}
        />
      </MantineProvider>,
    );
    expect(screen.queryByText('Chưa có khu nào.')).toBeNull();
  });
});
