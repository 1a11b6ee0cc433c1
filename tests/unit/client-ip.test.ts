import { describe, expect, it } from "vitest";
import { addressKey, clientAddress, normaliseIp, parseTrustedProxies } from "@/server/http/client-ip.ts";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.10 loopback");

describe("client address", () => {
  it("is the socket's address by default, whatever X-Forwarded-For and X-Real-IP say", () => {
    expect(clientAddress("203.0.113.7", { forwardedFor: "1.2.3.4", realIp: "5.6.7.8" }, none)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", { forwardedFor: "1.2.3.4" }, none)).toBe("203.0.113.7");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress("198.51.100.9", { forwardedFor: "1.2.3.4" }, proxies)).toBe("198.51.100.9");
  });

  it("behind trusted proxies, is the first address from the right that is not one of them", () => {
    // The client wrote "1.2.3.4" itself; the trusted proxy appended the real peer 198.51.100.20.
    expect(clientAddress("10.0.0.5", { forwardedFor: "1.2.3.4, 198.51.100.20" }, proxies)).toBe("198.51.100.20");
    expect(clientAddress("10.0.0.5", { forwardedFor: ["1.2.3.4", "198.51.100.20, 10.1.1.1"] }, proxies)).toBe("198.51.100.20");
    expect(clientAddress("127.0.0.1", { forwardedFor: "198.51.100.20, 192.0.2.10" }, proxies)).toBe("198.51.100.20");
  });

  it("stops at an unreadable hop, keeping the last trusted one", () => {
    expect(clientAddress("10.0.0.5", { forwardedFor: "198.51.100.20, nonsense" }, proxies)).toBe("10.0.0.5");
  });

  it("takes X-Real-IP only from a trusted proxy that sent no X-Forwarded-For", () => {
    expect(clientAddress("10.0.0.5", { realIp: "198.51.100.30" }, proxies)).toBe("198.51.100.30");
    expect(clientAddress("10.0.0.5", { realIp: "garbage" }, proxies)).toBe("10.0.0.5");
  });

  it("normalises ports, brackets, zones and IPv4-mapped addresses", () => {
    expect(normaliseIp("198.51.100.1:4711")).toBe("198.51.100.1");
    expect(normaliseIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseIp("fe80::1%eth0")).toBe("fe80::1");
    expect(normaliseIp("::ffff:10.0.0.1")).toBe("10.0.0.1");
    expect(normaliseIp("evil.example")).toBeNull();
  });

  it("refuses a TRUSTED_PROXIES entry it cannot read, with a message that names it", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/proxy.example/);
  });

  it("counts an IPv6 client under its /64, so that rotating the interface part gains nothing", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("198.51.100.1")).toBe("198.51.100.1");
  });
});
