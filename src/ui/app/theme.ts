import { useState } from "preact/hooks";
import { html } from "./html.ts";
import { moonIcon, sunIcon } from "./icons.ts";

type Theme = "light" | "dark";

/** The stored choice, else the system's. A preference, not a secret. */
export function initialTheme(): Theme {
  const saved = localStorage.getItem("switchboard-theme");
  if (saved === "light" || saved === "dark") return saved;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(
    (document.documentElement.dataset.theme as Theme) ?? "light",
  );
  const flip = () => {
    const next = theme === "dark" ? "light" : "dark";
    applyTheme(next);
    localStorage.setItem("switchboard-theme", next);
    setTheme(next);
    // Charts read their colours from CSS variables when built: rebuild them.
    dispatchEvent(new Event("switchboard-theme"));
  };
  return html`
    <button type="button" class="icon" onClick=${flip}
      aria-label=${`switch to ${theme === "dark" ? "light" : "dark"} theme`}
      title="light / dark">${theme === "dark" ? sunIcon() : moonIcon()}</button>
  `;
}
