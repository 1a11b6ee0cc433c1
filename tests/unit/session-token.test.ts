import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "@/server/auth/session-token.ts";

const secret = "secret-de-test-secret-de-test-secret-de-test";

describe("decodeSessionToken", () => {
  it("reads the token next-auth seals (the login's cookie)", async () => {
    const token = await encode({ token: { sub: "u1", uid: "u1", sid: "s1" }, secret, maxAge: 60 });
    expect(await decodeSessionToken(token, secret)).toMatchObject({ uid: "u1", sid: "s1" });
  });

  it("refuses a token sealed with another secret, altered, or expired", async () => {
    const token = await encode({ token: { sid: "s1" }, secret, maxAge: 60 });
    expect(await decodeSessionToken(token, `${secret}-autre`)).toBeNull();
    expect(await decodeSessionToken(`${token.slice(0, -4)}AAAA`, secret)).toBeNull();
    expect(await decodeSessionToken(await encode({ token: { sid: "s1" }, secret, maxAge: -60 }), secret)).toBeNull();
    expect(await decodeSessionToken(undefined, secret)).toBeNull();
  });
});
