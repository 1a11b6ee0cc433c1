// The one-time login code sent by e-mail (when the authenticator app is not at hand). Pure: no I/O.
import { createHash } from "node:crypto";

export const EMAIL_CODE_MINUTES = 10;
/** One code a minute at most. */
export const EMAIL_CODE_RESEND_AFTER_MS = 60_000;

/** Only a hash of the code is kept, salted with its session: a code serves in the session that asked for it. */
export const hashEmailCode = (sessionId: string, code: string) => createHash("sha256").update(`email-code:${sessionId}:${code}`).digest("hex");
