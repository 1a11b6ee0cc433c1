// "Valider et envoyer" in a process of its own that dies (SIGKILL, as a crash or an out-of-memory kill would) after
// the Factur-X PDF and the deposit receipt were produced and every write of the send's transaction was made, just
// before its COMMIT. The fault is injected here, in the test's child process, by wrapping db.$transaction: the use
// case itself carries no test hook. Input: SEND_USER_ID and SEND_INPUT (the form, JSON).
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { db } from "@/server/db.ts";

const original = db.$transaction.bind(db) as (fn: (tx: unknown) => Promise<unknown>, options?: unknown) => Promise<unknown>;
Object.defineProperty(db, "$transaction", {
  configurable: true,
  value: (fn: (tx: unknown) => Promise<unknown>, options?: unknown) =>
    original(async (tx) => {
      await fn(tx);
      console.log("dying before commit");
      process.kill(process.pid, "SIGKILL");
      await new Promise(() => {});
    }, options),
});

await sendInvoice({ userId: process.env.SEND_USER_ID!, input: JSON.parse(process.env.SEND_INPUT!) });
console.log("sent: the fault did not fire");
process.exit(3);
