// The URL a webhook subscription may name: https (http only where private networks are allowed, i.e. on a developer's
// machine and in the tests), no credentials in it, and no host the portal must not call — a literal private address,
// localhost. A name is only resolved when a delivery connects (send.ts checks every address the resolution gives, on
// the connection itself), so that a name cannot be turned to a private address between the check and the call.
import { ADDRESS_CATEGORY_LABELS, forbiddenAddressCategory, isIpLiteral } from "./private-addresses.ts";

export const WEBHOOK_URL_MAX_LENGTH = 2000;

/** WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true: webhooks may go to private addresses and over http (tests, a developer's receiver). */
export const privateNetworksAllowed = () => process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS === "true";

/** The refusal told when a host's address is one the portal does not call. */
export const forbiddenAddressMessage = (host: string, label: string) =>
  `Les webhooks ne sont pas envoyés vers ${host} : ${label}. Indiquez une adresse joignable sur Internet.`;

/** Why this URL cannot receive webhooks (a French message for the subscription form), or null when it can. */
export function checkWebhookUrl(value: string, allowPrivate = privateNetworksAllowed()): string | null {
  if (value.length > WEBHOOK_URL_MAX_LENGTH) return `L'URL ne doit pas dépasser ${WEBHOOK_URL_MAX_LENGTH} caractères.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "L'URL n'est pas valide (exemple : https://exemple.fr/webhooks).";
  }
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) return "L'URL doit commencer par https://.";
  if (url.username || url.password) return "L'URL ne doit contenir ni identifiant ni mot de passe.";
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!host) return "L'URL n'est pas valide (exemple : https://exemple.fr/webhooks).";
  if (allowPrivate) return null;
  if (isIpLiteral(host)) {
    const category = forbiddenAddressCategory(host);
    return category ? forbiddenAddressMessage(host, ADDRESS_CATEGORY_LABELS[category]) : null;
  }
  const name = host.toLowerCase().replace(/\.$/, "");
  if (name === "localhost" || name.endsWith(".localhost")) return forbiddenAddressMessage(host, ADDRESS_CATEGORY_LABELS.loopback);
  return null;
}
