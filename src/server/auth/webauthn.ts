// The relying party of security keys and passkeys (WebAuthn): the portal's public address (NEXTAUTH_URL) gives the
// origin the browser must report and the domain (rpID) the keys are bound to.
import { config } from "@/server/config.ts";

export function relyingParty() {
  const url = new URL(process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`);
  return { rpID: url.hostname, origin: url.origin, rpName: config.serviceName };
}
