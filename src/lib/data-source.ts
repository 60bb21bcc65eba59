/**
 * Where the dataset comes from, first that applies: a file the person opened,
 * the `?data=<url>` parameter, `VITE_DATA_URL` at build time, else the
 * embedded sample under the app's base URL.
 */
export type UrlOrigin = 'query' | 'build' | 'sample';

export type DataSource =
  | { kind: 'url'; url: string; origin: UrlOrigin }
  | { kind: 'file'; file: File; id: number };

/** The page URL parameter that names a dataset URL. */
export const DATA_PARAM = 'data';

export interface DataEnv {
  VITE_DATA_URL?: string | undefined;
  BASE_URL: string;
}

export function sampleUrl(baseUrl: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}data/sample.json`;
}

/** The URL source for a page search string (`?data=...`) and build settings. */
export function resolveUrlSource(search: string, env: DataEnv): Extract<DataSource, { kind: 'url' }> {
  const fromQuery = new URLSearchParams(search).get(DATA_PARAM)?.trim();
  if (fromQuery) return { kind: 'url', url: fromQuery, origin: 'query' };
  const fromBuild = env.VITE_DATA_URL?.trim();
  if (fromBuild) return { kind: 'url', url: fromBuild, origin: 'build' };
  return { kind: 'url', url: sampleUrl(env.BASE_URL), origin: 'sample' };
}

export const buildEnv: DataEnv = {
  VITE_DATA_URL: import.meta.env.VITE_DATA_URL,
  BASE_URL: import.meta.env.BASE_URL,
};

/** The URL or the file name, as shown to people. */
export function sourceLabel(source: DataSource): string {
  return source.kind === 'file' ? source.file.name : source.url;
}
