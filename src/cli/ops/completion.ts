import { Argument, type Command } from "commander";
import type { CommandIo } from "../replay.ts";
import { action, type Outcome } from "./define.ts";

/** What completion offers at each place: nouns, each noun's verbs, each verb's flags. */
interface Tree {
  top: string[];
  verbs: Map<string, string[]>;
  flags: Map<string, string[]>;
  /** Flags followed by a value, which is not a noun or verb. */
  valued: string[];
}

function flagsOf(command: Command): string[] {
  return command.options.flatMap((o) => [o.long, o.short].filter((f): f is string => !!f));
}

function treeOf(program: Command): Tree {
  const globals = flagsOf(program);
  const tree: Tree = { top: [], verbs: new Map(), flags: new Map(), valued: [] };
  const valued = new Set<string>();
  const noteValued = (c: Command) => {
    for (const o of c.options) {
      if (o.required || o.optional) { for (const f of [o.long, o.short]) if (f) valued.add(f); }
    }
  };
  noteValued(program);
  for (const noun of program.commands) {
    const name = noun.name();
    if (name === "help") continue;
    tree.top.push(name);
    noteValued(noun);
    const verbs = noun.commands.map((v) => v.name()).filter((v) => v !== "help");
    tree.verbs.set(name, verbs);
    tree.flags.set(`${name}:`, [...flagsOf(noun), ...globals]);
    for (const verb of noun.commands) {
      noteValued(verb);
      tree.flags.set(`${name}:${verb.name()}`, [...flagsOf(verb), ...globals]);
    }
  }
  tree.top.push(...globals);
  tree.valued = [...valued].sort();
  return tree;
}

const words = (list: string[] | undefined) => (list ?? []).join(" ");

/** A bash completion function for `switchboard` (alias it to `deno task cli`). */
export function bashCompletion(program: Command, name = "switchboard"): string {
  const tree = treeOf(program);
  const cases: string[] = [`    ":") w="${words(tree.top)}" ;;`];
  for (const [noun, verbs] of tree.verbs) {
    cases.push(`    "${noun}:") w="${words(verbs)} ${words(tree.flags.get(`${noun}:`))}" ;;`);
    for (const verb of verbs) {
      cases.push(`    "${noun}:${verb}") w="${words(tree.flags.get(`${noun}:${verb}`))}" ;;`);
    }
  }
  return `# bash completion for ${name}: source <(${name} completion bash)
# (with alias ${name}='deno task cli', or an installed ${name} command)
_${name}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local noun="" verb="" i word w=""
  case "$prev" in
    -o|--output) COMPREPLY=( $(compgen -W "table json yaml" -- "$cur") ); return ;;
    -f|--file) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
    ${tree.valued.join("|")}) COMPREPLY=(); return ;;
  esac
  for (( i=1; i<COMP_CWORD; i++ )); do
    word="\${COMP_WORDS[i]}"
    case "$word" in
      ${tree.valued.join("|")}) (( i++ )); continue ;;
      -*) continue ;;
    esac
    if [[ -z "$noun" ]]; then noun="$word"; elif [[ -z "$verb" ]]; then verb="$word"; fi
  done
  case "$noun:$verb" in
${cases.join("\n")}
    *) w="" ;;
  esac
  COMPREPLY=( $(compgen -W "$w" -- "$cur") )
}
complete -o default -F _${name} ${name}
`;
}

/** A zsh completion function for `switchboard`. */
export function zshCompletion(program: Command, name = "switchboard"): string {
  const tree = treeOf(program);
  const cases: string[] = [`    ":") w=(${words(tree.top)}) ;;`];
  for (const [noun, verbs] of tree.verbs) {
    cases.push(`    "${noun}:") w=(${words(verbs)} ${words(tree.flags.get(`${noun}:`))}) ;;`);
    for (const verb of verbs) {
      cases.push(`    "${noun}:${verb}") w=(${words(tree.flags.get(`${noun}:${verb}`))}) ;;`);
    }
  }
  return `#compdef ${name}
# zsh completion for ${name}: source <(${name} completion zsh) after compinit
_${name}() {
  local noun="" verb="" i word
  local -a w
  case "\${words[CURRENT-1]}" in
    -o|--output) compadd table json yaml; return ;;
    -f|--file) _files; return ;;
    ${tree.valued.join("|")}) return ;;
  esac
  for (( i=2; i<CURRENT; i++ )); do
    word="\${words[i]}"
    case "$word" in
      ${tree.valued.join("|")}) (( i++ )); continue ;;
      -*) continue ;;
    esac
    if [[ -z "$noun" ]]; then noun="$word"; elif [[ -z "$verb" ]]; then verb="$word"; fi
  done
  case "$noun:$verb" in
${cases.join("\n")}
    *) w=() ;;
  esac
  compadd -- $w
}
compdef _${name} ${name}
`;
}

/** `completion bash|zsh`: prints the script to source. */
export function completionNoun(program: Command, io: CommandIo, outcome: Outcome): void {
  program.command("completion").description("print a bash or zsh completion script")
    .addArgument(new Argument("<shell>").choices(["bash", "zsh"]))
    .option("--name <command>", "the command name to complete", "switchboard")
    .action(action(io, outcome, async (run, shell: "bash" | "zsh", options) => {
      run.io.stdout(
        shell === "bash"
          ? bashCompletion(program, options.name)
          : zshCompletion(program, options.name),
      );
      await Promise.resolve();
    }));
}
