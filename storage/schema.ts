import { z } from 'zod';
import { MAX_BATCH, MAX_TITLE_LENGTH } from '../utils/messages';
import { CURRENCY_CODE } from '../utils/price';

// zod's JIT probe uses Function(''), which extension CSPs and addons-linter reject.
z.config({ jitless: true });

export const currencyCode = z.string().regex(CURRENCY_CODE);
export const finiteAmount = z.number().finite().nonnegative().max(1e12);

const DAY_MS = 86_400_000;

/**
 * A real date whose UTC form still has a four-digit year: "9999-12-31T23:30:00-01:00" is valid
 * ISO 8601 but is 10000-01-01 in UTC, which would be stored as "+010000-01-01T00:30:00.000Z" and
 * could not be written back by an export nor read by an import.
 */
function isStorableDate(value: string): boolean {
  const time = Date.parse(value);
  return !Number.isNaN(time) && /^\d{4}-/.test(new Date(time).toISOString());
}

/** An ISO 8601 date-time with an offset (Z or ±hh:mm), storable as a UTC date-time. */
export const isoDate = z.iso
  .datetime({ offset: true })
  .refine(isStorableDate, 'not a date between the years 0000 and 9999');

/**
 * A date that has happened (a sale, a sighting): at most a day ahead of now, for time zones and
 * clocks a little off. A sale "in 9999" would otherwise stay the newest comp in every window.
 */
export const pastDate = isoDate.refine((value) => Date.parse(value) <= Date.now() + DAY_MS, 'in the future');

/** An auction's scheduled end: ahead by nature, but within a year (eBay's longest is 30 days). */
const endDate = isoDate.refine((value) => Date.parse(value) <= Date.now() + 366 * DAY_MS, 'too far ahead');

/** Only web links: a `javascript:`, `data:` or `file:` image URL would be exported as such. */
const webUrl = z.url({ protocol: /^https?$/ }).max(4000);

export const moneySchema = z.object({ amount: finiteAmount, currency: currencyCode.nullable() });

export const listingSchema = z.object({
  site: z.string().regex(/^[a-z0-9-]{1,40}$/),
  itemId: z.string().min(1).max(200),
  url: webUrl,
  title: z.string().min(1).max(MAX_TITLE_LENGTH),
  price: moneySchema,
  priceMax: finiteAmount.optional(),
  shipping: moneySchema.nullable().optional(),
  status: z.enum(['active', 'sold', 'ended', 'unknown']),
  // A bad optional field is dropped and the listing kept: a sale with a bogus date keeps its price.
  soldAt: pastDate.optional().catch(undefined),
  condition: z.string().max(200).optional(),
  format: z.enum(['auction', 'fixed', 'offer', 'classified']).optional(),
  bids: z.number().int().nonnegative().max(1e6).optional(),
  endsAt: endDate.optional().catch(undefined),
  imageUrl: webUrl.optional().catch(undefined),
  related: z.boolean().optional(),
});

/** The envelope is checked strictly; listings one by one, so one bad card does not lose the page. */
export const captureMessageSchema = z.object({
  type: z.literal('capture'),
  site: z.string().regex(/^[a-z0-9-]{1,40}$/),
  pageKind: z.enum(['search', 'item']).nullable(),
  pageUrl: z.url().max(4000),
  listings: z.array(z.unknown()).max(MAX_BATCH),
});

/** What the popup and options page may ask of the background: turn the shop reader on or off. */
export const siteMessageSchema = z.object({
  type: z.enum(['enable-site', 'disable-site']),
  url: webUrl,
  tabId: z.number().int().nonnegative().optional(),
  /** The user confirmed a plain-http shop in the popup; without it only https shops are turned on. */
  insecure: z.literal(true).optional(),
  /** The currency the user said the shop uses (ISO 4217), or null: not set (no bare "$" is read). */
  currency: currencyCode.nullable().optional(),
});

/**
 * The in-page verdicts request (utils/messages.ts VerdictsMessage): the envelope strictly, the
 * cards one by one with the listing schema (a bad card gets no verdict, the others do).
 */
export const verdictsMessageSchema = z.object({
  type: z.literal('verdicts'),
  site: z.string().regex(/^[a-z0-9-]{1,40}$/),
  pageKind: z.enum(['search', 'item']).nullable(),
  pageUrl: z.url().max(4000),
  cards: z.array(z.unknown()).max(MAX_BATCH),
  pageKeys: z
    .array(z.tuple([z.string().min(1).max(40), z.string().min(1).max(200)]))
    .max(MAX_BATCH)
    .optional(),
});
