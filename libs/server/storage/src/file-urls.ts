import { createHmac, timingSafeEqual } from 'node:crypto';

const WINDOW_SECONDS = 6 * 3600;

/**
 * Signed, expiring file URLs. `<img>`, `<video>` and downloads cannot send the Bearer token, so the
 * API hands out a URL only to people allowed to see the file (the access check happens when the
 * view holding the URL is built) and the file route checks only the signature.
 *
 * Expiry is rounded up to a 6-hour window and lasts 6 to 12 hours: URLs stay the same within a
 * window, so browsers can cache the files and the outline cache can keep signed views.
 */
export class FileUrls {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly now: () => number = Date.now,
  ) {
    // A key of its own, derived from the token secret: a file signature can never pass as a token.
    this.key = createHmac('sha256', secret).update('campus:file-urls').digest();
  }

  /** The current window; part of cache keys of views that carry signed URLs. */
  window(): number {
    return Math.floor(this.now() / 1000 / WINDOW_SECONDS);
  }

  url(fileId: string): string {
    return `/api/files/${fileId}?${this.query(fileId)}`;
  }

  /**
   * `expires=…&signature=…` for another route that serves something by id (e.g. a built export).
   * Ids are UUIDs, unique across tables, so a signature never opens anything but its own thing.
   */
  query(id: string): string {
    const expires = (this.window() + 2) * WINDOW_SECONDS;
    return `expires=${expires}&signature=${this.signature(id, expires)}`;
  }

  /** True when the signature is ours and has not expired. */
  verify(fileId: string, expires: number, signature: string): boolean {
    if (!Number.isSafeInteger(expires) || expires * 1000 < this.now()) return false;
    const expected = Buffer.from(this.signature(fileId, expires));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Seconds a response may be cached: until the URL that fetched it expires. */
  secondsLeft(expires: number): number {
    return Math.max(0, Math.floor(expires - this.now() / 1000));
  }

  private signature(fileId: string, expires: number): string {
    return createHmac('sha256', this.key)
      .update(`${fileId.toLowerCase()}.${expires}`)
      .digest()
      .subarray(0, 18)
      .toString('base64url');
  }
}
