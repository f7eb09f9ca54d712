import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { kleinanzeigen } from '../../utils/sites/kleinanzeigen';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

describe('kleinanzeigen adapter', () => {
  it('claims www.kleinanzeigen.de and tells page kinds', () => {
    expect(kleinanzeigen.claims(new URL('https://www.kleinanzeigen.de/'))).toBe(true);
    expect(kleinanzeigen.claims(new URL('https://www.ebay-kleinanzeigen.de/s-anzeige/x/1-2-3'))).toBe(true);
    expect(kleinanzeigen.claims(new URL('https://www.ebay.de/'))).toBe(false);
    expect(
      kleinanzeigen.pageKind(
        new URL('https://www.kleinanzeigen.de/s-anzeige/bmw-r-100-gs-35-mm-tiefer/3065504213-305-2050'),
      ),
    ).toBe('item');
    expect(kleinanzeigen.pageKind(new URL('https://www.kleinanzeigen.de/s-bmw-r100gs/k0'))).toBe('search');
    expect(kleinanzeigen.pageKind(new URL('https://www.kleinanzeigen.de/s-motorraeder/c305'))).toBe('search');
    expect(kleinanzeigen.pageKind(new URL('https://www.kleinanzeigen.de/m-einloggen.html'))).toBe(null);
  });

  describe('ad page (BMW R 100 GS, 2025)', () => {
    const name = 'kleinanzeigen/kleinanzeigen-de-ad-bmw-r100gs-2025.html';
    const url = new URL(
      'https://www.kleinanzeigen.de/s-anzeige/bmw-r-100-gs-35-mm-tiefer/3065504213-305-2050',
    );
    const listings = kleinanzeigen.extract(fixtureDocument(name, url.href), url);

    it('reads the ad: "5.100 € VB" is 5100 EUR, negotiable (format offer), active', () => {
      const html = loadFixture(name);
      // Read by hand in the page:
      expect(html).toContain(
        '<link rel="canonical" href="https://www.kleinanzeigen.de/s-anzeige/bmw-r-100-gs-35-mm-tiefer/3065504213-305-2050"/>',
      );
      expect(html).toMatch(/id="viewad-price">\s*5\.100 € VB<\/h2>/);
      expect(html).toContain('<meta itemprop="price" content="5100.00"/>');
      expect(html).toContain("adPriceType: 'NEGOTIABLE'");
      // data-soldlabel is on the h1 of this live ad too: not a sold marker by itself.
      expect(html).toContain('data-soldlabel="Verkauft"');
      expect(html).toContain('adExpired:false');
      expect(html).toContain('showDeletedVeil: false');
      // No "Zustand" (condition) line among the details of this motorcycle ad.
      const details = /id="viewad-details">[\s\S]*?id="viewad-description"/.exec(html)?.[0] ?? '';
      expect(details).toContain('Kilometerstand');
      expect(details).not.toContain('Zustand');
      expect(listings).toEqual([
        {
          site: 'kleinanzeigen',
          itemId: '3065504213',
          url: 'https://www.kleinanzeigen.de/s-anzeige/bmw-r-100-gs-35-mm-tiefer/3065504213-305-2050',
          title: 'BMW R 100 GS 35 mm tiefer',
          price: { amount: 5100, currency: 'EUR' },
          format: 'offer',
          status: 'active',
          imageUrl:
            'https://img.kleinanzeigen.de/api/v1/prod-ads/images/25/2555ba0b-1c0c-4609-94cc-b1454d25ee54?rule=$_59.JPG',
        },
      ]);
    });

    it('reads a fixed price, a condition and the sold/reserved marks (HAND-EDITED copy of the page)', () => {
      // HAND-EDITED: the saved page with its price, details and title marks changed.
      const base = loadFixture(name).replace(/5\.100 € VB/, '1.500 €');
      const withCondition = base.replace(
        '<li class="addetailslist--detail">\n                                        Art',
        '<li class="addetailslist--detail">Zustand<span class="addetailslist--detail--value">Gut</span></li><li class="addetailslist--detail">\n                                        Art',
      );
      const [fixed] = kleinanzeigen.extract(documentFromHtml(withCondition, url.href), url);
      expect(fixed).toMatchObject({
        price: { amount: 1500, currency: 'EUR' },
        format: 'classified',
        condition: 'Gut',
      });
      const mark = (span: string, cls = 'boxedarticle--title') =>
        base.replace(
          /<h1 id="viewad-title" class="boxedarticle--title"([^>]*)>/,
          `<h1 id="viewad-title" class="${cls}"$1>${span}`,
        );
      const statusOf = (html: string) =>
        kleinanzeigen.extract(documentFromHtml(html, url.href), url)[0]?.status;
      expect(statusOf(mark('<span class="pvap-reserved-title is-hidden">Reserviert • </span>'))).toBe(
        'active',
      );
      expect(statusOf(mark('<span class="pvap-reserved-title">Reserviert • </span>'))).toBe('active');
      expect(statusOf(mark('<span class="pvap-reserved-title">Gelöscht • </span>'))).toBe('unknown');
      expect(statusOf(mark('', 'boxedarticle--title is-sold'))).toBe('sold');
      // The title never takes the status spans' text.
      expect(
        kleinanzeigen.extract(documentFromHtml(mark('<span>Reserviert • </span>'), url.href), url)[0]?.title,
      ).toBe('BMW R 100 GS 35 mm tiefer');
    });

    it('skips a free ("Zu verschenken") or amount-less ("VB") ad', () => {
      for (const text of ['Zu verschenken', 'VB']) {
        const html = loadFixture(name).replace(/5\.100 € VB/, text);
        expect(kleinanzeigen.extract(documentFromHtml(html, url.href), url)).toEqual([]);
      }
    });
  });

  it('reads search result cards (HAND-WRITTEN snippet, not a saved page)', () => {
    // HAND-WRITTEN from kleinanzeigen's search markup (article.aditem[data-adid]).
    const card = (id: string, title: string, price: string) => `
      <li class="ad-listitem">
        <article class="aditem" data-adid="${id}" data-href="/s-anzeige/${title.toLowerCase().replace(/\W+/g, '-')}/${id}-305-2050">
          <div class="aditem-image"><a href="/s-anzeige/x/${id}-305-2050"><div class="imagebox srpimagebox">
            <img src="https://img.kleinanzeigen.de/api/v1/prod-ads/images/aa/${id}?rule=$_2.AUTO" alt="${title}"></div></a></div>
          <div class="aditem-main">
            <div class="aditem-main--top"><div class="aditem-main--top--left">45133 Essen</div></div>
            <div class="aditem-main--middle">
              <h2 class="text-module-begin"><a class="ellipsis" href="/s-anzeige/x/${id}-305-2050">${title}</a></h2>
              <div class="aditem-main--middle--price-shipping">
                <p class="aditem-main--middle--price-shipping--price">${price}</p>
              </div></div></div></article></li>`;
    const html = `<html><body><ul id="srchrslt-adtable">
      ${card('3001', 'BMW R 100 GS', '4.900 € VB')}
      ${card('3002', 'BMW R 80 G/S', '6.250 € <span class="aditem-main--middle--price-shipping--old-price">6.900 €</span>')}
      ${card('3003', 'Helm', 'Zu verschenken')}
      ${card('3004', 'Koffer', 'VB')}
    </ul></body></html>`;
    const url = new URL('https://www.kleinanzeigen.de/s-bmw-r100gs/k0');
    const listings = kleinanzeigen.extract(documentFromHtml(html, url.href), url);
    expect(listings).toEqual([
      {
        site: 'kleinanzeigen',
        itemId: '3001',
        url: 'https://www.kleinanzeigen.de/s-anzeige/bmw-r-100-gs/3001-305-2050',
        title: 'BMW R 100 GS',
        price: { amount: 4900, currency: 'EUR' },
        format: 'offer',
        status: 'active',
        imageUrl: 'https://img.kleinanzeigen.de/api/v1/prod-ads/images/aa/3001?rule=$_2.AUTO',
      },
      {
        site: 'kleinanzeigen',
        itemId: '3002',
        url: 'https://www.kleinanzeigen.de/s-anzeige/bmw-r-80-g-s/3002-305-2050',
        title: 'BMW R 80 G/S',
        price: { amount: 6250, currency: 'EUR' },
        format: 'classified',
        status: 'active',
        imageUrl: 'https://img.kleinanzeigen.de/api/v1/prod-ads/images/aa/3002?rule=$_2.AUTO',
      },
    ]);
  });

  it('survives malformed pages', () => {
    const search = new URL('https://www.kleinanzeigen.de/s-x/k0');
    const garbage =
      '<html><body><article class="aditem" data-adid="1"><p class="aditem-main--middle--price-shipping--price"><garbage';
    expect(kleinanzeigen.extract(documentFromHtml(garbage, search.href), search)).toEqual([]);
    const huge = `<article class="aditem" data-adid="7" data-href="/s-anzeige/x/7-1-2"><h2><a>${'t'.repeat(100_000)}</a></h2><p class="aditem-main--middle--price-shipping--price">5 €</p></article>`;
    const listings = kleinanzeigen.extract(documentFromHtml(huge, search.href), search);
    expect(listings.map((l) => [l.itemId, l.price.amount])).toEqual([['7', 5]]);
    const item = new URL('https://www.kleinanzeigen.de/s-anzeige/x/1-2-3');
    expect(kleinanzeigen.extract(documentFromHtml('<h1 id="viewad-title">T</h1>', item.href), item)).toEqual(
      [],
    );
    expect(kleinanzeigen.extract(documentFromHtml('', item.href), item)).toEqual([]);
  });
});
