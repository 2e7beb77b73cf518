import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, as CI installs it (`apt-get install -y chromium`). */
export const CHROMIUM = Deno.env.get("CHROMIUM_PATH") ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let told = false;

/** Whether browser tests should be ignored: no Chromium here (and not CI, which requires it). */
export function ignoreWithoutChromium(): boolean {
  let present = false;
  try {
    present = Deno.statSync(CHROMIUM).isFile;
  } catch {
    present = false;
  }
  if (present || Deno.env.get("REQUIRE_SERVICES") === "1") return false;
  if (!told) console.log(`${CHROMIUM} is not installed: the browser tests are ignored`);
  told = true;
  return true;
}

export interface UiBrowser {
  browser: Browser;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Screenshots of the current page at 1,400 and 800 px wide, named `name`. */
  shoot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The folder screenshots go to: SCREENSHOT_DIR, or a fresh temporary one (printed). */
export async function screenshotDir(): Promise<string> {
  const dir = Deno.env.get("SCREENSHOT_DIR") ??
    await Deno.makeTempDir({ prefix: "switchboard-ui-shots-" });
  await Deno.mkdir(dir, { recursive: true });
  console.log(`screenshots: ${dir}`);
  return dir;
}

export async function openBrowser(dir: string): Promise<UiBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`page: ${error.message}`));
  return {
    browser,
    page,
    errors,
    async shoot(name) {
      for (const width of [1400, 800]) {
        await page.setViewportSize({ width, height: 900 });
        // Charts follow their container's size on the next frame.
        await page.evaluate("new Promise((r) => requestAnimationFrame(() => r(null)))");
        await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
      }
      await page.setViewportSize({ width: 1400, height: 900 });
    },
    async close() {
      await browser.close();
    },
  };
}
