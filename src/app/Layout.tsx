import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { FileDropZone } from '../components/FileDropZone';
import { HeaderSettings } from '../components/HeaderSettings';
import { LocalChangesControls } from '../components/LocalChangesControls';
import { OfflineStatus } from '../components/OfflineBanner';
import { OpenFileButton } from '../components/OpenFileButton';
import { useCommonMessages } from '../components/messages';
import { SyntheticBadge } from '../components/SyntheticBadge';
import type { DataSource } from '../lib/data-source';
import { formatCount, formatDate } from '../lib/format';
import { LocalChangesProvider, useLocalChanges } from '../lib/local-changes';
import { useOpenedFile } from '../lib/opened-file';
import { useDataSearch } from '../lib/url-state';
import { useDatasetQuery } from '../lib/use-dataset';
import { ErrorBoundary } from './ErrorBoundary';
import { viewOfPath } from './view-chunks';

export const PRODUCT_NAME = 'KP CAR Monitor';

const NAV = [
  { to: '/map', label: 'nav.map' },
  { to: '/notifications', label: 'nav.notifications' },
  { to: '/review', label: 'nav.review' },
  { to: '/quality', label: 'nav.quality' },
  { to: '/present', label: 'nav.present' },
] as const;

/** "Data from file survey.json", "Data from the embedded sample", "Data from https://…". */
function useDataFrom() {
  const { t } = useCommonMessages();
  return (source: DataSource) => {
    if (source.kind === 'file') return t('header.fromFile', { name: source.file.name });
    if (source.origin === 'sample') return t('header.fromSample');
    return t('header.fromUrl', { url: source.url });
  };
}

function DatasetSummary() {
  const { t } = useCommonMessages();
  const dataFrom = useDataFrom();
  const { data } = useDatasetQuery();
  const { source, closeFile } = useOpenedFile();
  // Empty while loading, but there: it keeps the summary's room (styles.css), so nothing below moves when it fills.
  if (!data) return <div className="dataset-summary" />;
  const { dataset, asOf } = data;
  return (
    <div className="dataset-summary">
      <span className="dataset-title">{dataset.meta.title}</span>
      <span className="dataset-asof">{t('header.asOf', { date: formatDate(asOf) })}</span>
      {dataset.meta.synthetic && <SyntheticBadge />}
      <span className="dataset-source">
        {dataFrom(data.source)}
        {data.offline && <> {t('header.offlineCopy')}</>}
        {source && (
          <button type="button" className="link-button" onClick={closeFile}>
            {t('header.closeFile')}
          </button>
        )}
      </span>
    </div>
  );
}

function MainNav() {
  const { t } = useCommonMessages();
  const search = useDataSearch();
  const { data } = useDatasetQuery();
  // Counted on the dataset with this browser's local changes, as the views show it.
  const { merged } = useLocalChanges();
  const issues = (merged ?? data)?.quality.length;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {NAV.map(({ to, label }) => {
          const counted = to === '/quality' && issues !== undefined;
          return (
            <li key={to}>
              {/* The name starts with the text as seen, "Data quality 2", then says what the number counts. */}
              <NavLink
                to={{ pathname: to, search }}
                aria-label={counted ? t('nav.qualityCount', { count: issues, n: formatCount(issues) }) : undefined}
              >
                {t(label)}
                {counted && (
                  <>
                    {' '}
                    <span className={issues > 0 ? 'nav-count nav-count-warn' : 'nav-count'}>{formatCount(issues)}</span>
                  </>
                )}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * Until the local changes are read (just after the dataset), their controls are not shown: an
 * invisible "Export dataset" holds their room meanwhile, so the header does not grow when they come.
 */
function LocalChangesRoom() {
  const { t } = useCommonMessages();
  const { merged } = useLocalChanges();
  const { isError } = useDatasetQuery();
  if (merged !== null || isError) return <LocalChangesControls />;
  return (
    <div className="local-changes local-changes-room" aria-hidden="true">
      <span className="button">{t('localChanges.export')}</span>
    </div>
  );
}

export function Layout() {
  const { t } = useCommonMessages();
  const search = useDataSearch();
  const { pathname } = useLocation();
  return (
    <LocalChangesProvider>
      <FileDropZone>
        <a className="skip-link" href="#main">{t('skipLink')}</a>
        <header className="site-header">
          <div className="header-row">
            <Link className="product-name" to={{ pathname: '/map', search }}>
              <span aria-hidden="true" className="product-glyph">◆</span> {PRODUCT_NAME}
            </Link>
            <DatasetSummary />
            <div className="header-actions">
              <LocalChangesRoom />
              <OpenFileButton />
              <HeaderSettings />
            </div>
          </div>
          <MainNav />
        </header>
        <main id="main" tabIndex={-1}>
          <OfflineStatus />
          {/*
            A new view starts with a clean boundary. Within one (/review/2021-Q3 to /review/2021-Q4)
            the view stays mounted, so it can update in place, and a new address clears an error.
          */}
          <ErrorBoundary key={viewOfPath(pathname, '/') ?? pathname} resetKey={pathname}>
            <Outlet />
          </ErrorBoundary>
        </main>
      </FileDropZone>
    </LocalChangesProvider>
  );
}
