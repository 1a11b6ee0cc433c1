import { describe, expect, it } from "vitest";
import { isPasswordAcceptable, passwordComplexity, passwordGroups } from "@/features/accounts/rules/password-policy.ts";
import { safeReturnPath } from "@/features/accounts/rules/return-path.ts";

describe("password policy", () => {
  it("needs at least 12 characters", () => {
    expect(isPasswordAcceptable("Abcdefgh12!")).toBe(false); // 11
    expect(isPasswordAcceptable("Abcdefgh123!")).toBe(true); // 12
  });

  it("needs at least 3 of the 4 groups", () => {
    expect(isPasswordAcceptable("abcdefghijklmnop")).toBe(false);
    expect(isPasswordAcceptable("abcdefghIJKLMNOP")).toBe(false);
    expect(isPasswordAcceptable("abcdefghIJKLMN12")).toBe(true);
    expect(isPasswordAcceptable("abcdefgh12345678")).toBe(false);
    expect(isPasswordAcceptable("abcdefgh1234567!")).toBe(true);
    expect(isPasswordAcceptable("ABCDEFGH1234567;")).toBe(true);
  });

  it("counts accented letters and punctuation as special characters, not as letters", () => {
    expect([...passwordGroups("é")]).toEqual(["speciaux"]);
    expect([...passwordGroups("À")]).toEqual(["speciaux"]);
    expect(passwordGroups("aA1,")).toEqual(new Set(["minuscules", "majuscules", "chiffres", "speciaux"]));
    expect(isPasswordAcceptable("éléphantrose12")).toBe(true); // minuscules, chiffres, accents
    expect(isPasswordAcceptable("elephantrose12")).toBe(false);
  });

  it("counts characters, not UTF-16 units, and ignores spaces as a group", () => {
    expect(isPasswordAcceptable("Abc1 😀😀😀😀😀")).toBe(false); // 10 characters
    expect(passwordGroups("a b")).toEqual(new Set(["minuscules"]));
  });

  it("gives the meter's words", () => {
    expect(passwordComplexity("")).toBe("Insuffisant");
    expect(passwordComplexity("court1A!")).toBe("Insuffisant");
    expect(passwordComplexity("Portail-Demo-2026!")).toBe("Satisfaisant");
  });
});

describe("return path after login", () => {
  it("keeps a path of this site and refuses any other address", () => {
    expect(safeReturnPath("/mandats/signer/abc?x=1")).toBe("/mandats/signer/abc?x=1");
    expect(safeReturnPath(undefined)).toBe("/accueil");
    expect(safeReturnPath("")).toBe("/accueil");
    expect(safeReturnPath("https://pirate.example")).toBe("/accueil");
    expect(safeReturnPath("//pirate.example")).toBe("/accueil");
    expect(safeReturnPath("/\\pirate.example")).toBe("/accueil");
  });
});
