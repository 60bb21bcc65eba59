import type { ReactNode } from 'react';
import { isDatasetLoadError, type DatasetLoadError } from '../lib/dataset-error';
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

function RetryButton({ onRetry, retrying, primary = true }: { onRetry: () => void; retrying: boolean; primary?: boolean }) {
  return (
    <button type="button" className={primary ? 'button button-primary' : 'button'} onClick={onRetry} disabled={retrying}>
      {retrying ? 'Retrying…' : 'Retry'}
    </button>
  );
}

function Screen({ title, heading, children }: { title: string; heading: string; children: ReactNode }) {
  return (
    <section className="error-screen" aria-labelledby="data-error-title">
      <title>{`${title} · KP CAR Monitor`}</title>
      <h1 id="data-error-title">{heading}</h1>
      {children}
    </section>
  );
}

const isNotJson = (error: DatasetLoadError) =>
  error.errors.length === 1 && error.errors[0]!.path === '(document)' && error.errors[0]!.message.startsWith('not valid JSON');

/** The document arrived but is not a valid dataset: the problems, path by path. */
function InvalidScreen({ error, onRetry, retrying, onCloseFile }: Omit<Props, 'error' | 'source'> & { error: DatasetLoadError }) {
  const shown = error.errors.slice(0, SHOWN);
  const fromUrl = onCloseFile === undefined;
  return (
    <Screen title="Dataset cannot be loaded" heading="This dataset cannot be loaded">
      <p>
        Source: <span className="source">{error.source}</span>
      </p>
      {isNotJson(error) ? (
        <p>
          The document could not be read as JSON: it may have been cut short or damaged on the way, or it is not a dataset file.
          {fromUrl && ' Retry loads it again.'}
        </p>
      ) : (
        <p>
          {error.errors.length === 1 ? '1 problem was' : `${error.errors.length} problems were`} found in its structure
          {error.errors.length > SHOWN ? `; the first ${SHOWN} are listed` : ''}.
        </p>
      )}
      {error.hint && <p className="notice" role="note">{error.hint}</p>}
      <ol className="problem-list" aria-label="Problems">
        {shown.map((e, i) => (
          <li key={i}><code>{e.path}</code>: {e.message}</li>
        ))}
      </ol>
      <h2>What to do</h2>
      <ul>
        <li>
          {isNotJson(error)
            ? 'Check that the address or file is the dataset itself; if it is, fix its JSON syntax at the place named above, then load it again.'
            : 'Fix the fields listed above in the file, then load it again.'}
        </li>
        <li>
          Check the file against the dataset format, <a href={`${import.meta.env.BASE_URL}dataset.schema.json`}>dataset.schema.json</a> (JSON Schema).
        </li>
        <li>Or open another file.</li>
      </ul>
      <div className="actions">
        {fromUrl && <RetryButton onRetry={onRetry} retrying={retrying ?? false} />}
        <OpenFileButton className={fromUrl ? 'button' : 'button button-primary'} />
        {onCloseFile && <button type="button" className="button" onClick={onCloseFile}>Close this file</button>}
      </div>
    </Screen>
  );
}

/** A file in a format version this dashboard does not know: refused whole. */
function NewerVersionScreen({ error, onCloseFile }: { error: DatasetLoadError; onCloseFile?: (() => void) | undefined }) {
  return (
    <Screen title="Dataset in a newer format" heading="This dataset is in a newer format">
      <p>
        Source: <span className="source">{error.source}</span>
      </p>
      <p>
        <code>schemaVersion</code>: {error.reason}.
      </p>
      <p>Nothing in it was read: a file in a format this dashboard does not know is refused whole rather than shown in part.</p>
      <div className="actions">
        <OpenFileButton className="button button-primary" />
        {onCloseFile && <button type="button" className="button" onClick={onCloseFile}>Close this file</button>}
      </div>
    </Screen>
  );
}

/** Over the size limit: refused before it was read. */
function TooLargeScreen({ error, onCloseFile }: { error: DatasetLoadError; onCloseFile?: (() => void) | undefined }) {
  return (
    <Screen title="Dataset too large" heading="This dataset is too large to open">
      <p>
        Source: <span className="source">{error.source}</span>
      </p>
      <p className="error-reason">{error.reason}</p>
      <p>
        It was refused before being read, so the browser tab does not run out of memory. Use a smaller extract of the
        data (fewer years, say), or the command line (<code>npm run validate</code>, <code>npm run review</code>), which has no such limit.
      </p>
      <div className="actions">
        <OpenFileButton className="button button-primary" />
        {onCloseFile && <button type="button" className="button" onClick={onCloseFile}>Close this file</button>}
      </div>
    </Screen>
  );
}

/** What to do after a fetch failure, by kind. */
function advice(error: DatasetLoadError | null): string {
  if (error === null) return 'Check the address and your connection, then retry; or open a dataset file from this computer.';
  if (error.kind === 'timeout') return 'The server may be busy or the connection slow. Retry, or open a dataset file from this computer.';
  if (error.kind === 'http' && (error.status === 404 || error.status === 410)) {
    return 'Check the address (the ?data= link, or the address the dashboard was built with); retry once the file is in place, or open a dataset file from this computer.';
  }
  if (error.kind === 'http' && error.status !== null && error.status >= 500) return 'Retry in a moment; or open a dataset file from this computer.';
  if (error.kind === 'http') return 'Ask whoever runs the server to let the dashboard read the file, then retry; or open a dataset file from this computer.';
  return 'Check the address and your connection, then retry; or open a dataset file from this computer.';
}

/** Why the dataset did not load and what to do; never a stack trace. */
export function DataErrorScreen({ error, source, onRetry, retrying = false, onCloseFile }: Props) {
  const known = isDatasetLoadError(error) ? error : null;
  if (known?.kind === 'invalid') return <InvalidScreen error={known} onRetry={onRetry} retrying={retrying} onCloseFile={onCloseFile} />;
  if (known?.kind === 'newerVersion') return <NewerVersionScreen error={known} onCloseFile={onCloseFile} />;
  if (known?.kind === 'tooLarge') return <TooLargeScreen error={known} onCloseFile={onCloseFile} />;

  const reason = known ? known.reason : error instanceof Error ? error.message : String(error);
  const from = known ? known.source : source;
  return (
    <Screen title="Dataset could not be fetched" heading="The dataset could not be fetched">
      <p>
        Loading <span className="source">{from}</span> failed: <span className="error-reason">{reason}</span>.
      </p>
      <p>{advice(known)}</p>
      {known?.transient && <p>This browser has no earlier copy of this dataset to show instead.</p>}
      <div className="actions">
        <RetryButton onRetry={onRetry} retrying={retrying} />
        <OpenFileButton />
        {onCloseFile && <button type="button" className="button" onClick={onCloseFile}>Close this file</button>}
      </div>
    </Screen>
  );
}
