import { render } from "preact";
import { html } from "./html.ts";
import { App } from "./app.ts";
import { applyTheme, initialTheme } from "./theme.ts";

applyTheme(initialTheme());
render(html`<${App} />`, document.getElementById("app")!);
