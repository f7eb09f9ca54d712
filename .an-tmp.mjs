import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
const [file, sel, titleSel, priceSel] = process.argv.slice(2);
const html = new TextDecoder('utf-8').decode(gunzipSync(readFileSync(file)));
const w = new Window({ url: 'https://www.ebay.com/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
w.document.write(html);
const cards = [...w.document.querySelectorAll(sel)];
console.log('count', cards.length);
for (const c of cards) {
  const t = c.querySelector(titleSel)?.textContent.trim().replace(/\s+/g,' ').slice(0,70);
  const p = c.querySelector(priceSel)?.textContent.trim().replace(/\s+/g,' ');
  const par = c.parentElement; 
  console.log(c.getAttribute('data-listingid') ?? c.id, '|', p, '|', t, '|', par.tagName, par.className.slice(0,40));
}
