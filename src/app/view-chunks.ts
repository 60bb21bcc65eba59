/**
 * The views' code: one chunk per view, fetched once, whoever asks first — the
 * page's entry (`startLoadingView`, before React or the router have arrived)
 * or the route's render (router.tsx). Nothing here imports React, so the
 * entry can ask for the view's chunk while the libraries are still on their
 * way (docs/performance.md, "The first visit").
 */

/** A view's code could not be fetched (offline, or a new release replaced it): the error boundary words it for people. */
export class ViewCodeError extends Error {
  constructor(cause: unknown) {
    super('view code could not be loaded', { cause });
    this.name = 'ViewCodeError';
  }
}

export interface ViewChunk<C> {
  /** Starts the request if it is not under way or done; a failed request is tried again on the next call. */
  start(): Promise<{ default: C }>;
}

function viewChunk<C>(load: () => Promise<C>): ViewChunk<C> {
  let loading: Promise<{ default: C }> | null = null;
  const start = () => {
    loading ??= load().then(
      (View) => ({ default: View }),
      (cause: unknown) => {
        loading = null;
        throw new ViewCodeError(cause);
      },
    );
    return loading;
  };
  return { start };
}

export const viewChunks = {
  map: viewChunk(async () => (await import('../features/map/MapView')).MapView),
  notifications: viewChunk(async () => (await import('../features/notifications/NotificationsView')).NotificationsView),
  review: viewChunk(async () => (await import('../features/review/ReviewView')).ReviewView),
  quality: viewChunk(async () => (await import('../features/quality/QualityView')).QualityView),
  present: viewChunk(async () => (await import('../features/present/PresentView')).PresentView),
};

export type ViewName = keyof typeof viewChunks;

const isViewName = (name: string): name is ViewName => Object.hasOwn(viewChunks, name);

/**
 * The view a path opens: its first segment under the app's base (`/review/2021-Q3` → review).
 * The router's table (router.tsx) has one route per view, named so; a path it would not
 * match (`/review/a/b`) at worst fetches a chunk early.
 */
export function viewOfPath(pathname: string, basename: string): ViewName | null {
  const base = basename.endsWith('/') ? basename : `${basename}/`;
  if (!pathname.startsWith(base)) return null;
  const [first = ''] = pathname.slice(base.length).split('/');
  return isViewName(first) ? first : null;
}

/** Starts fetching the code of the view at `pathname`; a failure shows when the view renders. */
export function startLoadingView(pathname: string, basename: string): void {
  const name = viewOfPath(pathname, basename);
  if (name !== null) void viewChunks[name].start().catch(() => undefined);
}
