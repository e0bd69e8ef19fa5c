// Every English Office, not only en-US, gets the English strings and the English function help.
import * as fs from "fs";
import * as path from "path";

const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const ENGLISH = ["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-IE", "en-NZ", "en-SG", "en-ZA"];

/** Each localizable element: its default and its overrides by locale. */
function localized(): { id: string; overrides: Map<string, string> }[] {
  const elements: { id: string; overrides: Map<string, string> }[] = [];
  const pattern = /<((?:bt:)?\w+)\s+(?:id="([^"]+)"\s+)?DefaultValue="([^"]*)"\s*>([\s\S]*?)<\/\1>/g;
  for (const match of manifest.matchAll(pattern)) {
    const overrides = new Map<string, string>();
    for (const o of match[4].matchAll(/<(?:bt:)?Override Locale="([^"]+)" Value="([^"]*)" \/>/g))
      overrides.set(o[1], o[2]);
    elements.push({ id: match[2] ?? match[1], overrides });
  }
  return elements;
}

test("each English locale repeats every en-US override", () => {
  const elements = localized().filter((e) => e.overrides.has("en-US"));
  expect(elements.map((e) => e.id)).toEqual(
    expect.arrayContaining(["DisplayName", "Description", "Functions.Metadata.Url", "CheckSheet.Label"])
  );
  for (const element of elements) {
    for (const locale of ENGLISH)
      expect([element.id, locale, element.overrides.get(locale)]).toEqual([
        element.id,
        locale,
        element.overrides.get("en-US"),
      ]);
  }
});

test("English Excel outside the US reads the English functions metadata", () => {
  const metadata = localized().find((e) => e.id === "Functions.Metadata.Url")!;
  expect(metadata.overrides.get("en-GB")).toBe("https://localhost:3000/functions.json");
  expect(metadata.overrides.get("en-AU")).toBe("https://localhost:3000/functions.json");
});
