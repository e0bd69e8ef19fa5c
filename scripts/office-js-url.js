// Where taskpane.html loads Office.js from, by build option EDUPLAN_OFFICE_JS: the add-in's own copy
// (default; bureau intranets block Microsoft's CDN), Microsoft's CDN (store submissions) or the
// 21Vianet CDN (Microsoft 365 operated in China, which cannot reach the global CDN).
const OFFICE_JS_URLS = {
  local: "office-js/office.js",
  cdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  // "Office 365 operated by 21Vianet … should use https://appsforoffice.cdn.partner.office365.cn/…"
  // (Microsoft's "Referencing the Office JavaScript API library" article).
  "21vianet": "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};

function officeJsUrl(option = process.env.EDUPLAN_OFFICE_JS) {
  const key = (option || "local").toLowerCase();
  const url = OFFICE_JS_URLS[key];
  if (!url) {
    throw new Error(
      `EDUPLAN_OFFICE_JS="${option}" 无效，可用 / is not one of: ${Object.keys(OFFICE_JS_URLS).join(", ")}`
    );
  }
  return url;
}

module.exports = { officeJsUrl, OFFICE_JS_URLS };
