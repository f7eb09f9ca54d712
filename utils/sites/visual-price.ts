/**
 * The visual price reader's decision, pure: given the prices a live page shows, measured
 * (visual-measure.ts), which one is the product's main price, or none when that is not clear.
 *
 * A price counts only when it is not crossed out, not in the page's chrome (header, footer, nav)
 * or among other products (related, recommended, carousels), not the title's own text, and not
 * labelled as something else by the words around it: an old price, a unit price, an instalment, a
 * shipping cost, a saving or coupon, a conversion, a threshold ("orders over $50"). Of those:
 *
 * 1. The ring nearest the heading: the prices inside the smallest block that holds both the
 *    heading (the product's h1) and a price. The main price sits by the title in the page's
 *    structure, whatever the style sheet does with it; other products' prices sit further out.
 * 2. When that ring shows one amount, it is the price; when it shows several, the one set clearly
 *    larger than the others (font size) is, else (up to three amounts) the one shown clearly
 *    nearest the heading; otherwise nothing is. More than six amounts there make a list: nothing.
 * 3. Nothing either when another eligible price elsewhere on the page is set clearly larger than
 *    the pick (a big price the structure does not explain).
 * Without a heading, only a price set clearly larger than every other one, in the first screen,
 * is taken.
 *
 * Precision first: a wrong price poisons the comps, a missing one only loses a data point.
 */

/** A rectangle in page coordinates (CSS px from the top left of the document). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A price the page shows, as measured in the live page (visual-measure.ts). */
export interface PriceCandidate {
  /** The element's text, whitespace collapsed: "$349.99", "¥ 149.00 - 159.00". */
  text: string;
  amount: number;
  /** Upper end when the text is a range ("€ 97,39 - 128,72"). */
  max?: number;
  currency: string | null;
  /** Computed font size of the digits, px. */
  fontSize: number;
  box: Box;
  /** Crossed out: <s>, <del>, <strike>, text-decoration line-through, or an old-price class name. */
  struck: boolean;
  /** Set when the price sits in the page's chrome or among other products ('header', 'nav', 'other products') or is the title's own text ('title'). */
  area?: string;
  /** Inside a link (<a href>): a card or a filter pointing to another page. */
  link: boolean;
  /** Up to 40 characters of the page's text just before and just after the price's element. */
  before: string;
  after: string;
  /**
   * Depth (from the root) of the nearest element holding both this price and the heading; -1
   * without a heading. Prices with a larger value sit in a smaller block around the heading.
   */
  ring: number;
}

export interface VisualPage {
  viewport: { width: number; height: number };
  /** The product's title element (an h1 or h2 matching the page title), when there is one. */
  heading: { box: Box; text: string } | null;
  candidates: PriceCandidate[];
}

export interface MainPrice {
  amount: number;
  max?: number;
  currency: string;
}

/** How much larger (font size) the main price must be than a different one to settle a tie. */
const LARGER = 1.2;
/** How much nearer the heading the main price must be than a different one to settle a tie. */
const NEARER = 0.5;
/** More different amounts than this around the heading make a list, not one product. */
const MAX_RING_AMOUNTS = 6;
/** How much larger another price must be to put the pick in doubt. */
const MUCH_LARGER = 1.3;

// Words that make a price something else. `before` is matched at its end, `after` at its start.
const OLD =
  /(\b(was|list\s*price|list|rrp|msrp|uvp|statt|original(\s*price)?|regular(\s*price)?|reg\.|compare\s*at|previously|antes|avant|prix\s*barré|zuvor|vorher)|定価|参考価格|通常価格|希望小売価格|建議售價|建议售价|原價|原价|市場價|市价|專櫃價|定價)\s*[:：]?\s*$/i;
/** An auction's opening price, not what the item goes for now. */
const START =
  /(\b(starting\s*bid|start(ing)?\s*price|opening\s*bid|startpreis|startgebot|prix\s*de\s*départ|precio\s*(inicial|de\s*salida))|開始価格|起標價|起标价|底價)\s*[:：]?\s*$/i;
const UNIT_AFTER = /^\s*(\/|per\b|pro\b|je\b|each\b|ea\b|a\s+(kg|piece|unit)\b)/i;
const UNIT =
  /\/\s*(kg|g|lb|oz|l|ml|cl|m|m2|m²|ft|pc|pcs|piece|unit|stk|stück|each|100\s*(g|ml))\b|(unit\s*price|price\s*per|prix\s*(au|par)|grundpreis|precio\s*(unitario|por)|単価|单价|單價)\s*[:：]?\s*$/i;
const INSTALMENT_WORDS =
  '\\b(?:\\d+\\s*(?:x|×)|\\d+\\s*(?:cuotas|parcelas|installments?|instalments?|payments?|rate|raten|mensualidades|meses|months?|mois|monate)|cuotas|parcelas|per\\s*month|a\\s*month|monthly|mensual(?:es)?|monatlich|klarna|afterpay|affirm|sezzle|interest[-\\s]free|zinsfrei|sin\\s*inter[eé]s|financ\\w*|months\\s*to\\s*pay)\\b|每期|分期|月々|分割|毎月';
/** "6 cuotas de $11.915", "or 4 payments of $12.50", "每期$98", "$16.99/month", "$20 x 12". */
const INSTALMENT_BEFORE = new RegExp(`(${INSTALMENT_WORDS})\\s*(of|de|von|à|da|:|：)?\\s*$`, 'i');
const INSTALMENT_OWN = new RegExp(`${INSTALMENT_WORDS}|\\/\\s*(mo|month|mes|monat|mois)\\b`, 'i');
const INSTALMENT_AFTER =
  /^\s*(\/\s*(mo|month|mes|monat|mois)\b|(x|×)\s*\d|(per|a)\s*month|monthly|mensual|monatlich|\s*por\s*mes)/i;
const SHIPPING_WORD =
  'shipping|ship|postage|delivery|p&p|versand(?:kosten)?|envío|envio|frete|livraison|spedizione|porto|送料|運費|运费|配送料';
const SHIPPING_BEFORE = new RegExp(`(${SHIPPING_WORD})\\s*(cost|fee)?\\s*[:：]?\\s*\\+?\\s*$`, 'i');
const SHIPPING_AFTER = new RegExp(`^\\s*(${SHIPPING_WORD})`, 'i');
/** In the price's own text: "+$5.99 shipping", "P&P: + £8.37", "送料 ¥700" (not "送料込み", "free shipping"). */
const SHIPPING_OWN = new RegExp(
  `^\\s*\\+|(?<!free\\s|kostenlose?r?\\s|gratis\\s)(${SHIPPING_WORD})(?!込|無料|無し)\\s*[:：]?\\s*\\+?\\s*[^\\s\\d()（）]{0,4}\\s*\\d|\\d[\\d.,]*\\s*[^\\s\\d()（）]{0,4}\\s+(${SHIPPING_WORD})\\b`,
  'i',
);
const SAVING_WORDS =
  '\\b(?:save|saving|savings|you\\s*save|sparen|sie\\s*sparen|ersparnis|économisez|economisez|ahorra|ahorro|risparmi|economize|rabatt|discount|descuento|coupon|cup[oó]n|gutschein|voucher|credit|reward|cashback|rebate|points?|bonus|gift\\s*card)\\b|ポイント|クーポン|割引|値引|実質|實質|实质|优惠券|優惠券|折價券|省下|立減|立减|現折|现折|קופון|הנחה';
/** A saving or coupon: its label right before the amount, or in the amount's own text ("Save $20", "20% off"). */
const SAVING_BEFORE = new RegExp(`(${SAVING_WORDS})\\s*[:：]?\\s*$`, 'i');
const SAVING_OWN = new RegExp(`${SAVING_WORDS}|\\boff\\b`, 'i');
const CONVERSION = /approx|≈|\bca\.|environ|ungefähr|circa|aprox|約|约|およそ|=/i;
const THRESHOLD =
  /\b(under|over|below|above|up\s*to|spend|orders?\s*(over|above|from)|min(imum)?\s*order|bis\s*zu|jusqu'?à|hasta)\b|以上|以下|未満|滿|满|↓/i;

/** What the words around a price make it, when not the product's price; undefined when it can be. */
export function roleOf(c: Pick<PriceCandidate, 'text' | 'before' | 'after'>): string | undefined {
  const before = c.before.slice(-24);
  const after = c.after.slice(0, 24);
  const own = c.text;
  // The words of the amount's own text before it: "Was: US $30" → "Was:".
  const label = (own.split(/\d/)[0] ?? '').replace(/[^\p{L}:：]*(\b(US|[A-Z]{1,3}))?[^\p{L}:：]*$/u, '');
  if (OLD.test(before) || OLD.test(label)) return 'old price';
  if (START.test(before) || START.test(label)) return 'start price';
  if (UNIT.test(own) || UNIT.test(before) || UNIT_AFTER.test(after)) return 'unit price';
  if (INSTALMENT_BEFORE.test(before) || INSTALMENT_OWN.test(own) || INSTALMENT_AFTER.test(after))
    return 'instalment';
  if (SHIPPING_BEFORE.test(before) || SHIPPING_OWN.test(own) || SHIPPING_AFTER.test(after)) return 'shipping';
  if (SAVING_BEFORE.test(before) || SAVING_OWN.test(own)) return 'saving';
  if (CONVERSION.test(before.slice(-16)) || CONVERSION.test(own)) return 'conversion';
  if (THRESHOLD.test(before.slice(-12)) || THRESHOLD.test(own)) return 'threshold';
  return undefined;
}

/** Why a candidate cannot be the main price, or undefined. */
export function rejectionOf(c: PriceCandidate): string | undefined {
  if (!c.currency) return 'no currency';
  if (c.struck) return 'struck';
  if (c.area) return c.area;
  // A price inside a link is another page's: a product card, a category, a filter.
  if (c.link) return 'link';
  // A sentence holding a price ("Brandy Melville Hoodie S$12", a review) is not a price label.
  if (c.text.replace(/[\d\s.,'’()（）:：+~〜-]+/g, '').length > 24) return 'long text';
  return roleOf(c);
}

const sameAmount = (a: PriceCandidate, b: PriceCandidate) =>
  Math.abs(a.amount - b.amount) < 0.005 && a.currency === b.currency;

const distinctAmounts = (pool: PriceCandidate[]) =>
  pool.filter((c, i) => pool.findIndex((d) => sameAmount(c, d)) === i).length;

/** The largest font of the candidates showing another amount than `pick`. */
const largestOther = (pool: PriceCandidate[], pick: PriceCandidate) =>
  Math.max(0, ...pool.filter((c) => !sameAmount(c, pick)).map((c) => c.fontSize));

/** The candidate set clearly larger than every other amount in `pool`, if any. */
function clearlyLargest(pool: PriceCandidate[]): PriceCandidate | undefined {
  const top = pool.reduce<PriceCandidate | undefined>(
    (a, c) => (!a || c.fontSize > a.fontSize ? c : a),
    undefined,
  );
  return top && top.fontSize >= LARGER * largestOther(pool, top) ? top : undefined;
}

/**
 * The candidate shown clearly nearest the heading (half the distance of any other amount or less,
 * within a screen of it), if any: the price under the title, not one further down the block.
 */
function clearlyNearest(pool: PriceCandidate[], heading: Box, screen: number): PriceCandidate | undefined {
  const gap = (c: PriceCandidate) => Math.abs(c.box.y - heading.y);
  const sorted = [...pool].sort((a, b) => gap(a) - gap(b));
  const first = sorted[0];
  const other = sorted.find((c) => first && !sameAmount(c, first));
  if (!first || !other) return first;
  return gap(first) <= screen && gap(first) <= NEARER * gap(other) ? first : undefined;
}

/** The page's main price, or null when nothing is clearly it. */
export function pickMainPrice(page: VisualPage): MainPrice | null {
  const eligible = page.candidates.filter((c) => !rejectionOf(c));
  if (!eligible.length) return null;
  let pick: PriceCandidate | undefined;
  const { heading } = page;
  if (heading) {
    const nearest = Math.max(...eligible.map((c) => c.ring));
    const ring = eligible.filter((c) => c.ring === nearest);
    const amounts = distinctAmounts(ring);
    // A ring showing many amounts is a list (search results, a grid of offers), not a product.
    if (amounts > MAX_RING_AMOUNTS) return null;
    pick =
      amounts === 1
        ? ring[0]
        : (clearlyLargest(ring) ??
          (amounts <= 3 ? clearlyNearest(ring, heading.box, page.viewport.height) : undefined));
    if (!pick) return null;
  } else {
    pick = clearlyLargest(eligible);
    if (
      !pick ||
      pick.box.y > page.viewport.height ||
      pick.fontSize < MUCH_LARGER * largestOther(eligible, pick)
    )
      return null;
  }
  if (largestOther(eligible, pick) >= MUCH_LARGER * pick.fontSize) return null;
  const currency = pick.currency as string;
  return pick.max && pick.max > pick.amount
    ? { amount: pick.amount, max: pick.max, currency }
    : { amount: pick.amount, currency };
}
