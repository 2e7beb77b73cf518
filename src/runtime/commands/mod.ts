/** Sending commands: typed clients per actor, and what each rejection means to callers. */
export {
  type ActorClient,
  actorClient,
  type CommandMethod,
  type PostOptions,
  type SendOptions,
} from "./actor-client.ts";
export {
  type AgentCommandClient,
  type ApiKeyCommandClient,
  type CommandClients,
  commandClients,
  type ConfigCommandClient,
  type RouterCommandClient,
  type SessionCommandClient,
} from "./clients.ts";
export {
  isRejectionCode,
  meaningOf,
  RejectionCloseCode,
  RejectionCode,
  type RejectionMeaning,
  rejections,
  type RejectionStatus,
} from "./rejections.ts";
export { type Accepted, CommandRejectedError, CommandTimeoutError } from "../dispatch.ts";
