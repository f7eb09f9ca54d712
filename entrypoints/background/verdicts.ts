import type { Runtime } from 'webextension-polyfill';
import type { CompsDatabase } from '../../storage/db';
import { type CardQuery, verdictResultsForCards } from '../../storage/reference-batch';
import { displayCurrency, referenceOptions } from '../../storage/reference-options';
import { listingSchema, verdictsMessageSchema } from '../../storage/schema';
import { inPageShown, type Settings } from '../../storage/settings';
import { cardVerdict, panelDetail } from '../../utils/inpage/verdict';
import type { Listing } from '../../utils/listing';
import { warnOnce } from '../../utils/log';
import type { VerdictsReply } from '../../utils/messages';
import { capQuery } from '../../utils/page-query';
import type { Badge } from './badge';
import { isTrustedCaptureSender } from './capture';

export interface VerdictDeps {
  db: CompsDatabase;
  /** This extension's id: only its own content scripts may ask. */
  ownId: string;
  settings(): Promise<Settings>;
  badge: Badge;
  now?: () => Date;
}

/**
 * The verdicts of a page's cards, in one request per page scan (see VerdictsMessage), with the
 * capture's discipline: the message checked with zod, only this extension's content script on a
 * page of the site it names, nothing when the settings say nothing is shown. Each card gets what
 * the popup would say for its title with the card as the open item (storage/reference-batch.ts);
 * on an item page the page's own listing also gets the sparkline and the toolbar badge.
 */
export async function handleVerdicts(
  deps: VerdictDeps,
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<VerdictsReply> {
  const envelope = verdictsMessageSchema.safeParse(message);
  if (!envelope.success) {
    warnOnce('verdicts-shape', 'Ignored a verdicts request of the wrong shape.', envelope.error.issues[0]);
    return { ok: false, error: 'bad message' };
  }
  const { site, pageKind, cards, pageKeys } = envelope.data;
  const settings = await deps.settings();
  // The shop reader (generic) is not offered: a shop's retail page is not a second-hand listing.
  if (site === 'generic' || !isTrustedCaptureSender(sender, deps.ownId, site, settings.enabledOrigins)) {
    warnOnce(
      'verdicts-sender',
      `Ignored a verdicts request from an untrusted sender (${sender.url ?? 'no url'}).`,
    );
    return { ok: false, error: 'untrusted sender' };
  }
  const tabId = sender.frameId === 0 || sender.frameId === undefined ? sender.tab?.id : undefined;
  const clearBadge = () =>
    tabId === undefined ? Promise.resolve() : deps.badge.clear(tabId).catch(() => {});
  if (!inPageShown(settings, site, pageKind)) {
    await clearBadge();
    return { ok: true, off: true };
  }

  const valid: Listing[] = [];
  for (const candidate of cards) {
    const parsed = listingSchema.safeParse(candidate);
    if (parsed.success && parsed.data.site === site && !parsed.data.related) valid.push(parsed.data);
  }
  // On an item page only the page's own listing (the first) is judged: carousels get no chips.
  const judged = pageKind === 'item' ? valid.slice(0, 1) : valid;
  const own = pageKind === 'item' ? judged[0] : undefined;
  if (!own) await clearBadge();
  if (judged.length === 0) return { ok: true, currency: displayCurrency(settings), verdicts: [] };

  const options = referenceOptions(settings, deps.now?.() ?? new Date());
  const requests: CardQuery[] = judged.map((card) => ({
    query: capQuery(card.title),
    target: card,
    ...(card === own && pageKeys ? { pageKeys } : {}),
  }));
  const results = await verdictResultsForCards(deps.db, requests, options);
  const verdicts = results.map(({ result }, index) => cardVerdict(result, judged[index]?.itemId ?? ''));
  const reply: VerdictsReply = { ok: true, currency: options.currency, verdicts };
  const ownResult = results[0]?.result;
  if (own && ownResult && verdicts[0]) {
    reply.panel = panelDetail(ownResult, own.itemId);
    if (tabId !== undefined)
      await deps.badge.show(tabId, verdicts[0], options.currency).catch((error: unknown) => {
        warnOnce('badge', 'Could not set the toolbar badge.', error);
      });
  }
  return reply;
}
