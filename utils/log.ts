/**
 * Logs a problem once per kind, so a page that sends 500 bad cards or a web page spamming
 * messages leaves one clear line in the console instead of a flood.
 */
const seen = new Set<string>();

export function warnOnce(kind: string, message: string, detail?: unknown): void {
  if (seen.has(kind)) return;
  seen.add(kind);
  console.warn(`[Comps] ${message}`, ...(detail === undefined ? [] : [detail]));
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
