// npm run migrate                       applies the pending migrations
// npm run migrate:create -- <name>      writes a new migration from prisma/schema.prisma, then applies it
import "./lib/load-env.ts";
import { openDatabase } from "./lib/database.ts";
import { applyMigrations, createMigration } from "./lib/migrations.ts";

const [command, name] = process.argv.slice(2);
const database = await openDatabase();
try {
  if (command === "create") {
    if (!name) throw new Error('Nom de migration manquant : npm run migrate:create -- "ajout des factures"');
    await applyMigrations(database.url);
    const created = await createMigration(database.url, name);
    console.log(created ? `Migration créée et appliquée : prisma/migrations/${created}` : "Aucun changement dans schema.prisma : pas de migration.");
  } else {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Migrations appliquées : ${applied.join(", ")}` : "Base à jour : aucune migration en attente.");
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
