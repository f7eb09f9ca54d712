import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { t, uiLocale } from '../../utils/i18n';

let counts: Intl.NumberFormat | undefined;

/** 1,234 in the UI language. */
export function formatCount(value: number): string {
  counts ??= new Intl.NumberFormat(uiLocale());
  return counts.format(value);
}

/** 12.3 MB, 1.2 GB... in the UI language. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(uiLocale(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** YYYY-MM-DD of a local date (the value of an <input type="date">). */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * An in-page confirmation (window.confirm does not work in every extension page): the question,
 * a button that does it and one that does not. Focus goes to "Cancel", the safe choice; Escape
 * cancels.
 */
export function ConfirmBar(props: {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}) {
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => cancel.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-message`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <p id={`${id}-message`}>{props.message}</p>
      <div class="row">
        <button type="button" class="danger" onClick={props.onConfirm} disabled={props.busy}>
          {props.confirmLabel}
        </button>
        <button type="button" class="secondary" ref={cancel} onClick={props.onCancel} disabled={props.busy}>
          {t('optCancel')}
        </button>
      </div>
    </div>
  );
}

/** A titled part of the page. */
export function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${props.id}-title`} class="panel">
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** An error the user has to see: read out by screen readers as it appears. */
export function Alert({ children }: { children: ComponentChildren }) {
  return (
    <p role="alert" class="error">
      {children}
    </p>
  );
}

/** A quiet confirmation that something was done. */
export function Status({ children }: { children: ComponentChildren }) {
  return (
    <p role="status" class="done">
      {children}
    </p>
  );
}
