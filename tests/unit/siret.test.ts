import { describe, expect, it } from "vitest";
import { isValidSiret, passesLuhn, sirenOf } from "@/lib/siret.ts";

describe("SIRET", () => {
  it("accepts SIRETs whose 14 digits pass the Luhn checksum", () => {
    for (const siret of ["24290031400012", "22220001600327", "11000201100044", "22220001600434"]) expect(isValidSiret(siret)).toBe(true);
  });

  it("refuses a wrong checksum, a wrong length or other characters", () => {
    expect(isValidSiret("24290031400013")).toBe(false);
    expect(isValidSiret("2429003140001")).toBe(false);
    expect(isValidSiret("242900314000123")).toBe(false);
    expect(isValidSiret("2429003140001A")).toBe(false);
    expect(isValidSiret("242 900 314 00012")).toBe(false);
  });

  it("accepts La Poste's establishments when their digits add up to a multiple of 5, and its head office by Luhn", () => {
    expect(passesLuhn("35600000052135")).toBe(false);
    expect(isValidSiret("35600000052135")).toBe(true); // 3+5+6+5+2+1+3+5 = 30
    expect(isValidSiret("35600000000048")).toBe(true); // head office, Luhn
    expect(isValidSiret("35600000052136")).toBe(false); // sum 31, not Luhn either
  });

  it("keeps the exception to La Poste's SIREN", () => {
    // 12345678900005: digits add up to 50, but the Luhn checksum fails and the SIREN is not La Poste's.
    expect(passesLuhn("12345678900005")).toBe(false);
    expect(isValidSiret("12345678900005")).toBe(false);
  });

  it("gives the SIREN", () => {
    expect(sirenOf("24290031400012")).toBe("242900314");
  });
});
