import type { ReactNode } from 'react';

/** Said plainly when there is nothing to show, instead of an empty table. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
