import { z } from 'zod';
import { MAX_BATCH, MAX_TITLE_LENGTH } from '../utils/messages';

// zod's JIT probe uses Function(''), which extension CSPs and addons-linter reject.
z.config({ jitless: true });

const currencyCode = z.string().regex(/^[A-Z]{3}$/);
const isoDate = z.iso.datetime({ offset: true });
const finiteAmount = z.number().finite().nonnegative().max(1e12);

export const moneySchema = z.object({ amount: finiteAmount, currency: currencyCode.nullable() });

export const listingSchema = z.object({
  site: z.string().regex(/^[a-z0-9-]{1,40}$/),
  itemId: z.string().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }).max(4000),
  title: z.string().min(1).max(MAX_TITLE_LENGTH),
  price: moneySchema,
  priceMax: finiteAmount.optional(),
  shipping: moneySchema.nullable().optional(),
  status: z.enum(['active', 'sold', 'ended', 'unknown']),
  soldAt: isoDate.optional(),
  condition: z.string().max(200).optional(),
  format: z.enum(['auction', 'fixed', 'offer', 'classified']).optional(),
  bids: z.number().int().nonnegative().max(1e6).optional(),
  endsAt: isoDate.optional(),
  imageUrl: z.url().max(4000).optional(),
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
  url: z.url({ protocol: /^https?$/ }).max(4000),
  tabId: z.number().int().nonnegative().optional(),
});
