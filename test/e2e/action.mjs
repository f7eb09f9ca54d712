// The popup as a user opens it: from the toolbar button, about the active tab. Comps asks for
// `activeTab`, not `tabs`: the click is what lets the popup read the tab's URL. The main suite
// opens the popup as a page (?tabId=), which no click grants anything to, so this path is checked
// on its own, in Chromium, where the DevTools protocol can press the toolbar button
// (Extensions.triggerAction: needs --remote-debugging-pipe and --enable-unsafe-extension-debugging,
// which puppeteer gives; playwright's page sessions may not send it). Firefox has no such
// automation; there the same permission model is the browser's documented one (activeTab grants
// the tab's url when the user clicks the toolbar button).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { readPopup } from './checks.mjs';
import { hosts, pages, shop, shopSuggestPage } from './pages.mjs';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function runActionChecks(report, { port, extensionDir }) {
  let browser = null;
  try {
    const started = await report.check(
      'toolbar button checks: Chromium starts with the extension (puppeteer, CDP pipe)',
      async () => {
        const rules = [
          ...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`),
          'MAP * ~NOTFOUND',
          'EXCLUDE 127.0.0.1',
        ];
        browser = await puppeteer.launch({
          executablePath: EXECUTABLE,
          headless: true,
          pipe: true,
          enableExtensions: true,
          acceptInsecureCerts: true,
          protocolTimeout: 20000,
          env: { ...process.env, TZ: 'UTC' },
          args: [
            '--no-sandbox', // root in the test namespace; the page content is the saved pages only
            '--enable-unsafe-extension-debugging',
            `--host-resolver-rules=${rules.join(', ')}`,
            '--ignore-certificate-errors',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--lang=en-US',
          ],
        });
        await browser.installExtension(extensionDir);
        return [];
      },
    );
    if (!started) return;
    await report.check('the manifest asks for activeTab, not tabs', async () => {
      const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
      const problems = [];
      if (manifest.permissions.includes('tabs'))
        problems.push('the build still asks for the tabs permission');
      if (!manifest.permissions.includes('activeTab')) problems.push('the build does not ask for activeTab');
      return problems;
    });
    const extension = [...(await browser.extensions()).values()].find((item) => item.name === 'Comps');

    /** Opens url in a tab, presses the toolbar button on it, resolves to what the popup shows. */
    const popupOver = async (url) => {
      const tab = await browser.newPage();
      await tab.goto(url, { waitUntil: 'load', timeout: 15000 });
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the content script reads the page
      await tab.bringToFront();
      await tab.triggerExtensionAction(extension);
      const target = await browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 8000 });
      const popup = await target.asPage();
      await popup.waitForFunction(readPopup, { timeout: 8000 });
      const state = await popup.evaluate(readPopup);
      // The shop's currency select gets its suggestion once the page was read (activeTab).
      await popup
        .waitForFunction(() => document.querySelector('[data-capture=offer] select')?.value, {
          timeout: 4000,
        })
        .catch(() => {});
      const offer = await popup.evaluate(() => {
        const element = document.querySelector('[data-capture]');
        return element
          ? {
              state: element.getAttribute('data-capture'),
              text: element.textContent,
              currency: element.querySelector('select')?.value ?? null,
            }
          : null;
      });
      await popup.close().catch(() => {});
      await tab.close().catch(() => {});
      return { state, offer };
    };

    await report.check(
      `toolbar button on ${new URL(shop.url).host} (a shop not turned on): the popup knows the tab's site and offers to capture it`,
      async () => {
        const { offer } = await popupOver(shop.url);
        const host = new URL(shop.url).host;
        if (offer?.state !== 'offer')
          return [`no capture offer (${JSON.stringify(offer)}): the popup did not get the tab's URL`];
        return offer.text.includes(host) ? [] : [`the offer names another site: ${offer.text}`];
      },
    );

    await report.check(
      `toolbar button on ${shopSuggestPage.name}: the shop's currency select suggests ${shopSuggestPage.suggested}, the currency the page's own price data names (the browser's en-US would say USD)`,
      async () => {
        const { offer } = await popupOver(shopSuggestPage.url);
        if (offer?.state !== 'offer') return [`no capture offer (${JSON.stringify(offer)})`];
        return offer.currency === shopSuggestPage.suggested
          ? []
          : [`the select suggests "${offer.currency}"`];
      },
    );

    const page = pages.find((item) => item.grow); // eBay search, 60 listings
    await report.check(`toolbar button on ${page.name}: the popup lists the page's listings`, async () => {
      const { state } = await popupOver(page.url);
      const problems = [];
      if (state?.heading !== 'Listings on this page')
        problems.push(`heading "${state?.heading}" (${state?.rows.length} rows)`);
      else if (state.rows.length < page.expect.ids.length)
        problems.push(`${state.rows.length} rows, expected ${page.expect.ids.length}`);
      return problems;
    });
  } finally {
    await browser?.close().catch(() => {});
  }
}
