import { h, type VNode } from "preact";
import * as htmModule from "htm";

type Htm = {
  bind<R>(
    hyperscript: (type: never, props: Record<string, unknown>, ...children: unknown[]) => R,
  ): (strings: TemplateStringsArray, ...values: unknown[]) => R;
};
// htm's typings describe a CommonJS module; the code is ESM with a default export.
const htm = (htmModule as unknown as { default: Htm }).default;

/** JSX-like templates without a compile step: `html\`<div>…</div>\``. */
export const html: (strings: TemplateStringsArray, ...values: unknown[]) => VNode = htm.bind(
  h as never,
);
