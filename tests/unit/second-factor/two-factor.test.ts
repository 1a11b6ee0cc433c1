import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "@/features/second-factor/rules/recovery-codes.ts";
import { newTotpSecret, normaliseTotpCode, totpCode, totpStep, totpUri } from "@/features/second-factor/rules/totp.ts";
import { open, seal } from "@/server/auth/secret-box.ts";

// RFC 6238, appendix B: the SHA-1 key "12345678901234567890" (base32 below); the 8-digit values' last 6 digits.
const RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP (RFC 6238)", () => {
  it("gives the RFC's test values", () => {
    expect(totpCode(RFC_KEY, new Date(59_000))).toBe("287082");
    expect(totpCode(RFC_KEY, new Date(1_111_111_109_000))).toBe("081804");
    expect(totpCode(RFC_KEY, new Date(2_000_000_000_000))).toBe("279037");
  });

  it("accepts the code of the current step and of the steps next to it, and says which step it was", () => {
    const now = new Date(1_700_000_015_000);
    const step = Math.floor(now.getTime() / 30_000);
    expect(totpStep(RFC_KEY, totpCode(RFC_KEY, now), now)).toBe(step);
    expect(totpStep(RFC_KEY, totpCode(RFC_KEY, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(totpStep(RFC_KEY, totpCode(RFC_KEY, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(totpStep(RFC_KEY, totpCode(RFC_KEY, new Date(now.getTime() - 60_000)), now)).toBeNull();
    expect(totpStep(RFC_KEY, "12345", now)).toBeNull();
    expect(totpStep(RFC_KEY, "abcdef", now)).toBeNull();
  });

  it("takes six digits with spaces; new secrets are 160 bits of base32; the URI names the account", () => {
    expect(normaliseTotpCode(" 123 456 ")).toBe("123456");
    expect(normaliseTotpCode("1234567")).toBeNull();
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(newTotpSecret());
    expect(totpUri(RFC_KEY, "camille@exemple.fr")).toMatch(/^otpauth:\/\/totp\/.*camille%40exemple\.fr\?.*secret=GEZDGNBVGY3TQOJQ/);
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes of the form xxxxx-xxxxx, hashed whatever their case, spaces or dash", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(normaliseRecoveryCode(" AbCdE-fGhJk ")).toBe("abcdefghjk");
    expect(hashRecoveryCode("ABCDE FGHJK")).toBe(hashRecoveryCode("abcde-fghjk"));
    expect(hashRecoveryCode("abcde-fghjk")).not.toContain("abcde");
  });
});

describe("secret box (AES-256-GCM)", () => {
  it("opens what it sealed, for the same purpose only, and nothing altered", () => {
    const box = seal("totp", "GEZDGNBVGY3TQOJQ");
    expect(box).not.toContain("GEZDGNBVGY3TQOJQ");
    expect(seal("totp", "GEZDGNBVGY3TQOJQ")).not.toBe(box);
    expect(open("totp", box)).toBe("GEZDGNBVGY3TQOJQ");
    expect(open("autre", box)).toBeNull();
    const [version, iv, tag, ciphertext] = box.split(".");
    const flipped = Buffer.from(ciphertext, "base64url");
    flipped[0] ^= 1;
    expect(open("totp", [version, iv, tag, flipped.toString("base64url")].join("."))).toBeNull();
    expect(open("totp", "v1.pas.une.boite")).toBeNull();
    expect(open("totp", null)).toBeNull();
  });
});
