import { warmOpen } from '../storage/db-name';

/*
 * The first script of the popup and the side panel, a classic script of its own so that it runs
 * as soon as the page starts, while their module script (about 300 kB) still loads: it opens the
 * database's files (storage/db-name.ts). Started only from that module, the opening was about
 * 20-45 ms of the popup's first answer (`BENCH_ONLY=popup npm run bench`: 200-212 ms without
 * this script, 177-188 ms with it, alternating builds).
 */
export default defineUnlistedScript(() => {
  void warmOpen();
});
