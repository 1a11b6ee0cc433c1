// The addresses a webhook is never sent to (SSRF guard), IPv4 and IPv6, an IPv4 carried inside an IPv6 address judged
// as itself; and the subscription URL's check built on them.
import { describe, expect, it } from "vitest";
import { forbiddenAddressCategory, ipv6Bytes } from "@/server/webhooks/private-addresses.ts";
import { checkWebhookUrl } from "@/server/webhooks/url-check.ts";

describe("forbiddenAddressCategory", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.10", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "cgnat"],
    ["100.127.255.255", "cgnat"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["255.255.255.255", "reserved"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.7", "reserved"],
    ["198.18.0.1", "reserved"],
  ])("refuses IPv4 %s (%s)", (address, category) => {
    expect(forbiddenAddressCategory(address)).toBe(category);
  });

  it.each(["8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1", "169.253.0.1", "193.168.1.1", "223.255.255.255"])(
    "lets the public IPv4 %s through",
    (address) => {
      expect(forbiddenAddressCategory(address)).toBeNull();
    },
  );

  it.each([
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["fc00::1", "private"],
    ["fd12:3456:789a::1", "private"],
    ["fec0::1", "private"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:100.64.1.1", "cgnat"],
    ["64:ff9b::192.168.0.1", "private"],
    ["2002:c0a8:0001::1", "private"],
    ["::127.0.0.1", "reserved"],
    ["2001:db8::1", "reserved"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "reserved"],
    ["100::1", "reserved"],
  ])("refuses IPv6 %s (%s)", (address, category) => {
    expect(forbiddenAddressCategory(address)).toBe(category);
  });

  it.each(["2606:4700:4700::1111", "2a00:1450:4007:80e::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:0808:0808::1"])("lets the public IPv6 %s through", (address) => {
    expect(forbiddenAddressCategory(address)).toBeNull();
  });

  it("refuses what it cannot read", () => {
    expect(forbiddenAddressCategory("exemple.fr")).toBe("reserved");
    expect(forbiddenAddressCategory("1.2.3")).toBe("reserved");
    expect(forbiddenAddressCategory("")).toBe("reserved");
  });

  it("reads IPv6 addresses to their 16 bytes", () => {
    expect(ipv6Bytes("::ffff:1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4]);
    expect(ipv6Bytes("2001:db8::ff00:42:8329")).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0xff, 0x00, 0x00, 0x42, 0x83, 0x29]);
    expect(ipv6Bytes("1.2.3.4")).toBeNull();
  });
});

describe("checkWebhookUrl", () => {
  it("accepts a public https URL", () => {
    expect(checkWebhookUrl("https://erp.exemple.fr/webhooks/chorus?source=portail", false)).toBeNull();
    expect(checkWebhookUrl("https://8.8.8.8/hook", false)).toBeNull();
    expect(checkWebhookUrl("https://[2606:4700:4700::1111]:8443/hook", false)).toBeNull();
  });

  it("refuses http, credentials, garbage and overlong URLs", () => {
    expect(checkWebhookUrl("http://erp.exemple.fr/hook", false)).toBe("L'URL doit commencer par https://.");
    expect(checkWebhookUrl("ftp://erp.exemple.fr/hook", false)).toBe("L'URL doit commencer par https://.");
    expect(checkWebhookUrl("https://moi:secret@erp.exemple.fr/hook", false)).toBe("L'URL ne doit contenir ni identifiant ni mot de passe.");
    expect(checkWebhookUrl("pas une url", false)).toMatch(/^L'URL n'est pas valide/);
    expect(checkWebhookUrl(`https://exemple.fr/${"a".repeat(2000)}`, false)).toMatch(/ne doit pas dépasser/);
  });

  it("refuses a literal private address however it is written, and localhost", () => {
    for (const url of [
      "https://127.0.0.1/hook",
      "https://2130706433/hook", // 127.0.0.1 as one number
      "https://0x7f.1/hook",
      "https://[::1]/hook",
      "https://[::ffff:127.0.0.1]/hook",
      "https://169.254.169.254/latest/meta-data",
      "https://[fd00::1]/hook",
      "https://0.0.0.0/hook",
      "https://localhost/hook",
      "https://api.localhost./hook",
    ]) {
      expect(checkWebhookUrl(url, false), url).toMatch(/^Les webhooks ne sont pas envoyés vers /);
    }
  });

  it("lets private addresses and http through where private networks are allowed", () => {
    expect(checkWebhookUrl("http://127.0.0.1:4000/hook", true)).toBeNull();
    expect(checkWebhookUrl("https://localhost/hook", true)).toBeNull();
    expect(checkWebhookUrl("ftp://127.0.0.1/hook", true)).toBe("L'URL doit commencer par https://.");
  });
});
