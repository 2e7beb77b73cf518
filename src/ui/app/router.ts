import { useEffect, useState } from "preact/hooks";

/** Hash routes (`#/agents/a1`): no server routes to keep in step, reload-safe. */
export function useRoute(): string[] {
  const read = () => location.hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  const [parts, setParts] = useState(read());
  useEffect(() => {
    const onChange = () => setParts(read());
    addEventListener("hashchange", onChange);
    return () => removeEventListener("hashchange", onChange);
  }, []);
  return parts.map(decodeURIComponent);
}

export function go(path: string): void {
  location.hash = `#/${path}`;
}
