import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportSource } from '../../../src-shared/domain/import/schemas';
import type { RunMode } from '../../../src-shared/domain/system/contract';
import { safeFileNamePart } from '../../../src-shared/text/turkish';
import { AppError, type FieldIssue } from '../../../src-shared/contract/errors';
import type { Language } from '../../../src-shared/i18n/language';
import { translate } from '../../../src-shared/i18n/translate';
import type { HandlerContext } from '../../core/context';
import { fieldError } from '../../core/errors';

export interface SourceFile {
  name: string;
  path: string;
}

/** Uploads older than this are removed when the next one starts: an import is done within minutes. */
const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

const uploadsDir = (dataDir: string) => path.join(dataDir, 'imports');

function removeStaleUploads(dataDir: string, now: number): void {
  const root = uploadsDir(dataDir);
  if (!fs.existsSync(root)) return;
  for (const entry of fs.readdirSync(root)) {
    const folder = path.join(root, entry);
    if (now - fs.statSync(folder).mtimeMs > UPLOAD_TTL_MS) fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** An upload that is gone (or never was): removed after a day, or an id made up. */
function missingUpload(language: Language, at: FieldIssue['path']): AppError {
  const message = translate(language, 'import.error.noUpload');
  return new AppError({ kind: 'not_found', message, issues: [{ path: at, key: 'import.error.noUpload', message }] });
}

/**
 * The app's windows hand a file over as bytes (the browser has no path, and the same code serves Electron),
 * in chunks so a large file fits the bridge's request limit. It lands in <data folder>/imports/<upload id>/,
 * under a name made of the given one's letters (the schema refuses '..' and paths); one with none is "upload".
 */
export async function storeUploadChunk(
  dataDir: string,
  args: { uploadId?: string | undefined; fileName: string; dataBase64: string },
  ctx: HandlerContext,
): Promise<{ uploadId: string; size: number }> {
  const uploadId = args.uploadId ?? randomUUID();
  const folder = path.join(uploadsDir(dataDir), uploadId);
  if (args.uploadId === undefined) {
    removeStaleUploads(dataDir, Date.now());
    fs.mkdirSync(folder, { recursive: true });
  } else if (!fs.existsSync(folder)) throw missingUpload(await ctx.language(), ['uploadId']);
  const ext = path
    .extname(args.fileName)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '');
  const stem = safeFileNamePart(path.basename(args.fileName, path.extname(args.fileName))) || 'upload';
  const file = path.join(folder, `${stem}${ext}`);
  fs.appendFileSync(file, Buffer.from(args.dataBase64, 'base64'));
  return { uploadId, size: fs.statSync(file).size };
}

function filesIn(folder: string): SourceFile[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => ({ name: e.name, path: path.join(folder, e.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The files an import reads. A path is taken from the command line only; the windows upload bytes. */
export async function sourceFiles(
  dataDir: string,
  mode: RunMode,
  source: ImportSource,
  ctx: HandlerContext,
): Promise<SourceFile[]> {
  const language = await ctx.language();
  if (source.uploadId !== undefined) {
    const folder = path.join(uploadsDir(dataDir), source.uploadId);
    if (!fs.existsSync(folder)) throw missingUpload(language, ['source', 'uploadId']);
    return filesIn(folder);
  }
  if (mode !== 'cli') throw fieldError(language, 'validation', ['source', 'path'], 'import.error.pathCliOnly');
  const target = path.resolve(source.path ?? '');
  if (!fs.existsSync(target))
    throw fieldError(language, 'validation', ['source', 'path'], 'import.error.noFile', { path: target });
  return fs.statSync(target).isDirectory() ? filesIn(target) : [{ name: path.basename(target), path: target }];
}

/** A spreadsheet import reads exactly one file. */
export async function oneSourceFile(
  dataDir: string,
  mode: RunMode,
  source: ImportSource,
  ctx: HandlerContext,
): Promise<SourceFile> {
  const files = await sourceFiles(dataDir, mode, source, ctx);
  if (files.length !== 1) throw fieldError(await ctx.language(), 'validation', ['source'], 'import.error.oneFile');
  return files[0]!;
}
