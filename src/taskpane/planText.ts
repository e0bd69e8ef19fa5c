// A plan's text in the pane: a .txt or .docx file read (mammoth loaded only for .docx), and proposals made
// with opencc-js loaded only when the text is traditional. Part of the 从文本导入 chunk.
import { Extraction, extractPlan } from "../core/extract/extract";
import { htmlToPlanText } from "../core/extract/html";
import { looksTraditional } from "../core/extract/text";
import { LocalizedError } from "../core/errors";
import { Language } from "../core/messages";
import { EXTRACT_MESSAGES, extractText } from "../i18n/extract";

/** An error whose message the pane shows in the clerk's language (useAction reads `localized`). */
const localizedError = (zh: string, en: string): Error => new LocalizedError(zh, en, zh);

export async function readPlanFile(file: File): Promise<string> {
  const name = file.name.toLowerCase();
  if (name.endsWith(".doc")) throw localizedError(extractText("oldDoc", "zh-CN"), extractText("oldDoc", "en-US"));
  const bytes = await file.arrayBuffer();
  if (name.endsWith(".docx")) {
    const mammoth = await import("mammoth/mammoth.browser.min.js");
    try {
      return htmlToPlanText((await mammoth.convertToHtml({ arrayBuffer: bytes })).value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw localizedError(
        extractText("fileError", "zh-CN", { reason }),
        extractText("fileError", "en-US", { reason })
      );
    }
  }
  if (new Uint8Array(bytes).includes(0))
    throw localizedError(extractText("notText", "zh-CN"), extractText("notText", "en-US"));
  const text = new TextDecoder("utf-8").decode(bytes);
  return name.endsWith(".html") || name.endsWith(".htm") ? htmlToPlanText(text) : text;
}

/** Proposals from the text; a problem (empty, not a plan …) is thrown as a message in both languages. */
export async function proposeFromText(text: string): Promise<Extraction> {
  let toSimplified: ((t: string) => string) | undefined;
  if (looksTraditional(text)) {
    const OpenCC = await import("opencc-js/t2cn");
    toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
  }
  // Let the pane paint its progress bar before the (synchronous) reading starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const result = extractPlan(text, { toSimplified });
  if (result.problem) {
    const message = (language: Language) => EXTRACT_MESSAGES[language][result.problem!];
    throw localizedError(message("zh-CN"), message("en-US"));
  }
  return result;
}
