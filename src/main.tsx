import './lib/zod-setup';
import { startLoadingView } from './app/view-chunks';
import { buildEnv, resolveUrlSource } from './lib/data-source';
import { preloadDataset } from './lib/dataset-preload';
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
void import('./app/start').then(({ startApp }) => startApp(root));
