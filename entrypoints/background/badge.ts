import { t } from '../../utils/i18n';
import { badgeText, VERDICT_COLOURS } from '../../utils/inpage/verdict';
import { verdictLabel } from '../../utils/inpage/words';
import type { CardVerdict } from '../../utils/messages';

/** The toolbar button of one tab: what the in-page verdicts show on it. */
export interface Badge {
  show(tabId: number, verdict: CardVerdict, currency: string): Promise<void>;
  clear(tabId: number): Promise<void>;
}

type ActionApi = {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
};

/** Chrome MV3 names it `action`, Firefox MV2 `browserAction`: the same calls. */
function actionApi(): ActionApi | undefined {
  const api = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return api.action ?? api.browserAction;
}

/**
 * The verdict of the item in a tab on its toolbar button: "-18%" on green, "≈" on grey, "+32%" on
 * red, with the sentence as tooltip; nothing without a verdict. Values are per tab: the browser
 * drops them when the tab loads another page, and a search page clears them itself.
 */
export function toolbarBadge(api: ActionApi | undefined = actionApi()): Badge {
  return {
    async show(tabId, verdict, currency) {
      const text = badgeText(verdict);
      if (!api) return;
      if (!text) {
        await this.clear(tabId);
        return;
      }
      await Promise.all([
        api.setBadgeText({ tabId, text }),
        api.setBadgeBackgroundColor({ tabId, color: VERDICT_COLOURS[verdict.verdict] }),
        api.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
        api.setTitle({ tabId, title: verdictLabel(verdict, currency) }),
      ]);
    },
    async clear(tabId) {
      if (!api) return;
      // Chrome refuses a null title (Firefox takes it for "the default"): the extension's name is both.
      await Promise.all([
        api.setBadgeText({ tabId, text: '' }),
        api.setTitle({ tabId, title: t('extName') }),
      ]);
    },
  };
}
