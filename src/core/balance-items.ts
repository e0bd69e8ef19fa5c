// The non-resource parts of the 义务教育优质均衡 assessment (MOE 教督〔2017〕6号): 政府保障程度 (15
// items), 教育质量 (9), 社会认可度 and the 一票否决 conditions, as data with their national thresholds,
// and the status the workbook's formulas give each item from what the clerk enters.
import { round9 } from "./balance-schools";

/**
 * atLeast / atMost: a figure against an editable standard (percentages as fractions);
 * qualitative: the clerk enters 达标 / 未达标 / 材料待核; computed: schools failing, from the school rows;
 * veto: the clerk enters 是 (the condition exists) or 否.
 */
export type ItemKind = "atLeast" | "atMost" | "qualitative" | "computed" | "veto";

/** Per-school columns of 单校达标 that computed items count. */
export type SchoolCheckKey = "classSize" | "schoolSize" | "musicRooms" | "artRooms";

export interface AssessmentItem {
  /** Item number in the method, e.g. "6-3". */
  number: string;
  text: string;
  kind: ItemKind;
  national?: number;
  percent?: boolean;
  school?: SchoolCheckKey;
  /** What could not be confirmed from the method's text, shown with 待核. */
  note?: string;
}

export interface AssessmentPart {
  key: "government" | "quality" | "recognition" | "veto";
  sheet: string;
  title: string;
  source: string;
  items: AssessmentItem[];
}

const METHOD = "《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）";

export const ASSESSMENT_PARTS: readonly AssessmentPart[] = [
  {
    key: "government",
    sheet: "政府保障",
    title: "政府保障程度（15项）",
    source: `${METHOD}第六条`,
    items: [
      { number: "1", text: "县域内义务教育学校规划布局合理，符合国家规定要求", kind: "qualitative" },
      { number: "2", text: "县级人民政府制定义务教育学校办学标准，所有学校达标", kind: "qualitative" },
      {
        number: "3",
        text: "每12个班级配备音乐专用教室1间以上，每间不小于96㎡（不达标学校数）",
        kind: "computed",
        school: "musicRooms",
        note: "按各校（部）班级数计算；未填音乐教室数或面积的学校记为材料待核",
      },
      {
        number: "3",
        text: "每12个班级配备美术专用教室1间以上，每间不小于90㎡（不达标学校数）",
        kind: "computed",
        school: "artRooms",
        note: "按各校（部）班级数计算；未填美术教室数或面积的学校记为材料待核",
      },
      {
        number: "4",
        text: "学校规模不超过2000人，九年一贯制、十二年一贯制学校不超过2500人（不达标学校数）",
        kind: "computed",
        school: "schoolSize",
        note: "一贯制学校按同一学校标识码各部合计；原文是否仅计义务教育阶段，待核",
      },
      {
        number: "5",
        text: "小学、初中所有班级学生数分别不超过45人、50人（不达标学校数）",
        kind: "computed",
        school: "classSize",
      },
      { number: "6", text: "不足100名学生的村小学和教学点按100名学生核定公用经费", kind: "qualitative" },
      { number: "7", text: "特殊教育学校生均公用经费（元）", kind: "atLeast", national: 6000, note: "标准值待核" },
      { number: "8", text: "教师平均工资收入水平不低于当地公务员平均工资收入水平", kind: "qualitative" },
      { number: "9", text: "教师5年360学时培训完成率", kind: "atLeast", national: 1, percent: true },
      { number: "10", text: "县级教育行政部门统筹分配各校教职工编制和岗位数量", kind: "qualitative" },
      { number: "11", text: "交流轮岗教师占符合交流条件教师总数的比例", kind: "atLeast", national: 0.1, percent: true },
      { number: "11", text: "骨干教师占交流轮岗教师总数的比例", kind: "atLeast", national: 0.2, percent: true },
      { number: "12", text: "专任教师持有教师资格证上岗率", kind: "atLeast", national: 1, percent: true },
      { number: "13", text: "城区和镇区公办小学就近划片入学比例", kind: "atLeast", national: 1, percent: true },
      { number: "13", text: "城区和镇区公办初中就近划片入学比例", kind: "atLeast", national: 0.95, percent: true },
      {
        number: "14",
        text: "优质高中招生名额分配比例（并向农村学校倾斜）",
        kind: "atLeast",
        national: 0.5,
        percent: true,
      },
      {
        number: "15",
        text: "符合条件的随迁子女在公办学校和政府购买服务的民办学校就读比例",
        kind: "atLeast",
        national: 0.85,
        percent: true,
      },
    ],
  },
  {
    key: "quality",
    sheet: "教育质量",
    title: "教育质量（9项）",
    source: `${METHOD}第七条`,
    items: [
      { number: "1", text: "初中三年巩固率", kind: "atLeast", national: 0.95, percent: true },
      { number: "2", text: "残疾儿童少年入学率", kind: "atLeast", national: 0.95, percent: true },
      { number: "3", text: "所有学校制定章程，实现学校管理与教学信息化", kind: "qualitative" },
      {
        number: "4",
        text: "教师培训经费占学校年度公用经费预算总额的比例",
        kind: "atLeast",
        national: 0.05,
        percent: true,
      },
      { number: "5", text: "教师能熟练运用信息化手段组织教学，设施设备利用率达到较高水平", kind: "qualitative" },
      { number: "6", text: "所有学校德育工作、校园文化建设水平达到良好以上", kind: "qualitative" },
      { number: "7", text: "课程开齐开足，教学秩序规范，综合实践活动有效开展", kind: "qualitative" },
      { number: "8", text: "无过重课业负担", kind: "qualitative" },
      {
        number: "9",
        text: "国家义务教育质量监测相关科目学业水平达到Ⅲ级以上，校际差异率低于0.15",
        kind: "qualitative",
        note: "条文表述待核",
      },
    ],
  },
  {
    key: "recognition",
    sheet: "社会认可度",
    title: "社会认可度",
    source: `${METHOD}第八条`,
    items: [{ number: "1", text: "社会认可度（调查满意度）", kind: "atLeast", national: 0.85, percent: true }],
  },
  {
    key: "veto",
    sheet: "一票否决",
    title: "一票否决（填“是”表示存在）",
    source: `${METHOD}第九条`,
    items: [
      { number: "1", text: "以考试方式招生", kind: "veto" },
      { number: "2", text: "违规择校行为突出", kind: "veto" },
      { number: "3", text: "存在重点学校或重点班", kind: "veto" },
      { number: "4", text: "“有编不补”或长期聘用编外教师", kind: "veto", note: "条目待核" },
      { number: "5", text: "教育系统存在重大安全责任事故和严重违法违纪事件", kind: "veto", note: "条目待核" },
      { number: "6", text: "有弄虚作假行为", kind: "veto", note: "条目待核" },
    ],
  },
];

export type ItemValue = number | string | null;

/** The status of one item, as the sheet's formula gives it. `failing`/`missing`: schools counted for computed items. */
export function itemStatus(
  item: AssessmentItem,
  value: ItemValue,
  standard: number,
  school?: { failing: number; missing: number }
): string {
  switch (item.kind) {
    case "computed":
      if (!school) return "";
      if (school.failing > 0) return "未达标";
      return school.missing > 0 ? "材料待核" : "达标";
    case "qualitative":
      if (value === null || value === "") return "待填报";
      return value === "达标" || value === "未达标" || value === "材料待核" ? value : "输入有误";
    case "veto":
      if (value === "否") return "通过";
      if (value === "是") return "否决";
      return value === null || value === "" ? "待填报" : "输入有误";
    default:
      if (typeof value === "number")
        return round9(item.kind === "atLeast" ? value - standard : standard - value) >= 0 ? "达标" : "未达标";
      return value === null || value === "" ? "待填报" : "输入有误";
  }
}

/** Statuses still waiting for the clerk. */
export const PENDING_STATUSES = ["待填报", "材料待核", "输入有误"] as const;

export interface PartVerdict {
  status: string;
  failing: number;
  pending: number;
}

export function partVerdict(part: AssessmentPart, statuses: readonly string[]): PartVerdict {
  const failing = statuses.filter((s) => s === (part.key === "veto" ? "否决" : "未达标")).length;
  const pending = statuses.filter((s) => (PENDING_STATUSES as readonly string[]).includes(s)).length;
  const status =
    failing > 0
      ? part.key === "veto"
        ? "否决"
        : "未达标"
      : pending > 0
        ? "待完善"
        : part.key === "veto"
          ? "通过"
          : "达标";
  return { status, failing, pending };
}
