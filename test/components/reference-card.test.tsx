import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReferenceCard } from '../../components/ReferenceCard';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { referenceFor } from '../../storage/reference-query';
import { cardVerdict } from '../../utils/inpage/verdict';
import type { Listing } from '../../utils/listing';
import { freshDbName, makeListing, usdOptions } from '../helpers/listings';

// The card as the popup shows it (and the in-page chip's verdict), for what the engine answers
// over hand-made sales.
const NOW = new Date('2026-11-26T12:00:00.000Z');
const options = usdOptions(NOW);

function sold(itemId: string, amount: number): Listing {
  return makeListing({
    itemId,
    title: 'Omega Speedmaster Professional Moonwatch',
    price: { amount, currency: 'USD' },
    status: 'sold',
    soldAt: new Date(NOW.getTime() - 10 * 86_400_000).toISOString(),
  });
}

/** Three watches sold near $5,000 and three "sold" at $5–$7 (straps, boxes, placeholders). */
const HALF_AND_HALF = [4800, 5100, 5300, 5, 6, 7].map((amount, index) => sold(String(index + 1), amount));

let db: CompsDatabase;
afterEach(async () => {
  await db?.delete();
  document.body.replaceChildren();
});

async function resultFor(listings: Listing[]) {
  db = openDatabase(freshDbName());
  await recordListings(db, listings, NOW.toISOString());
  return referenceFor(db, 'Omega Speedmaster Professional', options);
}

async function cardFor(listings: Listing[]): Promise<HTMLElement> {
  const result = await resultFor(listings);
  const root = document.createElement('div');
  document.body.append(root);
  render(<ReferenceCard result={result} onShowAllTime={() => {}} />, root);
  return root.querySelector('.reference') as HTMLElement;
}

describe('the reference card', () => {
  it('gives no price when the sales fall into groups far apart, and says why', async () => {
    const card = await cardFor(HALF_AND_HALF);
    expect(card.dataset.state).toBe('scattered');
    expect(card.textContent).toContain('too far apart');
    expect(card.textContent).toContain('$5.00');
    expect(card.textContent).toContain('$5,300');
    expect(card.querySelector('.reference-median')).toBeNull();
  });

  it('gives an in-page card no verdict then either, and says why', async () => {
    const result = await resultFor(HALF_AND_HALF);
    expect(cardVerdict(result, '1')).toMatchObject({ verdict: 'unknown', reason: 'scattered' });
  });

  it('sets a third of the prices far below the rest aside and gives the price of the rest', async () => {
    // Tukey's fences keep $5 and $6 here (the lower quartile falls between them and $4,800).
    const card = await cardFor([
      ...[4800, 5100, 5300, 5500].map((amount, index) => sold(`w${index}`, amount)),
      sold('p1', 5),
      sold('p2', 6),
    ]);
    expect(card.dataset.state).toBe('ok');
    expect(card.querySelector('.reference-median')?.getAttribute('data-amount')).toBe('5200');
    expect(card.textContent).toContain('2 outliers shown, not counted');
  });
});
