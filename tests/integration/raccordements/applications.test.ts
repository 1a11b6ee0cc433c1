// Raccordements EDI et API > Applications: client credentials whose secret is shown once and stored as its SHA-256 only;
// rotating it kills the old secret and the tokens obtained with it; revoking kills them all.
import { describe, expect, it } from "vitest";
import { applicationSchema, technicalAccountSchema } from "@/features/raccordements/schemas.ts";
import { createTechnicalAccount } from "@/features/raccordements/use-cases/create-technical-account.ts";
import { declareApplication } from "@/features/raccordements/use-cases/declare-application.ts";
import { listApplications } from "@/features/raccordements/use-cases/list-applications.ts";
import { revokeApplication } from "@/features/raccordements/use-cases/revoke-application.ts";
import { rotateApplicationSecret } from "@/features/raccordements/use-cases/rotate-application-secret.ts";
import { authenticateApiCall } from "@/server/api/api-caller.ts";
import { hashClientSecret } from "@/server/api/client-credentials.ts";
import { db } from "@/server/db.ts";
import { requestToken } from "../api/support/api-client.ts";
import { auditOf, bearer, managedStructure, nextSecond } from "./support.ts";

async function structureWithAccount() {
  const world = await managedStructure();
  const account = await createTechnicalAccount({ userId: world.principal.id, structureId: world.structure.id, input: technicalAccountSchema.parse({ nom: "ERP", espaces: ["FACTURES_EMISES"] }) });
  return { ...world, account };
}

const declare = (userId: string, structureId: string, technicalAccountId: string, scopes = ["lecture", "ecriture"]) =>
  declareApplication({ userId, structureId, input: applicationSchema.parse({ nom: "ERP comptabilité", technicalAccountId, scopes }) });

describe("declaring an application", () => {
  it("answers the client id and the secret once, stores only the secret's hash and hint, and the secret gets tokens acting as the technical account", async () => {
    const { structure, secondary, account } = await structureWithAccount();
    const application = await declare(secondary.id, structure.id, account.id, ["lecture"]);
    expect(application.clientId).toMatch(/^app_[0-9a-f]{24}$/);
    expect(application.clientSecret).toMatch(/^cs_[A-Za-z0-9_-]{43}$/);

    const row = await db.apiClient.findUniqueOrThrow({ where: { id: application.id } });
    expect(row).toMatchObject({ structureId: structure.id, technicalAccountId: account.id, name: "ERP comptabilité", scopes: ["lecture"], createdById: secondary.id, revokedAt: null });
    expect(row.secretHash).toBe(hashClientSecret(application.clientSecret));
    expect(row.secretHint).toBe(application.clientSecret.slice(-4));
    // Nowhere in clear: not in the row, not in the audit journal.
    expect(JSON.stringify(row)).not.toContain(application.clientSecret);
    const audit = await auditOf(application.id);
    expect(audit.map((entry) => entry.action)).toEqual(["API_CLIENT_DECLARED"]);
    expect(JSON.stringify(audit)).not.toContain(application.clientSecret);

    const token = await requestToken(application);
    await expect(authenticateApiCall(bearer(token))).resolves.toEqual({ userId: account.id, clientId: application.id, structureId: structure.id, scopes: ["lecture"] });
    await expect(requestToken({ clientId: application.clientId, clientSecret: `${application.clientSecret}x` })).rejects.toThrow(/token refused/);
    // A scope the application was not given is refused.
    await expect(requestToken(application, "ecriture")).rejects.toThrow(/token refused/);

    const [listed] = await listApplications({ userId: secondary.id, structureId: structure.id });
    expect(listed).toMatchObject({ id: application.id, clientId: application.clientId, secretHint: row.secretHint, scopes: ["lecture"], technicalAccount: { id: account.id, nom: "ERP" } });
    expect(JSON.stringify(listed)).not.toContain(application.clientSecret);
  });

  it("refuses a scope that does not exist, no scope at all, and another structure's technical account", async () => {
    const { structure, principal, account } = await structureWithAccount();
    const other = await structureWithAccount();
    expect(applicationSchema.safeParse({ nom: "X", technicalAccountId: account.id, scopes: ["admin"] }).success).toBe(false);
    expect(applicationSchema.safeParse({ nom: "X", technicalAccountId: account.id, scopes: [] }).success).toBe(false);
    await expect(declare(principal.id, structure.id, other.account.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(declare(principal.id, structure.id, other.principal.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.apiClient.count({ where: { structureId: structure.id } })).toBe(0);
  });
});

describe("rotating and revoking", () => {
  it("a rotation answers a new secret once; the old secret and the tokens it got stop, the new one works", async () => {
    const { structure, principal, account } = await structureWithAccount();
    const application = await declare(principal.id, structure.id, account.id);
    const oldToken = await requestToken(application);
    await expect(authenticateApiCall(bearer(oldToken))).resolves.toMatchObject({ clientId: application.id });

    await nextSecond();
    const rotated = await rotateApplicationSecret({ userId: principal.id, structureId: structure.id, applicationId: application.id });
    expect(rotated.clientId).toBe(application.clientId);
    expect(rotated.clientSecret).not.toBe(application.clientSecret);
    const row = await db.apiClient.findUniqueOrThrow({ where: { id: application.id } });
    expect(row.secretHash).toBe(hashClientSecret(rotated.clientSecret));
    expect(row.secretHint).toBe(rotated.clientSecret.slice(-4));

    await expect(authenticateApiCall(bearer(oldToken))).rejects.toMatchObject({ status: 401 });
    await expect(requestToken(application)).rejects.toThrow(/token refused/);
    await expect(authenticateApiCall(bearer(await requestToken(rotated)))).resolves.toMatchObject({ userId: account.id, clientId: application.id });
    expect((await auditOf(application.id)).map((entry) => entry.action)).toEqual(["API_CLIENT_DECLARED", "API_CLIENT_SECRET_ROTATED"]);
  });

  it("a revocation stops its tokens and its secret for good", async () => {
    const { structure, principal, account } = await structureWithAccount();
    const application = await declare(principal.id, structure.id, account.id);
    const token = await requestToken(application);
    await revokeApplication({ userId: principal.id, structureId: structure.id, applicationId: application.id });
    await expect(authenticateApiCall(bearer(token))).rejects.toMatchObject({ status: 401 });
    await expect(requestToken(application)).rejects.toThrow(/token refused/);
    await expect(rotateApplicationSecret({ userId: principal.id, structureId: structure.id, applicationId: application.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const [listed] = await listApplications({ userId: principal.id, structureId: structure.id });
    expect(listed.revokedAt).toBeInstanceOf(Date);
    // A second revocation changes nothing.
    await revokeApplication({ userId: principal.id, structureId: structure.id, applicationId: application.id });
    expect((await auditOf(application.id)).map((entry) => entry.action)).toEqual(["API_CLIENT_DECLARED", "API_CLIENT_REVOKED"]);
  });

  it("a gestionnaire of another structure, or a simple user, sees and changes nothing: NOT_FOUND", async () => {
    const a = await structureWithAccount();
    const b = await structureWithAccount();
    const application = await declare(a.principal.id, a.structure.id, a.account.id);
    for (const userId of [b.principal.id, b.secondary.id, a.simple.id]) {
      await expect(listApplications({ userId, structureId: a.structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(declare(userId, a.structure.id, a.account.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(rotateApplicationSecret({ userId, structureId: a.structure.id, applicationId: application.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(revokeApplication({ userId, structureId: a.structure.id, applicationId: application.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // B's gestionnaire on B's own structure does not reach A's application by its id either.
    await expect(revokeApplication({ userId: b.principal.id, structureId: b.structure.id, applicationId: application.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rotateApplicationSecret({ userId: b.principal.id, structureId: b.structure.id, applicationId: application.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.apiClient.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ revokedAt: null });
    await expect(authenticateApiCall(bearer(await requestToken(application)))).resolves.toMatchObject({ clientId: application.id });
  });
});
