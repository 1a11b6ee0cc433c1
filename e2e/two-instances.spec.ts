// More than one server (issue 16): two instances of the portal on one database, as behind a load balancer, and what
// must hold across them: a session opened on one is valid on the other and a sign-out on one ends it on both; login
// failures on both count together; batch deposits and invoices sent through both are each processed once (every job
// ran once, no invoice lost nor made twice, an Idempotency-Key replayed on the other instance gives the same invoice);
// the API's rate limit is the application's, not each instance's.
// A Playwright spec rather than a vitest one: the instances need a production build, which the end-to-end run makes
// anyway (a build inside vitest would add minutes to CI); the instances are started here, on a database of their own
// (e2e/instances.ts), and the checks read that database.
import { expect, test, type Browser } from "@playwright/test";
import { zipSync } from "fflate";
import pg from "pg";
import { E2E_DEMO_PASSWORD } from "../playwright.config.ts";
import { sampleInvoiceXml } from "../scripts/lib/sample-einvoices.ts";
import { newCredentials } from "../src/server/api/client-credentials.ts";
import { LE_FOURNISSEUR_ACCOUNT, login, loginAs, MARC } from "./helpers.ts";
import { startInstances, type Instance, type Instances } from "./instances.ts";

const WRONG = "Adresse électronique ou mot de passe incorrect.";
const CAPTCHA_NEEDED = "Plusieurs tentatives de connexion à ce compte ont échoué";
const ETAT = "factures@etat.example";
const LE_FOURNISSEUR = "12345678900014";
const LE_CLIENT = "98765432100029";
/** Invoices per flux: two chunks of the batch deposit's queue each (CHUNK_SIZE 100), four in all for the two workers. */
const FLUX_INVOICES = 200;
const SENT_INVOICES = 20;

test.describe.configure({ mode: "serial", timeout: 300_000 });

let cluster: Instances;
let db: pg.Client;
let a: Instance;
let b: Instance;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // Every page here comes from one address: the per-address delay (after 3 failures by default) would answer the
  // sixth login « réessayez dans 2 secondes » when it comes quickly, before the account's captcha is looked at.
  cluster = await startInstances(2, { LOGIN_FREE_FAILURES: "10" });
  [a, b] = cluster.instances;
  db = new pg.Client({ connectionString: cluster.databaseUrl });
  await db.connect();
});

// A failure shows what the instances logged (their errors name the request id of the API's answer).
test.afterEach(() => {
  const { status, expectedStatus } = test.info();
  if (status !== expectedStatus) for (const instance of cluster?.instances ?? []) console.log(`— ${instance.url} —\n${instance.output()}`);
});

test.afterAll(async () => {
  await db?.end();
  await cluster?.stop();
});

/** A page's assertions after a navigation: this machine may be loaded, and each instance renders its first pages cold. */
const expectSoon = expect.configure({ timeout: 30_000 });
const onInstance = async (browser: Browser, instance: Instance) => (await browser.newContext({ baseURL: instance.url })).newPage();

test("a session opened on one instance is valid on the other, and signing out on the other ends it on both", async ({ browser }) => {
  const page = await onInstance(browser, a);
  await loginAs(page, MARC);
  const cookies = await page.context().cookies();

  await page.goto(`${b.url}/`);
  await expectSoon(page.getByRole("heading", { level: 1, name: "Accueil connecté" })).toBeVisible();
  await page.goto(`${b.url}/factures-emises`);
  await expectSoon(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expectSoon(page.getByLabel("Adresse électronique de connexion")).toHaveCount(0);

  await page.goto(`${b.url}/`);
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expectSoon(page.getByLabel("Adresse électronique de connexion")).toBeVisible();

  // The cookie kept from before the sign-out (another tab, a copy) opens nothing on the first instance either.
  const copy = await browser.newContext({ baseURL: a.url });
  await copy.addCookies(cookies);
  const other = await copy.newPage();
  await other.goto("/");
  await expectSoon(other.getByLabel("Adresse électronique de connexion")).toBeVisible();
  await expectSoon(other.getByRole("heading", { level: 1, name: "Accueil connecté" })).toHaveCount(0);
});

test("login failures on both instances count together: the fifth asks for the captcha", async ({ browser }) => {
  const pages = [await onInstance(browser, a), await onInstance(browser, b)];
  for (let attempt = 1; attempt <= 4; attempt++) {
    const page = pages[attempt % 2];
    await login(page, ETAT, `essai-${attempt}`);
    await expectSoon(page.getByRole("alert").filter({ hasText: WRONG })).toBeVisible();
  }
  const fifth = pages[1];
  await login(fifth, ETAT, "essai-5");
  await expectSoon(fifth.getByRole("alert").filter({ hasText: CAPTCHA_NEEDED })).toBeVisible();
  // And the right password on the other instance is not enough now either.
  await login(pages[0], ETAT, E2E_DEMO_PASSWORD);
  await expectSoon(pages[0].getByRole("alert").filter({ hasText: CAPTCHA_NEEDED })).toBeVisible();
});

type Answer = { status: number; body: Record<string, unknown>; headers: Headers };

async function apiCall(instance: Instance, token: string, operation: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${instance.url}/api/v1/${operation}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown>, headers: response.headers };
}

async function tokenFrom(instance: Instance, credentials: { clientId: string; clientSecret: string }): Promise<Response> {
  return fetch(`${instance.url}/api/oauth/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
}

/** An application of LE FOURNISSEUR acting as a technical account with Factures émises in modification. */
async function leFournisseurApplication(structureId: string) {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (id, kind, login_email, nom, prenom, adresse, code_postal, ville, status, updated_at)
     VALUES (gen_random_uuid(), 'COMPTE_TECHNIQUE', $1, 'Deux instances', 'Compte technique', '1 rue du Test', '75001', 'PARIS', 'ACTIF', now()) RETURNING id`,
    [`deux-instances-${Date.now()}@comptes-techniques.invalid`],
  );
  const userId = rows[0].id;
  const { rows: rattachement } = await db.query<{ id: string }>(
    `INSERT INTO rattachements (id, user_id, structure_id, role, status) VALUES (gen_random_uuid(), $1, $2, 'UTILISATEUR_SIMPLE', 'ACTIF') RETURNING id`,
    [userId, structureId],
  );
  await db.query(`INSERT INTO rattachement_espaces (rattachement_id, espace, consultation, modification) VALUES ($1, 'FACTURES_EMISES', true, true)`, [rattachement[0].id]);
  const credentials = newCredentials();
  await db.query(
    `INSERT INTO api_clients (id, structure_id, technical_account_id, name, client_id, secret_hash, secret_hint, scopes)
     VALUES (gen_random_uuid(), $1, $2, 'Deux instances', $3, $4, $5, ARRAY['lecture', 'ecriture'])`,
    [structureId, userId, credentials.clientId, credentials.secretHash, credentials.secretHint],
  );
  return credentials;
}

async function structureIds() {
  const { rows } = await db.query<{ supplier: string; recipient: string; service: string }>(
    `SELECT f.id AS supplier, c.id AS recipient, sv.id AS service
     FROM structures f, structures c JOIN services sv ON sv.structure_id = c.id AND sv.code = 'SERVEXEC'
     WHERE f.identifier = $1 AND c.identifier = $2`,
    [LE_FOURNISSEUR, LE_CLIENT],
  );
  return rows[0];
}

/** Polls until the condition holds; the limit only keeps a broken run from hanging (it is not what the test checks). */
async function until(condition: () => Promise<boolean>, what: string, limitMs = 240_000) {
  const stopAt = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > stopAt) throw new Error(`toujours pas : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

test("batch deposits and invoices sent through both instances: every job ran once, no invoice lost nor made twice", async () => {
  const ids = await structureIds();
  const credentials = await leFournisseurApplication(ids.supplier);
  const tokenAnswer = await tokenFrom(a, credentials);
  expect(tokenAnswer.status).toBe(200);
  const token = ((await tokenAnswer.json()) as { access_token: string }).access_token;
  const run = `${Date.now() % 1_000_000}`;

  // One flux through each instance.
  const parties = { seller: { name: "LE FOURNISSEUR", identifier: LE_FOURNISSEUR, vatId: "FR32123456789", siret: LE_FOURNISSEUR, account: LE_FOURNISSEUR_ACCOUNT }, buyer: { name: "LE CLIENT", siret: LE_CLIENT, serviceCode: "SERVEXEC" } };
  const fluxIds: string[] = [];
  for (const [n, instance] of [a, b].entries()) {
    const files: Record<string, Uint8Array> = {};
    for (let i = 1; i <= FLUX_INVOICES; i++) files[`lot/f-${i}.xml`] = new TextEncoder().encode(sampleInvoiceXml(i, parties, { number: `DI${run}-${n}-${i}` }));
    const deposit = await apiCall(instance, token, "factures/deposer/flux", {
      idStructure: ids.supplier,
      cadreFacturation: "A1",
      nomFichier: `lot-${n}.zip`,
      syntaxeFlux: "ZIP",
      fichierFlux: Buffer.from(zipSync(files)).toString("base64"),
    });
    expect(deposit.status, JSON.stringify(deposit.body)).toBe(201);
    expect(deposit.body.nombreFactures).toBe(FLUX_INVOICES);
    fluxIds.push(deposit.body.idFlux as string);
  }

  // Invoices sent through both, two at a time (one on each) while the flux are processed; one more sent twice with one
  // Idempotency-Key, once on each.
  const invoice = (number: string) => ({
    supplierStructureId: ids.supplier,
    recipientStructureId: ids.recipient,
    recipientServiceId: ids.service,
    cadre: "A1",
    type: "FACTURE",
    vatRegime: "DEBITS",
    paymentMode: "CHEQUE",
    engagementNumber: "EJ-2018-12",
    invoiceNumber: number,
    invoiceDate: new Date().toISOString().slice(0, 10),
    lines: [{ denomination: "Prestation sur deux serveurs", quantity: "2", unit: "C62", unitPriceNet: "150.00", vatRate: "20" }],
  });
  for (let i = 0; i < SENT_INVOICES; i += 2) {
    const pair = await Promise.all([a, b].map((instance, n) => apiCall(instance, token, "factures/soumettre", invoice(`DS${run}-${i + n}`))));
    for (const answer of pair) expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  }
  const key = `deux-instances-${run}`;
  const first = await apiCall(a, token, "factures/soumettre", invoice(`DK${run}`), { "Idempotency-Key": key });
  const replay = await apiCall(b, token, "factures/soumettre", invoice(`DK${run}`), { "Idempotency-Key": key });
  expect(first.status).toBe(201);
  expect(replay.status).toBe(201);
  expect(replay.body.idFacture).toBe(first.body.idFacture);
  expect(replay.headers.get("idempotent-replayed")).toBe("true");

  // Both flux processed (their compte rendu read through either instance), then every routing done.
  await until(async () => {
    const reports = await Promise.all(fluxIds.map((idFlux, n) => apiCall(n ? a : b, token, "factures/consulterCR", { idFlux })));
    return reports.every((report) => (report.body.statut as { code: string } | undefined)?.code !== "EN_COURS");
  }, "les deux flux sont traités");
  for (const idFlux of fluxIds) {
    const report = await apiCall(a, token, "factures/consulterCR", { idFlux });
    expect(report.body).toMatchObject({ nombreFactures: FLUX_INVOICES, nombreTraitees: FLUX_INVOICES, nombreAcceptees: FLUX_INVOICES, nombreRejetees: 0 });
  }
  const expected = 2 * FLUX_INVOICES + SENT_INVOICES + 1;
  // This run's invoices, and the jobs of its flux and of their routing (the demo seed may have left jobs of its own).
  const ours = `FROM invoices WHERE supplier_structure_id = $1 AND (sent_number LIKE 'DI${run}-%' OR sent_number LIKE 'DS${run}-%' OR sent_number = 'DK${run}')`;
  const ourJobs = (condition = "TRUE") => `FROM jobs WHERE ${condition} AND ((queue = 'deposit-flux-chunk' AND payload->>'fluxId' = ANY($2::text[]))
    OR (queue = 'invoice-routing' AND payload->>'invoiceId' IN (SELECT id::text ${ours})))`;
  await until(async () => {
    const { rows } = await db.query<{ waiting: number }>(`SELECT count(*)::int AS waiting ${ourJobs("status <> 'DONE'")}`, [ids.supplier, fluxIds]);
    return rows[0].waiting === 0;
  }, "toutes les tâches sont faites");

  // Each job ran once: one attempt each, none failed or waiting; two chunks per flux.
  const { rows: jobs } = await db.query<{ queue: string; jobs: number; retried: number }>(
    `SELECT queue, count(*)::int AS jobs, count(*) FILTER (WHERE attempts <> 1 OR status <> 'DONE')::int AS retried ${ourJobs()} GROUP BY queue ORDER BY queue`,
    [ids.supplier, fluxIds],
  );
  expect(jobs).toEqual([
    { queue: "deposit-flux-chunk", jobs: 2 * (FLUX_INVOICES / 100), retried: 0 },
    { queue: "invoice-routing", jobs: expected, retried: 0 },
  ]);
  // Every invoice once, each routed once: one history row per status it went through, none left DEPOSEE.
  const { rows: counts } = await db.query<{ invoices: number; numbers: number; deposited: number }>(
    `SELECT count(*)::int AS invoices, count(DISTINCT sent_number)::int AS numbers, count(*) FILTER (WHERE status = 'DEPOSEE')::int AS deposited ${ours}`,
    [ids.supplier],
  );
  expect(counts[0]).toEqual({ invoices: expected, numbers: expected, deposited: 0 });
  const { rows: twice } = await db.query(
    `SELECT h.invoice_id, h.status, count(*) FROM invoice_history h WHERE h.invoice_id IN (SELECT id ${ours}) GROUP BY h.invoice_id, h.status HAVING count(*) > 1`,
    [ids.supplier],
  );
  expect(twice).toEqual([]);
});

test("the API's rate limit is the application's across both instances, not each instance's", async () => {
  // One call a minute (a bucket of one): the instances restarted with that limit, the database kept.
  await cluster.restart({ API_RATE_LIMIT_PER_MINUTE: "1" });
  const ids = await structureIds();
  const credentials = await leFournisseurApplication(ids.supplier);
  const tokenAnswer = await tokenFrom(a, credentials);
  expect(tokenAnswer.status).toBe(200);
  const token = ((await tokenAnswer.json()) as { access_token: string }).access_token;
  // The token endpoint's own bucket is spent too, on the other instance.
  expect((await tokenFrom(b, credentials)).status).toBe(429);

  const search = {};
  expect((await apiCall(a, token, "factures/rechercher/fournisseur", search)).status).toBe(200);
  const refused = await apiCall(b, token, "factures/rechercher/fournisseur", search);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(1);
  expect((await apiCall(a, token, "factures/rechercher/fournisseur", search)).status).toBe(429);
});
