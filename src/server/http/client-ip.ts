// The client's address. X-Forwarded-For and X-Real-IP are written by whoever sends the request, so they are
// believed only when the request comes from a proxy that TRUSTED_PROXIES names; otherwise the address is the
// socket's. Pure: no I/O (the HTTP server of scripts/serve.ts calls it with the socket's address).
import { BlockList, isIP } from "node:net";

/** An address or a CIDR of TRUSTED_PROXIES (comma or space separated), or "loopback" / "private". */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
    const entry = raw.toLowerCase();
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    if (entry === "private") {
      for (const [net, bits] of [["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16]] as const) list.addSubnet(net, bits, "ipv4");
      list.addSubnet("fc00::", 7, "ipv6");
      continue;
    }
    const [address, bits, extra] = entry.split("/");
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : Number(bits);
    const max = family === 4 ? 32 : 128;
    if (!family || extra !== undefined || (prefix !== undefined && (!/^\d+$/.test(bits!) || prefix > max))) {
      throw new Error(`TRUSTED_PROXIES : « ${raw} » n'est ni une adresse IP, ni un réseau CIDR (ex. 10.0.0.0/8), ni « loopback » ou « private ».`);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return list;
}

/** An address as a header gives it: trimmed, without port, brackets or zone, IPv4-mapped IPv6 as IPv4; null if invalid. */
export function normaliseIp(value: string | undefined | null): string | null {
  if (!value) return null;
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(address);
  if (mapped) address = mapped[1];
  return isIP(address) ? address : null;
}

function isTrusted(trusted: BlockList, address: string): boolean {
  return trusted.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client of a request: the socket's address, unless that peer is a trusted proxy; then X-Forwarded-For is
 * read from the right (each trusted hop names the one before it) up to the first address that is not a trusted
 * proxy. X-Real-IP counts only from a trusted peer and without X-Forwarded-For. An unreadable hop stops the walk.
 */
export function clientAddress(
  socketAddress: string | undefined,
  headers: { forwardedFor?: string | string[]; realIp?: string | string[] },
  trusted: BlockList,
): string | null {
  let client = normaliseIp(socketAddress);
  if (!client || !isTrusted(trusted, client)) return client;
  const forwarded = [headers.forwardedFor ?? []].flat().join(",").split(",").map((hop) => hop.trim()).filter(Boolean);
  if (forwarded.length === 0) {
    const real = normaliseIp([headers.realIp ?? []].flat()[0]);
    return real ?? client;
  }
  for (const hop of forwarded.reverse()) {
    const address = normaliseIp(hop);
    if (!address) return client;
    client = address;
    if (!isTrusted(trusted, address)) return client;
  }
  return client;
}

/** The key that rate limits count an address under: the address itself, or for IPv6 its /64 (one subscriber's network). */
export function addressKey(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head, tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
