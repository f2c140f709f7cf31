/**
 * Saves `text` as a file the browser downloads (a contact card, a calendar entry), made in the page: nothing
 * is sent anywhere. Phones hand .vcf and .ics files to their contacts and calendar apps.
 */
export function downloadText(fileName: string, type: string, text: string, host: Node): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  // Inside the shadow root, so the page's click listeners never see a stray link.
  host.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoked after the click has been handled; a revoked URL cannot be downloaded any more.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from an office's name: letters and digits of any script, others become "-". */
export function fileNameOf(name: string, extension: string): string {
  const base = name
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || "office"}.${extension}`;
}
