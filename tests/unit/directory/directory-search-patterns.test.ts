import { describe, expect, it } from "vitest";
import { directorySearchSchema } from "@/features/directory/schemas.ts";
import { resultCountLabel, searchQuery } from "@/features/directory/rules/labels.ts";
import { identifierToLike, textToLikePatterns } from "@/features/directory/rules/search-patterns.ts";

describe("Siret / Identifiant", () => {
  it("matches identifiers starting with what was typed, spaces ignored", () => {
    expect(identifierToLike("22220001600327")).toBe("22220001600327%");
    expect(identifierToLike("222 200 016")).toBe("222200016%");
  });

  it("reads * as any characters, and escapes nothing else", () => {
    expect(identifierToLike("2429*12")).toBe("2429%12%");
    expect(identifierToLike("*00327")).toBe("%00327%");
    expect(identifierToLike("2**9")).toBe("2%9%");
  });

  it("is no criterion when it holds no letter or digit", () => {
    expect(identifierToLike("")).toBeNull();
    expect(identifierToLike(" * ")).toBeNull();
  });
});

describe("Nom, Ville, Code Postal ou Raison Sociale", () => {
  it("gives one pattern per word, upper case and without accents", () => {
    expect(textToLikePatterns("Côtes-d'Armor")).toEqual(["%COTES%", "%D%", "%ARMOR%"]);
    expect(textToLikePatterns("  brest   29200 ")).toEqual(["%BREST%", "%29200%"]);
  });

  it("reads * as any characters inside a word, and escapes LIKE's own wildcards", () => {
    expect(textToLikePatterns("BREST*")).toEqual(["%BREST%"]);
    expect(textToLikePatterns("br*st")).toEqual(["%BR%ST%"]);
    expect(textToLikePatterns("100%")).toEqual(["%100%"]);
    expect(textToLikePatterns("* ")).toEqual([]);
  });
});

describe("search criteria", () => {
  it("asks for at least one criterion, next to the Siret / Identifiant field", () => {
    const result = directorySearchSchema.safeParse({ identifiant: " ", texte: "*" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["identifiant"], message: expect.stringContaining("au moins un critère") });
  });

  it("defaults to the first page of 5 lines, and ignores nonsense page numbers and sizes", () => {
    expect(directorySearchSchema.parse({ texte: "brest" })).toEqual({ identifiant: "", texte: "brest", page: 1, parPage: 5 });
    expect(directorySearchSchema.parse({ texte: "brest", page: "3", parPage: "20" })).toMatchObject({ page: 3, parPage: 20 });
    expect(directorySearchSchema.parse({ texte: "brest", page: "-2", parPage: "7" })).toMatchObject({ page: 1, parPage: 5 });
  });

  it("refuses an identifier with punctuation", () => {
    expect(directorySearchSchema.safeParse({ identifiant: "2429%" }).success).toBe(false);
  });
});

describe("what the results say", () => {
  it("counts the structures found, bounded for huge searches", () => {
    expect(resultCountLabel(1, false)).toBe("1 structure");
    expect(resultCountLabel(1234, false)).toBe(`${(1234).toLocaleString("fr-FR")} structures`);
    expect(resultCountLabel(0, false)).toBe("Aucune structure publique ne correspond à votre recherche.");
    expect(resultCountLabel(1000, true)).toMatch(/^Plus de 1.000 structures/);
  });

  it("keeps the criteria in the links, without empty ones", () => {
    expect(searchQuery({ identifiant: "", texte: "brest*", parPage: 10, page: 2 })).toBe("texte=brest*&parPage=10&page=2");
  });
});
