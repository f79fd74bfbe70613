import { LOGO_MAX_BYTES, LOGO_TARGET_SIDE } from '../../../src-shared/domain/company-profile/schemas';

const dataUrlBase64 = (url: string) => url.slice(url.indexOf(',') + 1);

/**
 * A picked image scaled down so its longest side is at most LOGO_TARGET_SIDE pixels, as PNG (keeps
 * transparency), or as JPEG on white when a photo-like PNG would still be too large. Null when the file
 * is not an image the browser can read. The backend checks the bytes again.
 */
export async function scaleLogo(file: File): Promise<string | null> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = Math.min(1, LOGO_TARGET_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = dataUrlBase64(canvas.toDataURL('image/png'));
    if ((png.length * 3) / 4 <= LOGO_MAX_BYTES) return png;
    context.globalCompositeOperation = 'destination-over';
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    return dataUrlBase64(canvas.toDataURL('image/jpeg', 0.9));
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A data: URL for showing a logo: PNG and JPEG told apart by their first bytes. */
export const logoDataUrl = (base64: string): string =>
  `data:${base64.startsWith('/9j/') ? 'image/jpeg' : 'image/png'};base64,${base64}`;
