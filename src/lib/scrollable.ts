/**
 * A table wider than its box scrolls sideways; keyboard users must be able to
 * reach it to scroll it (WCAG 2.1.1, axe's scrollable-region-focusable). This
 * ref callback makes the box a named, focusable region only while it
 * overflows, so tables that fit add no extra tab stop.
 *
 * Usage: `<div className="table-wrap" ref={scrollable}>…<table><caption>…`
 */
export function scrollable(box: HTMLElement | null): (() => void) | void {
  if (!box || typeof ResizeObserver === 'undefined') return;
  const update = () => {
    const overflows = box.scrollWidth > box.clientWidth + 1;
    if (overflows === box.hasAttribute('tabindex')) return;
    if (overflows) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      // Named after the table's caption, which screen readers already announce.
      const caption = box.querySelector('caption')?.textContent?.trim();
      if (caption) box.setAttribute('aria-label', caption);
    } else {
      for (const name of ['tabindex', 'role', 'aria-label']) box.removeAttribute(name);
    }
  };
  // The observer calls back once at first, after layout: measuring here instead would force a layout
  // per table while a view renders (tens of milliseconds on a long review).
  const observer = new ResizeObserver(update);
  observer.observe(box);
  const table = box.firstElementChild;
  if (table) observer.observe(table);
  return () => observer.disconnect();
}
