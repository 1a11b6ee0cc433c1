import { config } from "../config.ts";

export type EmailLink = { label: string; url: string };
/** A titled list of lines, each with its optional link (a daily digest's notifications of one topic). */
export type EmailSection = { title: string; items: { label: string; url?: string }[] };

/**
 * What is queued: the subject, the text and HTML bodies; and, kept for a daily digest that lists it instead of sending
 * it, its subject without the service's name (`headline`) and its link.
 */
export type EmailContent = { subject: string; text: string; html: string; headline?: string; link?: EmailLink };

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const sectionText = (section: EmailSection) => [section.title, ...section.items.map((item) => `- ${item.label}${item.url ? ` : ${item.url}` : ""}`), ""];
const sectionHtml = (section: EmailSection) =>
  [
    `<p><strong>${escape(section.title)}</strong></p>`,
    "<ul>",
    ...section.items.map((item) => `<li>${item.url ? `<a href="${escape(item.url)}">${escape(item.label)}</a>` : escape(item.label)}</li>`),
    "</ul>",
  ].join("\n");

/** The portal's e-mail layout: "Bonjour," paragraphs, optional titled lists, an optional link, the support team's signature. */
export function renderEmail(input: { subject: string; paragraphs: string[]; sections?: EmailSection[]; link?: EmailLink }): EmailContent {
  const signature = `L'équipe support du ${config.serviceName}`;
  const sections = input.sections ?? [];
  const text = [
    "Bonjour,",
    "",
    ...input.paragraphs.flatMap((p) => [p, ""]),
    ...sections.flatMap(sectionText),
    ...(input.link ? [`${input.link.label} : ${input.link.url}`, ""] : []),
    signature,
  ].join("\n");
  const html = [
    "<p>Bonjour,</p>",
    ...input.paragraphs.map((p) => `<p>${escape(p)}</p>`),
    ...sections.map(sectionHtml),
    ...(input.link ? [`<p><a href="${escape(input.link.url)}">${escape(input.link.label)}</a></p>`] : []),
    `<p>${escape(signature)}</p>`,
  ].join("\n");
  return { subject: `${config.serviceName} : ${input.subject}`, text, html, headline: input.subject, link: input.link };
}
