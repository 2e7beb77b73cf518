import {
  type AlertState,
  evaluateRule,
  fingerprintOf,
  meets,
  type MetricSample,
  selectSeries,
} from "../../../actors/alert/mod.ts";
import type { AlertRule } from "../../../events/mod.ts";
import { type Clock, systemClock, type Timer } from "../../clock/clock.ts";
import type { Logger } from "../../telemetry/log.ts";
import type { AlertCommandClient } from "../commands/clients.ts";
import type { AlertStates } from "./alert-states.ts";
import { FLEET_VIEW_METRICS, type MetricSource } from "./metric-source.ts";

export interface EvaluatorOptions {
  rules: () => readonly AlertRule[];
  states: AlertStates;
  source: MetricSource;
  alerts: AlertCommandClient;
  /** Only the node holding the alerting lease evaluates (leader.ts). */
  isLeader: () => boolean;
  intervalSeconds: () => number;
  clock?: Clock;
  log?: Logger;
}

export interface EvaluationRound {
  rules: number;
  /** Rules whose metric could not be read this round (left as they were). */
  skipped: number;
  /** Commands sent: rules with a transition, and deleted rules with open alerts. */
  commands: number;
}

const principal = { sub: "alert-evaluator", roles: [] };

/**
 * The samples that can matter to the decision: those meeting the condition
 * and those of open alerts (the rest decide nothing), so a command over a
 * 1,000-agent fleet carries the few series that changed, not all of them.
 */
function relevant(
  rule: AlertRule,
  samples: MetricSample[],
  state: AlertState,
  fingerprint: typeof fingerprintOf,
): MetricSample[] {
  const anyOpen = Object.keys(state.open).length > 0;
  return samples.filter((s) =>
    meets(rule.op, s.value, rule.threshold) ||
    (anyOpen && state.open[fingerprint(rule.id, s.labels)] !== undefined)
  );
}

/**
 * Evaluates every rule each interval on the leader. It reads each metric
 * once per round, decides locally on the mirror of the alert actors' states
 * and sends `evaluate` (with `now` and the samples, so the actor decides the
 * same) only to rules with a transition: a quiet fleet costs no commands.
 * A metric that cannot be read skips its rules; it never resolves them.
 */
export class AlertEvaluator {
  readonly #options: EvaluatorOptions;
  readonly #clock: Clock;
  #timer: Timer | undefined;
  #round: Promise<unknown> = Promise.resolve();
  #running = false;
  #stopped = false;
  /**
   * Fingerprints by labels object and rule: a metric source that hands out the
   * same labels object for a series each round (metric-source.ts does) pays
   * for each fingerprint once.
   */
  readonly #fingerprints = new WeakMap<object, Map<string, string>>();
  readonly #fingerprint = (ruleId: string, labels: MetricSample["labels"]): string => {
    let byRule = this.#fingerprints.get(labels);
    if (!byRule) this.#fingerprints.set(labels, byRule = new Map());
    let fp = byRule.get(ruleId);
    if (fp === undefined) byRule.set(ruleId, fp = fingerprintOf(ruleId, labels));
    return fp;
  };

  constructor(options: EvaluatorOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  start(): void {
    this.#stopped = false;
    this.#schedule();
  }

  #schedule(): void {
    if (this.#stopped) return;
    const ms = Math.max(100, this.#options.intervalSeconds() * 1000);
    this.#timer = this.#clock.setTimeout(() => {
      this.#round = this.evaluate().catch((error) =>
        this.#options.log?.warn("alert evaluation failed", { error })
      ).finally(() => this.#schedule());
    }, ms);
  }

  /** One round now (tests call it directly); nothing on a node that is not the leader. */
  async evaluate(): Promise<EvaluationRound> {
    const round = { rules: 0, skipped: 0, commands: 0 };
    if (!this.#options.isLeader() || this.#running) return round;
    this.#running = true;
    try {
      const now = new Date(this.#clock.now()).toISOString();
      const rules = this.#options.rules();
      round.rules = rules.length;
      const sent: Promise<void>[] = [];
      const reads = new Map<string, Promise<MetricSample[]>>();
      for (const rule of rules) {
        // Fleet-view series are read whole once and filtered here; a measured metric's
        // selector picks its scope (agent, capability, fleet), so it goes to the source.
        const whole = FLEET_VIEW_METRICS.includes(rule.metric);
        const key = whole ? rule.metric : JSON.stringify([rule.metric, rule.selector ?? {}]);
        let read = reads.get(key);
        if (!read) {
          read = this.#options.source.sample(rule.metric, whole ? undefined : rule.selector);
          read.catch(() => {});
          reads.set(key, read);
        }
        let samples: MetricSample[];
        try {
          samples = selectSeries(await read, rule.selector)
            .filter((s) => Number.isFinite(s.value));
        } catch (error) {
          round.skipped++;
          this.#options.log?.debug("alert rule skipped", { ruleId: rule.id, error });
          continue;
        }
        const state = this.#options.states.get(rule.id);
        const events = evaluateRule(state, rule, samples, now, this.#fingerprint);
        if (events.length === 0) continue;
        round.commands++;
        sent.push(
          this.#options.alerts.evaluate(
            rule.id,
            { rule, samples: relevant(rule, samples, state, this.#fingerprint) },
            {
              wait: false,
              metadata: { now, principal },
            },
          ),
        );
      }
      const live = new Set(rules.map((r) => r.id));
      for (const ruleId of this.#options.states.rulesWithOpenAlerts()) {
        if (live.has(ruleId)) continue;
        round.commands++;
        sent.push(
          this.#options.alerts.retire(ruleId, {}, { wait: false, metadata: { now, principal } }),
        );
      }
      await Promise.all(sent);
      return round;
    } finally {
      this.#running = false;
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#timer?.cancel();
    await this.#round;
  }
}
