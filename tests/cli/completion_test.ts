import assert from "node:assert/strict";
import { runCli } from "./ops-support.ts";

/** What bash offers after `words` (the last one being completed), with the generated script loaded. */
async function bashOffers(script: string, words: string[]): Promise<string[]> {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/completion.bash`, script);
    const array = words.map((w) => `'${w}'`).join(" ");
    const program = `source ${dir}/completion.bash
COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}
_switchboard
printf '%s\\n' "\${COMPREPLY[@]}"`;
    const out = await new Deno.Command("bash", { args: ["-c", program], stdout: "piped" }).output();
    assert.equal(out.code, 0);
    return new TextDecoder().decode(out.stdout).split("\n").filter(Boolean).sort();
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("cli completion bash: nouns, each noun's verbs, each verb's flags, output formats", async () => {
  const r = await runCli(["completion", "bash"], {});
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /complete -o default -F _switchboard switchboard/);
  const script = r.stdout;
  const nouns = await bashOffers(script, ["switchboard", ""]);
  for (
    const noun of [
      "agents",
      "sessions",
      "routing",
      "config",
      "alerts",
      "rules",
      "nodes",
      "events",
      "login",
      "context",
      "backup",
    ]
  ) {
    assert.ok(nouns.includes(noun), noun);
  }
  assert.deepEqual(await bashOffers(script, ["switchboard", "ag"]), ["agents"]);
  assert.deepEqual(await bashOffers(script, ["switchboard", "agents", "d"]), ["drain"]);
  assert.deepEqual(
    await bashOffers(script, ["switchboard", "sessions", ""]).then((w) =>
      w.filter((x) => !x.startsWith("-"))
    ),
    ["close", "ls", "show"],
  );
  // Global flags and their values are skipped when finding the noun.
  assert.deepEqual(
    await bashOffers(script, ["switchboard", "--server", "http://x", "agents", "ls", "--w"]),
    ["--watch"],
  );
  assert.deepEqual(await bashOffers(script, ["switchboard", "-o", "j"]), ["json"]);
  assert.deepEqual(await bashOffers(script, ["switchboard", "events", "tail", "--fo"]), [
    "--follow",
  ]);
});

Deno.test("cli completion zsh: a compdef script with the same tree; an unknown shell is a usage error", async () => {
  const r = await runCli(["completion", "zsh"], {});
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^#compdef switchboard$/m);
  assert.match(r.stdout, /"agents:"\) w=\(ls show drain undrain maintenance eject rm weight /);
  assert.match(r.stdout, /"events:tail"\) w=\(--follow /);
  const fish = await runCli(["completion", "fish"], {});
  assert.equal(fish.status, 2);
  assert.match(fish.stderr, /Allowed choices are bash, zsh/);
});
