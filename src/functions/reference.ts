// The EDU functions as the task pane and README show them: one example each, with its result.

export interface FunctionReference {
  name: string;
  syntax: string;
  example: string;
  result: string;
  description: { "zh-CN": string; "en-US": string };
}

export const FUNCTION_REFERENCE: readonly FunctionReference[] = [
  {
    name: "GAP",
    syntax: "EDU.GAP(target, actual, [rule])",
    example: '=EDU.GAP("≥90%","86.4%")',
    result: "0.036",
    description: { "zh-CN": "与目标的差距，正数表示尚未达到", "en-US": "Gap to the target; positive while still short" },
  },
  {
    name: "MET",
    syntax: "EDU.MET(target, actual, [rule])",
    example: '=EDU.MET("控制在50%以内","48%")',
    result: "TRUE",
    description: { "zh-CN": "是否达到目标", "en-US": "Whether the target is met" },
  },
  {
    name: "PROGRESS",
    syntax: "EDU.PROGRESS(baseline, target, actual, [rule])",
    example: "=EDU.PROGRESS(86.4,90,88.2)",
    result: "0.5",
    description: { "zh-CN": "从基准值到目标值的完成进度", "en-US": "Progress from baseline to target" },
  },
  {
    name: "EXPECTED",
    syntax: "EDU.EXPECTED(baseline, baseline_year, target, target_year, year, [method])",
    example: "=EDU.EXPECTED(86.4,2020,90,2025,2023)",
    result: "88.56",
    description: { "zh-CN": "规划路径上某年的应达值", "en-US": "Value the plan's path expects in a year" },
  },
  {
    name: "PACE",
    syntax: "EDU.PACE(baseline, baseline_year, target, target_year, actual, year)",
    example: "=EDU.PACE(86.4,2020,90,2025,88.2,2023)",
    result: "0.833",
    description: { "zh-CN": "推进节奏，1 为正好按期", "en-US": "Pace; 1 is exactly on the path" },
  },
  {
    name: "STATUS",
    syntax: "EDU.STATUS(baseline, baseline_year, target, target_year, actual, year, [rule], [language])",
    example: "=EDU.STATUS(86.4,2020,90,2025,88.2,2023)",
    result: "进度滞后",
    description: { "zh-CN": "指标状态", "en-US": "Indicator status" },
  },
  {
    name: "CAGR",
    syntax: "EDU.CAGR(start, end, years)",
    example: "=EDU.CAGR(100,121,2)",
    result: "0.1",
    description: { "zh-CN": "年均复合增长率", "en-US": "Compound annual growth rate" },
  },
  {
    name: "BALANCE",
    syntax: "EDU.BALANCE(values, [weights])",
    example: "=EDU.BALANCE({6.2;3.703;10.506;2.105;7.309},{45;37;89;76;55})",
    result: "0.515",
    description: { "zh-CN": "校际差异系数（按学生数加权）", "en-US": "Inter-school difference coefficient (student-weighted)" },
  },
  {
    name: "SCHOOLMEETS",
    syntax: "EDU.SCHOOLMEETS(values, standards, [min_met], [floor])",
    example: "=EDU.SCHOOLMEETS({4.2,5.3,0.9,1,7.5,2000,4},{4.2,5.3,0.9,1,7.5,2000,4.5})",
    result: "TRUE",
    description: { "zh-CN": "学校资源配置是否达标（7 项中至少 6 项达标，其余不低于 85%）", "en-US": "School meets the resource standard (6 of 7, others ≥ 85 %)" },
  },
  {
    name: "NONDECREASING",
    syntax: "EDU.NONDECREASING(values, [start])",
    example: "=EDU.NONDECREASING({100,105,105,110})",
    result: "TRUE",
    description: { "zh-CN": "是否逐年只增不减", "en-US": "Whether values never decrease year on year" },
  },
  {
    name: "TARGET",
    syntax: "EDU.TARGET(plan, indicator, [field])",
    example: '=EDU.TARGET("慈溪市","普惠性幼儿园比例")',
    result: "0.9",
    description: { "zh-CN": "查询内置规划中某指标的目标值等", "en-US": "A plan's target (or baseline, year …) for an indicator" },
  },
];
