// Where Office.js comes from (own copy, Microsoft's CDN, 21Vianet's CDN), and what the pane does when
// it was asked for inside Office and did not load.
import { officeJsMissing } from "../../src/taskpane/office-js-missing";
import { OFFICE_JS_MISSING } from "../../src/i18n/office-js";
const { officeJsUrl } = require("../../scripts/office-js-url");

test("the build option picks the copy: own host by default, Microsoft's CDN, or 21Vianet's", () => {
  expect(officeJsUrl(undefined)).toBe("office-js/office.js");
  expect(officeJsUrl("local")).toBe("office-js/office.js");
  expect(officeJsUrl("cdn")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(officeJsUrl("21Vianet")).toBe(
    "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js"
  );
  expect(() => officeJsUrl("china-cdn")).toThrow(/local, cdn, 21vianet/);
});

test("asked for and missing is an error page; never asked for is the preview; loaded is Office", () => {
  expect(officeJsMissing({ eduplanOfficeJs: "office-js/office.js" })).toBe("office-js/office.js");
  expect(officeJsMissing({})).toBeNull();
  expect(officeJsMissing({ eduplanOfficeJs: "office-js/office.js", Office: {} })).toBeNull();
});

test("the message exists in both languages and names the file", () => {
  for (const language of ["zh-CN", "en-US"] as const) {
    expect(OFFICE_JS_MISSING[language].title.length).toBeGreaterThan(0);
    expect(OFFICE_JS_MISSING[language].body).toContain("{url}");
  }
  expect(OFFICE_JS_MISSING["zh-CN"].body).toMatch(/[\u4e00-\u9fff]/);
  expect(OFFICE_JS_MISSING["en-US"].body).not.toMatch(/[\u4e00-\u9fff]/);
});
