import type { RuleGroup } from "../rule.ts";

export const vatRules: RuleGroup = () => [];
