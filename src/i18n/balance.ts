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
  chooseCsv: { "zh-CN": "选择学校数据（CSV）", "en-US": "Choose the school list (CSV)" },
  csvHint: {
    "zh-CN": "可选。第一行为列名：{headers}。不选则插入空白表，在“学校数据”表中填写。",
    "en-US":
      "Optional. First row holds the headers (in Chinese, exactly): {headers}. Without a file the workbook is blank, to fill in on its school-data sheet.",
  },
  csvRead: {
    "zh-CN": "已读取“{file}”：{count} 所学校（部）。",
    "en-US": 'Read "{file}": {count} schools or school parts.',
  },
  csvCleared: { "zh-CN": "不使用文件", "en-US": "Use no file" },
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
  csvFailed: { "zh-CN": "无法读取学校数据：{reason}", "en-US": "Could not read the school list: {reason}" },
} as const;

export type BalanceStringKey = keyof typeof strings;

export const tb = translator(strings);

export const BALANCE_STRINGS = strings;
