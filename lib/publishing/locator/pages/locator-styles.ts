// The public locator's whole stylesheet, inlined in each page (one request less on a phone; the
// pages render without Tailwind's build, see locator-document.tsx).

export const locatorStyles = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1c2b33;background:#f6f8f9}
a{color:#0b5563}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid #0b5563;outline-offset:2px}
.wrap{max-width:1200px;margin:0 auto;padding:16px}
.top{display:flex;justify-content:space-between;align-items:baseline;gap:12px;flex-wrap:wrap}
.org{margin:0;font-size:1rem;font-weight:600;color:#41535c}
h1{margin:4px 0 12px;font-size:1.6rem;line-height:1.25}
h2{font-size:1.15rem;margin:24px 0 8px}
.lang{font-size:.9rem}
.search{display:flex;gap:8px;flex-wrap:wrap;align-items:flex-end;margin:0 0 12px}
.search label{display:block;width:100%;font-weight:600}
.search input{flex:1 1 220px;min-width:0;min-height:44px;padding:8px 12px;font:inherit;border:1px solid #6b7c85;border-radius:8px;background:#fff;color:inherit}
.btn{display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:8px 16px;font:inherit;font-weight:600;border-radius:8px;border:1px solid #0b5563;background:#0b5563;color:#fff;text-decoration:none;cursor:pointer}
.btn.quiet{background:#fff;color:#0b5563}
.meta{color:#41535c;margin:0 0 8px}
.layout{display:grid;gap:16px}
.list{list-style:none;margin:0;padding:0;display:grid;gap:12px}
.card{background:#fff;border:1px solid #d5dde1;border-radius:12px;padding:14px 16px}
.card h2,.card h3{margin:0 0 4px;font-size:1.1rem;line-height:1.3}
.card p{margin:2px 0}
.state{font-weight:600;font-size:.95rem}
.state.open{color:#1d6b2f}.state.closed{color:#8a2a12}.state.unknown{color:#6a4a00}
.links{display:flex;flex-wrap:wrap;align-items:center;gap:4px 20px;margin-top:8px}
.links a:not(.btn){display:inline-block;padding:10px 0}
.map-box{display:none}
.map-box.shown{display:block}
#locator-map{height:60vh;min-height:320px;border-radius:12px;border:1px solid #d5dde1;background:#e8eef0}
.map-toggle{margin:0 0 12px}
.pager{display:flex;gap:12px;align-items:center;justify-content:space-between;margin:16px 0}
.hours{width:100%;border-collapse:collapse;background:#fff;border:1px solid #d5dde1;border-radius:12px}
.hours th,.hours td{text-align:left;padding:8px 12px;border-top:1px solid #e4eaed;vertical-align:top}
.hours tr:first-child th,.hours tr:first-child td{border-top:0}
.hours .range{white-space:nowrap}
.hours .note{display:block;font-size:.9rem;color:#6a4a00}
.today th,.today td{background:#eef6f7;font-weight:600}
address{font-style:normal}
.foot{margin:32px 0 8px;color:#41535c;font-size:.85rem}
.skip{position:absolute;left:-9999px}.skip:focus{left:16px;top:16px;background:#fff;padding:8px;z-index:10}
.leaflet-marker-icon.cluster{display:flex;font-size:.9rem;line-height:1;align-items:center;justify-content:center;border-radius:50%;background:#0b5563;color:#fff;font-weight:700;border:3px solid #fff;box-shadow:0 1px 4px rgba(0,0,0,.4)}
@media (min-width:900px){
.layout{grid-template-columns:minmax(0,5fr) minmax(0,7fr);align-items:start}
.map-box{display:block;position:sticky;top:16px;order:2}
.map-toggle{display:none}
#locator-map{height:calc(100vh - 32px)}
}
.embed #locator-map{height:480px}
`
  .trim()
  .replaceAll('\n', '');
