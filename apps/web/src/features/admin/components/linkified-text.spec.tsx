import { render, screen } from '@testing-library/react';
import { LinkifiedText } from './linkified-text';

describe('LinkifiedText', () => {
  it('turns the links of a mail body into clickable links and keeps the rest as text', () => {
    const text =
      'Hello,\nTo accept, open this link:\nhttp://127.0.0.1:4310/accept-invitation?token=abc_DEF-123.\nThe invitation expires in 14 days.';
    render(<LinkifiedText text={text} />);
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('href', 'http://127.0.0.1:4310/accept-invitation?token=abc_DEF-123');
    expect(screen.getByText(/The invitation expires in 14 days/)).toBeInTheDocument();
  });
});
