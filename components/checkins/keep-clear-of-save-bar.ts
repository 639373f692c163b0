/**
 * On phones the check-in's save bar sticks to the bottom of the screen. A field that receives
 * focus while (partly) behind it, e.g. the last one reached with Tab or tapped near the bottom,
 * scrolls up above it. The browser only scrolls a field that is off-screen, and a field behind a
 * sticky bar counts as on-screen, so scroll-margin alone does not help there.
 */
export function keepClearOfSaveBar(field: EventTarget, bar: HTMLElement | null) {
  if (!bar || !(field instanceof HTMLElement) || bar.contains(field) || field.closest('dialog')) return;
  // After the browser's own scrolling for the focus change.
  requestAnimationFrame(() => {
    if (getComputedStyle(bar).position !== 'sticky') return;
    const overlap = field.getBoundingClientRect().bottom - bar.getBoundingClientRect().top;
    if (overlap > 0) window.scrollBy({ top: overlap + 12 });
  });
}
