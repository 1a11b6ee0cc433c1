// MailDev: a real SMTP server that keeps every e-mail and shows them in a web inbox (and a REST API,
// which the end-to-end tests read). Run as a child process: its own signal handlers would exit ours.
import { createRequire } from "node:module";
import path from "node:path";
import { startChild, waitForPort, type Child } from "./processes.ts";

export type MailCatcher = { smtpUrl: string; webUrl: string; stop: () => Promise<void> };

export async function startMailCatcher(options: { smtpPort: number; webPort: number; quiet?: boolean }): Promise<MailCatcher> {
  const require = createRequire(import.meta.url);
  const bin = path.join(path.dirname(require.resolve("maildev/package.json")), "bin", "maildev");
  const child: Child = startChild(
    process.execPath,
    [bin, "--smtp", String(options.smtpPort), "--web", String(options.webPort), "--ip", "127.0.0.1", "--silent"],
    { name: "maildev", stdio: options.quiet ? "ignore" : "inherit" },
  );
  await Promise.all([waitForPort(options.smtpPort), waitForPort(options.webPort)]);
  return {
    smtpUrl: `smtp://127.0.0.1:${options.smtpPort}`,
    webUrl: `http://127.0.0.1:${options.webPort}`,
    stop: child.stop,
  };
}
