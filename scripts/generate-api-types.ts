// npm run api:types: writes the TypeScript types of the published OpenAPI document (openapi-typescript), which the
// API's integration tests drive through a typed client (openapi-fetch): the contract is what they test. A unit test
// fails when the committed types differ from the document's (run this script then).
import { writeFileSync } from "node:fs";
import { apiTypesSource, API_TYPES_FILE } from "./lib/api-types.ts";

writeFileSync(API_TYPES_FILE, await apiTypesSource());
console.log(`Types de l'API écrits : ${API_TYPES_FILE}`);
