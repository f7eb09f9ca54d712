import { siteMessageSchema } from '../../storage/schema';
import { warnOnce } from '../../utils/log';
import { disableOrigin, enableOrigin } from './generic-sites';

/** Messages only this extension's own pages (popup, options) may send, checked with zod. */
export async function handleSiteMessage(message: unknown): Promise<unknown> {
  const parsed = siteMessageSchema.safeParse(message);
  if (!parsed.success) {
    warnOnce('site-shape', 'Ignored a site message of the wrong shape.', parsed.error.issues[0]);
    return { ok: false, error: 'bad message' };
  }
  const { type, url, tabId, insecure, currency } = parsed.data;
  const origin = new URL(url).origin;
  if (type === 'enable-site') {
    // A plain-http shop only after the user confirmed it in the popup (see CaptureSiteOffer).
    if (origin.startsWith('http:') && !insecure) return { ok: false, error: 'insecure site not confirmed' };
    // The popup asked for the permission first (it needs the user's click); check it was granted.
    if (!(await browser.permissions.contains({ origins: [`${origin}/*`] })))
      return { ok: false, error: 'not granted' };
    await enableOrigin(origin, tabId, currency ?? null);
    return { ok: true };
  }
  await disableOrigin(origin);
  return { ok: true };
}
