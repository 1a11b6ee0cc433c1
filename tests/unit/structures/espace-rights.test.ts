import { describe, expect, it } from "vitest";
import { consultationOnlyMessage, effectiveRight, rightAllows, strongestRight, structureRight, type RattachementRights } from "@/features/structures/rules/espace-rights.ts";
import { grantedEspaces } from "@/features/structures/rules/espaces.ts";
import { receivedScope, withinScopes } from "@/features/invoices/common/rules/received-scope.ts";

const open = (consultation: boolean, modification: boolean, serviceId: string | null = null) => ({ espace: "FACTURES_RECUES" as const, serviceId, consultation, modification });
const given = (consultation: boolean, modification: boolean) => ({ espace: "FACTURES_RECUES" as const, consultation, modification });

describe("a user's right on an espace of a structure", () => {
  it("reads the structure's opening: modification implies consultation, no flag opens nothing", () => {
    expect(structureRight([open(true, true)], "FACTURES_RECUES")).toBe("MODIFICATION");
    expect(structureRight([open(false, true)], "FACTURES_RECUES")).toBe("MODIFICATION");
    expect(structureRight([open(true, false)], "FACTURES_RECUES")).toBe("CONSULTATION");
    expect(structureRight([open(false, false)], "FACTURES_RECUES")).toBe("AUCUN");
    expect(structureRight([open(true, true)], "FACTURES_EMISES")).toBe("AUCUN");
  });

  it("combines per-service openings: the strongest that reaches the service, every one when no service is asked", () => {
    const openings = [open(true, false), open(true, true, "college")];
    expect(structureRight(openings, "FACTURES_RECUES", "college")).toBe("MODIFICATION");
    expect(structureRight(openings, "FACTURES_RECUES", "voirie")).toBe("CONSULTATION");
    expect(structureRight(openings, "FACTURES_RECUES")).toBe("MODIFICATION");
    expect(structureRight([open(true, true, "college")], "FACTURES_RECUES", "voirie")).toBe("AUCUN");
    // An item of no service: the "Tous les services" opening only.
    expect(structureRight(openings, "FACTURES_RECUES", null)).toBe("CONSULTATION");
  });

  it("gives a gestionnaire the structure's opening, whatever was given to them", () => {
    for (const role of ["GESTIONNAIRE_PRINCIPAL", "GESTIONNAIRE_SECONDAIRE"] as const) {
      expect(effectiveRight({ role, structureEspaces: [open(true, false)], userEspaces: [given(true, true)] }, "FACTURES_RECUES")).toBe("CONSULTATION");
      expect(effectiveRight({ role, structureEspaces: [open(true, true)], userEspaces: [] }, "FACTURES_RECUES")).toBe("MODIFICATION");
      expect(effectiveRight({ role, structureEspaces: [], userEspaces: [] }, "ACTIVITES_GESTIONNAIRE")).toBe("MODIFICATION");
    }
  });

  it("gives a simple user the weaker of the structure's opening and their own grant", () => {
    const user = (structure: [boolean, boolean], mine: [boolean, boolean] | null): RattachementRights => ({
      role: "UTILISATEUR_SIMPLE",
      structureEspaces: [open(...structure)],
      userEspaces: mine ? [given(...mine)] : [],
    });
    expect(effectiveRight(user([true, true], [true, false]), "FACTURES_RECUES")).toBe("CONSULTATION");
    expect(effectiveRight(user([true, false], [true, true]), "FACTURES_RECUES")).toBe("CONSULTATION");
    expect(effectiveRight(user([true, true], [true, true]), "FACTURES_RECUES")).toBe("MODIFICATION");
    expect(effectiveRight(user([true, true], null), "FACTURES_RECUES")).toBe("AUCUN");
    expect(effectiveRight(user([false, false], [true, true]), "FACTURES_RECUES")).toBe("AUCUN");
    expect(effectiveRight({ role: "UTILISATEUR_SIMPLE", structureEspaces: ["ACTIVITES_GESTIONNAIRE"], userEspaces: ["ACTIVITES_GESTIONNAIRE"] }, "ACTIVITES_GESTIONNAIRE")).toBe("AUCUN");
  });

  it("reads bare espaces as modification (the database's default flags)", () => {
    expect(effectiveRight({ role: "UTILISATEUR_SIMPLE", structureEspaces: ["FACTURES_EMISES"], userEspaces: ["FACTURES_EMISES"] }, "FACTURES_EMISES")).toBe("MODIFICATION");
  });

  it("keeps the strongest right across structures, and shows the tab of an espace in consultation", () => {
    const reader: RattachementRights = { role: "UTILISATEUR_SIMPLE", structureEspaces: [open(true, true)], userEspaces: [given(true, false)] };
    const writer: RattachementRights = { role: "GESTIONNAIRE_PRINCIPAL", structureEspaces: [open(true, true)], userEspaces: [] };
    expect(strongestRight([reader], "FACTURES_RECUES")).toBe("CONSULTATION");
    expect(strongestRight([reader, writer], "FACTURES_RECUES")).toBe("MODIFICATION");
    expect(grantedEspaces([reader]).has("FACTURES_RECUES")).toBe(true);
    expect(grantedEspaces([{ ...reader, userEspaces: [given(false, false)] }]).has("FACTURES_RECUES")).toBe(false);
  });

  it("orders the rights", () => {
    expect(rightAllows("MODIFICATION", "CONSULTATION")).toBe(true);
    expect(rightAllows("CONSULTATION", "MODIFICATION")).toBe(false);
    expect(rightAllows("AUCUN", "CONSULTATION")).toBe(false);
  });

  it("tells a reader in French why a change is refused", () => {
    expect(consultationOnlyMessage("Factures reçues", "modifier cette facture")).toBe(
      "Votre droit sur l'espace Factures reçues est la consultation : vous ne pouvez pas modifier cette facture.",
    );
  });
});

describe("the part of Factures reçues a user may process", () => {
  const grant = (structureEspaces: ReturnType<typeof open>[]) => ({
    structureId: "dep",
    role: "GESTIONNAIRE_PRINCIPAL" as const,
    userEspaces: [],
    structureEspaces,
    serviceIds: [],
  });

  it("reads every service the structure opens, processes only those opened in modification", () => {
    const scopes = grant([open(true, false), open(true, true, "college")]);
    expect(receivedScope(scopes)).toEqual({ structureId: "dep", serviceIds: null });
    expect(receivedScope(scopes, "MODIFICATION")).toEqual({ structureId: "dep", serviceIds: ["college"] });
    expect(receivedScope(grant([open(true, false)]), "MODIFICATION")).toBeNull();
  });

  it("tells whether an invoice lies within the scopes", () => {
    const scopes = [{ structureId: "dep", serviceIds: ["college"] }];
    expect(withinScopes(scopes, { recipientStructureId: "dep", recipientServiceId: "college" })).toBe(true);
    expect(withinScopes(scopes, { recipientStructureId: "dep", recipientServiceId: "voirie" })).toBe(false);
    expect(withinScopes(scopes, { recipientStructureId: "dep", recipientServiceId: null })).toBe(false);
    expect(withinScopes([{ structureId: "dep", serviceIds: null }], { recipientStructureId: "dep", recipientServiceId: null })).toBe(true);
    expect(withinScopes([{ structureId: "dep", serviceIds: null }], { recipientStructureId: "other", recipientServiceId: null })).toBe(false);
  });
});
