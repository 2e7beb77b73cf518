import {
  type Context,
  context,
  type Span,
  SpanStatusCode,
  trace,
  TraceFlags,
} from "@opentelemetry/api";

/**
 * W3C traceparent, written and read by hand so a trace crosses the command
 * log even where no propagator is registered (Deno registers one only with
 * OTEL_DENO=true; without it the trace id still travels).
 */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

export function traceparentOf(span: Span | undefined = trace.getActiveSpan()): string | undefined {
  const ctx = span?.spanContext();
  if (!ctx || !trace.isSpanContextValid(ctx)) return undefined;
  return `00-${ctx.traceId}-${ctx.spanId}-${(ctx.traceFlags & 0xff).toString(16).padStart(2, "0")}`;
}

export function contextFromTraceparent(
  traceparent: string | undefined,
  base: Context = context.active(),
): Context {
  const match = traceparent ? TRACEPARENT.exec(traceparent) : null;
  if (!match) return base;
  return trace.setSpanContext(base, {
    traceId: match[1]!,
    spanId: match[2]!,
    traceFlags: parseInt(match[3]!, 16) & TraceFlags.SAMPLED,
    isRemote: true,
  });
}

export function traceIdOf(traceparent: string | undefined): string | undefined {
  return traceparent ? TRACEPARENT.exec(traceparent)?.[1] : undefined;
}

export const tracer = trace.getTracer("switchboard");

/** Runs `fn` in a span that is ended, and marked failed on a throw. */
export async function inSpan<T>(
  name: string,
  parent: Context,
  attributes: Record<string, string | number | boolean>,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  return await tracer.startActiveSpan(name, { attributes }, parent, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
