import { describe, expect, it } from "vitest";
import { visibleTabs } from "@/features/structures/rules/espaces.ts";
import { getUserEspaces } from "@/features/structures/use-cases/get-user-espaces.ts";
import { attach, createStructure, createUser } from "../factories.ts";

const tabLabels = async (userId: string) => visibleTabs(await getUserEspaces({ userId })).map((tab) => tab.label);

describe("tabs a user sees, from the database", () => {
  it("gives the gestionnaire principal of a supplier its espaces and the gestionnaire tab", async () => {
    const user = await createUser();
    const structure = await createStructure({ espaces: ["FACTURES_EMISES", "SOLLICITATIONS_EMISES", "MON_COMPTE", "FACTURES_A_VALIDER"] });
    await attach(user.id, structure.id, { role: "GESTIONNAIRE_PRINCIPAL" });
    expect(await tabLabels(user.id)).toEqual([
      "Accueil connecté",
      "Activités du gestionnaire",
      "Factures à valider",
      "Factures émises",
      "Sollicitations émises",
      "Mon compte",
    ]);
  });

  it("gives a public structure's agent Factures reçues only when it was granted", async () => {
    const buyer = await createStructure({ kind: "PUBLIQUE", espaces: ["FACTURES_RECUES", "SOLLICITATIONS_EMISES"] });
    const agent = await createUser();
    await attach(agent.id, buyer.id, { espaces: ["FACTURES_RECUES"] });
    const other = await createUser();
    await attach(other.id, buyer.id, { espaces: [] });
    expect(await tabLabels(agent.id)).toEqual(["Accueil connecté", "Factures reçues", "Mon compte"]);
    expect(await tabLabels(other.id)).toEqual(["Accueil connecté", "Mon compte"]);
  });

  it("ignores pending or deactivated rattachements and the espaces of inactive structures", async () => {
    const user = await createUser();
    await attach(user.id, (await createStructure()).id, { role: "GESTIONNAIRE_PRINCIPAL", status: "EN_ATTENTE" });
    await attach(user.id, (await createStructure()).id, { role: "GESTIONNAIRE_PRINCIPAL", status: "DESACTIVE" });
    await attach(user.id, (await createStructure({ status: "INACTIF" })).id, { role: "UTILISATEUR_SIMPLE", espaces: ["FACTURES_EMISES"] });
    expect(await tabLabels(user.id)).toEqual(["Accueil connecté", "Mon compte"]);
  });

  it("keeps Activités du gestionnaire for the gestionnaire of an inactive structure, who may reactivate it", async () => {
    const user = await createUser();
    await attach(user.id, (await createStructure({ status: "INACTIF" })).id, { role: "GESTIONNAIRE_PRINCIPAL" });
    expect(await tabLabels(user.id)).toEqual(["Accueil connecté", "Activités du gestionnaire", "Mon compte"]);
  });
});
