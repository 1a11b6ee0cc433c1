// npm run seed: loads the demo data (again: nothing changes the second time).
import "./lib/load-env.ts";
import { openDatabase } from "./lib/database.ts";
import { applyMigrations } from "./lib/migrations.ts";
import { demoPassword, seedDatabase } from "./lib/seed.ts";

const database = await openDatabase();
try {
  await applyMigrations(database.url);
  const accounts = await seedDatabase(database.url);
  console.log(`Données de démonstration chargées (${accounts.length} comptes${demoPassword() ? "" : " : aucun hors mode démonstration, DEMO_MODE=false"}).`);
} finally {
  await database.stop();
}
