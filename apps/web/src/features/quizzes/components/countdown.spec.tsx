import { act, render, screen } from '@testing-library/react';
import { Countdown } from './countdown';

const SERVER_NOW = '2026-05-04T10:00:00.000Z';
const DEADLINE = '2026-05-04T10:10:00.000Z';
const HOUR = 3_600_000;

describe('Countdown', () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    ['right', 0],
    ['an hour fast', HOUR],
    ['an hour slow', -HOUR],
  ])('with the client clock %s, shows the time left by the server clock', (_label, skew) => {
    jest.useFakeTimers({ now: Date.parse(SERVER_NOW) + skew });
    render(<Countdown deadlineAt={DEADLINE} serverNow={SERVER_NOW} />);
    expect(screen.getByRole('timer')).toHaveTextContent('Time left: 10:00');

    act(() => jest.advanceTimersByTime(61_000));
    expect(screen.getByRole('timer')).toHaveTextContent('Time left: 8:59');
  });

  it('says when the time is up, once', () => {
    jest.useFakeTimers({ now: Date.parse(SERVER_NOW) + HOUR });
    const onExpire = jest.fn();
    render(<Countdown deadlineAt="2026-05-04T10:00:02.000Z" serverNow={SERVER_NOW} onExpire={onExpire} />);
    expect(screen.getByRole('timer')).toHaveTextContent('Time left: 0:02');
    act(() => jest.advanceTimersByTime(5000));
    expect(screen.getByRole('timer')).toHaveTextContent('Time is up');
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('announces the last minute to screen readers', () => {
    jest.useFakeTimers({ now: Date.parse(SERVER_NOW) });
    render(<Countdown deadlineAt="2026-05-04T10:01:30.000Z" serverNow={SERVER_NOW} />);
    act(() => jest.advanceTimersByTime(31_000));
    expect(screen.getByText('1 minute left')).toBeInTheDocument();
  });

  it('shows when there is no time limit', () => {
    render(<Countdown deadlineAt={null} serverNow={SERVER_NOW} />);
    expect(screen.getByText('No time limit')).toBeInTheDocument();
    expect(screen.queryByRole('timer')).toBeNull();
  });
});
