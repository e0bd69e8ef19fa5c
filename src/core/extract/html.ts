// HTML (a .docx converted by mammoth, or a saved web page) to the plain text the extractor reads; tables one cell per line.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1].toLowerCase() === "x" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function inline(html: string): string {
  return decode(html.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]+>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

/** Paragraphs become lines; each table row becomes its cells, each on a line after a tab, then a blank line. */
export function htmlToPlanText(html: string): string {
  const body = html.replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, "").replace(/<!--[\s\S]*?-->/g, "");
  const out: string[] = [];
  const tablePattern = /<table[\s\S]*?<\/table>/gi;
  let last = 0;
  const prose = (chunk: string) => {
    for (const block of chunk.split(/<\/(?:p|h[1-6]|li|div|tr)>|<br\s*\/?>/i)) {
      const line = inline(block);
      if (line) out.push(line);
    }
  };
  for (const m of body.matchAll(tablePattern)) {
    prose(body.slice(last, m.index));
    out.push("");
    for (const row of m[0].match(/<tr[\s\S]*?<\/tr>/gi) ?? []) {
      for (const cell of row.match(/<t[dh][\s\S]*?<\/t[dh]>/gi) ?? []) out.push(`\t${inline(cell)}`);
      out.push("");
    }
    last = m.index + m[0].length;
  }
  prose(body.slice(last));
  return out.join("\n");
}
