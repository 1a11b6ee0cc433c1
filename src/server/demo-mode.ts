// Demo mode: the demo accounts (with a password everybody knows) exist only in it, every page says
// "Démonstration", and it refuses a public address unless asked explicitly. Pure: reads only the env it is given.
import { isIP } from "node:net";

type Env = Record<string, string | undefined>;

/** DEMO_MODE=true|false; when unset, on outside production (a developer's `npm start`), off in production. */
export function resolveDemoMode(env: Env): boolean {
  const value = env.DEMO_MODE?.trim().toLowerCase();
  if (value === "true") return true;
  if (value === "false") return false;
  if (value) throw new Error(`DEMO_MODE doit valoir « true » ou « false » (reçu « ${env.DEMO_MODE} »).`);
  return env.NODE_ENV !== "production";
}

function isPrivateIp(address: string): boolean {
  if (isIP(address) === 4) {
    const [a, b] = address.split(".").map(Number);
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
  }
  const lower = address.toLowerCase();
  if (lower === "::1" || lower === "::") return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return isPrivateIp(mapped[1]);
  return /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
}

/** Whether an address is reachable only from this machine or a private network (localhost, 10/8, 192.168/16, *.local…). */
export function isPrivateUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  } catch {
    return false;
  }
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal")) return true;
  return isIP(host) ? isPrivateIp(host) : false;
}

/**
 * Refuses demo mode on a public address (NEXTAUTH_URL), unless DEMO_ALLOW_PUBLIC_URL=true: demo accounts share a
 * known password. Returns the French message that explains it, or null when the start may go on.
 */
export function demoModeRefusal(env: Env, publicUrl: string): string | null {
  if (!resolveDemoMode(env) || isPrivateUrl(publicUrl) || env.DEMO_ALLOW_PUBLIC_URL?.trim().toLowerCase() === "true") return null;
  return [
    `Mode démonstration refusé sur une adresse publique (NEXTAUTH_URL=${publicUrl}) : les comptes de démonstration ont un mot de passe connu de tous.`,
    "Pour un vrai service : DEMO_MODE=false (aucun compte de démonstration).",
    "Pour une démonstration publique assumée : DEMO_ALLOW_PUBLIC_URL=true.",
  ].join("\n");
}
