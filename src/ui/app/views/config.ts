import { useEffect, useState } from "preact/hooks";
import { html } from "../html.ts";
import { api, ApiFailure, get } from "../api.ts";
import { isAdmin, session, useChanges, useStore } from "../store.ts";
import { Card, ConfirmDialog, type ConfirmRequest, Empty, ErrorNote, Time } from "../components.ts";
import { diffLines } from "../diff.ts";
import { displayName } from "../format.ts";

interface Version {
  version: number;
  at: string;
  by?: string;
  position: number;
  config: unknown;
}

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

/** The field a 400 names (`body.config.limits.frameMaxBytes: …`), for pointing at it. */
export function fieldOf(message: string): string | undefined {
  return /body\.config\.([\w.[\]]+)/.exec(message)?.[1];
}

function Diff({ before, after }: { before: unknown; after: unknown }) {
  const lines = diffLines(pretty(before), pretty(after));
  const changed = lines.filter((l) => l.kind !== "same").length;
  if (changed === 0) return html`<${Empty}>No difference.</${Empty}>`;
  // Only changed lines and two lines of context around them.
  const keep = lines.map((_line, i) =>
    lines.slice(Math.max(0, i - 2), i + 3).some((x) => x.kind !== "same")
  );
  return html`<pre class="diff" aria-label="differences">${
    lines.map((l, i) =>
      keep[i]
        ? html`<div class=${`d-${l.kind}`}>${
          l.kind === "add" ? "+ " : l.kind === "del" ? "- " : "  "
        }${l.text}</div>`
        : null
    )
  }</pre>`;
}

/**
 * The runtime config: a JSON editor whose refusals point at the field,
 * every past version with who changed it, a diff of any two, and rollback
 * (an old version PUT again as the next version).
 */
export function ConfigView() {
  const identity = useStore(session);
  const changes = useChanges("config");
  const [current, setCurrent] = useState<{ version: number; config: unknown } | null>(null);
  const [text, setText] = useState("");
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [history, setHistory] = useState<Version[]>([]);
  const [left, setLeft] = useState<number | null>(null);
  const [right, setRight] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const editable = isAdmin(identity);

  useEffect(() => {
    get<{ version: number; config: unknown }>("/config").then((c) => {
      setCurrent(c);
      if (!dirty) setText(pretty(c.config));
    }).catch(setError);
    get<{ items: Version[] }>("/config/history", { limit: 100 }).then((h) => {
      setHistory(h.items);
      if (h.items.length >= 2 && left === null) {
        setLeft(h.items[1]!.version);
        setRight(h.items[0]!.version);
      }
    }).catch(setError);
  }, [changes]);

  const onEdit = (value: string) => {
    setText(value);
    setDirty(true);
    try {
      JSON.parse(value);
      setProblem(null);
    } catch (err) {
      setProblem(`not JSON: ${(err as Error).message}`);
    }
  };

  const put = async (config: unknown) => {
    try {
      await api("PUT", "/config", { config, expectedVersion: current?.version });
      setDirty(false);
      setProblem(null);
    } catch (err) {
      if (err instanceof ApiFailure && err.status === 400) setProblem(err.message);
      throw err;
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      setProblem(`not JSON: ${(err as Error).message}`);
      return;
    }
    try {
      await put(parsed);
    } catch (err) {
      if (!(err instanceof ApiFailure && err.status === 400)) setError(err);
    }
  };

  const rollback = (v: Version) =>
    setConfirm({
      title: `Roll back to version ${v.version}?`,
      body: html`
        <p>Version ${v.version}'s settings become version ${(current?.version ?? 0) + 1}.</p>
        <${Diff} before=${current?.config} after=${v.config} />
      `,
      confirmLabel: "Roll back",
      run: () => put(v.config),
    });

  const field = problem ? fieldOf(problem) : undefined;
  const byVersion = (n: number | null) => history.find((h) => h.version === n);
  return html`
    <div class="view">
      <div class="view-head"><h1>Configuration</h1>
          <span class="muted">version ${current?.version ?? "…"}</span></div>
      <${ErrorNote} error=${error} />
      <div class="config-grid">
        <${Card} title="Editor">
          <form onSubmit=${save}>
              <label class="field" for="config-text">Runtime config (JSON)${editable
                ? ""
                : " — read-only: admins change it"}</label>
              <textarea id="config-text" class=${`code ${
                problem ? "invalid" : ""
              }`} spellcheck="false"
                rows="24" readonly=${!editable} aria-invalid=${problem ? "true" : "false"}
                aria-describedby="config-problem"
                onInput=${(e: Event) => onEdit((e.target as HTMLTextAreaElement).value)}
                value=${text}></textarea>
              <p id="config-problem" class=${problem ? "error" : "hint"} role=${problem
                ? "alert"
                : undefined}>
                ${problem
                  ? html`${
                    field
                      ? html`
                        <strong>${field}</strong>:
                      `
                      : null
                  }${problem}`
                  : "Unknown fields and bad values are refused with the field named."}</p>
              ${editable
                ? html`
                  <div class="row end">
                    <button type="button" disabled=${!dirty} onClick=${() => {
                      setText(pretty(current?.config));
                      setDirty(false);
                      setProblem(null);
                    }}>Discard</button>
                    <button type="submit" class="primary" disabled=${!dirty ||
                      !!problem?.startsWith("not JSON")}>Save</button>
                  </div>
                `
                : null}
            </form>
          </${Card}>
          <${Card} title="History">
            <table class="table compact" aria-label="config versions"><thead><tr><th scope="col">version</th>
              <th scope="col">when</th><th scope="col">by</th><th scope="col">compare</th>${editable
                ? html`<th scope="col"></th>`
                : null}</tr></thead>
              <tbody>${history.map((v) =>
                html`<tr><td>${v.version}${
                  v.version === current?.version
                    ? html`
                      <span class="tag">current</span>
                    `
                    : null
                }</td>
            <td><${Time} at=${v.at} /></td><td>${v.by ? displayName(v.by) : "—"}</td>
            <td><label class="check"><input type="radio" name="left" checked=${left === v.version}
              onChange=${() =>
                  setLeft(
                    v.version,
                  )} aria-label=${`compare from version ${v.version}`} />from</label>
              <label class="check"><input type="radio" name="right" checked=${right === v.version}
              onChange=${() =>
                  setRight(
                    v.version,
                  )} aria-label=${`compare to version ${v.version}`} />to</label></td>
            ${
                  editable
                    ? html`<td>${
                      v.version !== current?.version
                        ? html`<button type="button" onClick=${() =>
                          rollback(v)}>Roll back</button>`
                        : null
                    }</td>`
                    : null
                }</tr>`
              )}</tbody></table>
            ${history.length === 0
              ? html`<${Empty}>The defaults are in force: no change yet.</${Empty}>`
              : null}
            ${byVersion(left) && byVersion(right)
              ? html`
                <h3>Version ${left} → ${right}</h3>
                <${Diff} before=${byVersion(left)!.config} after=${byVersion(right)!.config} />
              `
              : null}
          </${Card}>
        </div>
        <${ConfirmDialog} request=${confirm} onClose=${() => setConfirm(null)} />
      </div>
  `;
}
