// UNCL 5305 (duty/tax/fee category codes), restricted by EN 16931 to VAT categories (BT-95, BT-102, BT-118, BT-151;
// BR-CL-17, BR-CL-18): S standard, Z zero, E exempt, AE reverse charge, K intra-community, G export, O not subject, L
// Canary Islands (IGIC), M Ceuta and Melilla (IPSI), B transferred VAT (Italy).
import { codeSet } from "./code-set.ts";

export const VAT_CATEGORY_CODES = codeSet(`AE L M E S Z G O K B`);
