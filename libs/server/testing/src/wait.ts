export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Reads until `ok` holds (for work a worker or another replica does asynchronously), and fails
 * with the last value read after `timeoutMs`.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(25);
  }
}

/** A supertest parser that keeps a binary body (PDF, ZIP) as one Buffer. */
export function binaryBody(
  res: { on: (event: string, listener: (chunk?: Buffer) => void) => void },
  done: (err: null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (c) => chunks.push(c!));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
