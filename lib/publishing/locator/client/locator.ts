// The public locator's only script on load (/l/assets/locator.js, a module of a few hundred
// bytes): it shows the map when there is room beside the list or when asked for on a phone, and
// inside an embed it tells the page around the frame how tall the locator is. The map's code
// (Leaflet and the clustering) is loaded only then, from locator-map.js beside this file.

const box = document.getElementById('locator-map-box');
const container = document.getElementById('locator-map');
const toggle = document.querySelector<HTMLButtonElement>('.map-toggle');
let mapRequested = false;

function showMap() {
  if (mapRequested || !container) return;
  mapRequested = true;
  container.textContent = container.dataset.loading ?? '';
  const source = new URL('./locator-map.js', import.meta.url).href;
  import(/* @vite-ignore */ source)
    .then((module: { showLocatorMap: (element: HTMLElement) => Promise<void> }) =>
      module.showLocatorMap(container),
    )
    .catch(() => {
      container.textContent = container.dataset.failed ?? '';
    });
}

toggle?.addEventListener('click', () => {
  const shown = box?.classList.toggle('shown') ?? false;
  toggle.setAttribute('aria-expanded', String(shown));
  toggle.textContent = (shown ? toggle.dataset.hide : toggle.dataset.show) ?? '';
  if (shown) showMap();
});

// Wide screens have the map beside the list (the stylesheet shows its box from 900 px on).
if (box && window.matchMedia('(min-width: 900px)').matches) showMap();

// Inside a frame (the embed snippet): the height, so the page around shows the locator whole.
if (window.parent !== window) {
  // The content's own height: the document's would never be less than the frame's, so the frame
  // could only grow.
  const report = () =>
    window.parent.postMessage(
      { type: 'ortsbild-locator:height', height: Math.ceil(document.body.getBoundingClientRect().height) },
      '*',
    );
  new ResizeObserver(report).observe(document.body);
  report();
}
