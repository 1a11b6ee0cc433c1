// Loads a generated public directory into PostgreSQL, a few thousand rows per statement
// (INSERT … SELECT FROM unnest(arrays)). Structures already there (same identifier) are skipped, with their services.
import pg from "pg";
import { generateDirectory, type GeneratedStructure } from "../bench/directory-generator.ts";
import { structureSearchText } from "@/features/directory/rules/search-text.ts";

const BATCH = 5000;

async function insertBatch(client: pg.Client, batch: GeneratedStructure[]): Promise<number> {
  const column = <K extends keyof GeneratedStructure>(key: K) => batch.map((s) => s[key]);
  const inserted = await client.query<{ id: string; identifier: string }>(
    `INSERT INTO structures (id, identifier_type, identifier, raison_sociale, kind, status, adresse, code_postal, ville,
       engagement_obligatoire, service_obligatoire, engagement_charset, engagement_min_length, engagement_max_length,
       engagement_prefix, search_text, updated_at)
     SELECT gen_random_uuid(), 'SIRET', s.identifier, s.raison_sociale, 'PUBLIQUE', s.status::"StructureStatus", s.adresse, s.code_postal,
       s.ville, s.engagement_obligatoire, s.service_obligatoire, s.engagement_charset::"EngagementCharset", s.engagement_min_length,
       s.engagement_max_length, s.engagement_prefix, s.search_text, now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::boolean[], $9::text[], $10::int[], $11::int[],
       $12::text[], $13::text[])
       AS s(identifier, raison_sociale, status, adresse, code_postal, ville, engagement_obligatoire, service_obligatoire, engagement_charset,
         engagement_min_length, engagement_max_length, engagement_prefix, search_text)
     ON CONFLICT (identifier_type, identifier) DO NOTHING
     RETURNING id, identifier`,
    [
      column("identifier"),
      column("raisonSociale"),
      column("status"),
      column("adresse"),
      column("codePostal"),
      column("ville"),
      column("engagementObligatoire"),
      column("serviceObligatoire"),
      column("engagementCharset"),
      column("engagementMinLength"),
      column("engagementMaxLength"),
      column("engagementPrefix"),
      batch.map((s) => structureSearchText(s)),
    ],
  );
  const idByIdentifier = new Map(inserted.rows.map((row) => [row.identifier, row.id]));
  const services = batch.flatMap((s) => {
    const structureId = idByIdentifier.get(s.identifier);
    return structureId ? s.services.map((service) => ({ structureId, ...service })) : [];
  });
  await client.query(
    `INSERT INTO services (id, structure_id, code, libelle, engagement_obligatoire)
     SELECT gen_random_uuid(), s.structure_id, s.code, s.libelle, s.engagement_obligatoire
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::boolean[]) AS s(structure_id, code, libelle, engagement_obligatoire)`,
    [services.map((s) => s.structureId), services.map((s) => s.code), services.map((s) => s.libelle), services.map((s) => s.engagementObligatoire)],
  );
  return inserted.rowCount ?? 0;
}

/** Inserts the `count` structures of the generated directory that are not there yet; returns how many it inserted. */
export async function loadDirectory(databaseUrl: string, count: number, seed = 1): Promise<number> {
  const structures = generateDirectory(count, seed);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let inserted = 0;
    for (let start = 0; start < structures.length; start += BATCH) {
      inserted += await insertBatch(client, structures.slice(start, start + BATCH));
    }
    // As autovacuum would after a bulk insert: the statistics, and the visibility map that lets the directory searches
    // read structures_directory_order_idx alone (an index-only scan).
    await client.query("VACUUM (ANALYZE) structures, services");
    return inserted;
  } finally {
    await client.end();
  }
}
