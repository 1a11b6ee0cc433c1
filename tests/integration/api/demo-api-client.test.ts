// The demo's ready API client (npm start in demo mode) and the README's quick start, run as written: CHORUS SOCIETE's
// technical account gets a token, finds BREST METROPOLE BUDGET PRINCIPAL and its service, submits the README's invoice
// and follows it to « Mise à disposition ».
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { routingJobHandlers } from "@/features/invoices/lifecycle/index.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { DEMO_API_SUPPLIER, seedDemoApiClient } from "../../../prisma/seed/seed-demo-api-client.ts";
import { seedDemoData } from "../../../prisma/seed/seed-demo-data.ts";
import { ensureDemoApiClient } from "../../../scripts/lib/demo-api-client.ts";
import { apiFetch, requestToken } from "./support/api-client.ts";

const README = readFileSync(path.resolve(import.meta.dirname, "../../../README.md"), "utf8");

beforeAll(async () => {
  await seedDemoData(db, { demoPassword: "Demo-Test-Api-2026!" });
}, 60_000);

const tokenAccepted = async (clientId: string, clientSecret: string) => requestToken({ clientId, clientSecret }).then(() => true, () => false);

describe("the demo API client", () => {
  it("is CHORUS SOCIETE's technical account with Factures émises in modification, kept from one start to the next", async () => {
    const first = await seedDemoApiClient(db);
    expect(first).toMatchObject({ clientId: expect.stringMatching(/^app_/), clientSecret: expect.stringMatching(/^cs_/), rotated: false });
    const application = await db.apiClient.findUniqueOrThrow({ where: { clientId: first!.clientId }, include: { structure: true, technicalAccount: { include: { rattachements: { include: { espaces: true } } } } } });
    expect(application.structure.raisonSociale).toBe("CHORUS SOCIETE");
    expect(application.secretHash).not.toContain(first!.clientSecret);
    expect(application.technicalAccount.kind).toBe("COMPTE_TECHNIQUE");
    expect(application.technicalAccount.rattachements.map((r) => r.espaces.map((e) => [e.espace, e.consultation, e.modification]))).toEqual([[["FACTURES_EMISES", true, true]]]);

    // The secret handed out last time still opens it: the same.
    const again = await seedDemoApiClient(db, first!);
    expect(again).toEqual({ ...first, rotated: false });
    expect(await db.apiClient.count({ where: { structure: { identifier: DEMO_API_SUPPLIER.identifier } } })).toBe(1);
    expect(await db.user.count({ where: { kind: "COMPTE_TECHNIQUE", rattachements: { some: { structure: { identifier: DEMO_API_SUPPLIER.identifier } } } } })).toBe(1);

    // A secret lost (or never known) cannot be read back from its hash: a new one, the old one refused.
    const rotated = await seedDemoApiClient(db, { clientId: first!.clientId, clientSecret: "cs_perdu" });
    expect(rotated).toMatchObject({ clientId: first!.clientId, rotated: true });
    expect(rotated!.clientSecret).not.toBe(first!.clientSecret);
    expect(await tokenAccepted(first!.clientId, first!.clientSecret)).toBe(false);
    expect(await tokenAccepted(rotated!.clientId, rotated!.clientSecret)).toBe(true);
  });

  it("is written to the demo's file as client_id, client_secret and token_url, readable by its owner only, and kept while valid", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "demo-api-")), "demo-api-client.json");
    const written = await ensureDemoApiClient(process.env.DATABASE_URL!, "http://localhost:3000/", file);
    const content = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    expect(Object.keys(content)).toEqual(["client_id", "client_secret", "token_url"]);
    expect(content).toEqual({ client_id: written!.client_id, client_secret: written!.client_secret, token_url: "http://localhost:3000/api/oauth/token" });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await tokenAccepted(content.client_id, content.client_secret)).toBe(true);
    const next = await ensureDemoApiClient(process.env.DATABASE_URL!, "http://localhost:3000", file);
    expect(next).toMatchObject({ client_secret: content.client_secret, rotated: false });
  });

  it("is not made without CHORUS SOCIETE (the end-to-end tests create it themselves)", async () => {
    const where = { identifierType_identifier: DEMO_API_SUPPLIER };
    await db.structure.update({ where, data: { identifier: "FRCHORUSAILLEURS" } });
    try {
      expect(await seedDemoApiClient(db)).toBeNull();
    } finally {
      await db.structure.update({ where: { identifierType_identifier: { ...DEMO_API_SUPPLIER, identifier: "FRCHORUSAILLEURS" } }, data: { identifier: DEMO_API_SUPPLIER.identifier } });
    }
  });
});

/** The README's quick start: its commands, the shell's variables given their values. */
function readmeStep(pattern: RegExp): string {
  const section = README.slice(README.indexOf("\n## API"));
  const match = pattern.exec(section);
  if (!match) throw new Error(`README, section API : ${pattern} introuvable`);
  return match[1];
}

describe("the README's quick start", () => {
  it("gets a token, submits the invoice to BREST METROPOLE BUDGET PRINCIPAL and follows it to Mise à disposition", async () => {
    const demo = (await seedDemoApiClient(db))!;
    const token = await requestToken(demo);
    const api = async (operation: string, body: unknown) => {
      const response = await apiFetch(`http://localhost/api/v1/${operation}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      const answer = (await response.json()) as Record<string, unknown>;
      if (!response.ok) throw new Error(`${operation} : ${response.status} ${JSON.stringify(answer)}`);
      return answer;
    };

    // The token request, as the README writes it.
    expect(readmeStep(/TOKEN=\$\(curl -s -u "\$CLIENT_ID:\$CLIENT_SECRET" (-d grant_type=client_credentials) "?\$PORTAIL\/api\/oauth\/token/)).toBe("-d grant_type=client_credentials");

    const siret = readmeStep(/api structures\/rechercher '\{"identifiant":"(\d{14})"\}'/);
    const found = (await api("structures/rechercher", { identifiant: siret })) as { resultats: { idStructure: string; raisonSociale: string }[] };
    expect(found.resultats.map((s) => s.raisonSociale)).toEqual(["BREST METROPOLE BUDGET PRINCIPAL"]);
    const brest = found.resultats[0].idStructure;
    const services = (await api("structures/rechercher/services", { idStructure: brest })) as { resultats: { idService: string }[] };
    const own = (await api(readmeStep(/FOURNISSEUR=\$\(api (utilisateurs\/rechercher\/structuresRattachees) '\{\}'/), {})) as { resultats: { idStructure: string; raisonSociale: string }[] };
    expect(own.resultats.map((s) => s.raisonSociale)).toEqual(["CHORUS SOCIETE"]);
    const supplier = { id: own.resultats[0].idStructure };

    const body = readmeStep(/api factures\/soumettre "\$\(cat <<JSON\n([\s\S]*?)\nJSON/)
      .replaceAll("$FOURNISSEUR", supplier.id)
      .replaceAll("$BREST", brest)
      .replaceAll("$SERVICE", services.resultats[0].idService)
      .replaceAll("$(date +%F)", new Date().toISOString().slice(0, 10))
      .replaceAll("$(date +%s)", String(Math.floor(Date.now() / 1000)));
    const submitted = (await api("factures/soumettre", body)) as { idFacture: string; statut: { code: string } };
    expect(submitted.statut.code).toBe("DEPOSEE");

    // The portal's job worker routes it (npm start runs it); here, the jobs run once.
    await runDueJobs(routingJobHandlers);
    const followed = (await api("factures/consulter/fournisseur", { idFacture: submitted.idFacture })) as {
      statut: { code: string; libelle: string; cycleDeVie: { code: string } | null };
      historique: { statut: { code: string } }[];
    };
    expect(followed.statut).toMatchObject({ code: "MISE_A_DISPOSITION", libelle: expect.stringMatching(/^Mise à disposition/), cycleDeVie: { code: "203" } });
    expect(followed.historique.map((h) => h.statut.code)).toEqual(expect.arrayContaining(["DEPOSEE", "MISE_A_DISPOSITION"]));
    expect(README).toContain("factures/consulter/fournisseur");
  });
});
