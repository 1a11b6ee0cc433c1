import { rechercherStructureTravaux } from "@/features/api/index.ts";
import { apiRoute } from "@/server/api/api-route.ts";

export const dynamic = "force-dynamic";
export const POST = apiRoute(rechercherStructureTravaux);
