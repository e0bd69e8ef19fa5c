// The template table's headers: formulas and the check find columns by these names, so they are
// part of the template's contract with every workbook already written.
export const HEADERS = {
  id: "编号",
  category: "类别",
  name: "指标",
  group: "分组",
  unit: "单位",
  rule: "规则",
  baselineYear: "基准年",
  baseline: "基准值",
  targetYear: "目标年",
  target: "目标值",
  high: "目标上限",
  latest: "最新值",
  latestYear: "最新年份",
  gap: "差距",
  progress: "进度",
  expected: "应达值",
  status: "状态",
  responsible: "责任单位",
  ref: "出处",
  note: "说明",
  remark: "备注",
  ruleCode: "规则代码",
  low: "有效下限",
  highest: "有效上限",
  improvement: "已改进",
  needed: "需改进",
  inputErrors: "输入错误数",
  falls: "下降次数",
} as const;

export type HeaderKey = keyof typeof HEADERS;
