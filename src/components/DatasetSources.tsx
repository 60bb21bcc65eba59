import { safeHttpUrl } from '../lib/safe-url';
import { useCommonMessages } from './messages';

interface Source {
  label: string;
  url?: string | undefined;
}

/** Where the dataset's figures come from (`meta.sources`): a link only for an http(s) address, else the address as text. */
export function DatasetSources({ sources }: { sources: readonly Source[] | undefined }) {
  const { t } = useCommonMessages();
  if (!sources || sources.length === 0) return null;
  return (
    <section className="dataset-sources" aria-labelledby="dataset-sources-title">
      <h2 id="dataset-sources-title">{t('sources.title')}</h2>
      <ul className="plain-list">
        {sources.map((s, i) => {
          const href = safeHttpUrl(s.url);
          return (
            <li key={i}>
              {href ? <a href={href} rel="noreferrer">{s.label}</a> : s.label}
              {!href && s.url && <> (<span className="source">{s.url}</span>)</>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
