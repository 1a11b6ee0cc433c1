import { describe, expect, it } from "vitest";
import { DEPARTEMENTS } from "../../../scripts/bench/directory-places.ts";
import { generateDirectory, generatedSiret } from "../../../scripts/bench/directory-generator.ts";
import { isValidSiret } from "@/lib/siret.ts";

describe("generated public directory", () => {
  const directory = generateDirectory(5000, 7);

  it("gives Luhn-valid, distinct 14-digit SIRETs", () => {
    expect(directory.every((s) => /^[0-9]{14}$/.test(s.identifier) && isValidSiret(s.identifier))).toBe(true);
    expect(new Set(directory.map((s) => s.identifier)).size).toBe(directory.length);
    // Beyond 5,000 bodies of one kind in a département, the establishment number (NIC) takes over.
    expect(isValidSiret(generatedSiret("21", "29", 12_345))).toBe(true);
    expect(generatedSiret("21", "29", 12_345)).not.toBe(generatedSiret("21", "29", 2_345));
  });

  it("is deterministic for a seed, and different for another", () => {
    expect(generateDirectory(200, 7)).toEqual(directory.slice(0, 200));
    expect(generateDirectory(200, 8)).not.toEqual(directory.slice(0, 200));
  });

  it("keeps postal code and town consistent with the département, with 1 to 4 services and mixed parameters", () => {
    const towns = new Map(DEPARTEMENTS.flatMap((d) => d.towns.map(([postalCode, town]) => [`${postalCode} ${town}`, d])));
    for (const structure of directory) {
      const departement = towns.get(`${structure.codePostal} ${structure.ville}`);
      expect(departement).toBeDefined();
      expect(structure.codePostal.startsWith(departement!.code.slice(0, 2))).toBe(true);
      expect(structure.services.length).toBeGreaterThanOrEqual(1);
      expect(structure.services.length).toBeLessThanOrEqual(4);
      expect(new Set(structure.services.map((s) => s.code)).size).toBe(structure.services.length);
    }
    const share = (test: (s: (typeof directory)[number]) => boolean) => directory.filter(test).length / directory.length;
    expect(share((s) => s.engagementObligatoire)).toBeGreaterThan(0.2);
    expect(share((s) => s.serviceObligatoire)).toBeGreaterThan(0.1);
    expect(share((s) => s.engagementCharset !== null)).toBeGreaterThan(0.05);
    expect(share((s) => s.status === "INACTIF")).toBeGreaterThan(0);
    expect(directory.some((s) => s.raisonSociale.startsWith("COMMUNE DE "))).toBe(true);
    expect(directory.some((s) => s.raisonSociale.startsWith("COLLEGE "))).toBe(true);
  });
});
