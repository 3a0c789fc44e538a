/**
 * An id as an XML NCName (https://www.w3.org/TR/xml-names/#NT-NCName), the type GraphML's schema
 * gives node, edge and key ids (xs:NMTOKEN for references, xs:ID-like uniqueness by the schema's
 * keys). Graph ids may hold `:` and start with a digit; explorer ids held `|`. Letters, digits,
 * `-`, `.` and `_` pass through; any other character becomes `_xHHHH_` (as XML Schema's own
 * name-escaping does), so distinct ids stay distinct; `prefix` (a letter) makes the first
 * character a valid start.
 */
export function xmlId(prefix: string, raw: string): string {
  const escaped = Array.from(raw)
    .map((c) => (/[A-Za-z0-9.-]/.test(c) ? c : c === '_' ? '_x005F_' : `_x${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}_`))
    .join('');
  return `${prefix}${escaped}`;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
