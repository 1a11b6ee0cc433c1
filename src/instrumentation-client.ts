// Runs in the browser before the application's code (Next.js's instrumentation-client hook).
import { config } from "zod";

// Zod compiles object parsers with `new Function` when it may: its probe is refused by the Content-Security-Policy
// (no 'unsafe-eval'), which the browser reports as a violation even though zod then parses without it. Jitless from the
// start: no probe, no violation, the same results.
config({ jitless: true });
