import { afterEach, describe, expect, it, vi } from "vitest";
import { ACCESS_TOKEN_LIFETIME_S, signAccessToken, verifyAccessToken } from "@/server/api/access-tokens.ts";

const claims = { userId: "5b0f3a52-8f43-4a54-9b0e-4b1f0d6f2a11", clientId: "0c6d2f1e-3b7a-4f0e-9d43-1a2b3c4d5e6f", scopes: ["lecture" as const] };

describe("verifyAccessToken, a token checked once being remembered", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it("gives the same claims on every use, each caller its own copy", async () => {
    const token = await signAccessToken(claims);
    const first = await verifyAccessToken(token);
    const second = await verifyAccessToken(token);
    expect(first).toEqual(second);
    expect(first).toMatchObject(claims);
    first!.scopes.push("ecriture");
    expect((await verifyAccessToken(token))!.scopes).toEqual(["lecture"]);
  });

  it("refuses it once expired, though it was valid when first checked", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const token = await signAccessToken(claims);
    expect(await verifyAccessToken(token)).not.toBeNull();
    vi.setSystemTime(Date.now() + (ACCESS_TOKEN_LIFETIME_S - 1) * 1000);
    expect(await verifyAccessToken(token)).not.toBeNull();
    vi.setSystemTime(Date.now() + 2000);
    expect(await verifyAccessToken(token)).toBeNull();
  });

  it("refuses it under another server key, and an altered copy of it", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "premier-secret-du-serveur-pour-ce-test");
    const token = await signAccessToken(claims);
    expect(await verifyAccessToken(token)).not.toBeNull();
    const [header, payload, signature] = token.split(".");
    const altered = JSON.parse(Buffer.from(payload, "base64url").toString());
    altered.sub = "00000000-0000-4000-8000-000000000000";
    expect(await verifyAccessToken([header, Buffer.from(JSON.stringify(altered)).toString("base64url"), signature].join("."))).toBeNull();
    vi.stubEnv("NEXTAUTH_SECRET", "second-secret-du-serveur-pour-ce-test");
    expect(await verifyAccessToken(token)).toBeNull();
  });
});
