import { useState } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReorderableList } from './reorderable-list';

interface Item {
  id: string;
  title: string;
}
const ITEMS: Item[] = [
  { id: 'a', title: 'Alpha' },
  { id: 'b', title: 'Beta' },
  { id: 'c', title: 'Gamma' },
];

/** Like the editor: once saved, the items come back from the API in the new order. */
function Harness({ onReorder }: { onReorder: (ids: string[]) => Promise<unknown> }) {
  const [items, setItems] = useState(ITEMS);
  return (
    <ReorderableList
      label="Modules"
      items={items}
      getId={(i) => i.id}
      getLabel={(i) => i.title}
      onReorder={(ids) =>
        onReorder(ids).then(() => setItems(ids.map((id) => ITEMS.find((i) => i.id === id) as Item)))
      }
      renderItem={(i) => <span>{i.title}</span>}
    />
  );
}

function renderList(onReorder: (ids: string[]) => Promise<unknown>) {
  return render(<Harness onReorder={onReorder} />);
}

const order = () =>
  within(screen.getByRole('list', { name: 'Modules' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent?.replace(/[^A-Za-z]/g, ''));

describe('ReorderableList', () => {
  it('moves an item with the keyboard, saves the new order, announces it and keeps focus on it', async () => {
    const user = userEvent.setup();
    const onReorder = jest.fn(() => Promise.resolve());
    renderList(onReorder);

    await user.tab(); // Move Alpha up is disabled: the first stop is "Move Alpha down"
    expect(screen.getByRole('button', { name: 'Move Alpha down' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Move Beta down' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(order()).toEqual(['Alpha', 'Gamma', 'Beta']);
    expect(onReorder).toHaveBeenCalledWith(['a', 'c', 'b']);
    expect(screen.getByRole('status')).toHaveTextContent('Beta moved to position 3 of 3.');
    // At the bottom "down" is disabled, so "up" of the same item takes the focus.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move Beta up' })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Move Beta down' })).toBeDisabled();

    await user.keyboard(' ');
    expect(order()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(onReorder).toHaveBeenLastCalledWith(['a', 'b', 'c']);
    expect(screen.getByRole('button', { name: 'Move Beta up' })).toHaveFocus();
  });

  it('puts the previous order back and says so when saving fails', async () => {
    const user = userEvent.setup();
    let fail: (e: Error) => void = () => undefined;
    renderList(() => new Promise((_, reject) => (fail = reject)));

    await user.click(screen.getByRole('button', { name: 'Move Gamma up' }));
    expect(order()).toEqual(['Alpha', 'Gamma', 'Beta']);
    await act(async () => {
      fail(new Error('offline'));
      await Promise.resolve();
    });

    expect(order()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(screen.getByRole('status')).toHaveTextContent('Gamma could not be moved');
  });

  it('disables moving the first item up and the last one down', () => {
    renderList(() => Promise.resolve());
    expect(screen.getByRole('button', { name: 'Move Alpha up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Gamma down' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Beta up' })).toBeEnabled();
  });
});
