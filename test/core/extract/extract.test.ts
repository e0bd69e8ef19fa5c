// Tests of the text extractor: each rule word, quantity word and hazard, tables, milestones, bad input.
import { extractPlan, Proposal } from "../../../src/core/extract/extract";

/** A short plan around the given sentences: a title with its period and one chapter. */
function plan(body: string, title = "某县教育事业发展“十四五”规划"): string {
  return `${title}\n一、主要目标\n${body}\n`;
}

function only(body: string): Proposal {
  const result = extractPlan(plan(body));
  expect(result.problem).toBeNull();
  expect(result.proposals).toHaveLength(1);
  return result.proposals[0];
}

function find(proposals: Proposal[], name: string): Proposal {
  const hit = proposals.find((p) => p.name === name);
  if (!hit) throw new Error(`no proposal named ${name}: ${proposals.map((p) => p.name).join(", ")}`);
  return hit;
}

describe("rule words", () => {
  test.each([
    ["到2025年，普惠性幼儿园覆盖率达到90%。", "普惠性幼儿园覆盖率", "at_least", 90, "%"],
    ["公办园在园幼儿占比不低于55%。", "公办园在园幼儿占比", "at_least", 55, "%"],
    ["等级幼儿园覆盖率95%以上。", "等级幼儿园覆盖率", "at_least", 95, "%"],
    ["每个街道至少有1所公办幼儿园。", "公办幼儿园", "at_least", 1, "所"],
    ["九年义务教育巩固率保持在100%。", "九年义务教育巩固率", "at_least", 100, "%"],
    ["大班额比例控制在5%。", "大班额比例", "at_most", 5, "%"],
    ["近视率在45%以下。", "近视率", "at_most", 45, "%"],
    ["班额超标比例在3%以内。", "班额超标比例", "at_most", 3, "%"],
    ["课后作业时长不超过90分钟。", "课后作业时长", "at_most", 90, "分钟"],
    ["新增幼儿园学位3240个。", "新增幼儿园学位", "increase_by", 3240, "个"],
    ["培育教育家型校长5名。", "教育家型校长", "increase_by", 5, "名"],
    ["建设智慧校园示范校10所。", "智慧校园示范校", "increase_by", 10, "所"],
    ["留甬就业率超过45%。", "留甬就业率", "greater_than", 45, "%"],
    ["在校研究生规模突破2万人。", "在校研究生规模", "greater_than", 2, "万人"],
    ["建成特色学校30所左右。", "特色学校", "about", 30, "所"],
    ["老年学堂覆盖率约35%。", "老年学堂覆盖率", "about", 35, "%"],
  ])("%s", (sentence, name, rule, value, unit) => {
    const proposal = only(sentence);
    expect(proposal).toMatchObject({ name, rule, unit });
    expect(proposal.target.value).toBe(value);
    expect(proposal.target.year).toBe(2025);
    expect(proposal.quote).toBe(sentence);
  });

  test("N–M is between, low end as value and high end as high", () => {
    const proposal = only("培育省高水平中职专业3-5个。");
    expect(proposal.rule).toBe("between");
    expect(proposal.target).toMatchObject({ value: 3, high: 5, printed: "3-5个" });
  });

  test("逐年只增不减 and 只升不降 are non-decreasing targets without a figure", () => {
    const result = extractPlan(plan("生均一般公共预算教育支出逐年只增不减，财政教育投入只升不降。"));
    const spending = find(result.proposals, "生均一般公共预算教育支出");
    expect(spending).toMatchObject({ rule: "non_decreasing", unit: "元" });
    expect(spending.target.value).toBeNull();
    expect(find(result.proposals, "财政教育投入").rule).toBe("non_decreasing");
  });

  test("全覆盖 is 100 % with a note saying so", () => {
    const proposal = only("实现城乡教共体全覆盖。");
    expect(proposal).toMatchObject({ name: "城乡教共体覆盖率", rule: "at_least", unit: "%" });
    expect(proposal.target).toMatchObject({ value: 100, printed: "全覆盖" });
    expect(proposal.note).toContain("100%");
  });

  test("提高 / 下降 N 个百分点 are an increase and a decrease in points", () => {
    const result = extractPlan(plan("高中段毛入学率提高5个百分点，近视率下降1个百分点。"));
    expect(result.proposals.map((p) => [p.rule, p.target.value, p.unit])).toEqual([
      ["increase_by", 5, "个百分点"],
      ["decrease_by", 1, "个百分点"],
    ]);
  });

  test("年均 is a yearly growth rate with its note; 累计 is kept as a note", () => {
    const result = extractPlan(plan("教育经费年均增长8%以上，累计培训教师3000人次。"));
    const growth = find(result.proposals, "教育经费年均增长率");
    expect(growth).toMatchObject({ rule: "at_least", unit: "%" });
    expect(growth.note).toContain("年均");
    expect(find(result.proposals, "培训教师").note).toContain("累计");
  });

  test("翻一番 is twice the baseline", () => {
    const proposal = only("优质学位翻一番。");
    expect(proposal.target.value).toBe(200);
    expect(proposal.note).toContain("2倍");
  });

  test("力争 is kept as a note and does not change the rule", () => {
    const proposal = only("力争普惠性幼儿园覆盖率达到95%。");
    expect(proposal.rule).toBe("at_least");
    expect(proposal.note).toContain("力争");
  });

  test("由2020年的A提高到B: A is the baseline of 2020, B the target", () => {
    const proposal = only("公办园在园幼儿占比由2020年的45%提高到55%。");
    expect(proposal.name).toBe("公办园在园幼儿占比");
    expect(proposal.baseline).toMatchObject({ year: 2020, value: 45 });
    expect(proposal.target.value).toBe(55);
  });

  test("a “十三五”末 figure is a baseline of 2020, never a target", () => {
    const proposal = only("优质园覆盖率从“十三五”末的86%提高到90%。");
    expect(proposal.baseline).toMatchObject({ year: 2020, value: 86 });
    expect(proposal.target.value).toBe(90);
  });

  test("ratios N:1 keep their rule word", () => {
    const result = extractPlan(plan("生师比不超过15:1，年培训人次与在校生比例达到1.2:1。"));
    expect(result.proposals.map((p) => [p.rule, p.target.value, p.unit])).toEqual([
      ["at_most", 15, "比"],
      ["ratio_at_least", 1.2, "比"],
    ]);
  });

  test("校际优质均衡系数 is read as the difference coefficient, one per stage, with the original in the note", () => {
    const result = extractPlan(plan("县域内小学、初中学校校际优质均衡系数分别控制在0.25。"));
    expect(result.proposals.map((p) => [p.name, p.group, p.rule, p.target.value])).toEqual([
      ["校际差异系数", "小学", "at_most", 0.25],
      ["校际差异系数", "初中", "at_most", 0.25],
    ]);
    expect(result.proposals[0].note).toContain("原文为");
  });

  test("a bare coefficient counts only after its rule word, lower being better", () => {
    const proposal = only("校际差异系数控制在0.3以下。");
    expect(proposal).toMatchObject({ name: "校际差异系数", rule: "at_most", unit: "" });
  });

  test("a verb before a list carries over: 新增甲N个、乙M个", () => {
    const result = extractPlan(plan("到2025年，全区新增幼儿园学位3240个、小学学位9120个、初中学位5130个。"));
    expect(result.proposals.map((p) => [p.name, p.rule, p.group])).toEqual([
      ["新增幼儿园学位", "increase_by", null],
      ["新增小学学位", "increase_by", "小学"],
      ["新增初中学位", "increase_by", "初中"],
    ]);
  });

  test("a count before its noun takes the noun as its name: 评选5个甲，5个乙", () => {
    const result = extractPlan(plan("评选5个项目化学习样板学校，5个混合式学习示范学校。"));
    expect(result.proposals.map((p) => [p.name, p.rule])).toEqual([
      ["项目化学习样板学校", "increase_by"],
      ["混合式学习示范学校", "increase_by"],
    ]);
  });

  test("甲和乙各N: one target for each; 甲、乙…全覆盖 with a shared tail: one coverage rate for each", () => {
    const result = extractPlan(plan("选树示范性党组织和双带头人书记各30个左右，文明校园、平安学校创建活动全覆盖。"));
    expect(result.proposals.map((p) => [p.name, p.rule, p.target.value])).toEqual([
      ["示范性党组织", "about", 30],
      ["双带头人书记", "about", 30],
      ["文明校园创建活动覆盖率", "at_least", 100],
      ["平安学校创建活动覆盖率", "at_least", 100],
    ]);
  });

  test("新增…至少N stays an increment; a target relative to another figure keeps its subject and says what it is relative to", () => {
    const result = extractPlan(plan("新增公办幼儿园至少15所，骨干教师交流比例不低于当年符合条件骨干教师总数的22%。"));
    expect(result.proposals.map((p) => [p.name, p.rule, p.target.value])).toEqual([
      ["新增公办幼儿园", "increase_by", 15],
      ["骨干教师交流比例", "at_least", 22],
    ]);
    expect(result.proposals[1].note).toContain("相对于当年符合条件骨干教师总数");
  });

  test("in one year's work points only 新增 is an increment; 建设N个 is a count to reach", () => {
    const result = extractPlan(plan("新增托位3000个，建设名师工作室50个。", "某市教育局2024年工作要点"));
    expect(result.period).toEqual({ start: 2024, end: 2024 });
    expect(result.proposals.map((p) => [p.name, p.rule, p.target.year])).toEqual([
      ["新增托位", "increase_by", 2024],
      ["名师工作室", "at_least", 2024],
    ]);
  });
});

describe("quantity words", () => {
  test("余 and 多 are a little above the figure, kept with the printed text", () => {
    const result = extractPlan(plan("建成幼儿园100余所，招收800多名学生。"));
    const [kindergartens, students] = result.proposals;
    expect(kindergartens.target).toMatchObject({ value: 100, printed: "100余所" });
    expect(kindergartens.note).toContain("略多于");
    expect(students.target).toMatchObject({ value: 800, printed: "800多名" });
  });

  test("近 is a little below: about the figure", () => {
    const proposal = only("培训近3000名教师。");
    expect(proposal).toMatchObject({ rule: "about" });
    expect(proposal.target.printed).toBe("近3000名");
    expect(proposal.note).toContain("略少于");
  });

  test("fractions: 1/3 and 三分之一 are 33.33 %", () => {
    const result = extractPlan(plan("省现代化学校占初中学校比例达到1/3，标杆院系比例达到三分之一以上。"));
    expect(result.proposals.map((p) => [p.target.value, p.unit])).toEqual([
      [33.33, "%"],
      [33.33, "%"],
    ]);
  });
});

describe("hazards: numbers that are not targets", () => {
  test("文号, dates, phone numbers, postcodes and addresses give nothing", () => {
    const text = plan(
      "根据县政办〔2023〕14号文件精神制定本规划。联系电话0574-62703456，邮编315400，地址：阳明西路12号。2023年5月23日印发。"
    );
    const result = extractPlan(text);
    expect(result.proposals).toEqual([]);
    expect(result.problem).toBe("noFigures");
  });

  test("item numbers are markers, not figures, and name where the target stands", () => {
    const result = extractPlan(plan("（一）学前教育\n1.扩大资源。新增学位300个。\n2.提升质量。优质园覆盖率达到90%。"));
    expect(result.proposals.map((p) => [p.target.value, p.refs[0]])).toEqual([
      [300, "一、 （一） 1."],
      [90, "一、 （一） 2."],
    ]);
  });

  test("十三五 achievements in the opening section are not targets", () => {
    const text =
      "某县教育事业发展“十四五”规划\n一、发展基础\n（一）“十三五”的主要成就\n普惠性幼儿园覆盖率达到86%，新建学校12所。\n二、发展目标\n到2025年，普惠性幼儿园覆盖率达到90%。\n";
    const result = extractPlan(text);
    expect(result.proposals.map((p) => p.target.value)).toEqual([90]);
    expect(result.proposals[0].refs).toEqual(["二、"]);
  });

  test("past statements (已, 截至) inside the targets give nothing", () => {
    expect(extractPlan(plan("截至2022年底，全县已建成学校15所。")).proposals).toEqual([]);
  });

  test("a figure that qualifies a noun (5万以上的街道) is not a target", () => {
    const result = extractPlan(plan("常住人口5万以上的街道有2所及以上公办幼儿园。"));
    expect(result.proposals.map((p) => p.target.value)).toEqual([2]);
  });

  test("year milestones with no figure are listed apart", () => {
    const result = extractPlan(plan("到2025年，普惠性幼儿园覆盖率达到90%。2024年通过国家义务教育优质均衡发展县评估。"));
    expect(result.proposals).toHaveLength(1);
    expect(result.milestones).toEqual([
      { year: 2024, text: "2024年通过国家义务教育优质均衡发展县评估。", ref: "一、" },
    ]);
  });

  test("the target year is the year the sentence names, else the plan's horizon (inferred)", () => {
    const result = extractPlan(plan("到2023年，受助率达到100%。优质园覆盖率达到90%。"));
    expect(result.proposals.map((p) => [p.target.year, p.target.inferred ?? false])).toEqual([
      [2023, false],
      [2023, true],
    ]);
  });
});

describe("where a target stands", () => {
  test("measures and sub-headings join the chain the seeds' refs use", () => {
    const text =
      "某市教育事业发展“十四五”规划\n三、主要任务\n（四）学前教育\n〔举措11〕普惠性幼儿园覆盖率保持在90%以上。\n四、工作要点\n1.激发制度优势\n预期成果:新增示范校30所以上。\n";
    const result = extractPlan(text);
    expect(result.proposals.map((p) => p.refs[0])).toEqual(["三、 （四） 〔举措11〕", "四、 1. 预期成果"]);
    expect(result.proposals[0].category).toBe("学前教育");
  });

  test("markers inside one long line (a mirrored page) are still found", () => {
    const text =
      "某县教育行动方案(2023—2027年) 一、指导思想 以人民为中心。 二、主要目标 普惠性幼儿园在园幼儿占比达95%以上。";
    const result = extractPlan(text);
    expect(result.period).toEqual({ start: 2023, end: 2027 });
    expect(result.proposals[0]).toMatchObject({ refs: ["二、"], target: { value: 95, year: 2027 } });
  });

  test("the same target in the table and the prose is one proposal with both refs", () => {
    const text =
      "某市教育规划（2021-2025年）\n表1：主要指标\n\n\t一级指标\n\t二级指标\n\t2020年\n\t2025年\n\n\t教育公平\n\t1．普惠性幼儿园比例\n\t86.4%\n\t90%\n\n\t\n\t2．公办园比例\n\t/\n\t55%\n\n\t\n\t3．高中段比例\n\t99%\n\t100%\n\n三、主要任务\n（四）学前教育\n普惠性幼儿园比例保持在90%以上。\n";
    const result = extractPlan(text);
    const first = find(result.proposals, "普惠性幼儿园比例");
    expect(first.refs).toEqual(["表1 1．", "三、 （四）"]);
    expect(first.baseline).toMatchObject({ year: 2020, value: 86.4 });
  });
});

describe("bad input", () => {
  test("empty text", () => {
    expect(extractPlan("").problem).toBe("empty");
    expect(extractPlan("  \n\t ").problem).toBe("empty");
  });

  test("a text that is not a plan", () => {
    const result = extractPlan("今天天气很好，我们去公园散步，看见了3只小鸟和2条小狗。");
    expect(result.problem).toBe("notPlan");
    expect(result.proposals).toEqual([]);
  });

  test("a 2 MB text is read whole and still finds its targets", () => {
    const filler = "坚持立德树人，深化教育改革，办好人民满意的教育。".repeat(40000);
    const text = plan(`${filler}\n到2025年，普惠性幼儿园覆盖率达到90%。`);
    expect(text.length).toBeGreaterThan(900000);
    const result = extractPlan(text);
    expect(result.proposals.map((p) => p.target.value)).toEqual([90]);
  });

  test("a text beyond the limit is refused with a reason, not cut", () => {
    expect(extractPlan("教育".repeat(1_600_000)).problem).toBe("tooLong");
  });

  test("spam tokens and page furniture of a mirrored page are dropped", () => {
    const text = [
      "在线视频免费观看|最新网址|高清无码|一区二区",
      "某县教育行动方案（2023-2027年）",
      "一、主要目标",
      "到2027年，公办幼儿园在园幼儿占比达70%以上。",
      "上一篇：某某新闻  下一篇：某某通知",
      "Copyright www.example.com All Rights Reserved ICP备12345678号 clickhere freemovie download",
      "分享到：微信 微博",
    ].join("\n");
    const result = extractPlan(text);
    expect(result.proposals.map((p) => p.target.value)).toEqual([70]);
    expect(result.droppedLines).toBeGreaterThanOrEqual(2);
  });

  test("traditional characters are converted with the given converter, only when the text is traditional", () => {
    const calls: string[] = [];
    const toSimplified = (text: string) => {
      calls.push(text);
      return text
        .replace(/規劃/g, "规划")
        .replace(/學/g, "学")
        .replace(/幼兒園/g, "幼儿园")
        .replace(/覆蓋率/g, "覆盖率")
        .replace(/達到/g, "达到")
        .replace(/發展/g, "发展")
        .replace(/教育事業/g, "教育事业")
        .replace(/縣/g, "县");
    };
    const traditional =
      "某縣教育事業發展“十四五”規劃\n一、主要目標\n到2025年，學前教育普惠性幼兒園覆蓋率達到90%，學校學生學習。\n";
    const result = extractPlan(traditional, { toSimplified });
    expect(result.converted).toBe(true);
    expect(result.proposals[0].name).toBe("学前教育普惠性幼儿园覆盖率");
    extractPlan(plan("普惠性幼儿园覆盖率达到90%。"), { toSimplified });
    expect(calls).toHaveLength(1);
  });
});

describe("precision rules", () => {
  test("an undated 全覆盖 among a plan's measures is how the work is done, not a target", () => {
    const text = "某县教育事业发展“十四五”规划\n三、主要举措\n完善助学体系，实现各学段全覆盖、城乡学校全覆盖。\n到2025年，智慧课堂全覆盖。\n";
    expect(extractPlan(text).proposals.map((p) => p.name)).toEqual(["智慧课堂覆盖率"]);
    // Under the goals the same words are a target.
    expect(extractPlan(plan("实现城乡学校全覆盖。")).proposals.map((p) => p.name)).toEqual(["城乡学校覆盖率"]);
  });

  test("in one year's work points an undated 全覆盖 is that year's target", () => {
    const result = extractPlan("某市2024年教育工作要点\n二、工作措施\n推进午餐配送，实现农村学校全覆盖。\n");
    expect(result.proposals).toHaveLength(1);
    expect(result.proposals[0].target).toMatchObject({ year: 2024, value: 100 });
  });

  test("a share of the whole population drops where it is counted: 占全县…总数比例 is 占…比例", () => {
    const p = only("到2025年，参加培训的青年教师人数占全县青年教师总数比例达到60%。");
    expect(p.name).toBe("参加培训的青年教师人数占青年教师比例");
    expect(p.target.value).toBe(60);
  });

  test("a name cut inside an unclosed bracket keeps what comes before it", () => {
    const result = extractPlan(plan("到2025年，建成3个研学实践基地(营地、场馆)，服务全县学生。"));
    expect(result.proposals.map((p) => p.name)).toEqual(["研学实践基地"]);
  });

  test("a level alone (1个市级、6个区级…) is not proposed as a name", () => {
    const result = extractPlan(plan("完成1个市级、6个区级家长学校建设。"));
    expect(result.proposals.map((p) => [p.name, p.target.value])).toEqual([["区级家长学校建设", 6]]);
  });

  test("a figure inside a quoted term still open is part of that term", () => {
    const result = extractPlan(plan("到2025年，建设研学中心、实训中心和服务园区“2中心1园区”。"));
    expect(result.proposals).toEqual([]);
  });

  test("an unclosed quote in a name without a figure is a fragment, not proposed", () => {
    const result = extractPlan(plan("确保全县教育投入做到“两个只增不减”。"));
    expect(result.proposals.some((p) => /“/.test(p.name) && !/”/.test(p.name))).toBe(false);
  });

  test("掌握 N 项 X: the skill counted is what follows the verb, and the next item after 和 is its own", () => {
    const result = extractPlan(plan("到2025年，引导学生掌握2项球类技能和1-2项乐器演奏。"));
    expect(result.proposals.map((p) => [p.name, p.rule, p.target.value])).toEqual([
      ["掌握球类技能", "at_least", 2],
      ["乐器演奏", "between", 1],
    ]);
  });

  test("the noun after a figure ends before 并 (…技能并达到…要求)", () => {
    const p = only("到2025年，每名学生掌握1-2项游泳技能并通过测评。");
    expect(p.name).toBe("掌握游泳技能");
  });

  test("新增 carries over verbless clauses only: a clause with its own verb (引进…) is a floor of its own", () => {
    const result = extractPlan("某市2024年教育工作要点\n二、工作措施\n新增骨干教师20人以上，引进特级教师3人，学科带头人10人以上。\n");
    expect(result.proposals.map((p) => [p.name, p.rule, p.target.value])).toEqual([
      ["新增骨干教师", "increase_by", 20],
      ["引进特级教师", "at_least", 3],
      ["学科带头人", "at_least", 10],
    ]);
  });

  test("至少 before a list (创建至少1所甲、8所乙) makes every item a floor, not only the first", () => {
    const result = extractPlan(plan("到2025年，创建至少2所省级、6所市级示范学校。"));
    expect(result.proposals.map((p) => [p.name, p.rule, p.target.value])).toEqual([["市级示范学校", "at_least", 6]]);
    // Without 至少 the verb still reads as an increment over a plan of several years.
    expect(extractPlan(plan("到2025年，建设示范校10所以上、特色学校5所。")).proposals.map((p) => p.rule)).toEqual([
      "at_least",
      "increase_by",
    ]);
  });
});
