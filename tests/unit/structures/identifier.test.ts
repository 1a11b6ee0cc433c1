import { describe, expect, it } from "vitest";
import { buildEnCoursImmatriculationIdentifier, compactUpperCase, identifierError } from "@/features/structures/rules/identifier.ts";

describe("identifier of a company en cours d'immatriculation", () => {
  it("builds the seed's FRCHORUSSOCIETE from France and CHORUS SOCIETE", () => {
    expect(buildEnCoursImmatriculationIdentifier("France", "CHORUS SOCIETE")).toBe("FRCHORUSSOCIETE");
  });

  it("upper-cases and drops accents, spaces and punctuation", () => {
    expect(compactUpperCase("L'Épicerie d'Hélène & Fils, S.A.R.L.")).toBe("LEPICERIEDHELENEFILSSARL");
    expect(buildEnCoursImmatriculationIdentifier("Belgique", "Brasserie Saint-Feuillien")).toBe("BEBRASSERIESAINTFEUILLIEN");
  });

  it("builds nothing without a known country or a raison sociale", () => {
    expect(buildEnCoursImmatriculationIdentifier("", "CHORUS SOCIETE")).toBeNull();
    expect(buildEnCoursImmatriculationIdentifier("Atlantide", "CHORUS SOCIETE")).toBeNull();
    expect(buildEnCoursImmatriculationIdentifier("France", " - ")).toBeNull();
  });
});

describe("identifier checks by type", () => {
  it("requires an identifier", () => {
    expect(identifierError("SIRET", "")).toBe("Saisissez l'identifiant de la structure.");
  });

  it("checks SIRETs: 14 digits, then the checksum", () => {
    expect(identifierError("SIRET", "24290031400012")).toBeNull();
    expect(identifierError("SIRET", "2429003140")).toBe("Le SIRET comporte 14 chiffres, sans espace.");
    expect(identifierError("SIRET", "24290031400013")).toBe("Ce SIRET n'existe pas : vérifiez les 14 chiffres saisis.");
    expect(identifierError("SIRET", "35600000052135")).toBeNull();
  });

  it("checks built identifiers", () => {
    expect(identifierError("EN_COURS_IMMATRICULATION", "FRCHORUSSOCIETE")).toBeNull();
    expect(identifierError("EN_COURS_IMMATRICULATION", "FR")).toBe("Merci de renseigner la Raison sociale et le pays.");
  });

  it("checks EU VAT numbers outside France", () => {
    expect(identifierError("TVA_INTRACOMMUNAUTAIRE", "DE123456789")).toBeNull();
    expect(identifierError("TVA_INTRACOMMUNAUTAIRE", "EL123456789")).toBeNull();
    expect(identifierError("TVA_INTRACOMMUNAUTAIRE", "FR12345678901")).toBe("Une structure française s'identifie par son SIRET.");
    expect(identifierError("TVA_INTRACOMMUNAUTAIRE", "US123456789")).not.toBeNull();
    expect(identifierError("TVA_INTRACOMMUNAUTAIRE", "DE1")).not.toBeNull();
  });

  it("checks RIDET, numéro Tahiti, hors UE and particulier", () => {
    expect(identifierError("RIDET", "1234567001")).toBeNull();
    expect(identifierError("RIDET", "123456700")).not.toBeNull();
    expect(identifierError("TAHITI", "A12345001")).toBeNull();
    expect(identifierError("TAHITI", "AB2345001")).not.toBeNull();
    expect(identifierError("HORS_UE", "CHE123456789")).toBeNull();
    expect(identifierError("HORS_UE", "CHE-123")).not.toBeNull();
    expect(identifierError("PARTICULIER", "DUPONTJEAN1980")).toBeNull();
    expect(identifierError("PARTICULIER", "Dupont Jean")).not.toBeNull();
  });
});
