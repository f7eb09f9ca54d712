// A TypeScript entry of the tests bundled by vite into one script (iife) to evaluate inside a
// browser page: the benchmark, the e2e suites and the generic-reader evaluation run the project's
// own code there, so their figures are the browser's, not Node's.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `entry` (relative to the repository) as one script defining the global `name`. */
export async function bundleForPage(entry, name, { minify = false } = {}) {
  // Loaded here, not at the top: the bench and the evaluation re-run themselves in a network
  // namespace first, and need vite only inside it.
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: { write: false, minify, lib: { entry: join(ROOT, entry), formats: ['iife'], name } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  return chunks.find((chunk) => chunk.type === 'chunk')?.code ?? '';
}
