/**
 * The schema's validation messages (src/core/validation.ts, English) in the
 * current language. The core gives a field and a sentence, not a code, so the
 * kind of problem is read from the sentence's fixed wording; the English
 * messages rebuild that sentence exactly. A message of another kind stays as
 * the core wrote it.
 */
import { notificationText as say } from './messages';

type ErrorKey =
  | 'errors.missingText' | 'errors.missingDate' | 'errors.missingNumber' | 'errors.emptyText'
  | 'errors.notNumber' | 'errors.notWhole' | 'errors.notDate' | 'errors.greaterThan' | 'errors.atLeast'
  | 'errors.idTaken' | 'errors.sameConfirmation';

const DATE = 'a date written YYYY-MM-DD \\(a real calendar day\\)';

/** Each kind: the core's wording, the message key, and the values the message takes from the match. */
const KINDS: Array<[RegExp, ErrorKey, (m: RegExpMatchArray) => Record<string, string> | null]> = [
  [/^missing: expected a text$/, 'errors.missingText', () => ({})],
  [new RegExp(`^missing: expected ${DATE}$`), 'errors.missingDate', () => ({})],
  [/^missing: expected a number$/, 'errors.missingNumber', () => ({})],
  [/^expected a non-empty text$/, 'errors.emptyText', () => ({})],
  [/^expected a number, got (.+)$/s, 'errors.notNumber', (m) => got(m[1]!)],
  [/^expected a whole number, got (.+)$/s, 'errors.notWhole', (m) => got(m[1]!)],
  [new RegExp(`^expected ${DATE}, got (.+)$`, 's'), 'errors.notDate', (m) => got(m[1]!)],
  [/^expected a number greater than (\S+), got (.+)$/s, 'errors.greaterThan', (m) => withMin(m[1]!, got(m[2]!))],
  [/^expected a number at least (\S+), got (.+)$/s, 'errors.atLeast', (m) => withMin(m[1]!, got(m[2]!))],
  [/^"(.*)" is already used by another notification$/s, 'errors.idTaken', (m) => ({ id: m[1]! })],
  [/^the same confirmation is already recorded \(notification (.+)\)$/s, 'errors.sameConfirmation', (m) => ({ id: m[1]! })],
];

/** "the text "abc"" / "the number 1.5" as the current language says it; null for anything else. */
function got(description: string): Record<string, string> | null {
  const text = /^the text "(.*)"$/s.exec(description);
  if (text) return { got: say('errors.gotText', { text: text[1]! }) };
  const number = /^the number (\S+)$/.exec(description);
  if (number) return { got: say('errors.gotNumber', { n: number[1]! }) };
  return null;
}

function withMin(min: string, values: Record<string, string> | null) {
  return values && { ...values, min };
}

/** A field's message from the schema, in the current language (the original when its kind is not known). */
export function fieldErrorText(message: string): string {
  for (const [pattern, key, values] of KINDS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const options = values(match);
    return options ? say(key, options) : message;
  }
  return message;
}

/** An import row's error, "row 3, carats: expected a number, got the text "x"", in the current language. */
export function importErrorText(error: string): string {
  const match = /^row (\d+), (\S+): (.+)$/s.exec(error);
  if (!match) return error;
  // The field is the dataset's field name (as in the mapping), not a translated label.
  return say('errors.row', { row: match[1]!, field: match[2]!, message: fieldErrorText(match[3]!) });
}
