// Opens an .xlsx file as a new workbook in Excel (ExcelApi 1.8): a download link does nothing in
// Excel for Mac and in some desktop builds, so inside Excel the file goes through Excel itself.
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  await Excel.createWorkbook(base64Of(bytes));
}
