/**
 * Links written from data: only absolute http(s) addresses become links. A
 * `javascript:`, `data:` or `vbscript:` address (or anything relative or
 * unparsable) stays plain text, so a dataset can never put script behind a click.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  // No control characters or spaces: browsers strip some of them when following a link.
  if (trimmed === '' || /[\s\p{Cc}]/u.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
