// Strings of the page shown inside Office when Office.js could not be loaded, zh-CN first.
export const OFFICE_JS_MISSING = {
  "zh-CN": {
    title: "EduPlan 无法连接 Excel",
    body: "没有加载到 Office.js（{url}）。请检查网络，或请信息中心确认加载项服务器提供了该文件，然后关闭并重新打开任务窗格。",
  },
  "en-US": {
    title: "EduPlan cannot reach Excel",
    body: "Office.js did not load ({url}). Check the network, or ask IT whether the add-in's server provides that file, then close and reopen the task pane.",
  },
} as const;
