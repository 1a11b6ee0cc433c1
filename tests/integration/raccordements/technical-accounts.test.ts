// Raccordements EDI et API > Comptes techniques: a technical account is a user who never signs in, bound to its
// structure with a user's espaces and rights; only the structure's gestionnaires see and change it.
import { describe, expect, it } from "vitest";
import { authenticateUser } from "@/features/accounts/use-cases/authenticate-user.ts";
import { requestPasswordReset } from "@/features/accounts/use-cases/request-password-reset.ts";
import { technicalAccountSchema } from "@/features/raccordements/schemas.ts";
import { createTechnicalAccount } from "@/features/raccordements/use-cases/create-technical-account.ts";
import { declareApplication } from "@/features/raccordements/use-cases/declare-application.ts";
import { listTechnicalAccounts } from "@/features/raccordements/use-cases/list-technical-accounts.ts";
import { setTechnicalAccountActive } from "@/features/raccordements/use-cases/set-technical-account-active.ts";
import { updateTechnicalAccountRights } from "@/features/raccordements/use-cases/update-technical-account-rights.ts";
import { attachUserSchema, TECHNICAL_ACCOUNT_NOT_INVITED } from "@/features/rattachements/schemas/users.ts";
import { attachUser } from "@/features/rattachements/use-cases/attach-user.ts";
import { setUsersActive } from "@/features/rattachements/use-cases/set-users-active.ts";
import { usersOpening } from "@/features/structures/index.ts";
import { getManagedStructure } from "@/features/structures/use-cases/get-managed-structure.ts";
import { authenticateApiCall } from "@/server/api/api-caller.ts";
import { hashSecret } from "@/server/auth/passwords.ts";
import { db } from "@/server/db.ts";
import { requestToken } from "../api/support/api-client.ts";
import { PASSWORD } from "../factories.ts";
import { auditOf, bearer, managedStructure } from "./support.ts";

const input = (nom: string, espaces: string[] = ["FACTURES_EMISES"], modification: string[] = []) => technicalAccountSchema.parse({ nom, espaces, modification });

describe("creating a technical account", () => {
  it("makes an active user of kind COMPTE_TECHNIQUE, without password, at the structure's address, attached as a simple user with the espaces chosen", async () => {
    const { structure, secondary } = await managedStructure();
    const created = await createTechnicalAccount({ userId: secondary.id, structureId: structure.id, input: input("ERP comptabilité", ["FACTURES_RECUES"], ["FACTURES_EMISES"]) });

    const user = await db.user.findUniqueOrThrow({ where: { id: created.id }, include: { rattachements: { include: { espaces: { orderBy: { espace: "asc" } } } } } });
    expect(user).toMatchObject({ kind: "COMPTE_TECHNIQUE", status: "ACTIF", passwordHash: null, nom: "ERP comptabilité", adresse: structure.adresse, codePostal: structure.codePostal, ville: structure.ville });
    expect(user.loginEmail).toMatch(/^compte-technique-[0-9a-f]{16}@comptes-techniques\.invalid$/);
    expect(user.rattachements).toHaveLength(1);
    expect(user.rattachements[0]).toMatchObject({ structureId: structure.id, role: "UTILISATEUR_SIMPLE", status: "ACTIF" });
    expect(user.rattachements[0].espaces.map(({ espace, consultation, modification }) => ({ espace, consultation, modification }))).toEqual([
      { espace: "FACTURES_EMISES", consultation: true, modification: true },
      { espace: "FACTURES_RECUES", consultation: true, modification: false },
    ]);
    expect((await auditOf(created.id)).map((row) => row.action)).toEqual(["TECHNICAL_ACCOUNT_CREATED"]);

    const { accounts } = await listTechnicalAccounts({ userId: secondary.id, structureId: structure.id });
    expect(accounts).toEqual([expect.objectContaining({ id: created.id, nom: "ERP comptabilité", actif: true })]);
  });

  it("gives only espaces the structure opens, and one name once per structure", async () => {
    const { structure, principal } = await managedStructure();
    await expect(createTechnicalAccount({ userId: principal.id, structureId: structure.id, input: input("ERP", ["FACTURES_A_VALIDER"]) })).rejects.toMatchObject({
      code: "VALIDATION",
      field: "espaces",
      message: expect.stringContaining("Factures à valider"),
    });
    await createTechnicalAccount({ userId: principal.id, structureId: structure.id, input: input("ERP") });
    await expect(createTechnicalAccount({ userId: principal.id, structureId: structure.id, input: input("erp") })).rejects.toMatchObject({ code: "CONFLICT", field: "nom" });
  });

  it("can never sign in, nor be sent a password reset link", async () => {
    const { structure, principal } = await managedStructure();
    const { loginEmail } = await createTechnicalAccount({ userId: principal.id, structureId: structure.id, input: input("ERP") });
    expect(await authenticateUser({ email: loginEmail, password: "", ip: null })).toMatchObject({ ok: false, reason: "INVALID" });
    // Even with a password written straight in the database, the login refuses it.
    await db.user.update({ where: { loginEmail }, data: { passwordHash: await hashSecret(PASSWORD) } });
    expect(await authenticateUser({ email: loginEmail, password: PASSWORD, ip: null })).toMatchObject({ ok: false, reason: "INVALID" });
    await requestPasswordReset({ email: loginEmail });
    expect(await db.outboxMessage.count({ where: { to: loginEmail } })).toBe(0);
  });

  it("is neither listed among the structure's users nor managed or invited as one", async () => {
    const { structure, principal } = await managedStructure();
    const other = await managedStructure();
    const account = await createTechnicalAccount({ userId: principal.id, structureId: structure.id, input: input("ERP") });
    const rattachement = await db.rattachement.findFirstOrThrow({ where: { userId: account.id } });

    const { structure: managed } = await getManagedStructure({ userId: principal.id, structureId: structure.id });
    expect(managed.rattachements.map((r) => r.user.id)).not.toContain(account.id);
    expect(managed.rattachements.length).toBeGreaterThan(0);
    await expect(setUsersActive({ userId: principal.id, structureId: structure.id, rattachementIds: [rattachement.id], active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const invite = { email: account.loginEmail, role: "UTILISATEUR_SIMPLE", serviceIds: [], espaces: [] };
    const parsed = attachUserSchema.safeParse(invite);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe(TECHNICAL_ACCOUNT_NOT_INVITED);
    // A caller that skips the schema is refused too, and nothing is created.
    await expect(attachUser({ userId: other.principal.id, structureId: other.structure.id, input: invite as never })).rejects.toMatchObject({ code: "VALIDATION", field: "email" });
    expect(await db.rattachement.count({ where: { userId: account.id } })).toBe(1);
  });
});

describe("a technical account is told nothing by e-mail", () => {
  it("is not among the users the structure's notifications go to", async () => {
    const { structure, principal } = await managedStructure();
    const account = await createTechnicalAccount({ userId: principal.id, structureId: structure.id, input: input("ERP", ["FACTURES_RECUES"], ["FACTURES_EMISES"]) });
    for (const espace of ["FACTURES_EMISES", "FACTURES_RECUES"] as const) {
      const told = (await usersOpening(db, structure.id, espace)).map((user) => user.id);
      expect(told).toContain(principal.id);
      expect(told).not.toContain(account.id);
    }
  });
});

describe("changing a technical account", () => {
  it("changes its rights, and deactivation stops its applications' tokens until it is reactivated", async () => {
    const { structure, principal } = await managedStructure();
    const account = await createTechnicalAccount({ userId: principal.id, structureId: structure.id, input: input("ERP") });
    const application = await declareApplication({ userId: principal.id, structureId: structure.id, input: { nom: "ERP", technicalAccountId: account.id, scopes: ["lecture"] } });
    const token = await requestToken(application);

    await updateTechnicalAccountRights({ userId: principal.id, structureId: structure.id, technicalAccountId: account.id, input: { espaces: ["FACTURES_RECUES"], modification: ["FACTURES_RECUES"] } });
    const rights = await db.rattachementEspace.findMany({ where: { rattachement: { userId: account.id } } });
    expect(rights.map(({ espace, consultation, modification }) => ({ espace, consultation, modification }))).toEqual([{ espace: "FACTURES_RECUES", consultation: true, modification: true }]);
    await expect(
      updateTechnicalAccountRights({ userId: principal.id, structureId: structure.id, technicalAccountId: account.id, input: { espaces: ["SUIVI_FLUX"], modification: [] } }),
    ).rejects.toMatchObject({ code: "VALIDATION", field: "espaces" });

    await expect(authenticateApiCall(bearer(token))).resolves.toMatchObject({ userId: account.id, structureId: structure.id });
    await setTechnicalAccountActive({ userId: principal.id, structureId: structure.id, technicalAccountId: account.id, active: false });
    await expect(authenticateApiCall(bearer(token))).rejects.toMatchObject({ status: 401 });
    await expect(requestToken(application)).rejects.toThrow(/token refused/);
    expect(await db.rattachement.findFirstOrThrow({ where: { userId: account.id } })).toMatchObject({ status: "DESACTIVE" });
    expect((await listTechnicalAccounts({ userId: principal.id, structureId: structure.id })).accounts[0].actif).toBe(false);
    // An application is declared to an active account only.
    await expect(declareApplication({ userId: principal.id, structureId: structure.id, input: { nom: "Autre", technicalAccountId: account.id, scopes: ["lecture"] } })).rejects.toMatchObject({ code: "CONFLICT" });

    await setTechnicalAccountActive({ userId: principal.id, structureId: structure.id, technicalAccountId: account.id, active: true });
    await expect(authenticateApiCall(bearer(await requestToken(application)))).resolves.toMatchObject({ userId: account.id });
    expect((await auditOf(account.id)).map((row) => row.action)).toEqual([
      "TECHNICAL_ACCOUNT_CREATED",
      "TECHNICAL_ACCOUNT_RIGHTS_CHANGED",
      "TECHNICAL_ACCOUNT_DEACTIVATED",
      "TECHNICAL_ACCOUNT_REACTIVATED",
    ]);
  });
});

describe("who may", () => {
  it("a gestionnaire of another structure, or a simple user, sees and changes nothing: NOT_FOUND", async () => {
    const a = await managedStructure();
    const b = await managedStructure();
    const account = await createTechnicalAccount({ userId: a.principal.id, structureId: a.structure.id, input: input("ERP") });
    for (const userId of [b.principal.id, b.secondary.id, a.simple.id]) {
      await expect(listTechnicalAccounts({ userId, structureId: a.structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(createTechnicalAccount({ userId, structureId: a.structure.id, input: input(`Intrus ${userId}`) })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(updateTechnicalAccountRights({ userId, structureId: a.structure.id, technicalAccountId: account.id, input: { espaces: [], modification: [] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(setTechnicalAccountActive({ userId, structureId: a.structure.id, technicalAccountId: account.id, active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // Structure B's gestionnaire, on its own structure, cannot reach A's account by its id either.
    await expect(setTechnicalAccountActive({ userId: b.principal.id, structureId: b.structure.id, technicalAccountId: account.id, active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nor can a person be handled as a technical account.
    await expect(setTechnicalAccountActive({ userId: a.principal.id, structureId: a.structure.id, technicalAccountId: a.simple.id, active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ status: "ACTIF" });
    expect(await db.rattachementEspace.count({ where: { rattachement: { userId: account.id } } })).toBe(1);
  });
});
