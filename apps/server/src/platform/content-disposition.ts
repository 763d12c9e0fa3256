/** RFC 5987 `value-chars`: everything but attr-chars is percent-encoded. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * RFC 6266 `attachment`: an ASCII fallback for old clients plus the UTF-8 name (RFC 5987), so
 * Cyrillic file names survive. The fallback is the name with non-ASCII replaced, unless given.
 */
export function attachmentDisposition(fileName: string, asciiFallback?: string): string {
  const ascii = (asciiFallback ?? fileName).replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** RFC 6266 `inline`: the browser shows the file (a PDF, an image) rather than saving it. */
export function inlineDisposition(fileName: string): string {
  return attachmentDisposition(fileName).replace(/^attachment/, 'inline');
}
