import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { buildEnv, resolveUrlSource } from '../lib/data-source';
import { startLoadingAtStartup } from '../lib/dataset-query';
import { localeReady } from '../lib/i18n';
import { nextTask, whenIdle } from '../lib/idle';
import { applyTheme } from '../lib/theme';
import { App } from './App';

/**
 * The app itself, started by the page's entry (main.tsx) once this chunk and the libraries
 * have arrived. The dataset's request is usually under way already (the entry's preload);
 * the loader's request takes its answer.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  // Each step in a task of its own, so that on a slow machine the page stays responsive between
  // them: evaluating this chunk (the task that called this; the libraries had one before it),
  // starting the dataset's reading, then the app's first render (docs/performance.md).
  await nextTask();
  startLoadingAtStartup(resolveUrlSource(window.location.search, buildEnv));

  // Before the first paint, so a dark or high-contrast choice never flashes light.
  applyTheme();

  // A French reader's shell words are a small chunk of their own: wait for them rather than flash English.
  // (If that chunk cannot load, the app still starts, in English.)
  await localeReady().catch(() => undefined);
  await nextTask();
  // In a transition, so React renders the app in slices that let the page paint and take input
  // between them, rather than in one long task (docs/performance.md).
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });

  // The offline app shell (production builds only): the app and its sample keep working without a network.
  // Its code loads once the page is idle, after the first view: on a slow link its requests would
  // otherwise share the bandwidth with the view's code and the dataset (docs/performance.md).
  if (import.meta.env.PROD) {
    whenIdle(() => void import('../components/UpdateNotice').then((shell) => shell.startOfflineAppShell()), 3000);
  }
}
