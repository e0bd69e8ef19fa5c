// The plans bundled with the add-in: static imports, so webpack puts them in the bundle (no fetch).
import beilun from "../../seeds/beilun-2023-2025.json";
import cixi from "../../seeds/cixi-2021-2025.json";
import ningbo from "../../seeds/ningbo-2024.json";
import yuecheng from "../../seeds/yuecheng-2021-2025.json";
import yuyao from "../../seeds/yuyao-2023-2027.json";

/** File name → parsed JSON, validated by the catalog before use. */
export const BUNDLED_PLANS: Record<string, unknown> = {
  "ningbo-2024.json": ningbo,
  "beilun-2023-2025.json": beilun,
  "cixi-2021-2025.json": cixi,
  "yuyao-2023-2027.json": yuyao,
  "yuecheng-2021-2025.json": yuecheng,
};
