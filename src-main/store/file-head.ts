import fs from 'node:fs';

/** The first `bytes` bytes of a file (fewer when it is shorter): enough to tell what kind of file it is. */
export function readHead(file: string, bytes: number): Buffer {
  const head = Buffer.alloc(bytes);
  const handle = fs.openSync(file, 'r');
  try {
    return head.subarray(0, fs.readSync(handle, head, 0, bytes, 0));
  } finally {
    fs.closeSync(handle);
  }
}
