// Ribbon commands, associated in the shared runtime (the manifest's FunctionFile is the task pane page).
import { requestCheck } from "./requests";

/** "检查当前表": opens the task pane, which runs the check of the active sheet when it sees the request. */
async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    requestCheck();
    await Office.addin.showAsTaskpane();
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
