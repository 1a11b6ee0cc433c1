import { describe, expect, it } from "vitest";
import { demoModeRefusal, isPrivateUrl, resolveDemoMode } from "@/server/demo-mode.ts";

describe("demo mode", () => {
  it("is what DEMO_MODE says; unset, on outside production only", () => {
    expect(resolveDemoMode({ DEMO_MODE: "true", NODE_ENV: "production" })).toBe(true);
    expect(resolveDemoMode({ DEMO_MODE: "false" })).toBe(false);
    expect(resolveDemoMode({})).toBe(true);
    expect(resolveDemoMode({ NODE_ENV: "production", DEMO_PASSWORD: "x" })).toBe(false);
    expect(() => resolveDemoMode({ DEMO_MODE: "oui" })).toThrow(/DEMO_MODE/);
  });

  it("tells a private address from a public one", () => {
    for (const url of ["http://localhost:3000", "http://127.0.0.1", "http://[::1]:3000", "http://10.1.2.3", "http://192.168.1.10", "http://172.20.0.5", "http://portail.local", "http://app.localhost"]) {
      expect(isPrivateUrl(url), url).toBe(true);
    }
    for (const url of ["https://portail.example.gouv.fr", "http://203.0.113.5", "http://172.32.0.1", "http://[2001:db8::1]", "pas une adresse"]) {
      expect(isPrivateUrl(url), url).toBe(false);
    }
  });

  it("refuses to start on a public address unless asked explicitly, and says how", () => {
    const refusal = demoModeRefusal({ DEMO_MODE: "true" }, "https://portail.example.gouv.fr");
    expect(refusal).toContain("NEXTAUTH_URL=https://portail.example.gouv.fr");
    expect(refusal).toContain("DEMO_ALLOW_PUBLIC_URL=true");
    expect(demoModeRefusal({ DEMO_MODE: "true", DEMO_ALLOW_PUBLIC_URL: "true" }, "https://portail.example.gouv.fr")).toBeNull();
    expect(demoModeRefusal({ DEMO_MODE: "false" }, "https://portail.example.gouv.fr")).toBeNull();
    expect(demoModeRefusal({}, "http://localhost:3000")).toBeNull();
  });
});
