import { describe, expect, it } from "vitest";
import {
  canSubscribeMandate,
  canTransition,
  defaultMandateLibelle,
  MANDATE_STATUS_LABELS,
  missingMandateMessage,
  signatureExpiry,
} from "@/features/mandates/rules/mandate-rules.ts";
import { mandateCells, mandatesCsv, type MandateRow } from "@/features/mandates/rules/mandate-table.ts";

describe("mandate lifecycle", () => {
  it("goes from En cours de validation to Actif, and from either to Révoqué, never back", () => {
    expect(canTransition("EN_COURS_DE_VALIDATION", "ACTIF")).toBe(true);
    expect(canTransition("EN_COURS_DE_VALIDATION", "REVOQUE")).toBe(true);
    expect(canTransition("ACTIF", "REVOQUE")).toBe(true);
    expect(canTransition("ACTIF", "EN_COURS_DE_VALIDATION")).toBe(false);
    expect(canTransition("REVOQUE", "ACTIF")).toBe(false);
    expect(canTransition("REVOQUE", "REVOQUE")).toBe(false);
  });

  it("lets a new mandate be subscribed only when none is Actif or En cours de validation", () => {
    expect(canSubscribeMandate([])).toBe(true);
    expect(canSubscribeMandate(["REVOQUE", "REVOQUE"])).toBe(true);
    expect(canSubscribeMandate(["REVOQUE", "ACTIF"])).toBe(false);
    expect(canSubscribeMandate(["EN_COURS_DE_VALIDATION"])).toBe(false);
  });

  it("labels statuses as the portal does", () => {
    expect(MANDATE_STATUS_LABELS).toEqual({ EN_COURS_DE_VALIDATION: "En cours de validation", ACTIF: "Actif", REVOQUE: "Révoqué" });
  });

  it("proposes MANDAT and the raison sociale as libellé, and a link valid for seven days", () => {
    expect(defaultMandateLibelle("Chorus Deux")).toBe("MANDAT CHORUS DEUX");
    expect(signatureExpiry(new Date("2026-01-01T10:00:00Z"))).toEqual(new Date("2026-01-08T10:00:00Z"));
  });

  it("says why invoice entry is closed, naming the structure", () => {
    expect(missingMandateMessage("CHORUS DEUX")).toBe(
      "Aucun mandat de facturation actif pour la structure « CHORUS DEUX » : sans mandat, aucun utilisateur ne peut saisir de facture. Un gestionnaire de la structure peut en souscrire un dans Activités du gestionnaire.",
    );
  });
});

describe("mandates table and CSV", () => {
  const row: MandateRow = {
    id: "1",
    libelle: "MANDAT ROLLER",
    signataire: "Simon Pellegrin",
    createdAt: new Date("2016-10-14T08:00:00Z"),
    revokedAt: null,
    status: "ACTIF",
  };

  it("shows French dates (Paris time) and the status label", () => {
    expect(mandateCells(row)).toEqual(["MANDAT ROLLER", "Simon Pellegrin", "14/10/2016", "", "Actif"]);
    expect(mandateCells({ ...row, createdAt: new Date("2016-10-14T22:30:00Z"), revokedAt: new Date("2017-01-02T09:00:00Z"), status: "REVOQUE" })).toEqual([
      "MANDAT ROLLER",
      "Simon Pellegrin",
      "15/10/2016",
      "02/01/2017",
      "Révoqué",
    ]);
  });

  it("writes a semicolon-separated file with a BOM, quoting what must be and defusing formulas", () => {
    const csv = mandatesCsv([row, { ...row, libelle: 'MANDAT "A;B"', signataire: "=HYPERLINK()" }]);
    expect(csv).toBe(
      "\uFEFFMandat de facturation;Signataire;Date de création;Date de révocation;Statut\r\n" +
        "MANDAT ROLLER;Simon Pellegrin;14/10/2016;;Actif\r\n" +
        '"MANDAT ""A;B""";\'=HYPERLINK();14/10/2016;;Actif\r\n',
    );
  });
});
