import { isDatasetLoadError } from '../lib/dataset-error';
import { OpenFileButton } from './OpenFileButton';

const SHOWN = 20;

interface Props {
  error: unknown;
  /** The URL or file name, when the error itself does not carry it. */
  source: string;
  onRetry: () => void;
  retrying?: boolean;
  /** Given when the data came from an opened file: go back to the URL dataset. */
  onCloseFile?: (() => void) | undefined;
}

/** Why the dataset did not load and what to do; never a stack trace. */
export function DataErrorScreen({ error, source, onRetry, retrying = false, onCloseFile }: Props) {
  if (isDatasetLoadError(error) && error.kind === 'invalid') {
    const shown = error.errors.slice(0, SHOWN);
    return (
      <section className="error-screen" aria-labelledby="data-error-title">
        <title>Dataset cannot be loaded · KP CAR Monitor</title>
        <h1 id="data-error-title">This dataset cannot be loaded</h1>
        <p>
          Source: <span className="source">{error.source}</span>
        </p>
        <p>
          {error.errors.length === 1 ? '1 problem was' : `${error.errors.length} problems were`} found in its structure
          {error.errors.length > SHOWN ? `; the first ${SHOWN} are listed` : ''}.
        </p>
        {error.hint && <p className="notice" role="note">{error.hint}</p>}
        <ol className="problem-list" aria-label="Problems">
          {shown.map((e, i) => (
            <li key={i}><code>{e.path}</code>: {e.message}</li>
          ))}
        </ol>
        <h2>What to do</h2>
        <ul>
          <li>Fix the fields listed above in the file, then load it again.</li>
          <li>
            Check the file against the dataset format, <a href={`${import.meta.env.BASE_URL}dataset.schema.json`}>dataset.schema.json</a> (JSON Schema).
          </li>
          <li>Or open another file.</li>
        </ul>
        <div className="actions">
          <OpenFileButton className="button button-primary" />
          {onCloseFile && <button type="button" className="button" onClick={onCloseFile}>Close this file</button>}
        </div>
      </section>
    );
  }

  const reason = isDatasetLoadError(error) ? error.reason : error instanceof Error ? error.message : String(error);
  const from = isDatasetLoadError(error) ? error.source : source;
  return (
    <section className="error-screen" aria-labelledby="data-error-title">
      <title>Dataset could not be fetched · KP CAR Monitor</title>
      <h1 id="data-error-title">The dataset could not be fetched</h1>
      <p>
        Loading <span className="source">{from}</span> failed: {reason}.
      </p>
      <p>Check the address and your connection, then retry; or open a dataset file from this computer.</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
        <OpenFileButton />
      </div>
    </section>
  );
}
