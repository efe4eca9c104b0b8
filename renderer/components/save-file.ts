// Saving a file the core produced (a PDF or CSV as base64, the enrolment file as text) through the browser's own
// download: a Blob, an object URL and an <a download>. This works in Electron and in browser mode alike;
// window.open is denied in Electron.

export const bytesOfBase64 = (base64: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

const downloadBlob = (fileName: string, blob: Blob): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL is let go a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const downloadBase64 = (fileName: string, base64: string, type: string): void =>
  downloadBlob(fileName, new Blob([bytesOfBase64(base64)], { type }));

export const downloadText = (fileName: string, content: string, type: string): void =>
  downloadBlob(fileName, new Blob([content], { type }));
