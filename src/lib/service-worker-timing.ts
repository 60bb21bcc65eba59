/**
 * When the offline app shell starts: after the page's load event, a pause
 * long enough for the first view's data and drawing on a slow connection,
 * and then an idle moment. Nothing the first view needs waits on it.
 */
const PAUSE_MS = 2000;
const IDLE_TIMEOUT_MS = 2000;

export function whenSettled(then: () => void): void {
  const idle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => then(), { timeout: IDLE_TIMEOUT_MS });
    else then();
  };
  const afterLoad = () => setTimeout(idle, PAUSE_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
