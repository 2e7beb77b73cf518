import type { Accepted, CommandInput, Dispatch } from "../../src/runtime/dispatch.ts";

/**
 * A dispatch that records what it is given and answers as `answer` says
 * (accepted with no events by default), for tests of what a sender sends.
 */
export function recordingDispatch(
  answer: (input: CommandInput) => Promise<Accepted> = () =>
    Promise.resolve({ ok: true, version: 0, events: [] }),
) {
  const sent: CommandInput[] = [];
  const dispatch = ((input: CommandInput) => {
    sent.push(input);
    return answer(input);
  }) as Dispatch;
  return { dispatch, sent };
}
