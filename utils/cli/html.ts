import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';

/**
 * Turns saved page bytes into text the way a browser would: HTTP headers of a `curl -i` dump
 * dropped, gzip undone, and decoded by the charset the page declares (Tmall pages are GBK).
 */
export function decodeSavedPage(bytes: Uint8Array): string {
  let data = bytes;
  if (data[0] === 0x1f && data[1] === 0x8b) data = gunzipSync(data);
  // Saved copies are often re-encoded to UTF-8 while keeping the original <meta charset>
  // (the Taobao page says gbk but is UTF-8): bytes that are valid UTF-8 are read as such.
  // Otherwise the declared charset counts; browsers look in the first 1024 bytes, but saved
  // rendered pages put scripts first, so look further. A `curl -i` dump may say it in a header.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    const head = new TextDecoder('latin1').decode(data.subarray(0, 256 * 1024));
    const headers = head.startsWith('HTTP/') ? (head.split(/\r?\n\r?\n/)[0] ?? '') : '';
    const charset =
      /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? /charset=([\w-]+)/i.exec(headers)?.[1];
    try {
      text = new TextDecoder(charset ?? 'utf-8').decode(data);
    } catch {
      text = new TextDecoder('utf-8').decode(data); // unknown label: fall back like a browser would
    }
  }
  // A saved `curl -i` response starts with its status line and headers.
  if (text.startsWith('HTTP/')) {
    const bodyStart = text.search(/\r?\n\r?\n/);
    if (bodyStart >= 0) text = text.slice(bodyStart).trimStart();
  }
  return text;
}

/** A DOM of the page as the content script would see it, with no script run and nothing fetched. */
export function documentFromHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigator: { userAgent: 'Mozilla/5.0 Comps-extract' },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}
