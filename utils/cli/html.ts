import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

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

/**
 * A DOM of the page as the content script would see it, with no script run and nothing fetched.
 *
 * The HTML is parsed by parse5, which implements the WHATWG parsing algorithm browsers use, with
 * scripting enabled as in the tab a content script runs in (so `<noscript>` holds text, as there).
 * happy-dom's own parser (`document.write`) is not conformant and drops parts of big real pages
 * (an Etsy listing: 845 of 4,435 elements). parse5's tree is then rebuilt as happy-dom nodes, so the
 * adapters get a full DOM (querySelectorAll, closest, textContent...) as in the browser.
 */
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
  const doc = window.document as unknown as Document;
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  for (const node of parse(html, { scriptingEnabled: true }).childNodes) {
    // Built while detached, then attached once: cheaper than growing a connected tree.
    const built = buildNode(doc, node);
    if (built) doc.appendChild(built);
  }
  return doc;
}

type Parse5Node = DefaultTreeAdapterTypes.ChildNode;

/** parse5's tree as DOM nodes of `doc`, depth-first with an explicit stack (pages nest deep). */
function buildNode(doc: Document, root: Parse5Node): Node | null {
  const top = createNode(doc, root);
  if (!top) return null;
  const stack: [Parse5Node, Node][] = [[root, top]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [source, target] = entry;
    if (!('childNodes' in source)) continue;
    const template = source.nodeName === 'template' && 'content' in source ? source.content : null;
    const children = template ? template.childNodes : source.childNodes;
    const parent = template ? (target as HTMLTemplateElement).content : target;
    for (const child of children) {
      const node = createNode(doc, child);
      if (!node) continue;
      parent.appendChild(node);
      stack.push([child, node]);
    }
  }
  return top;
}

function createNode(doc: Document, node: Parse5Node | DefaultTreeAdapterTypes.DocumentType): Node | null {
  switch (node.nodeName) {
    case '#text':
      return doc.createTextNode((node as DefaultTreeAdapterTypes.TextNode).value);
    case '#comment':
      return doc.createComment((node as DefaultTreeAdapterTypes.CommentNode).data);
    case '#documentType': {
      const type = node as DefaultTreeAdapterTypes.DocumentType;
      return doc.implementation.createDocumentType(type.name, type.publicId, type.systemId);
    }
    default: {
      if (!('tagName' in node)) return null;
      const element = doc.createElementNS(node.namespaceURI, node.tagName);
      for (const { name, value, namespace, prefix } of node.attrs) {
        try {
          element.setAttributeNS(namespace ?? null, prefix ? `${prefix}:${name}` : name, value);
        } catch {
          // Browsers keep attribute names the DOM API refuses (`"foo`, `a<b` from broken markup).
          const attribute = doc.createAttribute(name);
          attribute.value = value;
          element.setAttributeNode(attribute);
        }
      }
      return element;
    }
  }
}
