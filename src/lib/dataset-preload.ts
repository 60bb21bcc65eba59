/**
 * Asks the browser for the dataset as soon as the page's entry runs, before the loader
 * (dataset-query.ts) and the libraries it needs have arrived. The loader's own request,
 * made the same way (a CORS GET without credentials), then takes this answer instead of
 * asking again (the browser's preload cache), with its limits and checks unchanged.
 */
export function preloadDataset(url: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url;
  document.head.append(link);
}
