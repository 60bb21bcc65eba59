import './lib/zod-setup';
import { startLoadingView } from './app/view-chunks';
import { buildEnv, resolveUrlSource } from './lib/data-source';
import { preloadDataset } from './lib/dataset-preload';
import { nextTask } from './lib/idle';
import './styles.css';

/*
 * The page's entry: small, and importing nothing of React or the other libraries, so it runs
 * as soon as it arrives and sets the first visit's requests going side by side — the app
 * (index.html preloads it and its libraries), the dataset and the code of the view asked
 * for — rather than one after the other (docs/performance.md, "The first visit").
 */
preloadDataset(resolveUrlSource(window.location.search, buildEnv).url);
startLoadingView(window.location.pathname, import.meta.env.BASE_URL);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The libraries are evaluated first, in a task of their own, and the app in the next: together
// they were one long task on a slow machine. (Both are requested at once: index.html preloads them.)
void import('react-dom/client')
  .then(nextTask)
  .then(() => import('./app/start'))
  .then(({ startApp }) => startApp(root));
