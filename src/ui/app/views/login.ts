import { useState } from "preact/hooks";
import { html } from "../html.ts";
import { signIn } from "../api.ts";
import { session } from "../store.ts";
import { ErrorNote } from "../components.ts";

/**
 * Sign-in: the credential goes to POST /api/v1/login once and comes back as
 * an HttpOnly cookie; the page keeps nothing of it.
 */
export function Login() {
  const [credential, setCredential] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const identity = await signIn(credential.trim());
      setCredential("");
      session.set(identity);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return html`
    <main class="login">
      <form class="card login-card" onSubmit=${submit} aria-labelledby="login-title">
        <div class="brand big"><span class="logo" aria-hidden="true">⇄</span> Switchboard</div>
        <h1 id="login-title">Sign in</h1>
        <label class="field">API key or token
            <input id="credential" name="credential" type="password" autocomplete="off" required
              autofocus placeholder="sbk_… or a JWT" value=${credential}
              onInput=${(e: Event) => setCredential((e.target as HTMLInputElement).value)} />
          </label>
        <p class="hint">The embedded node writes an admin key to <code>./data/admin-api-key</code>.
            It is kept in an HttpOnly cookie for this browser, never in page storage.</p>
        <${ErrorNote} error=${error} />
        <button type="submit" class="primary" disabled=${busy}>${busy
          ? "Signing in…"
          : "Sign in"}</button>
      </form>
    </main>
  `;
}
