import YAML from "yaml";
import { usageError } from "./cli-error.ts";

/** A JSON or YAML document from a file, or from stdin with `-`. */
export async function readDocument(path: string): Promise<unknown> {
  let text: string;
  try {
    text = path === "-"
      ? await new Response(Deno.stdin.readable).text()
      : await Deno.readTextFile(path);
  } catch (error) {
    throw usageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return YAML.parse(text); // YAML is a superset of JSON: one parser for both
  } catch (error) {
    throw usageError(
      `${path} is neither JSON nor YAML: ${(error as Error).message.split("\n")[0]}`,
    );
  }
}

/** A value typed on the command line: JSON when it parses (numbers, booleans, objects), else text. */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];
