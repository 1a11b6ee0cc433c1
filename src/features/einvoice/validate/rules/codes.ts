import type { RuleGroup } from "../rule.ts";

export const codesRules: RuleGroup = () => [];
