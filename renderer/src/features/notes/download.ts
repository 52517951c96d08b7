// Saving text the app made (an export, the debate brief) as a file: a Blob
// behind a temporary <a download>. In the browser that is a download; in
// Electron the shell turns it into a save dialog. Nothing is sent anywhere.

export function downloadText(fileName: string, text: string, type: string): void {
  downloadFile(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

export function downloadFile(fileName: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the address may go once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today as YYYY-MM-DD in the user's own time zone, for file names. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
