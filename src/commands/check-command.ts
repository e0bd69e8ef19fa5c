// The ribbon's "检查当前表": shows the pane, which runs the check; if the pane cannot be shown or does
// not take the request within 5 s, the command checks the active sheet itself in the shared runtime
// and writes the report sheet, so the button always does something.
import { checkFallback, requestCheckAndWait } from "./requests";

/** How long the pane may take to answer before the command checks on its own. */
export const PANE_TIMEOUT_MS = 5000;

export interface CheckCommandSteps {
  /** Office.addin.showAsTaskpane(). */
  showPane(): Promise<void>;
  /** Asks the pane to check; true when it took the request in time. */
  requestPane(timeoutMs: number): Promise<boolean>;
  /** Checks the active sheet and writes the report; resolves with the report sheet's name. */
  checkAndReport(): Promise<string>;
}

export type CheckCommandOutcome =
  { by: "pane" } | { by: "command"; reason: "showFailed" | "paneSilent"; sheet: string };

export async function runCheckCommand(
  steps: CheckCommandSteps,
  timeoutMs = PANE_TIMEOUT_MS
): Promise<CheckCommandOutcome> {
  let shown = true;
  try {
    await steps.showPane();
  } catch {
    shown = false;
  }
  if (shown && (await steps.requestPane(timeoutMs))) return { by: "pane" };
  const sheet = await steps.checkAndReport();
  return { by: "command", reason: shown ? "paneSilent" : "showFailed", sheet };
}

/** The steps in Office; the fallback comes from the task pane's entry (requests.ts). */
export function officeCheckCommandSteps(displayLanguage: () => string | undefined): CheckCommandSteps {
  return {
    showPane: () => Office.addin.showAsTaskpane(),
    requestPane: (timeoutMs) => requestCheckAndWait(timeoutMs),
    checkAndReport: () => checkFallback()(displayLanguage()),
  };
}
