/** Picks a second quarter to set beside the one under review, or none. */
import { useId } from 'react';
import type { Quarter } from '../../core';
import { useReviewMessages } from './messages';

export function CompareSelect({ quarters, quarter, value, onChange }: {
  quarters: readonly Quarter[];
  quarter: Quarter;
  value: Quarter | null;
  onChange: (value: Quarter | null) => void;
}) {
  const id = useId();
  const { t } = useReviewMessages();
  return (
    <div className="field">
      <label htmlFor={id}>{t('compare.label')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">{t('compare.none')}</option>
        {[...quarters].reverse().filter((q) => q !== quarter).map((q) => <option key={q} value={q}>{q}</option>)}
      </select>
    </div>
  );
}
