// The generic reader's figures as a check of the Chromium suite, in the suite's own browser (no
// second launch): the same real pages as `npm run eval:generic` (test/generic-eval/pages.mjs),
// structured price data stripped, laid out by Chromium. Fails when the reader records a wrong
// price more often than issue 9's bar allows, or finds the right one on fewer pages than today.
import { bundleReader, figures, readPages, verdictOf } from '../generic-eval/harness.mjs';
import { otherPages, productPages } from '../generic-eval/pages.mjs';

/** Issue 9: at least 0.97 of the prices recorded are right. */
export const MIN_PRECISION = 0.97;
/**
 * Right price on at least this share of the stripped product pages: 20 of 23 measured when this
 * check was written (issue 9 asks 0.93; the three misses are in the README), so a lost page fails.
 */
export const MIN_RECALL = 20 / 23;
/**
 * The same pages read as on shops turned on with the currency a user would confirm (pages.mjs
 * `shopCurrency`): 22 of 23 measured when this check was written (fye's "$17.99" and anyeluz's
 * "$173.000" are read in the shop's USD / COP; tmall's saved copy lost its "¥").
 */
export const MIN_RECALL_CONFIRMED = 22 / 23;

export async function runGenericEvalChecks(context, report) {
  await report.check(
    `generic reader on ${productPages.length} real product pages without structured data and ${otherPages.length} real non-product pages: precision >= ${MIN_PRECISION}, right price on >= ${(100 * MIN_RECALL).toFixed(0)} %`,
    async () => {
      const script = await bundleReader();
      const results = await readPages(context, [...productPages, ...otherPages], script);
      const all = figures(results);
      const products = figures(results.filter((r) => r.page.expect));
      const problems = results
        .filter((r) => ['wrong', 'error'].includes(verdictOf(r)))
        .map((r) => `${r.page.fixture}: ${r.error ?? `recorded ${JSON.stringify(r.listings[0]?.price)}`}`);
      const failed = [];
      if (all.precision < MIN_PRECISION)
        failed.push(`precision ${all.precision.toFixed(3)} < ${MIN_PRECISION} (${problems.join('; ')})`);
      if (products.recall < MIN_RECALL - 1e-9)
        failed.push(`right price on ${products.right}/${products.shown} product pages`);
      if (all.error) failed.push(`errors: ${problems.join('; ')}`);
      console.log(
        `# generic reader: ${all.right} right, ${all.wrong} wrong, ${all.none} none on ${all.pages} pages (precision ${all.precision.toFixed(3)}, right price on ${products.right}/${products.shown})`,
      );
      return failed;
    },
    150000,
  );
  await report.check(
    `generic reader on the same pages, each shop's currency confirmed by the user: precision >= ${MIN_PRECISION}, right price on >= ${(100 * MIN_RECALL_CONFIRMED).toFixed(0)} %`,
    async () => {
      const script = await bundleReader();
      const results = await readPages(context, [...productPages, ...otherPages], script, { confirmed: true });
      const all = figures(results);
      const products = figures(results.filter((r) => r.page.expect));
      const problems = results
        .filter((r) => ['wrong', 'error'].includes(verdictOf(r)))
        .map(
          (r) =>
            `${r.page.fixture} [${r.page.shopCurrency}]: ${r.error ?? `recorded ${JSON.stringify(r.listings[0]?.price)}`}`,
        );
      const failed = [];
      if (all.precision < MIN_PRECISION)
        failed.push(`precision ${all.precision.toFixed(3)} < ${MIN_PRECISION} (${problems.join('; ')})`);
      if (products.recall < MIN_RECALL_CONFIRMED - 1e-9)
        failed.push(`right price on ${products.right}/${products.shown} product pages`);
      if (all.error) failed.push(`errors: ${problems.join('; ')}`);
      console.log(
        `# generic reader, shop currency confirmed: ${all.right} right, ${all.wrong} wrong, ${all.none} none on ${all.pages} pages (precision ${all.precision.toFixed(3)}, right price on ${products.right}/${products.shown})`,
      );
      return failed;
    },
    150000,
  );
}
