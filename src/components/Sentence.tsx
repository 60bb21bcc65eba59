import type { ReactElement } from 'react';
import { renderSentence } from '../lib/sentence';
import { useCommonMessages, type CommonKey } from './messages';

/**
 * A 'common' message with markup inside the sentence (a link, a name set
 * apart), written `<place/>` in the message. Each element carries its own
 * text, so nothing from the data is ever read as markup.
 */
export function Sentence({ k, parts }: { k: CommonKey; parts: Record<string, ReactElement> }) {
  const { template } = useCommonMessages();
  return <>{renderSentence(template(k), parts)}</>;
}
