import assert from "node:assert/strict";
import { DataDirLockedError, LOCK_FILE, lockDataDir } from "../../src/store/data-dir-lock.ts";
import { FakeClock } from "../support/time.ts";

const projectDir = new URL("../../", import.meta.url).pathname;
const lockModule = new URL("../../src/store/data-dir-lock.ts", import.meta.url).href;

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "switchboard-lock-" });
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Another process holding `dir`: it says "locked" once it holds it and lets go when its stdin ends. */
async function holderProcess(dir: string) {
  const code = `
    const { lockDataDir } = await import(${JSON.stringify(lockModule)});
    const lock = await lockDataDir(${JSON.stringify(dir)}, { command: "test holder" });
    console.log("locked");
    for await (const _ of Deno.stdin.readable) { /* until the parent closes it */ }
    await lock.release();
  `;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["eval", code],
    cwd: projectDir,
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  const first = await reader.read();
  assert.equal(first.value?.trim(), "locked", "the holder process took the lock");
  reader.releaseLock();
  const drained = child.stdout.cancel().catch(() => {});
  const stdin = child.stdin.getWriter();
  return {
    pid: child.pid,
    async stop() {
      await stdin.close();
      assert.equal((await child.status).code, 0);
      await drained;
    },
    async kill() {
      child.kill("SIGKILL");
      assert.equal((await child.status).signal, "SIGKILL");
      await stdin.close().catch(() => {});
      await drained;
    },
  };
}

Deno.test("data-dir lock: given a holder in this process, when a second opener comes, then it is refused naming the holder and what to do; after a release it may take it", async () => {
  await withDir(async (dir) => {
    const clock = new FakeClock(Date.parse("2026-12-06T01:00:00Z"));
    const first = await lockDataDir(dir, { command: "node n1 on port 9000", clock });
    assert.equal(first.owner.pid, Deno.pid);
    assert.equal(first.owner.startedAt, "2026-12-06T01:00:00.000Z");
    assert.equal(first.abandonedBy, undefined);

    const refusal = await lockDataDir(dir, { command: "cli hashes", advice: "stop the node first" })
      .then(() => undefined, (error) => error);
    assert.ok(refusal instanceof DataDirLockedError, String(refusal));
    assert.deepEqual(refusal.holder, first.owner);
    assert.equal(
      refusal.message,
      `the data directory ${dir} is in use by pid ${Deno.pid} on ${first.owner.host} ` +
        `since 2026-12-06T01:00:00.000Z (node n1 on port 9000): stop the node first`,
    );

    await first.release();
    await first.release(); // idempotent
    const second = await lockDataDir(dir, { command: "cli hashes" });
    assert.equal(second.abandonedBy, undefined, "a clean release leaves no holder behind");
    await second.release();
  });
});

Deno.test("data-dir lock: given a holder that has not written its name yet, the refusal says so", async () => {
  await withDir(async (dir) => {
    const file = await Deno.open(`${dir}/${LOCK_FILE}`, { write: true, create: true });
    try {
      assert.ok(await file.tryLock(true));
      const refusal = await lockDataDir(dir, { command: "cli backup" }).catch((e) => e);
      assert.ok(refusal instanceof DataDirLockedError);
      assert.equal(refusal.holder, undefined);
      assert.match(refusal.message, /in use by another process that is just starting/);
    } finally {
      file.close();
    }
  });
});

Deno.test("data-dir lock: given a holder in another process, an opener here is refused naming it, and takes the directory once it lets go", async () => {
  await withDir(async (dir) => {
    const holder = await holderProcess(dir);
    try {
      const refusal = await lockDataDir(dir, { command: "cli replay" }).catch((e) => e);
      assert.ok(refusal instanceof DataDirLockedError, String(refusal));
      assert.equal(refusal.holder?.pid, holder.pid);
      assert.equal(refusal.holder?.command, "test holder");
      assert.match(
        refusal.message,
        new RegExp(`pid ${holder.pid} on .+ since .+ \\(test holder\\)`),
      );
    } finally {
      await holder.stop();
    }
    const lock = await lockDataDir(dir, { command: "cli replay" });
    assert.equal(lock.abandonedBy, undefined);
    await lock.release();
  });
});

Deno.test("data-dir lock: given a holder killed with SIGKILL, the next opener takes the directory over and knows whose it was", async () => {
  await withDir(async (dir) => {
    const holder = await holderProcess(dir);
    await holder.kill();
    assert.match(await Deno.readTextFile(`${dir}/${LOCK_FILE}`), /test holder/, "its name is left");

    const lock = await lockDataDir(dir, { command: "cli hashes" });
    try {
      assert.equal(lock.abandonedBy?.pid, holder.pid);
      assert.equal(lock.abandonedBy?.command, "test holder");
      const refusal = await lockDataDir(dir, { command: "node" }).catch((e) => e);
      assert.ok(refusal instanceof DataDirLockedError);
      assert.equal(refusal.holder?.pid, Deno.pid, "the file now names the new holder");
    } finally {
      await lock.release();
    }
  });
});
