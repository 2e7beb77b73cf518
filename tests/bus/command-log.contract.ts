import type { CommandLogFactory } from "./contract/helpers.ts";
import { messagingContract } from "./contract/messaging.ts";
import { ownershipContract } from "./contract/ownership.ts";

export type { CommandLogFactory, CommandLogFixture, FixtureOptions } from "./contract/helpers.ts";

/**
 * Registers the command log contract for one adapter: what the actor host
 * may rely on whichever log it runs on. `ignore` skips the whole suite (for
 * an adapter whose service is not configured).
 */
export function commandLogContract(
  adapter: string,
  factory: CommandLogFactory,
  options: { ignore?: boolean } = {},
): void {
  const ignore = options.ignore ?? false;
  messagingContract(adapter, factory, ignore);
  ownershipContract(adapter, factory, ignore);
}
