// Proposes a plan's quantitative indicators from its text: deterministic rules over sections, sentences and tables.
import { guessStage } from "../plan-from-sheet";
import { Indicator, RuleKind } from "../plan";
import { Figure, LOWER_IS_BETTER, figuresIn, ruleOf } from "./figures";
import { Marker, Passage, refOf, segment } from "./segment";
import { readTable } from "./table";
import { cleanText, foldWidth, hazardSpans, inSpans, looksTraditional } from "./text";

/** A proposed indicator: the seeds' shape plus the sentence (or table row) it came from. */
export interface Proposal extends Indicator {
  quote: string;
}

/** A year the plan names for something with no figure of its own (2026年通过…评估). */
export interface Milestone {
  year: number;
  text: string;
  ref: string;
}

export type ExtractProblemKey = "empty" | "tooLong" | "notPlan" | "noFigures";

export interface Extraction {
  title: string | null;
  period: { start: number; end: number } | null;
  proposals: Proposal[];
  milestones: Milestone[];
  /** Set when nothing could be proposed, saying why; the proposals are then empty. */
  problem: ExtractProblemKey | null;
  /** The text was traditional Chinese and was converted. */
  converted: boolean;
  /** Lines dropped as page furniture or spam. */
  droppedLines: number;
}

export interface ExtractOptions {
  /** Traditional → simplified converter (opencc-js), loaded by the caller only when needed. */
  toSimplified?: (text: string) => string;
}

/** Plain texts above this many characters are refused: a plan is well under 1 MB. */
export const MAX_CHARS = 3_000_000;

const PAGE_FURNITURE =
  /上一篇|下一篇|扫一扫|分享到|打印本页|关闭窗口|版权所有|网站地图|ICP备|公网安备|浏览次数|字号[:：]|【大 中 小】|责任编辑|点击量|返回顶部|联系我们/;
const PLAN_WORDS = /规划|方案|计划|要点|纲要|意见|目标|任务/;
const EDUCATION_WORDS = /教育|学校|幼儿园|学生|教师|学位|课程/;
const PAST = /已经|已有|已达|已建|截至|截止|目前|现有|十三五(期间|以来|末|时期)|以来，|过去|累计建成/;
const MAY_HOLD_TARGET = /[0-9０-９]|覆盖|翻[一两三]番|分之|只增不减|只升不降|逐年(?:提高|增长)/;
const MILESTONE_VERB = /通过|完成|实现|建成|创建|评估|验收|达到|成为|形成/;

function dropSpam(text: string): { text: string; dropped: number } {
  let dropped = 0;
  const kept = text.split("\n").filter((line) => {
    const body = line.trim();
    // Spam and page furniture come in short lines; a long line is the plan's own.
    if (!body || body.length > 600) return true;
    const han = body.match(/[\u4e00-\u9fa5]/g)?.length ?? 0;
    const latin = body.match(/[A-Za-z]/g)?.length ?? 0;
    const spam = PAGE_FURNITURE.test(body) && body.length < 80;
    const foreign = body.length > 20 && latin > han * 2;
    if (spam || foreign) dropped++;
    return !(spam || foreign);
  });
  return { text: kept.join("\n"), dropped };
}

function titleOf(text: string): string | null {
  for (const line of text.split("\n").slice(0, 40)) {
    const body = line.trim().replace(/\s*\|.*$/, "");
    if (
      body.length >= 6 &&
      body.length <= 60 &&
      /(规划|方案|计划|要点|纲要)[)）]?$/.test(
        body.replace(/[(（][^)）]*[)）]$/, "") + (/[)）]$/.test(body) ? "规划" : "")
      )
    )
      return body;
  }
  for (const line of text.split("\n").slice(0, 40)) {
    const m = /《([^》]{6,60}(?:规划|方案|计划|要点|纲要)[^》]{0,20})》/.exec(line);
    if (m) return m[1];
  }
  return null;
}

function periodOf(title: string | null, text: string): { start: number; end: number } | null {
  const folded = foldWidth(title ?? "");
  const range = /((?:19|20)\d{2})\s*[-—–~至]\s*((?:19|20)\d{2})/.exec(folded);
  if (range) return { start: Number(range[1]), end: Number(range[2]) };
  const fiveYear = /十([四五六])五/.exec(folded);
  if (fiveYear) {
    const start = { 四: 2021, 五: 2026, 六: 2031 }[fiveYear[1] as "四"];
    return { start, end: start + 4 };
  }
  const single = /((?:19|20)\d{2})\s*年/.exec(folded);
  if (single) return { start: Number(single[1]), end: Number(single[1]) };
  // No title line: a year's work points or a period named near the head.
  const head = foldWidth(text.slice(0, 1500));
  const headRange = /((?:19|20)\d{2})\s*[-—–~至]\s*((?:19|20)\d{2})\s*年/.exec(head);
  if (headRange) return { start: Number(headRange[1]), end: Number(headRange[2]) };
  const yearPlan = /((?:19|20)\d{2})\s*年(?:度)?[\u4e00-\u9fa5]{0,8}(?:工作要点|工作计划|行动计划)/.exec(head);
  if (yearPlan) return { start: Number(yearPlan[1]), end: Number(yearPlan[1]) };
  const headFive = /十([四五六])五/.exec(head);
  if (headFive) {
    const start = { 四: 2021, 五: 2026, 六: 2031 }[headFive[1] as "四"];
    return { start, end: start + 4 };
  }
  // No year in the title: the latest 到20XX年 the text names.
  const years = [...foldWidth(text.slice(0, 200000)).matchAll(/到\s*((?:20)\d{2})\s*年/g)].map((m) => Number(m[1]));
  if (!years.length) return null;
  const end = Math.max(...years);
  return { start: end - 4, end };
}

function categoryOf(markers: readonly Marker[]): string {
  const headed = [...markers].reverse().find((m) => (m.kind === "section" || m.kind === "chapter") && m.heading);
  const heading = headed?.heading ?? "";
  return (
    heading
      .replace(
        /^(坚持|推进|推动|实施|深化|加快|全面|持续|大力|着力|强化|加强|聚焦|促进|打造|建设|构建|完善|提升|优化)+/,
        ""
      )
      .replace(/(行动|工程|计划)$/, "")
      .slice(0, 16) || "综合"
  );
}

const LEAD_WORDS =
  /^(?:[、，,：:；;\s]|和|及|与|并|且|其中|切实|保证|同时|全区|全市|全县|全省|全镇|各地|各校|我区|我市|我县|到\s*20\d{2}\s*年(?:底|末|前)?|力争|确保|实现|使|让|基本|进一步|不断|持续|逐步|稳步|全面|每年|年均|累计|共|总计|合计|再|均|都|各类|全体)+/;
const TRAIL_WORDS =
  /(?:达到|达|不低于|不少于|保持在|保持|稳定在|至少|提高到|提升到|提高至|提升至|增加到|增长到|增至|提高为|提升|提高|增长|增加|下降|降低|减少|控制在|不超过|不高于|低于|降至|降到|超过|突破|高于|大于|为|占|有|分别|各|均|在|约|近|逾|以上|总数|总量)+$/;
const NAME_VERB_END =
  /(录制|编写|出版|举办|组织|制定|新增|培育|建设|建成|打造|创建|新建|组建|遴选|评选|认定|培养|引进|推出|开发|开设|选树|增设|设立|成立|形成|有|建立|招收|招聘|培训|举办|开展|推广|扶持|创成|打造成|认定为|掌握|学会)$/;

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** "（县、市" or "“两个": a name cut inside brackets or quotes is a fragment. */
function unbalanced(name: string): boolean {
  return (
    count(name, /[（(]/g) !== count(name, /[）)]/g) ||
    count(name, /“/g) !== count(name, /”/g) ||
    count(name, /"/g) % 2 === 1
  );
}

/** "示范县(县" → "示范县": an unclosed bracket is cut off. */
function mendBrackets(name: string): string {
  let mended = name;
  const open = Math.max(mended.lastIndexOf("("), mended.lastIndexOf("（"));
  if (open >= 0 && !/[)）]/.test(mended.slice(open))) mended = mended.slice(0, open);
  return mended.trim();
}

/** "省级", "市级": a level alone names no indicator (1所省级、8所市级…). */
const LEVEL_ONLY = /^(?:国家|省|市|区|县|镇|乡|校|部|省部)级$/;

function cleanName(raw: string): string {
  // "占全区老年人口总数比例": the share of the population, wherever it is counted.
  let name = raw
    .trim()
    .replace(/占(?:全区|全市|全县|全省|全镇|区内|市内|县内|省内)/, "占")
    .replace(/(?:总数|总量)(比例|比重)/, "$1");
  for (let i = 0; i < 3; i++) name = name.replace(LEAD_WORDS, "").replace(TRAIL_WORDS, "").trim();
  name = name.replace(/^[“"]|[”"]$/g, (q) => (name.split(q).length > 2 ? q : ""));
  if (name.length > 24) {
    const cut = Math.max(
      ...[
        "推进",
        "实现",
        "加快",
        "完善",
        "建立",
        "健全",
        "开展",
        "实施",
        "推动",
        "深化",
        "加强",
        "确保",
        "全面",
        "其中",
        "的",
      ].map((w) => name.lastIndexOf(w) + (name.lastIndexOf(w) >= 0 ? w.length : 0))
    );
    if (cut > 0 && name.length - cut >= 4) name = name.slice(cut);
  }
  return name.replace(TRAIL_WORDS, "").replace(LEAD_WORDS, "").trim();
}

/** "文明校园、平安学校创建活动覆盖率": items of one length before a shared tail, each with the tail. */
function sharedSuffix(name: string): string[] {
  const parts = name.split("、");
  if (parts.length < 2) return [];
  const heads = parts.slice(0, -1);
  const length = heads[0].length;
  const last = parts[parts.length - 1];
  if (length < 2 || heads.some((h) => h.length !== length) || last.length <= length + 1) return [];
  const tail = last.slice(length);
  return [...heads, last.slice(0, length)].map((head) => head + tail);
}

function groupOf(name: string): string | null {
  const primary = /小学/.test(name) && !/中小学/.test(name);
  const middle = /初中/.test(name);
  if (primary && !middle) return "小学";
  if (middle && !primary) return "初中";
  return null;
}

interface Sentence {
  text: string;
  offset: number;
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const pattern = /[^。；;！!？?\n]+[。；;！!？?]?/g;
  for (const m of text.matchAll(pattern)) {
    if (m[0].trim()) out.push({ text: m[0], offset: m.index });
  }
  return out;
}

/** A figure that is a quantity of something, not a target: 5万以上的街道, 每千人, 第3批. */
function isModifier(folded: string, figure: Figure): boolean {
  const after = folded.slice(figure.end, figure.end + 2);
  const before = folded.slice(Math.max(0, figure.start - 3), figure.start);
  if (/^(的|人口|以上的|岁)/.test(after)) return true;
  // Inside a quoted term (“15分钟教育圈”) a figure is part of a name.
  if (/[“"]\s*$/.test(before)) return true;
  // …and anywhere inside a quote still open (“4中心1园区”).
  const head = folded.slice(0, figure.start);
  if (count(head, /“/g) > count(head, /”/g)) return true;
  if (/^[\u4e00-\u9fa5]{1,3}的/.test(folded.slice(figure.end, figure.end + 4))) return true;
  if (/(每|第|前|近\d|占地|面积|投资|总投资|规模|年龄|连续|排名|位列|位居)$/.test(before)) return true;
  if (/^[个家所]?(?:县|区|市|镇|乡|省)(?:市|区)?(?:的)/.test(after)) return true;
  return false;
}

const BASELINE_LEAD = /(由|从|较)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?|“?十[二三四]五”?末?)?\s*的?\s*$/;

const PAST_LEAD = /(?:“?十[二三四]五”?(?:末|期末|时期)|((?:19|20)\d{2})\s*年(?:底|末)?)的?\s*$/;

/** 由2020年的45%提高到55%, “十三五”末的86%: where the indicator starts, not a target. */
function isBaselineFigure(folded: string, start: number, planStart = 0): boolean {
  const lead = folded.slice(Math.max(0, start - 14), start);
  if (BASELINE_LEAD.test(lead)) return true;
  const past = PAST_LEAD.exec(lead);
  return !!past && (!past[1] || Number(past[1]) < planStart);
}

function isBaselineYear(folded: string, start: number, end: number): boolean {
  return /(由|从|较)\s*$/.test(folded.slice(Math.max(0, start - 2), start)) || /^的/.test(folded.slice(end));
}

function keepFigure(figure: Figure, before: string): boolean {
  if (figure.wholeCoverage || figure.multiple) return true;
  if (
    figure.unit === "年" ||
    figure.unit === "届" ||
    figure.unit === "天" ||
    figure.unit === "周" ||
    figure.unit === "期"
  )
    return /年限|时长|时间|天数/.test(before.slice(-10));
  if (figure.unit) return true;
  // A bare number: a coefficient or index after its rule word (控制在0.25).
  return /(系数|指数|比)/.test(before) && /(控制在|不高于|不超过|低于|达到|达|不低于|为|在)\s*$/.test(before);
}

interface Draft {
  proposal: Proposal;
  key: string;
}

/** Proposals from one prose passage. */
function prosePassage(passage: Passage, horizon: number, start: number, out: Draft[], milestones: Milestone[]): void {
  const annual = start === horizon;
  const ref = refOf(passage.markers);
  const category = categoryOf(passage.markers);
  const goals = passage.markers.some((m) => !!m.heading && /目标|指标/.test(m.heading));
  let passageYear: number | null = null;
  for (const sentence of sentencesOf(passage.text)) {
    // Most sentences of a plan hold no figure at all: skip them before the costlier readings.
    if (!MAY_HOLD_TARGET.test(sentence.text)) continue;
    const folded = foldWidth(sentence.text);
    const hazards = hazardSpans(folded);
    const yearMatches = [...folded.matchAll(/(到|至|于|在|力争|确保)?\s*((?:19|20)\d{2})\s*年(底|末|前|初|内)?/g)];
    const past = PAST.test(folded) && !/到\s*20\d{2}\s*年/.test(folded);
    const figures = figuresIn(folded).filter((f) => !inSpans(hazards, f.start, f.end) && !isModifier(folded, f));
    let accepted = 0;
    let previous: { rule: RuleKind; end: number; name: string; verb: string } | null = null;
    const clauseBreaks = [...folded.matchAll(/[，,：:]/g)].map((m) => m.index);
    for (const figure of figures) {
      const clauseStart = Math.max(0, ...clauseBreaks.filter((i) => i < figure.start).map((i) => i + 1));
      const from = previous && previous.end > clauseStart ? previous.end : clauseStart;
      const before = folded.slice(from, figure.start);
      if (!keepFigure(figure, folded.slice(clauseStart, figure.start))) continue;
      // The year that governs this figure: the last one named before it in the sentence, else the passage's.
      // A baseline's year (由2020年的45%) does not govern the target after it.
      const yearBefore = yearMatches
        .filter((m) => m.index < figure.start && !isBaselineYear(folded, m.index, m.index + m[0].length))
        .pop();
      let year = yearBefore ? Number(yearBefore[2]) : (passageYear ?? horizon);
      if (past || year < start) continue;
      // In a plan of several years an undated 全覆盖 outside the goals describes how a measure is carried out
      // (实现各学段全覆盖), not a target; in one year's work points every statement is that year's.
      if (figure.wholeCoverage && !yearBefore && !annual && !goals) continue;
      if (year > horizon + 10) year = horizon;
      if (isBaselineFigure(folded, figure.start, start)) continue;
      const fromAt = before.search(/(由|从|较)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?|“?十[二三四]五”?末?)?\s*的?\s*\d/);
      const subject = fromAt >= 0 ? before.slice(0, fromAt) : before;
      const yearly = /年均(?:增长|提高|递增|增幅)?率?(?:达到|为|保持在)?\s*$/.exec(subject);
      let name = cleanName(
        (yearly ? subject.slice(0, yearly.index) : subject)
          .replace(/(由|从|较)\s*(19|20)\d{2}\s*年(底|末)?的?/g, "")
          .replace(/(19|20)\d{2}\s*年(底|末|前|初|内)?/g, "")
      );
      if (yearly) name = `${name}年均增长率`;
      let verb = "";
      const verbMatch =
        NAME_VERB_END.exec(
          before
            .replace(/[\s、]+$/, "")
            .replace(TRAIL_WORDS, "")
            .trim()
        ) ?? NAME_VERB_END.exec(before.trim());
      const afterRaw = folded.slice(figure.end);
      const afterLead = /^\s*的?/.exec(afterRaw)?.[0].length ?? 0;
      const afterText = /^[\u4e00-\u9fa5“”"（）()A-Za-z0-9·]{2,30}/.exec(afterRaw.slice(afterLead))?.[0] ?? "";
      // "8-10个深度参与产教融合、校企合作的产教融合型示范专业": the noun is what follows the last 的.
      const phrase = /^[^，,。；;：:]{2,40}/.exec(afterRaw.slice(afterLead))?.[0] ?? "";
      const ofAt = phrase.lastIndexOf("的");
      const head =
        ofAt > 0 && phrase.length - ofAt > 2
          ? (/^[\u4e00-\u9fa5“”"（）()A-Za-z0-9·]{2,30}/.exec(phrase.slice(ofAt + 1))?.[0] ?? "")
          : "";
      const nounText = head || afterText;
      const afterCut = nounText.slice(2).search(/和|及(?!以上|其)|，|、|等|并(?!购|轨)/);
      const cleanAfter = afterCut < 0 ? nounText : nounText.slice(0, afterCut + 2);
      let consumed = figure.end;
      if (
        (!name || name.length <= 2 || verbMatch || /^(新增|培育|建设|建成|打造|创建)$/.test(name)) &&
        cleanAfter.length >= 2 &&
        !figure.wholeCoverage &&
        !/^(以上|以下|左右|以内)/.test(cleanAfter)
      ) {
        verb = verbMatch?.[1] ?? "";
        name = (verb && verb !== "有" ? verb : "") + cleanAfter;
        consumed = figure.end + afterLead + (head ? ofAt + 1 : 0) + cleanAfter.length;
      }
      if (figure.wholeCoverage) name = name && !/(率|覆盖面)$/.test(name) ? `${name}覆盖率` : name;
      // "评选5个甲，5个乙": a clause with no words of its own takes the previous figure's rule.
      const inherits =
        (previous && /^[\s、，,和及与]*$/.test(folded.slice(previous.end, figure.start))) ||
        (previous &&
          from === previous.end &&
          /^[、和及与\s]/.test(before) &&
          !/(达|不低于|控制|超过|为)/.test(before)) ||
        // "新增中小学位1.2万个，幼儿园托位3000个": a verbless clause after 新增 is one more increment;
        // a clause with its own verb (引育院士3人, 招聘教师50名) is not.
        (previous?.verb === "新增" &&
          !/(达|不低于|控制|超过|为|提高|提升|建|培|创|打造|新增|实现|引进|引育|引入|招聘|招收|评选|遴选|认定)/.test(before));
      const lower = LOWER_IS_BETTER.test(name);
      let reading = ruleOf(figure, folded.slice(clauseStart, figure.start), lower, annual);
      // The verb says how the count comes about; the indicator is the thing counted.
      name =
        name.replace(
          /^(培育|建设|建成|打造|创建|遴选|评选|认定|培养|推出|开发|开设|选树|推广|设立|成立|组建|完成|录制|编写|出版|举办|组织|制定)/,
          ""
        ) || name;
      if (reading.rule === "decrease_by" && !/(幅度|降幅)$/.test(name)) name = `${name}下降幅度`;
      if (reading.rule === "increase_by" && figure.unit === "%" && !/(幅度|增幅)$/.test(name)) name = `${name}提升幅度`;
      // Only increments carry over a list; 左右 and N–M belong to their own figure.
      if (
        inherits &&
        previous &&
        reading.rule === "at_least" &&
        (previous.rule === "increase_by" || previous.rule === "decrease_by")
      )
        reading = { ...reading, rule: previous.rule };
      // "创建至少1所甲、8所乙": the verb before the list was read as a floor for the first item, so for all.
      if (
        inherits &&
        previous?.rule === "at_least" &&
        reading.rule === "increase_by" &&
        /(至少|不少于|不低于)\s*$/.test(folded.slice(clauseStart, previous.end).replace(/\d[\s\S]*$/, "")) &&
        !/(新增|增加|增设|新建|新招)/.test(folded.slice(previous.end, figure.start))
      )
        reading = { ...reading, rule: "at_least" };
      if (inherits && previous?.verb === "新增" && !name.startsWith("新增") && reading.rule === "increase_by")
        name = `新增${name}`;
      // "交流比例不低于当年骨干教师总数的22%": the indicator is the subject; what it is measured against goes in the note.
      const relative = /^(.{2,}?)(不低于|不少于|达到|占)(.{2,})的$/.exec(name);
      let relativeTo: string | null = null;
      if (relative) {
        name = cleanName(relative[1]);
        relativeTo = relative[3];
      }
      if (!name || name.length < 2 || !/[\u4e00-\u9fa5]/.test(name) || /的$/.test(name)) continue;
      name = mendBrackets(name);
      if (name.length < 2) continue;
      // Plans write 校际优质均衡系数 for the inter-school difference coefficient; 区域内/县域内 is where, not what.
      const coefficient = /(?:优质)?均衡系数$/.test(name) ? name : null;
      if (coefficient)
        name = name.replace(/^(区域内|县域内|市域内|全区|全县|全市)/, "").replace(/(?:优质)?均衡系数$/, "差异系数");
      const verbOfName = /^(新增|培育|建设|建成|打造|创建)/.exec(name)?.[1] ?? verb;
      previous = { rule: reading.rule, end: consumed, name, verb: verbOfName };
      if (LEVEL_ONLY.test(name)) continue;
      // 由A提高到B: A is the baseline.
      let baseline: Proposal["baseline"] = null;
      const earlier = figures.find(
        (f) => f.end <= figure.start && f.start >= clauseStart && isBaselineFigure(folded, f.start, start)
      );
      if (
        earlier &&
        /(提高|提升|增加|增长|下降|降低|减少)?\s*(到|至)\s*$/.test(folded.slice(earlier.end, figure.start))
      ) {
        const baseYear = /((?:19|20)\d{2})\s*年/.exec(folded.slice(clauseStart, earlier.start));
        const period = /十([二三四])五/.exec(folded.slice(clauseStart, earlier.start));
        const periodYear = period ? { 二: 2015, 三: 2020, 四: 2025 }[period[1] as "三"] : null;
        const year = baseYear ? Number(baseYear[1]) : (periodYear ?? start - 1);
        baseline = { year, value: earlier.value, printed: earlier.printed, ...(baseYear ? {} : { inferred: true }) };
      }
      const unit = figure.unit;
      const high = figure.high;
      const noteParts = [...reading.notes];
      if (figure.wholeCoverage) noteParts.push("全覆盖按100%计");
      if (relativeTo) noteParts.push(`相对于${relativeTo}`);
      if (coefficient) noteParts.push(`原文为“${coefficient}”，按校际差异系数（越低越均衡）理解`);
      const proposal: Proposal = {
        id: "",
        category,
        stage: guessStage(category, name),
        name,
        group: groupOf(name),
        unit,
        rule: reading.rule,
        baseline,
        target: {
          year,
          value: figure.value,
          ...(high !== undefined ? { high } : {}),
          printed: figure.printed,
          ...(yearBefore ? {} : { inferred: true }),
        },
        refs: [ref || "—"],
        responsible: null,
        note: noteParts.length ? noteParts.join("；") : null,
        quote: sentence.text.trim(),
      };
      // "甲和乙各30个", "甲、乙分别…": one target for each.
      const each =
        /(各|分别|均)\s*$/.test(folded.slice(Math.max(0, figure.start - 3), figure.start)) ||
        /(各|均)$/.test(before.trim());
      const parts = each
        ? name
            .split(/和|、|及|与/)
            .map((part) => part.trim())
            .filter((part) => part.length >= 2)
        : figure.wholeCoverage
          ? sharedSuffix(name)
          : [];
      // "小学、初中学校校际差异系数": one target per stage, the stage as its group.
      const stages = /(?:^|[^中])(小学)[、和及与](初中)(?:学校)?/.exec(name);
      if (stages) {
        const rest = name.replace(stages[0].replace(/^[^小]/, ""), "").trim();
        for (const group of [stages[1], stages[2]]) {
          out.push({ proposal: { ...proposal, name: rest || name, group }, key: "" });
        }
        accepted++;
        continue;
      }
      for (const part of parts.length >= 2 ? parts : [name]) {
        const one =
          part === name
            ? proposal
            : { ...proposal, name: part, stage: guessStage(category, part), group: groupOf(part) };
        out.push({ proposal: one, key: `${one.target.value}|${unit}|${one.rule}` });
      }
      accepted++;
    }
    // 逐年只增不减 / 只升不降: a target without a figure.
    for (const m of folded.matchAll(
      /([\u4e00-\u9fa5“”]{2,24}?)(?:实现|做到|确保)?(逐年只增不减|只增不减|只升不降|逐年(?:提高|增长))/g
    )) {
      if (past) break;
      const name = cleanName(m[1].replace(/^.*[，,、]/, ""));
      if (name.length < 2 || unbalanced(name)) continue;
      out.push({
        proposal: {
          id: "",
          category,
          stage: guessStage(category, name),
          name,
          group: groupOf(name),
          unit: /生均/.test(name) ? "元" : /支出|投入|经费/.test(name) ? "万元" : "",
          rule: "non_decreasing",
          baseline: null,
          target: { year: horizon, value: null, printed: null, inferred: true },
          refs: [ref || "—"],
          responsible: null,
          note: m[2],
          quote: sentence.text.trim(),
        },
        key: `nd|${name}`,
      });
      accepted++;
    }
    const targetYear = yearMatches.find((m) => m[1] === "到" || m[1] === "至");
    if (targetYear) passageYear = Number(targetYear[2]);
    if (!accepted && !past) {
      for (const m of yearMatches) {
        const y = Number(m[2]);
        if (
          y >= start &&
          y <= horizon + 10 &&
          MILESTONE_VERB.test(folded.slice(m.index)) &&
          !inSpans(
            hazardSpans(folded).filter(([s]) => s !== m.index),
            m.index,
            m.index + m[0].length
          )
        ) {
          milestones.push({ year: y, text: sentence.text.trim(), ref: ref || "—" });
          break;
        }
      }
    }
  }
}

function dice(a: string, b: string): number {
  const grams = (s: string) => {
    const out: string[] = [];
    for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  if (!x.length || !y.length) return a === b ? 1 : 0;
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const at = pool.indexOf(g);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}
export { dice };

/** The same target stated twice (a table and the prose, or a sentence repeated): one proposal, both refs. Siblings of one sentence stay apart. */
function merge(drafts: Draft[]): Proposal[] {
  const out: Proposal[] = [];
  for (const { proposal } of drafts) {
    const same = out.find(
      (p) =>
        p.target.value === proposal.target.value &&
        p.unit === proposal.unit &&
        p.rule === proposal.rule &&
        p.group === proposal.group &&
        (p.quote !== proposal.quote || p.refs[0] !== proposal.refs[0]) &&
        dice(p.name, proposal.name) >= 0.6
    );
    if (same) {
      for (const ref of proposal.refs) if (!same.refs.includes(ref)) same.refs.push(ref);
      continue;
    }
    out.push(proposal);
  }
  return out.map((p, i) => ({ ...p, id: `draft-${String(i + 1).padStart(3, "0")}` }));
}

/** Reads a plan text and proposes its indicators, milestones apart. Never throws on text input. */
export function extractPlan(input: string, options: ExtractOptions = {}): Extraction {
  const empty = (problem: ExtractProblemKey, extra: Partial<Extraction> = {}): Extraction => ({
    title: null,
    period: null,
    proposals: [],
    milestones: [],
    problem,
    converted: false,
    droppedLines: 0,
    ...extra,
  });
  if (!input || !input.trim()) return empty("empty");
  if (input.length > MAX_CHARS) return empty("tooLong");
  let text = cleanText(input);
  let converted = false;
  if (options.toSimplified && looksTraditional(text)) {
    text = options.toSimplified(text);
    converted = true;
  }
  const spam = dropSpam(text);
  text = spam.text;
  const title = titleOf(text);
  const period = periodOf(title, text);
  const horizon = period?.end ?? new Date().getFullYear();
  const start = period?.start ?? horizon - 4;
  const drafts: Draft[] = [];
  const milestones: Milestone[] = [];
  const passages = segment(text);
  const hasChapters = passages.some((p) => p.markers.some((m) => m.kind === "chapter"));
  for (const passage of passages) {
    if (passage.kind === "table") {
      const tableRef = refOf(passage.markers.filter((m) => m.kind === "table"));
      const ref = refOf(passage.markers);
      for (const row of readTable(passage.text, horizon)) {
        const category = row.category ?? categoryOf(passage.markers);
        const proposal: Proposal = {
          id: "",
          category,
          stage: guessStage(category, row.name),
          name: row.name,
          group: row.group,
          unit: row.unit,
          rule: row.rule,
          baseline: row.baseline
            ? {
                year: row.baseline.year ?? start - 1,
                value: row.baseline.value,
                printed: row.baseline.printed,
                ...(row.baseline.year ? {} : { inferred: true }),
              }
            : null,
          target: {
            year: row.target.year ?? horizon,
            value: row.target.value,
            ...(row.target.high !== undefined ? { high: row.target.high } : {}),
            printed: row.target.printed,
            ...(row.target.printed === null ? { inferred: true } : {}),
          },
          refs: [`${tableRef || ref} ${row.rowMarker}`.trim()],
          responsible: null,
          note: null,
          ...(row.attribute ? { attribute: row.attribute } : {}),
          quote: row.quote,
        };
        drafts.push({ proposal, key: "" });
      }
    } else if (passage.markers.length === 0 && hasChapters) {
      // The notice and preamble before the first chapter hold no targets of their own.
      continue;
    } else if (!passage.review) {
      prosePassage(passage, horizon, start, drafts, milestones);
    }
  }
  if (!EDUCATION_WORDS.test(text)) return { ...empty("notPlan"), title, period, converted, droppedLines: spam.dropped };
  const proposals = merge(drafts);
  const base = { title, period, milestones, converted, droppedLines: spam.dropped };
  if (!proposals.length) {
    const planLike = PLAN_WORDS.test(text) && EDUCATION_WORDS.test(text);
    return { ...base, proposals: [], problem: planLike ? "noFigures" : "notPlan" };
  }
  return { ...base, proposals, problem: null };
}
