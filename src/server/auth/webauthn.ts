// The relying party of security keys and passkeys (WebAuthn): the portal's public address (NEXTAUTH_URL) gives the
// origin the browser must report and the domain (rpID) the keys are bound to.
import { config } from "@/server/config.ts";

export function relyingParty() {
  const url = new URL(process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`);
  return { rpID: url.hostname, origin: url.origin, rpName: config.serviceName };
}

/** A key's name as the user gave it, or a default one. */
export function securityKeyName(name: string | undefined, count: number): string {
  return name?.trim().slice(0, 60) || `Clé de sécurité ${count + 1}`;
}
