// Ribbon commands, associated in the shared runtime (the manifest's FunctionFile is the task pane page).
import { officeCheckCommandSteps, runCheckCommand } from "./check-command";

/** "检查当前表": the pane runs the check; if it cannot, the command does (check-command.ts). */
async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runCheckCommand(officeCheckCommandSteps(() => Office.context.displayLanguage));
  } catch (error) {
    console.error(error);
  } finally {
    event.completed();
  }
}

// Office.js is loaded only inside Office (taskpane.html); the preview has no ribbon.
if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("checkActiveSheet", checkActiveSheet);
  });
}
