import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import type { Listing } from '../../utils/listing';
import { leboncoin } from '../../utils/sites/leboncoin';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const byId = (listings: Listing[], id: string) => listings.find((listing) => listing.itemId === id);

describe('leboncoin adapter', () => {
  it('claims www.leboncoin.fr and tells page kinds', () => {
    expect(leboncoin.claims(new URL('https://www.leboncoin.fr/'))).toBe(true);
    expect(leboncoin.claims(new URL('https://www.leboncoin.fr.example.com/'))).toBe(false);
    expect(
      leboncoin.pageKind(new URL('https://www.leboncoin.fr/f/voitures/brand--Toyota/model--Camry')),
    ).toBe('search');
    expect(leboncoin.pageKind(new URL('https://www.leboncoin.fr/recherche?text=velo'))).toBe('search');
    expect(leboncoin.pageKind(new URL('https://www.leboncoin.fr/ad/voitures/2615899319'))).toBe('item');
    expect(leboncoin.pageKind(new URL('https://www.leboncoin.fr/voitures/1234567890.htm'))).toBe('item');
    expect(leboncoin.pageKind(new URL('https://www.leboncoin.fr/compte/'))).toBe(null);
  });

  describe('search page (voitures Toyota Camry, 2024)', () => {
    const name = 'leboncoin/leboncoin-search-voitures-toyota-camry-2024.html';
    const url = new URL('https://www.leboncoin.fr/f/voitures/brand--Toyota/model--Camry');
    const listings = leboncoin.extract(fixtureDocument(name, url.href), url);
    const html = loadFixture(name);

    it('records all 35 cards, each at the price its "Prix: …" label says', () => {
      const cards = html.match(/data-qa-id="aditem_container" [^>]*href="\/ad\/voitures\/\d+"/g) ?? [];
      expect(cards).toHaveLength(35);
      // The price box label of each card, in page order: "Prix: 40 990 €" (narrow no-break spaces).
      const labels = [...html.matchAll(/aria-label="Prix: ([\d\s\u202f\u00a0]+) €"/g)].map((m) =>
        Number((m[1] ?? '').replace(/\D/g, '')),
      );
      expect(labels).toHaveLength(35);
      expect(listings).toHaveLength(35);
      expect(listings.map((l) => l.price.amount)).toEqual(labels);
      expect(listings.every((l) => l.price.currency === 'EUR' && l.status === 'active')).toBe(true);
    });

    it('reads first, middle and last cards', () => {
      expect(listings[0]).toEqual({
        site: 'leboncoin',
        itemId: '2615899319',
        url: 'https://www.leboncoin.fr/ad/voitures/2615899319',
        title: 'Toyota Camry 2.5 Hybride 218ch Dynamic Business + Programme Beyond Zero Academy MY23',
        price: { amount: 40990, currency: 'EUR' },
        status: 'active',
        format: 'classified',
        imageUrl:
          'https://img.leboncoin.fr/api/v1/lbcpb1/images/16/14/eb/1614eb3dea4c6b87221e0f39dbbeb0f3e28d17f7.jpg?rule=ad-image',
      });
      expect(listings[17]).toEqual({
        site: 'leboncoin',
        itemId: '2786079189',
        url: 'https://www.leboncoin.fr/ad/voitures/2786079189',
        title: 'Toyota Camry 2.5 Hybride 218ch Design MY23',
        price: { amount: 45990, currency: 'EUR' },
        status: 'active',
        format: 'classified',
      });
      expect(byId(listings, '2805093068')).toMatchObject({
        title: 'TOYOTA Camry XV20 3.0 V6 BA 195cv',
        price: { amount: 5900, currency: 'EUR' },
      });
      expect(listings[34]).toMatchObject({
        itemId: '2607492685',
        url: 'https://www.leboncoin.fr/ad/voitures/2607492685',
        title: 'Toyota Camry 2.5 Hybride 218ch Dynamic Business + Programme Beyond Zero Academy MY23',
        price: { amount: 42290, currency: 'EUR' },
      });
    });
  });

  describe('ad page (HAND-WRITTEN snippets, not saved pages)', () => {
    const url = new URL('https://www.leboncoin.fr/ad/velos/2900000001');

    it('reads the ad from __NEXT_DATA__ props.pageProps.ad', () => {
      // HAND-WRITTEN: the shape of leboncoin's ad page state (list_id, subject, price[], attributes).
      const ad = {
        list_id: 2900000001,
        subject: 'Vélo de route  Lapierre',
        price: [450],
        price_cents: 45000,
        status: 'active',
        url: 'https://www.leboncoin.fr/ad/velos/2900000001',
        images: { urls: ['https://img.leboncoin.fr/api/v1/lbcpb1/images/aa/bb.jpg?rule=ad-image'] },
        attributes: [{ key: 'condition', value: '3', value_label: 'Très bon état' }],
      };
      const html = `<html><head></head><body><h1>Vélo de route Lapierre</h1>
        <script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { ad } } })}</script>
        <a data-qa-id="aditem_container" href="/ad/velos/2900000002"><p data-qa-id="aditem_title">Autre</p>
        <span data-qa-id="aditem_price">90 €</span></a></body></html>`;
      expect(leboncoin.extract(documentFromHtml(html, url.href), url)).toEqual([
        {
          site: 'leboncoin',
          itemId: '2900000001',
          url: 'https://www.leboncoin.fr/ad/velos/2900000001',
          title: 'Vélo de route Lapierre',
          price: { amount: 450, currency: 'EUR' },
          status: 'active',
          format: 'classified',
          condition: 'Très bon état',
          imageUrl: 'https://img.leboncoin.fr/api/v1/lbcpb1/images/aa/bb.jpg?rule=ad-image',
        },
      ]);
    });

    it('falls back to JSON-LD Product', () => {
      // HAND-WRITTEN JSON-LD as leboncoin's ad pages carry it.
      const ld = {
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Vélo de route Lapierre',
        offers: {
          '@type': 'Offer',
          price: 450,
          priceCurrency: 'EUR',
          availability: 'https://schema.org/InStock',
        },
      };
      const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`;
      expect(leboncoin.extract(documentFromHtml(html, url.href), url)).toEqual([
        {
          site: 'leboncoin',
          itemId: '2900000001',
          url: 'https://www.leboncoin.fr/ad/velos/2900000001',
          title: 'Vélo de route Lapierre',
          price: { amount: 450, currency: 'EUR' },
          status: 'active',
          format: 'classified',
        },
      ]);
    });
  });

  it('survives malformed pages', () => {
    const search = new URL('https://www.leboncoin.fr/recherche?text=x');
    const garbage =
      '<html><body><a data-qa-id="aditem_container" href="/ad/x/1"><p data-qa-id="aditem_title">t<garbage';
    expect(leboncoin.extract(documentFromHtml(garbage, search.href), search)).toEqual([]);
    const huge = `<a data-qa-id="aditem_container" href="/ad/x/12"><p data-qa-id="aditem_title">${'t'.repeat(100_000)}</p><span data-qa-id="aditem_price">5 €</span></a>`;
    expect(leboncoin.extract(documentFromHtml(huge, search.href), search).map((l) => l.price.amount)).toEqual(
      [5],
    );
    const item = new URL('https://www.leboncoin.fr/ad/x/12');
    const broken = '<script id="__NEXT_DATA__" type="application/json">{"props":</script>';
    expect(leboncoin.extract(documentFromHtml(broken, item.href), item)).toEqual([]);
    expect(leboncoin.extract(documentFromHtml('', item.href), item)).toEqual([]);
  });
});
