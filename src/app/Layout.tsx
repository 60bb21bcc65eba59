import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { FileDropZone } from '../components/FileDropZone';
import { HeaderSettings } from '../components/HeaderSettings';
import { LocalChangesControls } from '../components/LocalChangesControls';
import { OpenFileButton } from '../components/OpenFileButton';
import { SyntheticBadge } from '../components/SyntheticBadge';
import { sourceDescription } from '../lib/data-source';
import { formatDate } from '../lib/format';
import { LocalChangesProvider, useLocalChanges } from '../lib/local-changes';
import { useOpenedFile } from '../lib/opened-file';
import { useDataSearch } from '../lib/url-state';
import { useDatasetQuery } from '../lib/use-dataset';
import { ErrorBoundary } from './ErrorBoundary';

export const PRODUCT_NAME = 'KP CAR Monitor';

const NAV = [
  { to: '/map', label: 'Map' },
  { to: '/notifications', label: 'Notifications' },
  { to: '/review', label: 'Quarterly review' },
  { to: '/quality', label: 'Data quality' },
  { to: '/present', label: 'Present' },
] as const;

function DatasetSummary() {
  const { data } = useDatasetQuery();
  const { source, closeFile } = useOpenedFile();
  if (!data) return null;
  const { dataset, asOf } = data;
  return (
    <div className="dataset-summary">
      <span className="dataset-title">{dataset.meta.title}</span>
      <span className="dataset-asof">as of {formatDate(asOf)}</span>
      {dataset.meta.synthetic && <SyntheticBadge />}
      <span className="dataset-source">
        Data from {sourceDescription(data.source)}
        {data.offline && <> (offline copy)</>}
        {source && (
          <button type="button" className="link-button" onClick={closeFile}>
            Close file
          </button>
        )}
      </span>
    </div>
  );
}

function MainNav() {
  const search = useDataSearch();
  const { data } = useDatasetQuery();
  // Counted on the dataset with this browser's local changes, as the views show it.
  const { merged } = useLocalChanges();
  const issues = (merged ?? data)?.quality.length;
  return (
    <nav className="main-nav" aria-label="Views">
      <ul>
        {NAV.map(({ to, label }) => {
          const counted = to === '/quality' && issues !== undefined;
          return (
            <li key={to}>
              {/* The name starts with the text as seen, "Data quality 2", then says what the number counts. */}
              <NavLink
                to={{ pathname: to, search }}
                aria-label={counted ? `${label} ${issues} ${issues === 1 ? 'issue' : 'issues'}` : undefined}
              >
                {label}
                {counted && (
                  <>
                    {' '}
                    <span className={issues > 0 ? 'nav-count nav-count-warn' : 'nav-count'}>{issues}</span>
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

export function Layout() {
  const search = useDataSearch();
  const { pathname } = useLocation();
  return (
    <LocalChangesProvider>
      <FileDropZone>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <div className="header-row">
            <Link className="product-name" to={{ pathname: '/map', search }}>
              <span aria-hidden="true" className="product-glyph">◆</span> {PRODUCT_NAME}
            </Link>
            <DatasetSummary />
            <div className="header-actions">
              <LocalChangesControls />
              <OpenFileButton />
              <HeaderSettings />
            </div>
          </div>
          <MainNav />
        </header>
        <main id="main" tabIndex={-1}>
          {/* A new view starts with a clean boundary. */}
          <ErrorBoundary key={pathname}>
            <Outlet />
          </ErrorBoundary>
        </main>
      </FileDropZone>
    </LocalChangesProvider>
  );
}
