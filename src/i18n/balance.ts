// User-facing strings of the 两县创建 (义务教育优质均衡) pane section, zh-CN first and en-US second;
// loaded with that section's chunk, not with the pane's first page.
import { translator } from "./translate";

const strings = {
  title: { "zh-CN": "义务教育优质均衡 测算工作簿", "en-US": "Compulsory-education high-quality balance workbook" },
  intro: {
    "zh-CN":
      "按教督〔2017〕6号的方法，由学校数据计算7项资源配置指标、单校达标、校际差异系数，并列出政府保障、教育质量、社会认可度和一票否决各项及总判定。全部为原生公式，WPS 和旧版 Excel 也能计算。",
    "en-US":
      "Following the national method (MOE 2017 No. 6): the seven resource indicators per school, the 6-of-7 rule, the inter-school difference coefficients, the government, quality, recognition and veto items and the overall verdict. Native formulas only, so it computes in WPS and older Excel too.",
  },
  insert: { "zh-CN": "插入测算工作簿", "en-US": "Insert the workbook" },
  inserting: { "zh-CN": "正在插入…", "en-US": "Inserting…" },
  inserted: {
    "zh-CN": "已新建 {count} 张工作表（{sheets}），学校 {schools} 所（部）。白色单元格填报，灰色单元格自动计算。",
    "en-US":
      "Created {count} sheets ({sheets}) with {schools} schools or school parts. Type into white cells; shaded cells compute.",
  },
  insertFailed: {
    "zh-CN": "插入失败，工作簿未作任何改动：{reason}",
    "en-US": "Insert failed; the workbook was left unchanged: {reason}",
  },
  skipped: {
    "zh-CN": "此版本 Excel 不支持，已略过：{features}",
    "en-US": "Not supported by this Excel, left out: {features}",
  },
  download: { "zh-CN": "下载 Excel 文件", "en-US": "Download as Excel file" },
  downloading: { "zh-CN": "正在生成文件…", "en-US": "Making the file…" },
  downloaded: { "zh-CN": "已下载“{file}”。", "en-US": 'Downloaded "{file}".' },
  opened: { "zh-CN": "已在新工作簿中打开“{file}”。", "en-US": 'Opened "{file}" as a new workbook.' },
  downloadFailed: { "zh-CN": "生成文件失败：{reason}", "en-US": "Could not make the file: {reason}" },
  importTitle: { "zh-CN": "学校数据导入", "en-US": "School data" },
  importIntro: {
    "zh-CN":
      "从基础基表中复制一块数据（连同表头，可为两三行）粘贴到下面，或选择 CSV / Excel 文件；可分多块添加，按学校标识码（没有时按学校名称）合并。确认之前不写入任何内容。",
    "en-US":
      "Copy a block from the annual returns (with its headers, which may span two or three rows) and paste it below, or choose CSV or Excel files; add several blocks and they are joined on the school ID (else the school name). Nothing is written before you confirm.",
  },
  pasteLabel: { "zh-CN": "粘贴的数据", "en-US": "Pasted data" },
  addPaste: { "zh-CN": "添加粘贴的数据", "en-US": "Add the pasted block" },
  chooseFiles: { "zh-CN": "选择文件（CSV 或 Excel）", "en-US": "Choose files (CSV or Excel)" },
  clearBlocks: { "zh-CN": "全部清除", "en-US": "Clear all" },
  pastedSource: { "zh-CN": "粘贴", "en-US": "pasted" },
  blockLine: {
    "zh-CN": "第{block}块（{source}）：表头 {headerRows} 行，学校 {rows} 行{joined}",
    "en-US": "Block {block} ({source}): {headerRows} header rows, {rows} school rows{joined}",
  },
  joinedCode: { "zh-CN": "，按学校标识码与第1块合并", "en-US": ", joined to block 1 on the school ID" },
  joinedName: { "zh-CN": "，按学校名称与第1块合并", "en-US": ", joined to block 1 on the school name" },
  columnsCaption: { "zh-CN": "识别的列", "en-US": "Columns recognised" },
  unitScaled: { "zh-CN": "按{unit}读取，换算为万元", "en-US": "read in {unit}, converted to 10,000 yuan" },
  unitAsIs: { "zh-CN": "单位：{unit}", "en-US": "unit: {unit}" },
  ignoredLine: { "zh-CN": "未识别、不读取的列：{headers}", "en-US": "Columns not recognised, not read: {headers}" },
  unmatchedTitle: { "zh-CN": "未对应的行（不读取）", "en-US": "Rows matching no school (not read)" },
  rowLine: { "zh-CN": "第{block}块第{row}行 {school}：{reason}", "en-US": "Block {block} row {row}, {school}: {reason}" },
  skippedTitle: { "zh-CN": "略过的行", "en-US": "Rows left out" },
  problemsTitle: { "zh-CN": "请注意", "en-US": "Please note" },
  confirm: { "zh-CN": "确认，使用这 {count} 所学校（部）", "en-US": "Confirm: use these {count} schools" },
  confirmed: {
    "zh-CN": "已确认 {count} 所学校（部）。可插入新的测算工作簿、下载文件，或追加到当前工作簿的“学校数据”表。",
    "en-US": "{count} schools confirmed. Insert a new workbook, download it as a file, or append them to this workbook's school-data sheet.",
  },
  importFailed: { "zh-CN": "无法读取学校数据：{reason}", "en-US": "Could not read the school data: {reason}" },
  append: { "zh-CN": "追加到“学校数据”表", "en-US": "Append to the school-data sheet" },
  appended: {
    "zh-CN": "已在“{sheet}”第 {first}–{last} 行写入 {count} 所学校（部）。",
    "en-US": 'Wrote {count} schools into "{sheet}", rows {first}–{last}.',
  },
  appendedNone: { "zh-CN": "没有需要写入的学校。", "en-US": "No school needed writing." },
  appendPresent: {
    "zh-CN": "表中已有、未改动：{schools}",
    "en-US": "Already on the sheet, left as they are: {schools}",
  },
  appendFailed: { "zh-CN": "未写入：{reason}", "en-US": "Nothing written: {reason}" },
  previewTitle: { "zh-CN": "测算预览（与工作簿公式结果相同）", "en-US": "Preview (the workbook's formulas give the same)" },
  stageLine: {
    "zh-CN": "{stage}：参评 {schools} 所，单校达标 {meeting} 所，综合差异系数 {composite}（{status}）",
    "en-US": "{stage}: {schools} schools assessed, {meeting} meet the per-school rule, composite coefficient {composite} ({status})",
  },
  colIndicator: { "zh-CN": "指标", "en-US": "Indicator" },
  colCoefficient: { "zh-CN": "差异系数", "en-US": "Coefficient" },
  colVerdict: { "zh-CN": "判定", "en-US": "Verdict" },
  colSchool: { "zh-CN": "学校", "en-US": "School" },
  colStage: { "zh-CN": "学段", "en-US": "Stage" },
  colMet: { "zh-CN": "达标项数", "en-US": "Indicators met" },
  colNotAssessed: { "zh-CN": "不参评", "en-US": "not assessed" },
  noValue: { "zh-CN": "无", "en-US": "none" },
  preschoolTitle: { "zh-CN": "学前教育普及普惠 测算表", "en-US": "Preschool universal-access assessment sheet" },
  preschoolIntro: {
    "zh-CN":
      "按教督〔2020〕1号：毛入园率 85%、普惠性幼儿园覆盖率 80%、公办园在园幼儿占比 50%、社会认可度 85% 等，本地标准可改为省定或规划目标；未能核实国家标准的项目标“待核”。",
    "en-US":
      "Following the national method (MOE 2020 No. 1): gross enrolment 85 %, affordable-kindergarten coverage 80 %, public-kindergarten share 50 %, public satisfaction 85 % and more; the local standard can hold provincial or plan targets; items whose national figure could not be checked are marked for checking.",
  },
  insertPreschool: { "zh-CN": "插入学前普及普惠表", "en-US": "Insert the preschool sheet" },
  downloadPreschool: { "zh-CN": "下载学前普及普惠表", "en-US": "Download the preschool sheet" },
  preschoolInserted: { "zh-CN": "已新建工作表“{sheet}”。", "en-US": 'Created the sheet "{sheet}".' },
  linkTitle: { "zh-CN": "规划指标取自测算表", "en-US": "Plan indicators from the workbook" },
  linkIntro: {
    "zh-CN": "规划表中的“差异系数”指标可直接引用本工作簿“差异系数”表的结果：选中规划表后查找，确认年份和来源后写入公式（单元格已有内容时先询问）。",
    "en-US":
      "A plan sheet's difference-coefficient indicators can read their value from this workbook's coefficient sheet: open the plan sheet, find them, confirm the year and the source, and a formula is written (a cell already holding something is asked about first).",
  },
  findLinks: { "zh-CN": "查找当前规划表中的差异系数指标", "en-US": "Find the coefficient indicators of the active plan sheet" },
  noLinkRows: {
    "zh-CN": "当前工作表“{sheet}”中没有差异系数指标。请先切换到规划指标表。",
    "en-US": 'The active sheet "{sheet}" has no difference-coefficient indicator. Switch to a plan sheet first.',
  },
  noCoefficientSheet: {
    "zh-CN": "工作簿中还没有“差异系数”表：请先插入测算工作簿。",
    "en-US": "The workbook has no coefficient sheet yet: insert the assessment workbook first.",
  },
  linkYear: { "zh-CN": "年份", "en-US": "Year" },
  linkSource: { "zh-CN": "来源", "en-US": "Source" },
  linkSheet: { "zh-CN": "测算表", "en-US": "Workbook sheet" },
  sourceComposite: { "zh-CN": "综合差异系数", "en-US": "Composite coefficient" },
  linkButton: { "zh-CN": "写入链接", "en-US": "Write the link" },
  linked: {
    "zh-CN": "已在 {address} 写入公式，取自“{sheet}”表。",
    "en-US": 'Wrote the formula into {address}, reading the "{sheet}" sheet.',
  },
  linkAsk: {
    "zh-CN": "{address} 已有内容“{current}”。替换为链接吗？",
    "en-US": '{address} already holds "{current}". Replace it with the link?',
  },
  linkReplace: { "zh-CN": "确认替换", "en-US": "Replace" },
  linkFailed: { "zh-CN": "未写入：{reason}", "en-US": "Nothing written: {reason}" },
} as const;

/** Words the sheets write (stages, verdicts, fields), as the English pane says them. */
export const SHEET_WORDS_EN: Record<string, string> = {
  小学: "Primary",
  初中: "Junior secondary",
  达标: "met",
  未达标: "not met",
  基本达标: "nearly met",
  临界: "borderline",
  code: "school ID",
  name: "school name",
  stage: "stage",
  type: "school type",
  urbanRural: "urban / rural",
  ownership: "ownership",
  students: "students",
  classes: "classes",
  maxClass: "largest class",
  teachers: "full-time teachers",
  qualified: "teachers above the required degree",
  backbone: "county-level backbone teachers",
  peArt: "PE and arts teachers",
  teachingArea: "teaching and auxiliary floor area",
  sportsArea: "sports venue area",
  equipment: "equipment value (10,000 yuan)",
  multimedia: "networked multimedia classrooms",
  musicRooms: "music rooms",
  musicArea: "music room area",
  artRooms: "art rooms",
  artArea: "art room area",
  "unit:元": "yuan",
  "unit:万元": "10,000 yuan",
  "unit:平方米": "m²",
  "unit:㎡": "m²",
  "unit:人": "persons",
  "unit:间": "rooms",
  "unit:个": "units",
  "unit:所": "schools",
  "unit:班": "classes",
};

export type BalanceStringKey = keyof typeof strings;

export const tb = translator(strings);

export const BALANCE_STRINGS = strings;
