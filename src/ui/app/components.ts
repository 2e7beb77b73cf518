import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { html } from "./html.ts";
import { absolute, relative, shortId } from "./format.ts";
import { checkIcon, copyIcon } from "./icons.ts";

export function StatusBadge({ status, maintenance }: { status: string; maintenance?: boolean }) {
  const label = maintenance ? "maintenance" : status;
  return html`<span class=${`badge s-${label}`}>${label}</span>`;
}

/** A short id with the whole one in its title and a button that copies it. */
export function ShortId(
  { id, href, iconOnly }: { id: string | undefined; href?: string; iconOnly?: boolean },
) {
  const [copied, setCopied] = useState(false);
  if (!id) return html`<span class="muted">—</span>`;
  const copy = async (e: Event) => {
    e.stopPropagation();
    e.preventDefault();
    try {
      await navigator.clipboard.writeText(id);
    } catch {
      // Clipboard needs a secure context; select the text for a manual copy instead.
      const range = document.createRange();
      const shown = (e.currentTarget as HTMLElement).previousElementSibling;
      if (shown) range.selectNodeContents(shown);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1200);
  };
  const code = iconOnly ? null : html`<code title=${id}>${shortId(id)}</code>`;
  return html`<span class="id">${href ? html`<a href=${href}>${code}</a>` : code}<button
    type="button" class="copy" aria-label=${`copy id ${id}`} title="copy id"
    onClick=${copy}>${copied ? checkIcon() : copyIcon()}</button></span>`;
}

/** A time shown relative ("3m ago"), exact in its title; re-rendered by the feed's ticks. */
export function Time({ at }: { at: string | undefined | null }) {
  if (!at) return html`<span class="muted">never</span>`;
  return html`<time datetime=${at} title=${absolute(at)}>${relative(at)}</time>`;
}

export function Card(
  { title, children, actions }: {
    title?: string;
    children: ComponentChildren;
    actions?: ComponentChildren;
  },
) {
  return html`<section class="card" aria-label=${title}>
    ${
    title || actions
      ? html`<header class="card-head">${
        title ? html`<h2>${title}</h2>` : null
      }<div class="spacer"></div>${actions}</header>`
      : null
  }
    ${children}
  </section>`;
}

export function Stat(
  { label, value, hint, tone }: { label: string; value: string; hint?: string; tone?: string },
) {
  return html`<div class=${`stat ${tone ?? ""}`} role="group" aria-label=${label}>
    <div class="stat-label">${label}</div>
    <div class="stat-value">${value}</div>
    ${hint ? html`<div class="stat-hint">${hint}</div>` : null}
  </div>`;
}

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return html`<p class="error" role="alert">${message}</p>`;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return html`<p class="empty">${children}</p>`;
}

export interface ConfirmRequest {
  title: string;
  body?: ComponentChildren;
  confirmLabel: string;
  danger?: boolean;
  /** Optional input: its value is passed to `run`. */
  input?: { label: string; value: string; type?: string };
  run: (value?: string) => Promise<unknown>;
}

/** A modal `<dialog>` that asks before an action and shows the API's refusal if any. */
export function ConfirmDialog(
  { request, onClose }: { request: ConfirmRequest | null; onClose: () => void },
) {
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [value, setValue] = useState("");
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    setError(null);
    setValue(request?.input?.value ?? "");
    if (request && !dialog.open) dialog.showModal();
    if (!request && dialog.open) dialog.close();
  }, [request]);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!request) return;
    setBusy(true);
    try {
      await request.run(request.input ? value : undefined);
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return html`<dialog ref=${ref} class="confirm" onClose=${onClose} aria-labelledby="confirm-title">
    ${
    request
      ? html`<form method="dialog" onSubmit=${submit}>
      <h2 id="confirm-title">${request.title}</h2>
      ${request.body ? html`<div class="confirm-body">${request.body}</div>` : null}
      ${
        request.input
          ? html`<label class="field">${request.input.label}<input
          type=${request.input.type ?? "text"} value=${value} required
          onInput=${(e: Event) => setValue((e.target as HTMLInputElement).value)} /></label>`
          : null
      }
      <${ErrorNote} error=${error} />
      <div class="row end">
        <button type="button" onClick=${onClose}>Cancel</button>
        <button type="submit" class=${request.danger ? "danger" : "primary"} disabled=${busy}>
          ${busy ? "Working…" : request.confirmLabel}
        </button>
      </div>
    </form>`
      : null
  }
  </dialog>`;
}

export function Segmented<T extends string>(
  { options, value, onChange, label }: {
    options: { value: T; label: string }[];
    value: T;
    onChange: (v: T) => void;
    label: string;
  },
) {
  return html`<div class="segmented" role="radiogroup" aria-label=${label}>
    ${
    options.map((o) =>
      html`
        <button type="button" role="radio" aria-checked=${o.value === value}
          class=${o.value === value ? "on" : ""} onClick=${() => onChange(o.value)}>${o
            .label}</button>
      `
    )
  }
  </div>`;
}
