/**
 * Makes a real saved product page into one that publishes no structured price data, so the generic
 * reader has to find the price from what the page shows. Removes, and only removes:
 * - every <script> (JSON-LD, embedded state such as __NEXT_DATA__, window.__INITIAL_STATE__, Relay
 *   payloads; scripts never run in the evaluation anyway);
 * - the microdata attributes itemscope / itemtype / itemprop / itemref / itemid (the elements stay,
 *   with their text: a price in <span itemprop="price">$5</span> is still shown as $5);
 * - <meta> price and product tags: og:price:*, product:*, og:type, twitter:data* / twitter:label*,
 *   and <meta itemprop> / <link itemprop> (microdata carried by invisible elements).
 * Nothing visible changes: the layout before and after is the same.
 */
export function stripStructuredData(doc: Document): { scripts: number; microdata: number; meta: number } {
  const removed = { scripts: 0, microdata: 0, meta: 0 };
  for (const script of doc.querySelectorAll('script')) {
    script.remove();
    removed.scripts++;
  }
  for (const el of doc.querySelectorAll(
    'meta[property^="og:price"],meta[property^="product:"],meta[name^="product:"],meta[property="og:type"],' +
      'meta[name^="twitter:data"],meta[name^="twitter:label"],meta[itemprop],link[itemprop]',
  )) {
    el.remove();
    removed.meta++;
  }
  const MICRODATA = ['itemscope', 'itemtype', 'itemprop', 'itemref', 'itemid'];
  for (const el of doc.querySelectorAll('[itemscope],[itemtype],[itemprop],[itemref],[itemid]')) {
    for (const name of MICRODATA) el.removeAttribute(name);
    removed.microdata++;
  }
  return removed;
}
