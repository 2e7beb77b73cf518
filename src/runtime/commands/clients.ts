import { agentActor } from "../../../actors/agent/mod.ts";
import { agentCommands } from "../../../actors/agent/commands.ts";
import { apiKeyActor, apiKeyCommands } from "../../../actors/api-key/mod.ts";
import { configActor, configCommands } from "../../../actors/config/mod.ts";
import { edgeActor, edgeCommands } from "../../../actors/edge/mod.ts";
import { routerActor } from "../../../actors/router/mod.ts";
import { routerCommands } from "../../../actors/router/commands.ts";
import { sessionActor } from "../../../actors/session/mod.ts";
import { sessionCommands } from "../../../actors/session/commands.ts";
import { channelActor, channelCommands } from "../../../actors/notification-channel/mod.ts";
import { notificationActor, notificationCommands } from "../../../actors/notification/mod.ts";
import { alertActor, alertCommands } from "../../../actors/alert/mod.ts";
import { alertRuleActor, alertRuleCommands } from "../../../actors/alert-rule/mod.ts";
import { silenceActor, silenceCommands } from "../../../actors/silence/mod.ts";
import type { Logger } from "../../telemetry/log.ts";
import type { Dispatch } from "../dispatch.ts";
import { actorClient } from "./actor-client.ts";

/**
 * The one way to send a command: a typed client per actor type, e.g.
 * `agents.heartbeat(id, data)`, over `dispatch` (stamping, the local host,
 * re-sends). The API, the edge and the background jobs all send through it;
 * `{ wait: false }` is its fire-and-forget mode, logging failures to `log`.
 */
export function commandClients(dispatch: Dispatch, log?: Logger) {
  return {
    agents: actorClient(agentActor.type, agentCommands, dispatch, log),
    sessions: actorClient(sessionActor.type, sessionCommands, dispatch, log),
    routers: actorClient(routerActor.type, routerCommands, dispatch, log),
    config: actorClient(configActor.type, configCommands, dispatch, log),
    apiKeys: actorClient(apiKeyActor.type, apiKeyCommands, dispatch, log),
    channels: actorClient(channelActor.type, channelCommands, dispatch, log),
    notifications: actorClient(notificationActor.type, notificationCommands, dispatch, log),
    alerts: actorClient(alertActor.type, alertCommands, dispatch, log),
    alertRules: actorClient(alertRuleActor.type, alertRuleCommands, dispatch, log),
    silences: actorClient(silenceActor.type, silenceCommands, dispatch, log),
    edges: actorClient(edgeActor.type, edgeCommands, dispatch, log),
  };
}

export type CommandClients = ReturnType<typeof commandClients>;
export type AgentCommandClient = CommandClients["agents"];
export type SessionCommandClient = CommandClients["sessions"];
export type RouterCommandClient = CommandClients["routers"];
export type ConfigCommandClient = CommandClients["config"];
export type ApiKeyCommandClient = CommandClients["apiKeys"];
export type ChannelCommandClient = CommandClients["channels"];
export type NotificationCommandClient = CommandClients["notifications"];
export type AlertCommandClient = CommandClients["alerts"];
export type AlertRuleCommandClient = CommandClients["alertRules"];
export type SilenceCommandClient = CommandClients["silences"];
export type EdgeCommandClient = CommandClients["edges"];
