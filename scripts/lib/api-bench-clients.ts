// The clients of npm run bench:api: for each of the busiest bench suppliers (and a few drawn at random), a technical
// account with Factures émises in modification, its structure's signed mandate (to submit invoices), and an
// application acting as it; plus public structures to send to. Written in SQL, as the bench seed is.
import pg from "pg";
import { newCredentials } from "../../src/server/api/client-credentials.ts";

export type BenchApiClient = { structureId: string; clientId: string; clientSecret: string; invoices: number };
export type BenchRecipient = { structureId: string; serviceId: string };

export async function createBenchApiClients(databaseUrl: string, count: number): Promise<{ clients: BenchApiClient[]; recipients: BenchRecipient[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Half the busiest suppliers (the worst case of a search), half drawn among the others.
    const { rows: suppliers } = await client.query<{ structure_id: string; invoices: number }>(
      `WITH counted AS (
         SELECT s.id AS structure_id, (SELECT count(*)::int FROM invoices i WHERE i.supplier_structure_id = s.id) AS invoices
         FROM structures s WHERE s.identifier LIKE '919%' AND s.kind = 'PRIVEE'
       ), busiest AS (SELECT * FROM counted ORDER BY invoices DESC LIMIT $1),
       others AS (SELECT * FROM counted WHERE structure_id NOT IN (SELECT structure_id FROM busiest) AND invoices > 0 ORDER BY md5(structure_id::text) LIMIT $2)
       SELECT * FROM busiest UNION ALL SELECT * FROM others`,
      [Math.ceil(count / 2), Math.floor(count / 2)],
    );
    const clients: BenchApiClient[] = [];
    for (const [n, supplier] of suppliers.entries()) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO users (id, kind, login_email, nom, prenom, adresse, code_postal, ville, status, updated_at)
         VALUES (gen_random_uuid(), 'COMPTE_TECHNIQUE', $1, $2, 'Compte technique', '1 rue du Banc', '75001', 'PARIS', 'ACTIF', now()) RETURNING id`,
        [`banc-api-${n}-${Date.now()}@comptes-techniques.invalid`, `Banc API ${n}`],
      );
      const userId = rows[0].id;
      const { rows: rattachement } = await client.query<{ id: string }>(
        `INSERT INTO rattachements (id, user_id, structure_id, role, status) VALUES (gen_random_uuid(), $1, $2, 'UTILISATEUR_SIMPLE', 'ACTIF') RETURNING id`,
        [userId, supplier.structure_id],
      );
      await client.query(`INSERT INTO rattachement_espaces (rattachement_id, espace, consultation, modification) VALUES ($1, 'FACTURES_EMISES', true, true)`, [rattachement[0].id]);
      await client.query(
        `INSERT INTO mandates (id, structure_id, libelle, status, created_by_id, signataire_id, signed_at)
         SELECT gen_random_uuid(), $1, 'MANDAT BANC', 'ACTIF', $2, $2, now() WHERE NOT EXISTS (SELECT 1 FROM mandates WHERE structure_id = $1 AND status = 'ACTIF')`,
        [supplier.structure_id, userId],
      );
      const credentials = newCredentials();
      await client.query(
        `INSERT INTO api_clients (id, structure_id, technical_account_id, name, client_id, secret_hash, secret_hint, scopes)
         VALUES (gen_random_uuid(), $1, $2, 'Banc API', $3, $4, $5, ARRAY['lecture', 'ecriture'])`,
        [supplier.structure_id, userId, credentials.clientId, credentials.secretHash, credentials.secretHint],
      );
      clients.push({ structureId: supplier.structure_id, clientId: credentials.clientId, clientSecret: credentials.clientSecret, invoices: supplier.invoices });
    }
    // Public structures of the bench (service and engagement required, engagement free of format).
    const { rows: recipients } = await client.query<{ structure_id: string; service_id: string }>(
      `SELECT s.id AS structure_id, sv.id AS service_id FROM structures s JOIN services sv ON sv.structure_id = s.id
       WHERE s.identifier LIKE '219%' ORDER BY s.identifier LIMIT 50`,
    );
    return { clients, recipients: recipients.map((row) => ({ structureId: row.structure_id, serviceId: row.service_id })) };
  } finally {
    await client.end();
  }
}
