// transverses: the reference lists and the health-check.
import type { AnyApiOperation } from "@/server/api/operation.ts";
import { healthCheck } from "./health-check.ts";

export { healthCheck };

export const TRANSVERSES_OPERATIONS: AnyApiOperation[] = [healthCheck];
