// Types for mammoth's standalone browser build (the package's own types cover only its Node entry).
declare module "mammoth/mammoth.browser.min.js" {
  export function convertToHtml(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: unknown[] }>;
}
