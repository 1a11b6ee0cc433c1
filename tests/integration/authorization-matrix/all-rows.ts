// Every row of the matrix, by entry: server actions by exported name, route handlers by "METHOD /path".
import type { Rows } from "./rows.ts";
import { INVOICE_ROWS } from "./rows-invoices.ts";
import { RACCORDEMENT_ROWS } from "./rows-raccordements.ts";
import { RECEIVED_DESK_ACTION_ROWS, RECEIVED_DESK_ROUTE_ROWS } from "./rows-received-desk.ts";
import { ROUTE_ROWS as BASE_ROUTE_ROWS } from "./rows-routes.ts";
import { SOLLICITATION_ROUTE_ROWS, SOLLICITATION_ROWS } from "./rows-sollicitations.ts";
import { STRUCTURE_ROWS } from "./rows-structures.ts";
import { ENGAGEMENT_API_ROWS, ENGAGEMENT_ROWS } from "./rows-engagements.ts";
import { WORKS_API_ROWS } from "./rows-works-api.ts";
import { WORKS_PAGE_ROUTE_ROWS, WORKS_PAGE_ROWS } from "./rows-works-pages.ts";

export const ACTION_ROWS: Rows = { ...STRUCTURE_ROWS, ...INVOICE_ROWS, ...RACCORDEMENT_ROWS, ...SOLLICITATION_ROWS, ...RECEIVED_DESK_ACTION_ROWS, ...ENGAGEMENT_ROWS, ...WORKS_PAGE_ROWS };
export const ROUTE_ROWS: Rows = { ...BASE_ROUTE_ROWS, ...SOLLICITATION_ROUTE_ROWS, ...RECEIVED_DESK_ROUTE_ROWS, ...ENGAGEMENT_API_ROWS, ...WORKS_API_ROWS, ...WORKS_PAGE_ROUTE_ROWS };
