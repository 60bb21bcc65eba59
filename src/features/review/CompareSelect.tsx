/** Picks a second quarter to set beside the one under review, or none. */
import { useId } from 'react';
import type { Quarter } from '../../core';

export function CompareSelect({ quarters, quarter, value, onChange }: {
  quarters: readonly Quarter[];
  quarter: Quarter;
  value: Quarter | null;
  onChange: (value: Quarter | null) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Compare with</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">No comparison</option>
        {[...quarters].reverse().filter((q) => q !== quarter).map((q) => <option key={q} value={q}>{q}</option>)}
      </select>
    </div>
  );
}
