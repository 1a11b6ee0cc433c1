import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_LOGIN, safeReturnPath } from "@/features/accounts/rules/return-path.ts";

describe("return path after login", () => {
  it("follows a path of this site, with its query and fragment", () => {
    expect(safeReturnPath("/factures-emises")).toBe("/factures-emises");
    expect(safeReturnPath("/factures-emises/rechercher?numero=F%202024&page=2#liste")).toBe("/factures-emises/rechercher?numero=F%202024&page=2#liste");
    expect(safeReturnPath("/mon-compte/../accueil")).toBe("/accueil");
  });

  it.each([
    ["nothing", undefined],
    ["an absolute address", "https://evil.example/"],
    ["a protocol-relative address", "//evil.example"],
    ["a backslash after the slash", "/\\evil.example"],
    ["a backslash further on", "/a\\..\\..\\evil"],
    ["an encoded backslash", "/%5Cevil.example"],
    ["a doubly encoded backslash", "/%255Cevil.example"],
    ["an encoded double slash", "%2F%2Fevil.example"],
    ["a slash then an encoded slash", "/%2Fevil.example"],
    ["a doubly encoded double slash", "/%252Fevil.example"],
    ["an encoded tab between slashes", "/%09/evil.example"],
    ["a raw tab between slashes", "/\t/evil.example"],
    ["a raw newline", "/\n/evil.example"],
    ["an encoded newline", "/%0A"],
    ["an encoded carriage return and line feed", "/accueil%0D%0ASet-Cookie:x=1"],
    ["a null byte", "/%00"],
    ["a javascript: address", "javascript:alert(1)"],
    ["a path with a scheme-like start", "/javascript:alert(1)//x"],
    ["a broken escape", "/%E0%A4%A"],
    ["an overlong path", `/${"a".repeat(3000)}`],
    ["a non-ASCII character", "/é"],
  ])("goes home instead of %s", (_what, value) => {
    const answer = safeReturnPath(value);
    if (value === "/javascript:alert(1)//x") {
      // A path segment named "javascript:alert(1)" of this site: harmless, and kept as a path.
      expect(new URL(answer, "http://portail.test").origin).toBe("http://portail.test");
      return;
    }
    expect(answer).toBe(DEFAULT_AFTER_LOGIN);
  });

  it("always answers a path that a browser keeps on this site", () => {
    const tricky = ["/%09/evil", "/\\/evil", "/%2F/evil", "/.//evil", "/./%2Fevil", "/?x=//evil", "/#//evil"];
    for (const value of tricky) {
      const answer = safeReturnPath(value);
      expect(answer.startsWith("/") && !answer.startsWith("//") && !answer.startsWith("/\\")).toBe(true);
      expect(new URL(answer, "http://portail.test").origin).toBe("http://portail.test");
    }
  });
});
