import { describe, expect, it } from "vitest";
import { grantedEspaces, visibleTabs, type EspaceGrant } from "@/features/structures/rules/espaces.ts";

const labels = (grants: EspaceGrant[]) => visibleTabs(grantedEspaces(grants)).map((tab) => tab.label);

describe("tabs by espace", () => {
  it("shows only Accueil connecté and Mon compte to a user without structure", () => {
    expect(labels([])).toEqual(["Accueil connecté", "Mon compte"]);
  });

  it("shows a gestionnaire every espace of the structure, and Activités du gestionnaire", () => {
    const grant: EspaceGrant = { role: "GESTIONNAIRE_PRINCIPAL", structureEspaces: ["FACTURES_EMISES", "SOLLICITATIONS_EMISES", "MON_COMPTE"], userEspaces: [] };
    expect(labels([grant])).toEqual(["Accueil connecté", "Activités du gestionnaire", "Factures émises", "Sollicitations émises", "Mon compte"]);
  });

  it("shows a simple user only the espaces given to them that the structure opens", () => {
    const grant: EspaceGrant = {
      role: "UTILISATEUR_SIMPLE",
      structureEspaces: ["FACTURES_RECUES", "SOLLICITATIONS_EMISES"],
      userEspaces: ["FACTURES_RECUES", "FACTURES_EMISES", "ACTIVITES_GESTIONNAIRE"],
    };
    expect(labels([grant])).toEqual(["Accueil connecté", "Factures reçues", "Mon compte"]);
  });

  it("adds up the espaces of several structures", () => {
    const supplier: EspaceGrant = { role: "UTILISATEUR_SIMPLE", structureEspaces: ["FACTURES_EMISES"], userEspaces: ["FACTURES_EMISES"] };
    const buyer: EspaceGrant = { role: "UTILISATEUR_SIMPLE", structureEspaces: ["FACTURES_RECUES", "FACTURES_A_VALIDER"], userEspaces: ["FACTURES_A_VALIDER"] };
    expect(labels([supplier, buyer])).toEqual(["Accueil connecté", "Factures à valider", "Factures émises", "Mon compte"]);
  });
});
