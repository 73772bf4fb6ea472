/**
 * Saves bytes as a file from an extension page: a Blob URL clicked through an `<a download>`, so
 * the extension needs no "downloads" permission. The URL is revoked once the click has been handled.
 */
export function downloadBytes(bytes: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const JSON_TYPE = 'application/json';
