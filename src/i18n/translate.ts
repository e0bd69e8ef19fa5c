// The lookup every string table shares: one language's text with its {name} placeholders filled.
import type { Language } from "../core/messages";

export type Params = Record<string, string | number>;

/** Fills {name} placeholders; an unknown one stays as written, so a missing parameter shows. */
export function fill(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The translate function of one string table (zh-CN and en-US per key). */
export function translator<K extends string>(table: Record<K, Readonly<Record<Language, string>>>) {
  return (key: K, language: Language, params: Params = {}): string => fill(table[key][language], params);
}
