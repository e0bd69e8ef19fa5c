// Figures in a sentence and the words around them: which rule (at least, at most, about …) a target follows.
import { RuleKind } from "../plan";
import { chineseNumber } from "./text";

/** Units a plan prints after a figure, longest first so 万人次 wins over 万人 and 人. */
export const UNITS = [
  "个小时",
  "个百分点",
  "百分点",
  "万人次",
  "万平方米",
  "平方米",
  "万人",
  "万元",
  "亿元",
  "千元",
  "元",
  "人次",
  "课时",
  "学时",
  "小时",
  "分钟",
  "%",
  "‰",
  "个",
  "所",
  "名",
  "人",
  "项",
  "门",
  "本",
  "册",
  "条",
  "家",
  "次",
  "支",
  "批",
  "部",
  "位",
  "篇",
  "场",
  "座",
  "班",
  "节",
  "年",
  "倍",
  "例",
  "套",
  "间",
  "亩",
  "类",
  "种",
  "处",
  "期",
  "台",
  "件",
  "天",
  "周",
  "园",
  "校",
  "户",
  "张",
  "只",
  "室",
  "节",
  "届",
  "区",
  "镇",
  "村",
  "县",
];

export interface Figure {
  value: number;
  high?: number;
  unit: string;
  /** The figure as printed, with its rule and quantity words (“30所以上”, “近3000人”). */
  printed: string;
  start: number;
  end: number;
  /** A word after the figure: 以上, 以下, 左右 … (or "" ) */
  suffix: string;
  /** A quantity word: 余/多 (a little above), 近 (a little below). */
  quantity: "above" | "below" | null;
  /** 全覆盖 and its kind, read as 100 %. */
  wholeCoverage?: boolean;
  /** 翻一番 etc.: the value is a multiple of the baseline. */
  multiple?: boolean;
}

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const UNIT_GROUP = UNITS.map((u) => u.replace(/[%‰]/g, (c) => `\\${c}`)).join("|");
const SUFFIX = String.raw`(?:及以上|以上|以下|以内|左右|以外|及其以上)?`;
const FIGURE = new RegExp(
  String.raw`((?<!不)(?:近|约|超过?|逾))?(${NUMBER})\s*(余|多)?\s*(?:(万|亿)(?!元|人|平))?\s*(?:(${UNIT_GROUP})\s*)?(?:[-–—~～至到]\s*(${NUMBER})\s*(?:(万|亿)(?!元|人|平))?\s*(${UNIT_GROUP})?)?\s*(余|多)?(?:\(\s*[\u4e00-\u9fa5]\s*\)|（[\u4e00-\u9fa5]）)?(${SUFFIX})`,
  "g"
);
const FRACTION = /(\d+)\s*\/\s*(\d+)|([一二三四五六七八九十])分之([一二三四五六七八九十])/g;
const RATIO = /(\d+(?:\.\d+)?)\s*[:：]\s*1(?![\d.])/g;
const DOUBLING = /翻(一|两|三)番/g;
const COVERAGE = /全覆盖|全部覆盖|全面覆盖/g;

function num(text: string): number {
  return Number(text.replace(/,/g, ""));
}

/** Every figure in a (width-folded) sentence, left to right. */
export function figuresIn(sentence: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const [whole, lead, low, quantityA, scaleA, unitA, high, scaleB, unitB, quantityB, suffix] = m;
    let unit = unitA ?? unitB ?? "";
    const scale = scaleA ?? scaleB;
    if (scale && !unit) unit = scale;
    else if (scale) unit = scale + unit;
    // A range needs a unit or a second figure; "1-2" alone is still a range.
    const quantityWord = quantityA ?? quantityB;
    const figure: Figure = {
      value: num(low),
      unit: unit.replace("百分点", "个百分点").replace("个个", "个").replace("个小时", "小时"),
      printed: whole.trim(),
      start: m.index + (lead ? 0 : whole.indexOf(low)),
      end: m.index + whole.trimEnd().length,
      suffix: suffix ?? "",
      quantity: lead === "近" ? "below" : quantityWord ? "above" : null,
    };
    if (lead && lead.startsWith("超")) figure.suffix = "超过";
    if (lead === "约") figure.suffix = "约";
    if (high !== undefined) figure.high = num(high);
    figures.push(figure);
  }
  for (const m of sentence.matchAll(FRACTION)) {
    // 1/3 prints numerator first; 三分之一 prints the denominator first.
    const numerator = m[1] ? Number(m[1]) : chineseNumber(m[4]);
    const denominator = m[1] ? Number(m[2]) : chineseNumber(m[3]);
    if (!denominator || !numerator || numerator >= denominator) continue;
    const start = m.index;
    const end = start + m[0].length;
    for (let i = figures.length - 1; i >= 0; i--)
      if (figures[i].start < end && figures[i].end > start) figures.splice(i, 1);
    const after = /^(以上|以下|左右)/.exec(sentence.slice(end))?.[0] ?? "";
    figures.push({
      value: Math.round((numerator / denominator) * 10000) / 100,
      unit: "%",
      printed: m[0] + after,
      start,
      end: end + after.length,
      suffix: after,
      quantity: null,
    });
  }
  for (const m of sentence.matchAll(RATIO)) {
    const start = m.index;
    const end = start + m[0].length;
    for (let i = figures.length - 1; i >= 0; i--)
      if (figures[i].start < end && figures[i].end > start) figures.splice(i, 1);
    figures.push({ value: Number(m[1]), unit: "比", printed: m[0], start, end, suffix: "", quantity: null });
  }
  for (const m of sentence.matchAll(DOUBLING)) {
    const times = { 一: 2, 两: 4, 三: 8 }[m[1] as "一" | "两" | "三"];
    figures.push({
      value: times * 100,
      unit: "%",
      printed: m[0],
      start: m.index,
      end: m.index + m[0].length,
      suffix: "",
      quantity: null,
      multiple: true,
    });
  }
  for (const m of sentence.matchAll(COVERAGE)) {
    figures.push({
      value: 100,
      unit: "%",
      printed: m[0],
      start: m.index,
      end: m.index + m[0].length,
      suffix: "",
      quantity: null,
      wholeCoverage: true,
    });
  }
  return figures.sort((a, b) => a.start - b.start);
}

const AT_MOST = /(控制在|不超过|不高于|(?<!不)低于|小于|降至|降到|下降到|下降至|降低到|降低至)\s*$/;
const AT_LEAST =
  /(达到|达|不低于|不少于|保持在|稳定在|至少|提高到|提升到|提高至|提升至|增加到|增长到|增至|提高为|为|占)\s*$/;
const GREATER = /((?<!不)超过|突破|(?<!不)超|(?<!不)高于|大于|多于)\s*$/;
const INCREASE =
  /(录制|编写|出版|举办|评选|新增|培育|建设|建成|打造|创建|新建|改扩建|组建|遴选|评选|评定|认定|培养|引进|推出|开发|开设|选树|增加|增设|扩大|新招|招聘|补充|设立|成立|布局|推广|挖掘|提高|提升|增长)/;
const DECREASE = /(下降|降低|减少|压减|缩小)/;
const RELATIVE = /(提高|提升|增长|增加|下降|降低|减少)\s*$/;

export interface RuleReading {
  rule: RuleKind;
  /** Notes the clerk should see (力争, 年均, 累计, 余/近, 翻一番 …), in Chinese as the plan says them. */
  notes: string[];
}

/**
 * The rule of a target from the words just before the figure (`before`, the clause up to it) and the figure's
 * own suffix. Range beats about beats at most / greater than; an increase verb beats a plain 以上.
 */
export function ruleOf(figure: Figure, before: string, lowerIsBetter: boolean, annual = false): RuleReading {
  const notes: string[] = [];
  if (/力争/.test(before)) notes.push("力争");
  if (/年均/.test(before)) notes.push("年均：每年的增长率");
  if (/累计/.test(before)) notes.push("累计");
  if (figure.quantity === "above") notes.push("余/多：略多于此数");
  if (figure.quantity === "below") notes.push("近：略少于此数");
  if (figure.multiple) notes.push(`${figure.printed}：目标为基数的${figure.value / 100}倍`);
  const tail = before.slice(-8);
  if (figure.wholeCoverage) return { rule: "at_least", notes };
  if (figure.high !== undefined) return { rule: "between", notes };
  if (figure.suffix === "左右" || figure.suffix === "约" || /(约|大约)\s*$/.test(tail)) return { rule: "about", notes };
  if (figure.quantity === "below") return { rule: "about", notes };
  if (/年均(?:增长|提高|递增|增幅)?率?(?:达到|为|保持在)?\s*$/.test(tail)) return { rule: "at_least", notes };
  if (figure.unit === "比")
    return { rule: AT_MOST.test(tail) || /以下|以内/.test(figure.suffix) ? "at_most" : "ratio_at_least", notes };
  if (figure.unit === "个百分点" || RELATIVE.test(tail)) {
    if (DECREASE.test(tail)) return { rule: "decrease_by", notes };
    if (/(提高|提升|增长|增加)\s*$/.test(tail)) return { rule: "increase_by", notes };
  }
  if (figure.suffix === "以下" || figure.suffix === "以内" || AT_MOST.test(tail)) return { rule: "at_most", notes };
  if (figure.suffix === "超过" || GREATER.test(tail)) return { rule: "greater_than", notes };
  // 新增…至少/不少于N所 is still an increment: the floor is on the increase.
  if (
    /新增/.test(before.slice(-24)) &&
    /(至少|不少于|不低于)\s*$/.test(tail) &&
    figure.unit !== "%" &&
    figure.unit !== ""
  )
    return { rule: "increase_by", notes };
  if (AT_LEAST.test(tail)) return { rule: lowerIsBetter && /(控制|降)/.test(tail) ? "at_most" : "at_least", notes };
  const verbZone = before.slice(-24);
  if (
    DECREASE.test(verbZone) &&
    figure.unit === "%" &&
    !/(率|比例|占比)/.test(verbZone.slice(verbZone.search(DECREASE)))
  )
    return { rule: "decrease_by", notes };
  // Over a multi-year plan 建设/培育 N is an increment; within one year's work points only 新增 is.
  // …and "建设N个以上" is a floor, while "新增N所以上" stays an increment.
  const increase = annual || /以上/.test(figure.suffix) ? /(新增|增加|增设|新建|新招)/ : INCREASE;
  if (increase.test(verbZone) && figure.unit !== "%" && figure.unit !== "") return { rule: "increase_by", notes };
  if (lowerIsBetter) return { rule: "at_most", notes };
  return { rule: "at_least", notes };
}

/** Names whose figure is better when lower. */
export const LOWER_IS_BETTER = /系数|近视率|肥胖率|发生率|负担|辍学率|流失率|差异|超标|大班额|生师比|师生比/;
