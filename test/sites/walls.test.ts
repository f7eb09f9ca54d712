import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { isBlockedPage } from '../../utils/sites/walls';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

describe('isBlockedPage', () => {
  describe('saved walls', () => {
    it('eBay "Pardon Our Interruption..." bot challenge', () => {
      const name = 'ebay/ebay-bot-challenge-pardon-our-interruption.html';
      expect(loadFixture(name)).toContain('<title>Pardon Our Interruption...</title>');
      expect(isBlockedPage(fixtureDocument(name, 'https://www.ebay.com/sch/i.html?_nkw=pokemon'))).toBe(true);
    });

    it("Shopee BR login wall (the title is the shop's own)", () => {
      const name = 'shopee/shopee-br-login-wall-2026.html';
      const html = loadFixture(name);
      expect(html).toContain('<title>Shopee Brasil | Ofertas incríveis. Melhores preços do mercado</title>');
      expect(html).toContain(
        'Página indisponível</div><div class="ldaYrn">Parece que você ainda não está logado.',
      );
      expect(isBlockedPage(fixtureDocument(name, 'https://shopee.com.br/search?keyword=celular'))).toBe(true);
    });

    it('Avito "Доступ ограничен: проблема с IP" block page', () => {
      const name = 'avito/avito-ip-block-page-2026.html';
      expect(loadFixture(name)).toContain('<title>Доступ ограничен: проблема с IP</title>');
      expect(isBlockedPage(fixtureDocument(name, 'https://www.avito.ru/moskva/kvartiry'))).toBe(true);
    });
  });

  describe('saved normal pages', () => {
    it.each([
      [
        'craigslist/craigslist-manchester-item-washing-machine.html',
        'https://manchester.craigslist.org/app/d/salford-indesit-washing-machine-6kg/7235216655.html',
      ],
      [
        'kleinanzeigen/kleinanzeigen-de-ad-bmw-r100gs-2025.html',
        'https://www.kleinanzeigen.de/s-anzeige/bmw-r-100-gs-35-mm-tiefer/3065504213-305-2050',
      ],
      [
        'leboncoin/leboncoin-search-voitures-toyota-camry-2024.html',
        'https://www.leboncoin.fr/f/voitures/brand--Toyota/model--Camry',
      ],
      [
        'facebook-marketplace/fb-marketplace-search-electric-guitar-philadelphia-2026.html',
        'https://www.facebook.com/marketplace/philadelphia/search/?query=electric%20guitar',
      ],
      [
        'depop/depop-search-champion-reverse-weave-2025-rendered.html',
        'https://www.depop.com/search/?q=champion%20reverse%20weave',
      ],
      [
        'gumtree/gumtree-pl-wroclaw-rooms-search-2018.html',
        'https://www.gumtree.pl/s-nieruchomosci/wroclaw/v1c2l3200114p1',
      ],
      [
        'ebay/ebay-com-search-pokemon-2026-s-card.html',
        'https://www.ebay.com/sch/i.html?_nkw=pokemon&_sop=12',
      ],
      [
        'amazon/amazon-com-dp-B0CD1DZ6RD-2026.html',
        'https://www.amazon.com/Skullcandy-Canceling-Headphones-Microphone-Bluetooth/dp/B0CD1DZ6RD',
      ],
      [
        'mercari-jp/jp-search-nintendo-switch-2025-rendered.html',
        'https://jp.mercari.com/search?keyword=nintendo%20switch',
      ],
    ])('%s is not a wall', (name, url) => {
      expect(isBlockedPage(fixtureDocument(name, url))).toBe(false);
    });
  });

  describe('other walls (HAND-WRITTEN snippets of their known markers)', () => {
    const blocked = (html: string, url = 'https://example.com/') =>
      isBlockedPage(documentFromHtml(html, url));

    it('Cloudflare challenge and block pages', () => {
      expect(blocked('<html><head><title>Just a moment...</title></head><body></body></html>')).toBe(true);
      expect(blocked('<title>Attention Required! | Cloudflare</title>')).toBe(true);
      expect(
        blocked(
          '<title>example.com</title><body><form id="challenge-form" action="/?__cf_chl_f_tk=x"></form>',
        ),
      ).toBe(true);
    });

    it('Amazon captcha (shop title kept)', () => {
      expect(
        blocked(
          '<title>Amazon.com</title><body><h4>Enter the characters you see below</h4><form method="get" action="/errors/validateCaptcha"></form>',
        ),
      ).toBe(true);
      expect(blocked('<title>Robot Check</title>')).toBe(true);
    });

    it('PerimeterX and DataDome captchas', () => {
      expect(
        blocked('<title>Access to this page has been denied</title><body><div id="px-captcha"></div>'),
      ).toBe(true);
      expect(
        blocked(
          '<title>leboncoin.fr</title><body><iframe src="https://geo.captcha-delivery.com/captcha/?initialCid=x"></iframe>',
        ),
      ).toBe(true);
    });

    it('Shopee login redirect', () => {
      expect(
        blocked(
          '<head><meta name="shopee:version" content="x"></head><body><div id="main"></div>',
          'https://shopee.com.br/buyer/login?next=x',
        ),
      ).toBe(true);
    });

    it('leaves ordinary pages alone', () => {
      expect(blocked('<title>Just a moment... of silence — vinyl LP | eBay</title>')).toBe(false);
      expect(blocked('<title>Access Denied (Blu-ray) | eBay</title>')).toBe(false);
      // DataDome's tag script on normal pages is not its captcha.
      expect(blocked('<title>Shop</title><script src="https://js.datadome.co/tags.js"></script>')).toBe(
        false,
      );
      expect(
        blocked(
          '<head><meta name="shopee:version" content="x"><title>Shopee</title></head><body><div id="main">Celular</div>',
        ),
      ).toBe(false);
      expect(blocked('')).toBe(false);
    });
  });
});
