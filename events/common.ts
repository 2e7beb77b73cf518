import { z } from "zod";

/** Ids are short, printable and safe in NATS subjects and URLs. */
export const Id = z.string().regex(
  /^[A-Za-z0-9_-]{1,128}$/,
  "expected 1-128 characters of A-Z a-z 0-9 _ -",
);
export const Capability = z.string().regex(
  /^[a-z0-9][a-z0-9._-]{0,63}$/,
  "expected a lowercase name of up to 64 characters (a-z 0-9 . _ -)",
);
/** Time comes into actors from command metadata, never from a clock read. */
export const Timestamp = z.iso.datetime({ offset: true });
