import type { RuleGroup } from "../rule.ts";

export const coreRules: RuleGroup = () => [];
