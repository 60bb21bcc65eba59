import { useId } from 'react';
import type { Quarter } from '../core';
import { useCommonMessages } from './messages';

export const ALL_QUARTERS = 'all';

interface Props {
  quarters: readonly Quarter[];
  value: string;
  onChange: (value: string) => void;
  /** Defaults to "Quarter" in the interface language. */
  label?: string;
  /** Adds an "All quarters" option whose value is `ALL_QUARTERS`. */
  allowAll?: boolean;
}

/** A labelled quarter picker, newest first. */
export function QuarterSelect({ quarters, value, onChange, label, allowAll = false }: Props) {
  const { t } = useCommonMessages();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('quarter.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {allowAll && <option value={ALL_QUARTERS}>{t('quarter.all')}</option>}
        {[...quarters].reverse().map((q) => (
          <option key={q} value={q}>{q}</option>
        ))}
      </select>
    </div>
  );
}
