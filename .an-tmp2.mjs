import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
const [file] = process.argv.slice(2);
const html = new TextDecoder('utf-8').decode(gunzipSync(readFileSync(file)));
const w = new Window({ url: 'https://www.ebay.de/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
w.document.write(html);
const cards = [...w.document.querySelectorAll('li.s-item')];
const ids = new Map();
for (const c of cards) {
  const href = c.querySelector('a.s-item__link')?.getAttribute('href') ?? '';
  const id = /\/itm\/(?:[^/?]*\/)?(\d+)/.exec(href)?.[1];
  const inCarousel = !!c.closest('.srp-items-carousel__list');
  const t = c.querySelector('.s-item__title')?.textContent.trim().replace(/\s+/g,' ').slice(0,60);
  const p = c.querySelector('.s-item__price')?.textContent.trim();
  console.log(id, inCarousel ? 'CAR' : '   ', p, '|', t, '|', href.slice(0,60));
  ids.set(id, (ids.get(id) ?? 0) + 1);
}
console.log('unique', ids.size, [...ids].filter(([,n])=>n>1));
