import { config } from "../config.ts";

export type EmailContent = { subject: string; text: string; html: string };

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The portal's e-mail layout: "Bonjour," paragraphs, an optional link, the support team's signature. */
export function renderEmail(input: { subject: string; paragraphs: string[]; link?: { label: string; url: string } }): EmailContent {
  const signature = `L'équipe support du ${config.serviceName}`;
  const text = ["Bonjour,", "", ...input.paragraphs.flatMap((p) => [p, ""]), ...(input.link ? [`${input.link.label} : ${input.link.url}`, ""] : []), signature].join("\n");
  const html = [
    "<p>Bonjour,</p>",
    ...input.paragraphs.map((p) => `<p>${escape(p)}</p>`),
    ...(input.link ? [`<p><a href="${escape(input.link.url)}">${escape(input.link.label)}</a></p>`] : []),
    `<p>${escape(signature)}</p>`,
  ].join("\n");
  return { subject: `${config.serviceName} : ${input.subject}`, text, html };
}
