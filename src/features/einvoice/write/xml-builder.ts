// A minimal XML text builder for the writers: elements whose content is undefined or empty are left out,
// so optional business terms simply vanish from the output instead of producing empty elements.

export type XmlAttributes = Record<string, string | undefined>;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// Control characters other than tab and line breaks are not allowed in XML 1.0, even escaped: they are dropped.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

function attributes(attrs: XmlAttributes | undefined): string {
  if (!attrs) return "";
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([name, value]) => ` ${name}="${escapeXml(value as string)}"`)
    .join("");
}

/** An element holding a text value (escaped); nothing when the value is absent. */
export function leaf(name: string, value: string | undefined, attrs?: XmlAttributes): string {
  if (value === undefined || value === "") return "";
  return `<${name}${attributes(attrs)}>${escapeXml(value)}</${name}>`;
}

/** An element holding already-built children; nothing when every child is absent. */
export function node(name: string, children: (string | undefined | false)[], attrs?: XmlAttributes): string {
  const content = children.filter(Boolean).join("");
  return content === "" ? "" : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/** An element always written, even empty (required containers such as ApplicableHeaderTradeDelivery). */
export function required(name: string, children: (string | undefined | false)[]): string {
  const content = children.filter(Boolean).join("");
  return content === "" ? `<${name}/>` : `<${name}>${content}</${name}>`;
}
