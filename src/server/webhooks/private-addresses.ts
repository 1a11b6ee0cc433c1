// Which IP addresses a webhook may never be sent to: the portal's own machine and network (loopback, private ranges,
// link-local — where cloud metadata services answer —, CGNAT), multicast, unspecified and the reserved ranges, in IPv4
// and IPv6, an IPv4 address written inside an IPv6 one (mapped, NAT64, 6to4) judged as the IPv4 it carries. Otherwise
// a subscription's URL would let anyone with a technical account make the server call its neighbours (SSRF). Pure.
import { isIPv4, isIPv6 } from "node:net";

export type AddressCategory = "loopback" | "private" | "link-local" | "cgnat" | "multicast" | "unspecified" | "reserved";

export const ADDRESS_CATEGORY_LABELS: Record<AddressCategory, string> = {
  loopback: "adresse de bouclage (la machine du portail)",
  private: "adresse de réseau privé",
  "link-local": "adresse lien-local",
  cgnat: "adresse partagée d'opérateur (CGNAT)",
  multicast: "adresse de multidiffusion",
  unspecified: "adresse non spécifiée",
  reserved: "adresse réservée, non routée sur Internet",
};

type Range = [prefix: number[], bits: number, category: AddressCategory];

// RFC 6890's special-purpose registry, what is not reachable on the Internet (192.88.99.0/24: the 6to4 relays' anycast).
const IPV4_RANGES: Range[] = [
  [[0, 0, 0, 0], 8, "unspecified"],
  [[10, 0, 0, 0], 8, "private"],
  [[100, 64, 0, 0], 10, "cgnat"],
  [[127, 0, 0, 0], 8, "loopback"],
  [[169, 254, 0, 0], 16, "link-local"],
  [[172, 16, 0, 0], 12, "private"],
  [[192, 0, 0, 0], 24, "reserved"],
  [[192, 0, 2, 0], 24, "reserved"],
  [[192, 88, 99, 0], 24, "reserved"],
  [[192, 168, 0, 0], 16, "private"],
  [[198, 18, 0, 0], 15, "reserved"],
  [[198, 51, 100, 0], 24, "reserved"],
  [[203, 0, 113, 0], 24, "reserved"],
  [[224, 0, 0, 0], 4, "multicast"],
  [[240, 0, 0, 0], 4, "reserved"],
];

// Inside 2000::/3 (the only global unicast block), what is still not a reachable host of its own; the rest of the
// IPv6 space outside 2000::/3 (fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast…) is classed below.
const IPV6_GLOBAL_EXCEPTIONS: Range[] = [
  [[0x20, 0x01, 0x0d, 0xb8], 32, "reserved"], // documentation
  [[0x20, 0x01, 0x00, 0x00], 32, "reserved"], // Teredo: the client's address is hidden in it
  [[0x20, 0x01, 0x00, 0x00], 23, "reserved"], // IETF protocol assignments
];

function matches(bytes: number[], [prefix, bits]: Range): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const width = Math.min(8, bits - bit);
    const mask = (0xff << (8 - width)) & 0xff;
    if (((bytes[bit / 8] ?? 0) & mask) !== ((prefix[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}

function ipv4Bytes(address: string): number[] | null {
  return isIPv4(address) ? address.split(".").map(Number) : null;
}

/** The 16 bytes of an IPv6 address (brackets and zone id allowed), or null. */
export function ipv6Bytes(input: string): number[] | null {
  const address = input.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  if (!isIPv6(address)) return null;
  const groupsOf = (part: string): number[] => {
    if (part === "") return [];
    return part.split(":").flatMap((group) => {
      const v4 = ipv4Bytes(group);
      return v4 ? [(v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]] : [parseInt(group, 16)];
    });
  };
  const [head, tail] = address.split("::");
  const headGroups = groupsOf(head);
  const tailGroups = tail === undefined ? [] : groupsOf(tail);
  const groups = [...headGroups, ...Array<number>(8 - headGroups.length - tailGroups.length).fill(0), ...tailGroups];
  if (groups.length !== 8) return null;
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}

function classifyIpv4(bytes: number[]): AddressCategory | null {
  return IPV4_RANGES.find((range) => matches(bytes, range))?.[2] ?? null;
}

function classifyIpv6(bytes: number[]): AddressCategory | null {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  if (zeros(0, 16)) return "unspecified";
  if (zeros(0, 15) && bytes[15] === 1) return "loopback";
  // ::ffff:a.b.c.d (mapped) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address they carry.
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return classifyIpv4(bytes.slice(12));
  if (matches(bytes, [[0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96, "reserved"])) return classifyIpv4(bytes.slice(12));
  if (matches(bytes, [[0x20, 0x02], 16, "reserved"])) return classifyIpv4(bytes.slice(2, 6)) ?? null; // 6to4
  if ((bytes[0] & 0xfe) === 0xfc) return "private"; // fc00::/7, unique local
  if (bytes[0] === 0xfe && (bytes[1] & 0xc0) === 0x80) return "link-local"; // fe80::/10
  if (bytes[0] === 0xfe && (bytes[1] & 0xc0) === 0xc0) return "private"; // fec0::/10, the former site-local
  if (bytes[0] === 0xff) return "multicast";
  if ((bytes[0] & 0xe0) !== 0x20) return "reserved"; // outside 2000::/3: ::/96 IPv4-compatible, 64:ff9b:1::/48, 100::/64…
  return IPV6_GLOBAL_EXCEPTIONS.find((range) => matches(bytes, range))?.[2] ?? null;
}

/** Why a webhook may not go to this IP address (IPv4 or IPv6, brackets allowed), or null for a public address; an unreadable one is "reserved". */
export function forbiddenAddressCategory(address: string): AddressCategory | null {
  const v4 = ipv4Bytes(address);
  if (v4) return classifyIpv4(v4);
  const v6 = ipv6Bytes(address);
  return v6 ? classifyIpv6(v6) : "reserved";
}

/** Is the host name a literal IP address (IPv6 possibly in brackets)? */
export const isIpLiteral = (host: string) => isIPv4(host) || ipv6Bytes(host) !== null;
