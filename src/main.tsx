import './lib/zod-setup';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startLoadingView } from './app/router';
import { buildEnv, resolveUrlSource } from './lib/data-source';
import { startLoadingAtStartup } from './lib/dataset-query';
import { localeReady } from './lib/i18n';
import { applyTheme } from './lib/theme';
import './styles.css';

// The dataset request starts now, alongside the first view's code, not after it (docs/performance.md).
startLoadingAtStartup(resolveUrlSource(window.location.search, buildEnv));
// And so does the code of the view asked for.
startLoadingView(window.location.pathname, import.meta.env.BASE_URL);

// Before the first paint, so a dark or high-contrast choice never flashes light.
applyTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A French reader's shell words are a small chunk of their own: wait for them rather than flash English.
// (If that chunk cannot load, the app still starts, in English.)
// In a transition, so React renders the app in slices that let the page paint and take input
// between them, rather than in one long task (docs/performance.md).
void localeReady().finally(() => {
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
});

// The offline app shell (production builds only): the app and its sample keep working without a network.
// Its code loads beside the first view, not before it.
if (import.meta.env.PROD) void import('./components/UpdateNotice').then((shell) => shell.startOfflineAppShell());
