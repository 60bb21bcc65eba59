/**
 * A translated sentence with elements inside it: `<place/>` is replaced by
 * an element, `<strong>Offline</strong>` wraps its words in one. The shell's
 * few such sentences use this instead of react-i18next's <Trans>, whose HTML
 * parser would weigh on every first visit (the 150 kB budget); views may use <Trans>.
 *
 * Values are put in after the markup is read, as plain text, so nothing
 * from the data can ever be taken for markup.
 */
import { cloneElement, Fragment, type ReactElement, type ReactNode } from 'react';

const TAG = /<(\w+)\/>|<(\w+)>(.*?)<\/\2>/g;
const VALUE = /\{\{(\w+)\}\}/g;

function withValues(text: string, values: Record<string, string>): string {
  return text.replace(VALUE, (whole, name: string) => values[name] ?? whole);
}

/** `template` is the message as written (uninterpolated); `parts` the elements; `values` the {{values}}. */
export function renderSentence(template: string, parts: Record<string, ReactElement>, values: Record<string, string> = {}): ReactNode {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of template.matchAll(TAG)) {
    if (m.index > last) out.push(withValues(template.slice(last, m.index), values));
    const name = m[1] ?? m[2]!;
    const part = parts[name];
    if (part === undefined) out.push(m[0]); // an unknown tag shows as written rather than vanish
    else out.push(m[1] ? part : cloneElement(part, undefined, withValues(m[3] ?? '', values)));
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push(withValues(template.slice(last), values));
  return out.map((node, i) => <Fragment key={i}>{node}</Fragment>);
}
