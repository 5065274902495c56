import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Alert } from './alert';
import { ConfirmDialog } from './dialog';
import { Pagination } from './pagination';
import { Spinner } from './spinner';
import { ErrorState } from './states';

describe('Alert and Spinner', () => {
  it('announces errors assertively and other messages politely', () => {
    render(
      <>
        <Alert tone="error" title="Wrong password" />
        <Alert tone="success">Saved.</Alert>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Wrong password');
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });

  it('gives the spinner an accessible name', () => {
    render(<Spinner label="Loading members…" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading members…');
  });

  it('offers a retry in the error state', async () => {
    const retry = jest.fn();
    render(<ErrorState title="Could not load" onRetry={retry} retryLabel="Try again" />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});

describe('Pagination', () => {
  const labels = {
    navigation: 'Pages of users',
    previous: 'Previous',
    next: 'Next',
    status: (p: number, n: number, t: number) => `Page ${p} of ${n} (${t})`,
  };

  it('disables the ends and reports the position', async () => {
    const onPageChange = jest.fn();
    render(<Pagination page={1} pageSize={25} total={60} onPageChange={onPageChange} labels={labels} />);
    expect(screen.getByRole('navigation', { name: 'Pages of users' })).toHaveTextContent('Page 1 of 3 (60)');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPageChange).toHaveBeenCalledWith(2);
  });
});

describe('ConfirmDialog', () => {
  function Harness({ onConfirm }: { onConfirm: () => void }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button onClick={() => setOpen(true)}>Remove Lucia</button>
        <ConfirmDialog
          open={open}
          title="Remove this member?"
          confirmLabel="Remove"
          cancelLabel="Cancel"
          onCancel={() => setOpen(false)}
          onConfirm={onConfirm}
        >
          <p>Lucia will no longer belong to the school.</p>
        </ConfirmDialog>
      </>
    );
  }

  it('is a labelled modal that focuses the safe choice, closes on Escape and returns focus', async () => {
    const onConfirm = jest.fn();
    render(<Harness onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Remove Lucia' });
    await userEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Remove this member?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('confirms', async () => {
    const onConfirm = jest.fn();
    render(<Harness onConfirm={onConfirm} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Lucia' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
