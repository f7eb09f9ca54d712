import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
const [file, id] = process.argv.slice(2);
const html = new TextDecoder('utf-8').decode(gunzipSync(readFileSync(file)));
const w = new Window({ url: 'https://www.ebay.com/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
w.document.write(html);
const a = w.document.querySelector(`a[href*="itm/${id}"]`);
let e = a; const chain=[];
while (e && e.tagName !== 'BODY') { chain.push(e.tagName + '.' + String(e.className).split(' ').slice(0,2).join('.') + (e.id?'#'+e.id:'')); e = e.parentElement; }
console.log(chain.join(' < '));
let sec = a.closest('section, [class*=carousel]')?.parentElement?.parentElement;
console.log(sec?.textContent.replace(/\s+/g,' ').slice(0,400));
const li = a.closest('li');
console.log('LI:', li?.textContent.replace(/\s+/g,' ').slice(0,300));
