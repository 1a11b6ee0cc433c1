// The shapes of the CII syntax rules' data (cii-syntax-contexts.ts, cii-syntax-sr.ts, cii-syntax-dt.ts, generated from
// the CEN artefact) and of the hand-written tests (cii-syntax-conditions.ts).
import type { XmlNode } from "../../read/safe-xml.ts";
import type { FindingSeverity } from "../finding.ts";

/**
 * Which nodes a rule context selects, as the artefact's XPath says it (namespace prefixes dropped, as our XML tree
 * drops them): an absolute path of names, several of them, a name anywhere (under a parent, with an attribute value),
 * or any name ending with a suffix (but one).
 */
export type CiiContext =
  | { path: string[] }
  | { paths: string[][] }
  | { name: string; parent?: string; attribute?: [name: string, value: string] }
  | { suffix: string; except?: string };

/**
 * One rule: its id and CEN flag, the index of its context in CII_SYNTAX_CONTEXTS, and its test on the context node:
 * a path (child names, possibly ending with @attribute) that must be absent, occur at most or exactly `count` times;
 * or a condition written by hand (cii-syntax-conditions.ts).
 */
export type CiiSyntaxRule = { rule: string; severity: FindingSeverity; context: number } & (
  | { kind: "absent"; path: string }
  | { kind: "atMost" | "exactly"; path: string; count: number }
  | { kind: "condition" }
);

/** What a hand-written condition sees: the context node, the names of its ancestors (root first), the document root. */
export type CiiConditionInput = { node: XmlNode; ancestors: string[]; root: XmlNode };

/** A hand-written test: true when the rule holds; the French message when it does not. */
export type CiiCondition = { holds: (input: CiiConditionInput) => boolean; message: string };
