/**
 * The styles of everything Comps puts on a marketplace page, inside each element's shadow root:
 * nothing here reaches the page, and `:host { all: initial }` (with the host's own inline
 * `all: initial !important`, see host.ts) keeps the page's inherited styles out. Colours come in a
 * light and a dark set, picked per host (data-scheme) from the page's own scheme.
 */
export const INPAGE_CSS = `
:host {
  all: initial;
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d0d7de; --shadow: rgba(31, 35, 40, .18);
  --below-fg: #0f5c2c; --below-bg: #e3f4e8; --below-line: #8ccaa1;
  --typical-fg: #3a424d; --typical-bg: #eef0f3; --typical-line: #c4cad2;
  --above-fg: #8c1d16; --above-bg: #fce9e7; --above-line: #ee9f97;
  --unknown-fg: #59636e; --unknown-bg: transparent; --unknown-line: #a9b1ba;
  --band: rgba(91, 100, 112, .18); --spark: #59636e;
}
:host([data-scheme="dark"]) {
  --fg: #e6edf3; --muted: #9ea7b3; --bg: #1f2328; --line: #3d444d; --shadow: rgba(0, 0, 0, .5);
  --below-fg: #a5e6b8; --below-bg: #143622; --below-line: #2f7a48;
  --typical-fg: #d1d7e0; --typical-bg: #2b3139; --typical-line: #4b535d;
  --above-fg: #f6b3ab; --above-bg: #3f1815; --above-line: #8f352d;
  --unknown-fg: #9ea7b3; --unknown-bg: transparent; --unknown-line: #5b636e;
  --band: rgba(158, 167, 179, .22); --spark: #9ea7b3;
}
* { box-sizing: border-box; }
.v { font: 600 11px/12px system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Microsoft JhengHei", "PingFang TC", sans-serif;
  letter-spacing: 0; text-transform: none; white-space: nowrap; }
.chip { display: inline-block; margin: 0; margin-inline-start: .45em; padding: 0 5px; border: 1px solid; border-radius: 8px;
  vertical-align: baseline; cursor: default; appearance: none; }
.below { color: var(--below-fg); background: var(--below-bg); border-color: var(--below-line); }
.typical { color: var(--typical-fg); background: var(--typical-bg); border-color: var(--typical-line); }
.above { color: var(--above-fg); background: var(--above-bg); border-color: var(--above-line); }
.unknown { color: var(--unknown-fg); background: var(--unknown-bg); border-color: var(--unknown-line); border-style: dashed; font-weight: 500; }
.chip:focus-visible, .details:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.tip { position: fixed; inset: auto; margin: 0; z-index: 2147483646; max-width: 280px; padding: 6px 9px;
  border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg);
  box-shadow: 0 4px 14px var(--shadow); font: 400 12px/17px system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Microsoft JhengHei", sans-serif;
  white-space: normal; text-align: start; }
.tip:not(:popover-open):not(.open) { display: none; }
.tip strong { font-weight: 600; }
.tip .line { display: block; }
.tip .muted { color: var(--muted); }
.panel { display: inline-flex; align-items: center; gap: 7px; margin-inline-start: .6em; padding: 0 7px;
  border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--fg);
  vertical-align: baseline; font: 400 12px/14px system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Microsoft JhengHei", sans-serif; white-space: nowrap; }
.panel .words { font-weight: 600; padding: 0 5px; border-radius: 6px; border: 1px solid; }
.panel .muted { color: var(--muted); }
.panel .short { display: none; }
.panel[data-level="1"] .numbers, .panel[data-level="2"] .numbers, .panel[data-level="2"] .spark,
.panel[data-level="2"] .long { display: none; }
.panel[data-level="2"] .short { display: inline; }
.details { all: unset; cursor: pointer; color: #0969da; text-decoration: underline; font: inherit; }
:host([data-scheme="dark"]) .details { color: #58a6ff; }
.spark { display: block; width: 64px; height: 14px; overflow: visible; }
.spark .band { fill: var(--band); }
.spark .line { fill: none; stroke: var(--spark); stroke-width: 1.2; stroke-linejoin: round; stroke-linecap: round; }
.spark .dot { stroke: var(--bg); stroke-width: 1; }
.spark .dot.below { fill: var(--below-line); } .spark .dot.typical { fill: var(--typical-fg); } .spark .dot.above { fill: var(--above-line); }
.few { font-weight: 400; }
`;
