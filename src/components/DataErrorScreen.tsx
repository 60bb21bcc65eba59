import type { ReactNode } from 'react';
import { isDatasetLoadError, type DatasetLoadError } from '../lib/dataset-error';
import { formatCount } from '../lib/format';
import { useCommonMessages, type CommonKey } from './messages';
import { OpenFileButton } from './OpenFileButton';
import { Sentence } from './Sentence';

const SHOWN = 20;
/** Names from the file format and the command line, the same in every language. */
const SCHEMA_FILE = 'dataset.schema.json';
const VERSION_FIELD = 'schemaVersion';
const CLI_VALIDATE = 'npm run validate';
const CLI_REVIEW = 'npm run review';

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
  const { t } = useCommonMessages();
  return (
    <button type="button" className={primary ? 'button button-primary' : 'button'} onClick={onRetry} disabled={retrying}>
      {retrying ? t('actions.retrying') : t('actions.retry')}
    </button>
  );
}

function CloseFileButton({ onCloseFile }: { onCloseFile: (() => void) | undefined }) {
  const { t } = useCommonMessages();
  if (!onCloseFile) return null;
  return <button type="button" className="button" onClick={onCloseFile}>{t('actions.closeThisFile')}</button>;
}

function Screen({ title, heading, children }: { title: string; heading: string; children: ReactNode }) {
  const { t } = useCommonMessages();
  return (
    <section className="error-screen" aria-labelledby="data-error-title">
      <title>{t('pageTitle', { page: title })}</title>
      <h1 id="data-error-title">{heading}</h1>
      {children}
    </section>
  );
}

function SourceLine({ source }: { source: string }) {
  const { t } = useCommonMessages();
  return (
    <p>
      {t('dataError.source')} <span className="source">{source}</span>
    </p>
  );
}

const isNotJson = (error: DatasetLoadError) =>
  error.errors.length === 1 && error.errors[0]!.path === '(document)' && error.errors[0]!.message.startsWith('not valid JSON');

/** "25 problems were found in its structure; the first 20 are listed." */
function problemCount(t: ReturnType<typeof useCommonMessages>['t'], count: number): string {
  const n = formatCount(count);
  return count > SHOWN ? t('dataError.invalid.foundFirst', { n, shown: formatCount(SHOWN) }) : t('dataError.invalid.found', { count, n });
}

/**
 * The document arrived but is not a valid dataset: the problems, path by path.
 * The problems themselves are the validator's, in English (as the command line prints them).
 */
function InvalidScreen({ error, onRetry, retrying, onCloseFile }: Omit<Props, 'error' | 'source'> & { error: DatasetLoadError }) {
  const { t } = useCommonMessages();
  const shown = error.errors.slice(0, SHOWN);
  const fromUrl = onCloseFile === undefined;
  const notJson = isNotJson(error);
  return (
    <Screen title={t('dataError.invalid.title')} heading={t('dataError.invalid.heading')}>
      <SourceLine source={error.source} />
      {notJson ? (
        <p>
          {t('dataError.invalid.notJson')}
          {fromUrl && ` ${t('dataError.invalid.retryReloads')}`}
        </p>
      ) : (
        <p>{problemCount(t, error.errors.length)}</p>
      )}
      {error.hint === 'htmlPage' && <p className="notice" role="note">{t('dataError.htmlPage')}</p>}
      <ol className="problem-list" aria-label={t('dataError.problems')}>
        {shown.map((e, i) => (
          <li key={i} lang="en"><code>{e.path}</code>: {e.message}</li>
        ))}
      </ol>
      <h2>{t('dataError.whatToDo')}</h2>
      <ul>
        <li>{notJson ? t('dataError.invalid.fixJson') : t('dataError.invalid.fixFields')}</li>
        <li>
          <Sentence k="dataError.checkSchema" parts={{ schema: <a href={`${import.meta.env.BASE_URL}${SCHEMA_FILE}`}>{SCHEMA_FILE}</a> }} />
        </li>
        <li>{t('dataError.openAnother')}</li>
      </ul>
      <div className="actions">
        {fromUrl && <RetryButton onRetry={onRetry} retrying={retrying ?? false} />}
        <OpenFileButton className={fromUrl ? 'button' : 'button button-primary'} />
        <CloseFileButton onCloseFile={onCloseFile} />
      </div>
    </Screen>
  );
}

/** A file in a format version this dashboard does not know: refused whole. */
function NewerVersionScreen({ error, onCloseFile }: { error: DatasetLoadError; onCloseFile?: (() => void) | undefined }) {
  const { t } = useCommonMessages();
  return (
    <Screen title={t('dataError.newer.title')} heading={t('dataError.newer.heading')}>
      <SourceLine source={error.source} />
      <p>
        <Sentence k="dataError.newer.reason" parts={{ field: <code>{VERSION_FIELD}</code>, reason: <>{error.reason}</> }} />
      </p>
      <p>{t('dataError.newer.nothingRead')}</p>
      <div className="actions">
        <OpenFileButton className="button button-primary" />
        <CloseFileButton onCloseFile={onCloseFile} />
      </div>
    </Screen>
  );
}

/** Over the size limit: refused before it was read. */
function TooLargeScreen({ error, onCloseFile }: { error: DatasetLoadError; onCloseFile?: (() => void) | undefined }) {
  const { t } = useCommonMessages();
  return (
    <Screen title={t('dataError.tooLarge.title')} heading={t('dataError.tooLarge.heading')}>
      <SourceLine source={error.source} />
      <p className="error-reason">{error.reason}</p>
      <p>
        <Sentence k="dataError.tooLarge.explained" parts={{ validate: <code>{CLI_VALIDATE}</code>, review: <code>{CLI_REVIEW}</code> }} />
      </p>
      <div className="actions">
        <OpenFileButton className="button button-primary" />
        <CloseFileButton onCloseFile={onCloseFile} />
      </div>
    </Screen>
  );
}

/** What to do after a fetch failure, by kind. */
function advice(error: DatasetLoadError | null): CommonKey {
  if (error === null) return 'dataError.advice.connection';
  if (error.kind === 'timeout') return 'dataError.advice.timeout';
  if (error.kind === 'readingStopped') return 'dataError.advice.stopped';
  if (error.kind === 'http' && (error.status === 404 || error.status === 410)) return 'dataError.advice.missing';
  if (error.kind === 'http' && error.status !== null && error.status >= 500) return 'dataError.advice.serverFault';
  if (error.kind === 'http') return 'dataError.advice.refused';
  return 'dataError.advice.connection';
}

/** Why the dataset did not load and what to do; never a stack trace. */
export function DataErrorScreen({ error, source, onRetry, retrying = false, onCloseFile }: Props) {
  const { t } = useCommonMessages();
  const known = isDatasetLoadError(error) ? error : null;
  if (known?.kind === 'invalid') return <InvalidScreen error={known} onRetry={onRetry} retrying={retrying} onCloseFile={onCloseFile} />;
  if (known?.kind === 'newerVersion') return <NewerVersionScreen error={known} onCloseFile={onCloseFile} />;
  if (known?.kind === 'tooLarge') return <TooLargeScreen error={known} onCloseFile={onCloseFile} />;

  const reason = known ? known.reason : error instanceof Error ? error.message : String(error);
  const from = known ? known.source : source;
  return (
    <Screen
      title={t(known?.kind === 'readingStopped' ? 'dataError.stopped.title' : 'dataError.fetch.title')}
      heading={t(known?.kind === 'readingStopped' ? 'dataError.stopped.heading' : 'dataError.fetch.heading')}
    >
      <p>
        <Sentence
          k="dataError.fetch.failed"
          parts={{ place: <span className="source">{from}</span>, reason: <span className="error-reason">{reason}</span> }}
        />
      </p>
      <p>{t(advice(known))}</p>
      {known?.transient && <p>{t('dataError.fetch.noCopy')}</p>}
      <div className="actions">
        <RetryButton onRetry={onRetry} retrying={retrying} />
        <OpenFileButton />
        <CloseFileButton onCloseFile={onCloseFile} />
      </div>
    </Screen>
  );
}
