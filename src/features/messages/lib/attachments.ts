/** Reading a chosen file into a draft: the checks a person gets a clear Swedish message for. */
import type { DraftFile } from './draft';
import {
  ALLOWED_LABELS,
  ALLOWED_TYPES,
  checkFile,
  declaredType,
  formatBytes,
  isAllowedType,
  MAX_FILE_BYTES,
  MAX_FILES,
  MAX_TOTAL_BYTES,
  SNIFF_BYTES,
} from './file-types';

export type ReadAttachment =
  | { ok: true; meta: Omit<DraftFile, 'id' | 'local'>; data: ArrayBuffer }
  | { ok: false; message: string };

const allowedText = `${ALLOWED_LABELS.slice(0, -1).join(', ')} eller ${ALLOWED_LABELS.at(-1)}`;

/** The file's bytes (FileReader where Blob.arrayBuffer is missing, as in jsdom). */
function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('Filen gick inte att läsa.'));
    reader.readAsArrayBuffer(file);
  });
}

/** Checks a file against the rules and the files already attached, and reads it. */
export async function readAttachment(
  file: File,
  attached: readonly DraftFile[],
): Promise<ReadAttachment> {
  const name = `”${file.name}”`;
  const contentType = declaredType(file.name, file.type);
  if (!isAllowedType(contentType)) {
    return {
      ok: false,
      message: `Filen ${name} kan inte bifogas: filtypen är inte tillåten. Bifoga ${allowedText}.`,
    };
  }
  if (attached.length >= MAX_FILES) {
    return { ok: false, message: `Filen ${name} får inte plats: högst ${MAX_FILES} bilagor.` };
  }
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `Filen ${name} är för stor (${formatBytes(file.size)}). En fil får vara högst ${formatBytes(MAX_FILE_BYTES)}.`,
    };
  }
  const total = attached.reduce((sum, f) => sum + f.size, 0) + file.size;
  if (total > MAX_TOTAL_BYTES) {
    return {
      ok: false,
      message: `Filen ${name} får inte plats: bilagorna får vara högst ${formatBytes(MAX_TOTAL_BYTES)} tillsammans (med den här filen ${formatBytes(total)}).`,
    };
  }
  const data = await readBytes(file);
  const problem = checkFile({
    contentType,
    size: data.byteLength,
    head: new Uint8Array(data, 0, Math.min(SNIFF_BYTES, data.byteLength)),
  });
  if (problem === 'empty') return { ok: false, message: `Filen ${name} är tom.` };
  if (problem) {
    return {
      ok: false,
      message: `Innehållet i filen ${name} är inte ${ALLOWED_TYPES[contentType].label} som filtypen säger. Filen kan vara skadad eller ha fel filändelse.`,
    };
  }
  return { ok: true, meta: { fileName: file.name, contentType, size: data.byteLength }, data };
}

export const typeLabel = (contentType: string): string =>
  isAllowedType(contentType) ? ALLOWED_TYPES[contentType].label : contentType;
