import { html } from "./html.ts";

/** Inline SVG icons: no icon font, nothing fetched, the same on every system. */
const svg = (path: string) =>
  html`
    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
      stroke-linejoin="round" dangerouslySetInnerHTML=${{ __html: path }}></svg>
  `;

export const copyIcon = () =>
  svg('<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a2 2 0 0 1 2-2h10"/>');
export const checkIcon = () => svg('<path d="M4 12l5 5L20 6"/>');
export const sunIcon = () =>
  svg(
    '<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>',
  );
export const moonIcon = () => svg('<path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/>');
