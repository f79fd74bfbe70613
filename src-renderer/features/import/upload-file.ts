import { send } from '../../api/client';

/** Below the bridge's 16 MB request limit once base64 has grown it by a third. */
const CHUNK_BYTES = 4 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Hands the chosen files to the backend as bytes, in chunks, into one upload folder. A browser page never
 * learns a file's path, and a sandboxed Electron window should not hand the backend paths either; sending
 * the bytes through the same `send()` works in both, and the backend reads them like any file (the CLI
 * alone may name a path). Returns the upload's id for `imports/*`.
 */
export async function uploadFiles(files: readonly File[]): Promise<string> {
  let uploadId: string | undefined;
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    for (let offset = 0; offset === 0 || offset < bytes.length; offset += CHUNK_BYTES) {
      const dataBase64 = toBase64(bytes.subarray(offset, offset + CHUNK_BYTES));
      const result = await send('imports/upload', { fileName: file.name, dataBase64, ...(uploadId ? { uploadId } : {}) });
      uploadId = result.uploadId;
      if (bytes.length === 0) break;
    }
  }
  if (!uploadId) throw new Error('No file to upload');
  return uploadId;
}
