/**
 * The server's clock decides deadlines; the client's clock only measures elapsed time. On receipt of
 * a view carrying `serverNow`, the offset (server − client) is fixed; the server's "now" is then the
 * client's clock plus that offset, so a client clock set wrong by hours changes nothing.
 */
export function clockOffset(serverNow: string, receivedAt: number = Date.now()): number {
  const server = Date.parse(serverNow);
  return Number.isNaN(server) ? 0 : server - receivedAt;
}

/** Milliseconds until the deadline by the server's clock; never negative. */
export function remainingMs(deadlineAt: string, offset: number, clientNow: number = Date.now()): number {
  return Math.max(0, Date.parse(deadlineAt) - (clientNow + offset));
}

/** 3725 s → "1:02:05"; 125 s → "2:05". */
export function formatDuration(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
