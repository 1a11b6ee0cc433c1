// XPath-like steps over our XML tree for the CII syntax rules: every node reached by a path of child names (over
// every child, not only the first), an attribute at the end of a path, the whole subtree. Pure.
import type { XmlNode } from "../../read/safe-xml.ts";

/** Every node reached by a path of child names ("DefinedTradeContact/PersonName" over every contact). */
export function nodesAt(node: XmlNode | undefined, path: string): XmlNode[] {
  let current = node ? [node] : [];
  for (const name of path.split("/")) current = current.flatMap((item) => item.children.filter((child) => child.name === name));
  return current;
}

/** How many nodes (or attributes, when the path ends with "@name") a path reaches. */
export function countAt(node: XmlNode, path: string): number {
  const steps = path.split("/");
  const last = steps[steps.length - 1];
  if (!last.startsWith("@")) return nodesAt(node, path).length;
  const holders = steps.length === 1 ? [node] : nodesAt(node, steps.slice(0, -1).join("/"));
  return holders.filter((holder) => holder.attrs[last.slice(1)] !== undefined).length;
}

export const exists = (node: XmlNode | undefined, path: string) => node !== undefined && countAt(node, path) > 0;

/** The node and all its descendants, in document order. */
export function subtree(node: XmlNode): XmlNode[] {
  const found: XmlNode[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    found.push(current);
    for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]);
  }
  return found;
}

/** Every node at a path under any node of the document named `first` (XPath //first/rest). */
export const everywhere = (root: XmlNode, first: string, rest: string) =>
  subtree(root)
    .filter((node) => node.name === first)
    .flatMap((node) => nodesAt(node, rest));

export const normalizeSpace = (text: string) => text.replace(/\s+/g, " ").trim();
