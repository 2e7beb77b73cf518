import assert from "node:assert/strict";
import { startNodeWithFleet } from "../support/fleet.ts";
import { TestClient } from "../support/ws-client.ts";
import { ignoreWithoutChromium, openBrowser, screenshotDir } from "./browser.ts";

/**
 * Alerting from the browser (issue 14's API): an operator writes a rule,
 * dry-runs it, saves it; an agent is killed; the alert fires and shows up
 * (banner and list), is acknowledged and silenced from the page.
 */
Deno.test({
  name: "ui alerts: a rule made in the browser fires when an agent is killed",
  ignore: ignoreWithoutChromium(),
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    const nf = await startNodeWithFleet(3, { ALERT_EVALUATION_INTERVAL_SECONDS: "1" });
    const dir = await screenshotDir();
    const ui = await openBrowser(dir);
    const { page } = ui;
    const nav = page.getByRole("navigation", { name: "Views" });
    const clients: TestClient[] = [];
    try {
      const admin = (await Deno.readTextFile(nf.t.node.adminKeyFile!)).trim();
      await page.goto(nf.t.url);
      await page.getByLabel("API key or token").fill(admin);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("heading", { name: "Overview" }).waitFor();

      await t.step("write, dry-run and save a rule", async () => {
        await nav.getByRole("link", { name: "Alerts" }).click();
        await page.getByRole("button", { name: "New rule" }).click();
        const form = page.getByRole("form", { name: "alert rule" });
        await form.getByLabel("Name").fill("agent down");
        await form.getByLabel("Metric").selectOption("agent_unhealthy");
        await form.getByLabel("operator").selectOption(">");
        await form.getByLabel("threshold").fill("0");
        await form.getByLabel("For (seconds)").fill("0");
        await form.getByLabel("Severity").selectOption("critical");
        await form.getByRole("button", { name: "Dry run" }).click();
        await form.locator('figure[aria-label^="Dry run"]').waitFor();
        await form.getByText(/evaluations from/).waitFor();
        await ui.shoot("alert-rule");
        await form.getByRole("button", { name: "Create rule" }).click();
        await page.getByRole("table", { name: "alert rules" }).getByText("agent down").waitFor();
      });

      await t.step("kill an agent: the alert fires", async () => {
        const victim = nf.fleet.agents.find((a) => a.name === "echo-3")!;
        victim.kill("SIGKILL");
        // New sessions dial every agent in turn: the dead one is refused and ejected at once.
        for (let i = 0; i < 4; i++) {
          const c = new TestClient(nf.wsUrl("capability=echo"));
          clients.push(c);
          await c.opened.catch(() => {});
        }
        const alerts = page.getByRole("table", { name: "alerts" });
        await alerts.getByText("agent down").waitFor({ timeout: 30_000 });
        await ui.shoot("alerts");
        await nav.getByRole("link", { name: "Overview" }).click();
        await page.getByRole("alert").filter({ hasText: "firing" }).waitFor();
        await ui.shoot("overview-alert");
      });

      await t.step("acknowledge and silence it", async () => {
        await nav.getByRole("link", { name: "Alerts" }).click();
        const row = page.getByRole("table", { name: "alerts" }).locator("tr", {
          hasText: "agent down",
        });
        await row.getByRole("button", { name: "Ack" }).click();
        await page.getByRole("dialog").getByRole("button", { name: "Acknowledge" }).click();
        await row.getByText("acked").waitFor();
        await row.getByRole("button", { name: "Silence" }).click();
        await page.getByRole("dialog").getByRole("button", { name: "Silence" }).click();
        await page.getByRole("table", { name: "silences" }).locator("tbody tr").first().waitFor();
        await row.getByText("silenced").waitFor();
        await ui.shoot("alerts-acked");
      });

      await t.step("no console errors", () => {
        assert.deepEqual(ui.errors, []);
      });
    } finally {
      for (const c of clients) c.ws.close();
      await ui.close();
      await nf.stop();
    }
  },
});
