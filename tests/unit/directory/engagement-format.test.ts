// The numéro d'engagement format language: what it accepts, its French label, and that no format, however chosen,
// can make a hostile number expensive (the regular expression ^(a+)+$ froze the server 42 s on 30 "a" and a "!").
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkEngagementNumber,
  ENGAGEMENT_CHARSETS,
  ENGAGEMENT_MAX_LENGTH,
  engagementFormatLabel,
  engagementFormatOf,
  matchesEngagementFormat,
  type EngagementFormat,
} from "@/features/directory/rules/engagement-format.ts";

const format = (charset: EngagementFormat["charset"], minLength: number | null, maxLength: number | null, prefix: string | null = null): EngagementFormat => ({
  charset,
  minLength,
  maxLength,
  prefix,
});

describe("engagement format", () => {
  it("accepts what the DEP COTES-D'ARMOR asks (5 or 6 digits) and nothing else", () => {
    const cotesDArmor = format("CHIFFRES", 5, 6);
    expect(["91821", "123456"].map((value) => matchesEngagementFormat(cotesDArmor, value))).toEqual([true, true]);
    expect(["9182", "1234567", "BM124", "9182A", "", " 91821", "９１８２１"].map((value) => matchesEngagementFormat(cotesDArmor, value))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("checks a fixed prefix, then counts the characters after it", () => {
    const ej = format("CHIFFRES", 8, 8, "EJ");
    expect(matchesEngagementFormat(ej, "EJ12345678")).toBe(true);
    expect(matchesEngagementFormat(ej, "ej12345678")).toBe(false);
    expect(matchesEngagementFormat(ej, "EJ1234567")).toBe(false);
    expect(matchesEngagementFormat(ej, "12345678")).toBe(false);
    expect(matchesEngagementFormat(format("ALPHANUMERIQUES_SEPARATEURS", null, null), "EJ-2018/12.a")).toBe(true);
    expect(matchesEngagementFormat(format("ALPHANUMERIQUES", null, null), "EJ-2018")).toBe(false);
    expect(matchesEngagementFormat(format("LETTRES", 2, null), "Ab")).toBe(true);
    expect(matchesEngagementFormat(format("LETTRES", 2, null), "é1")).toBe(false);
    expect(matchesEngagementFormat(null, "n'importe quoi")).toBe(true);
  });

  it("says the format in French, as suppliers read it", () => {
    expect(engagementFormatLabel(format("CHIFFRES", 5, 6))).toBe("5 ou 6 chiffres");
    expect(engagementFormatLabel(format("CHIFFRES", 10, 10))).toBe("10 chiffres");
    expect(engagementFormatLabel(format("CHIFFRES", 8, 8, "EJ"))).toBe("« EJ » suivi de 8 chiffres");
    expect(engagementFormatLabel(format("ALPHANUMERIQUES", 4, 12))).toBe("de 4 à 12 lettres ou chiffres");
    expect(engagementFormatLabel(format("LETTRES", 1, null))).toBe("au moins 1 lettre");
    expect(engagementFormatLabel(format("CHIFFRES", null, 10))).toBe("au plus 10 chiffres");
    expect(engagementFormatLabel(format("CHIFFRES", null, null))).toBe("des chiffres");
    expect(engagementFormatLabel(null)).toBe("Libre");
    expect(engagementFormatOf({ engagementCharset: null, engagementMinLength: 5, engagementMaxLength: 6, engagementPrefix: null })).toBeNull();
  });

  it("decides any 1,000-character number against any format in at most one step per character", () => {
    const hostile = [
      "a".repeat(999) + "!",
      "a".repeat(1000),
      "1".repeat(999) + "a",
      "EJ" + "1".repeat(998),
      "EJ".repeat(500),
      "-".repeat(1000),
      "é".repeat(1000),
      "\u0000".repeat(1000),
      "1".repeat(500) + "a".repeat(500),
    ];
    const prefixes = [null, "EJ", "A", "a".repeat(20), "1".repeat(20)];
    const lengths: [number | null, number | null][] = [
      [null, null],
      [1, 1],
      [5, 6],
      [1, ENGAGEMENT_MAX_LENGTH],
      [ENGAGEMENT_MAX_LENGTH, null],
      [null, ENGAGEMENT_MAX_LENGTH],
    ];
    let checked = 0;
    for (const charset of ENGAGEMENT_CHARSETS)
      for (const prefix of prefixes)
        for (const [min, max] of lengths)
          for (const value of hostile) {
            const { steps } = checkEngagementNumber(format(charset, min, max, prefix), value);
            expect(steps).toBeLessThanOrEqual(value.length + 1);
            checked++;
          }
    // A number that fits a wide format is read once, character by character: linear, never more.
    const wide = format("ALPHANUMERIQUES", 1, null);
    for (const size of [10, 100, 1000, 100_000]) expect(checkEngagementNumber(wide, "a".repeat(size))).toEqual({ ok: true, steps: size });
    expect(checked).toBe(ENGAGEMENT_CHARSETS.length * prefixes.length * lengths.length * hostile.length);
  });

  it("builds no regular expression from stored data: the checker uses none, the recipient's rules build none", () => {
    const read = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8");
    expect(read("src/features/directory/rules/engagement-format.ts")).not.toMatch(/RegExp|\.test\(|\.match\(|\.search\(/);
    for (const file of ["src/features/invoices/common/schemas.ts", "src/features/invoices/lifecycle/rules/routing.ts", "src/features/invoices/common/data/recipient.ts"]) {
      expect(read(file), file).not.toMatch(/RegExp\([^)]*(engagement|recipient|format)/i);
    }
  });
});
