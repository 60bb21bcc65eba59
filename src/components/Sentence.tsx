import type { ReactElement } from 'react';
import { Trans } from 'react-i18next';
import type { CommonKey } from './messages';

/**
 * A 'common' message with markup inside the sentence (a link, a name set
 * apart), written `<place/>` in the message. Each element carries its own
 * text, so nothing from the data is ever read as markup. The caller uses
 * `useCommonMessages()`, which redraws it when the language changes.
 */
export function Sentence({ k, parts }: { k: CommonKey; parts: Record<string, ReactElement> }) {
  return <Trans ns="common" i18nKey={k} components={parts} />;
}
