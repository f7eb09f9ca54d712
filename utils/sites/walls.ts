/**
 * Bot walls and login walls: pages a site serves instead of its content. The content script skips
 * them (an adapter would find nothing on them anyway). Cheap by design: the title, a few ids, one
 * selector query, and on Shopee pages the text of the app root.
 */

/** Titles of challenge/block pages: eBay, Cloudflare, Avito, Amazon (old), Akamai. */
const WALL_TITLE =
  /^(Pardon Our Interruption|Just a moment\.\.\.$|Attention Required! \| Cloudflare|Доступ (временно )?ограничен|Robot Check$|Access Denied$)/i;

/** Element ids only challenge pages have: PerimeterX's captcha box, Cloudflare's challenge. */
const WALL_IDS = ['px-captcha', 'challenge-form', 'challenge-running', 'cf-challenge-running'];

/**
 * Amazon's captcha form (the page keeps the shop's title), DataDome's captcha iframe (captcha-delivery.com;
 * its tag script on normal pages comes from js.datadome.co).
 */
const WALL_SELECTOR = 'form[action*="/errors/validateCaptcha"], iframe[src*="captcha-delivery.com"]';

/** Shopee's login wall: "Página indisponível / Parece que você ainda não está logado" (BR), English too. */
const SHOPEE_WALL = /Página indisponível|ainda não está logado|Page unavailable|you are not logged in/i;

export function isBlockedPage(doc: Document): boolean {
  try {
    if (WALL_TITLE.test((doc.title ?? '').trim())) return true;
    if (WALL_IDS.some((id) => doc.getElementById(id))) return true;
    if (doc.querySelector(WALL_SELECTOR)) return true;
    if (doc.head?.querySelector('meta[name="shopee:version"]')) {
      if (/\/(buyer\/login|verify\/(traffic|captcha))/.test(new URL(doc.URL).pathname)) return true;
      // A wall is a short message in the app root; a real page's root holds far more text.
      const text = doc.getElementById('main')?.textContent ?? '';
      if (text.length < 5000 && SHOPEE_WALL.test(text)) return true;
    }
    return false;
  } catch {
    return false;
  }
}
