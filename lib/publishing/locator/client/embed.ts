// The embed script for the business's own site (/l/embed.js):
//   <script src="https://ortsbild.example/l/embed.js" data-ortsbild-locator="<slug>" async></script>
// puts the organisation's locator in a frame right after itself and keeps the frame as tall as the
// locator reports (locator.js posts its height). Only messages from that frame are read. The
// locator answers a frame only on origins its owner listed (Content-Security-Policy
// frame-ancestors); elsewhere the browser shows the frame empty.

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const slug = script?.dataset.ortsbildLocator;
  if (!script || !slug) return;
  const origin = new URL(script.src).origin;
  const frame = document.createElement('iframe');
  const language = script.dataset.lang ? `&lang=${encodeURIComponent(script.dataset.lang)}` : '';
  frame.src = `${origin}/l/${encodeURIComponent(slug)}?embed=1${language}`;
  frame.title = script.dataset.title ?? 'Standorte';
  frame.loading = 'lazy';
  frame.style.cssText = 'display:block;width:100%;height:640px;border:0';
  script.after(frame);
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (data?.type !== 'ortsbild-locator:height' || typeof data.height !== 'number') return;
    frame.style.height = `${Math.min(Math.max(Math.round(data.height), 320), 20_000)}px`;
  });
})();
