// Reads the e-mails that the portal sent, from the MailDev started for the end-to-end tests (its REST API).
import { expect } from "@playwright/test";
import { MAILDEV_WEB_PORT } from "../playwright.config.ts";

type MaildevEmail = { id: string; subject: string; to: { address: string }[]; text: string; html: string; date: string };

const inbox = `http://127.0.0.1:${MAILDEV_WEB_PORT}`;

/** The latest e-mail to `address` whose subject contains `subject`, waiting for the outbox to send it. */
export async function waitForEmail(address: string, subject: string | RegExp, timeoutMs = 20_000): Promise<MaildevEmail> {
  let found: MaildevEmail | undefined;
  await expect
    .poll(
      async () => {
        const emails = (await (await fetch(`${inbox}/email`)).json()) as MaildevEmail[];
        found = emails
          .filter((e) => e.to.some((to) => to.address.toLowerCase() === address.toLowerCase()))
          .filter((e) => (typeof subject === "string" ? e.subject.includes(subject) : subject.test(e.subject)))
          .sort((a, b) => b.date.localeCompare(a.date))[0];
        return found !== undefined;
      },
      { timeout: timeoutMs, message: `courriel « ${subject} » pour ${address}` },
    )
    .toBe(true);
  return found!;
}

/** The first link of the e-mail's text whose address contains `pathPart`. */
export function linkIn(email: MaildevEmail, pathPart: string): string {
  const link = email.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(pathPart));
  if (!link) throw new Error(`Aucun lien « ${pathPart} » dans le courriel « ${email.subject} » :\n${email.text}`);
  return link;
}
