// The commands read a .env file at the project root when there is one (variables already set win).
import { existsSync } from "node:fs";
import path from "node:path";

const file = path.resolve(import.meta.dirname, "..", "..", ".env");
if (existsSync(file)) process.loadEnvFile(file);
