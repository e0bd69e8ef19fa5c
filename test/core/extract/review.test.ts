// Tests of the review flow: accept, edit and reject proposals; the accepted fill an entry sheet that reads back as a plan.
import { entrySheet } from "../../../src/core/entry";
import { extractPlan } from "../../../src/core/extract/extract";
import { accepted, decide, decideAll, edit, startReview } from "../../../src/core/extract/review";
import { entryHead, entryRows } from "../../../src/core/extract/to-entry";
import { planFromSheet } from "../../../src/core/plan-from-sheet";
import { xlsxCells } from "../../../src/export/read-xlsx";
import { workbookToXlsx } from "../../../src/export/xlsx";

const TEXT =
  "某县教育事业发展“十四五”规划\n一、主要目标\n到2025年，普惠性幼儿园覆盖率达到90%以上，新增学位3000个，校际差异系数控制在0.3以下。\n";

test("nothing is accepted until the clerk says so; reject and accept change one proposal each", () => {
  const { proposals } = extractPlan(TEXT);
  expect(proposals).toHaveLength(3);
  let review = startReview(proposals);
  expect(accepted(review)).toEqual([]);
  review = decide(review, 0, "accepted");
  review = decide(review, 1, "rejected");
  expect(accepted(review).map((p) => p.name)).toEqual(["普惠性幼儿园覆盖率"]);
  review = decideAll(review, "accepted");
  // 全部采纳 takes the pending ones, not the rejected.
  expect(accepted(review).map((p) => p.name)).toEqual(["普惠性幼儿园覆盖率", "校际差异系数"]);
});

test("an edit accepts the edited proposal and keeps what was not changed", () => {
  const { proposals } = extractPlan(TEXT);
  const review = edit(startReview(proposals), 1, { name: "新增义务教育学位", target: 3500, targetYear: 2024 });
  const [edited] = accepted(review);
  expect(edited).toMatchObject({
    name: "新增义务教育学位",
    rule: "increase_by",
    unit: "个",
    quote: proposals[1].quote,
  });
  expect(edited.target).toMatchObject({ value: 3500, year: 2024, printed: "3000个" });
  expect(accepted(edit(startReview(proposals), 0, { name: "  " }))[0].name).toBe("普惠性幼儿园覆盖率");
});

test("accepting two proposals gives an entry sheet that reads back as a plan with those two", async () => {
  const extraction = extractPlan(TEXT);
  let review = startReview(extraction.proposals);
  review = decide(review, 0, "accepted");
  review = decide(review, 2, "accepted");
  const head = { ...entryHead(extraction), region: "某县", issuer: "某县教育局" };
  expect(head).toMatchObject({ title: "某县教育事业发展“十四五”规划", start: "2021", end: "2025" });
  const layout = entrySheet({ rows: entryRows(accepted(review)), head });
  const [cells] = await xlsxCells(await workbookToXlsx({ sheets: [layout] }));
  const read = planFromSheet(cells);
  expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(read.plan?.indicators.map((i) => [i.name, i.rule, i.target.value, i.target.year, i.refs[0]])).toEqual([
    ["普惠性幼儿园覆盖率", "at_least", 90, 2025, "一、"],
    ["校际差异系数", "at_most", 0.3, 2025, "一、"],
  ]);
  expect(read.plan?.period).toEqual({ start: 2021, end: 2025 });
});
