import type { ReactNode } from 'react';

/** A small visible note, e.g. that a URL value was replaced by the default. */
export function Notice({ children }: { children: ReactNode }) {
  return <p className="notice" role="note">{children}</p>;
}
