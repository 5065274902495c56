import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { LocalDiskStorage } from './local-disk.storage';

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'campus-storage-'));
    storage = new LocalDiskStorage(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('writes, reads whole and by range, and removes', async () => {
    await storage.write('courses/c1/f1', Readable.from([Buffer.from('hello '), Buffer.from('world')]));
    expect(await text(storage.read('courses/c1/f1'))).toBe('hello world');
    expect(await text(storage.read('courses/c1/f1', { start: 6, end: 10 }))).toBe('world');
    await storage.remove('courses/c1/f1');
    await storage.remove('courses/c1/f1');
    expect(await readdir(join(root, 'courses/c1'))).toEqual([]);
  });

  it('leaves nothing behind when the stream fails', async () => {
    const failing = new Readable({
      read() {
        this.push('partial');
        this.destroy(new Error('client went away'));
      },
    });
    await expect(storage.write('courses/c1/f2', failing)).rejects.toThrow('client went away');
    expect(await readdir(join(root, 'courses/c1'))).toEqual([]);
  });

  it('refuses keys that could leave the root folder', async () => {
    await expect(storage.write('../escape', Readable.from(['x']))).rejects.toThrow(/Unsafe/);
    expect(() => storage.read('courses/../../etc/passwd')).toThrow(/Unsafe/);
  });
});
