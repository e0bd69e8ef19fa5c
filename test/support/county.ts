// A seeded random county of schools for the 优质均衡 workbook's tests, portable suite and bench:
// ordinary schools near the standards, 九年/十二年一贯制 and 完全中学 split into parts, special
// schools, small and large 教学点, and (unless clean) a few rows with input errors.
import { SchoolRow } from "../../src/core/balance-schools";
import { random } from "./fills";

const STANDARD = {
  小学: {
    qualified: 4.2,
    backbone: 1,
    peArt: 0.9,
    teachingArea: 4.5,
    sportsArea: 7.5,
    equipment: 2000,
    multimedia: 2.3,
  },
  初中: {
    qualified: 5.3,
    backbone: 1,
    peArt: 0.9,
    teachingArea: 5.8,
    sportsArea: 10.2,
    equipment: 2500,
    multimedia: 2.4,
  },
  高中: { qualified: 6, backbone: 1, peArt: 0.9, teachingArea: 6, sportsArea: 11, equipment: 3000, multimedia: 2.5 },
};

export function county(count: number, seed: number, options: { clean?: boolean } = {}): SchoolRow[] {
  const next = random(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * next();
  const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const rows: SchoolRow[] = [];
  const part = (
    name: string,
    code: string | null,
    stage: "小学" | "初中" | "高中",
    type: string,
    students: number
  ): SchoolRow => {
    const s = STANDARD[stage];
    // Each resource near its standard: most above, some a little below, a few far below.
    const factor = () => (next() < 0.8 ? between(1, 1.8) : next() < 0.7 ? between(0.86, 1) : between(0.5, 0.85));
    const perClass = stage === "小学" ? int(30, 47) : int(35, 52);
    const classes = Math.max(1, Math.round(students / perClass));
    const teachers = Math.max(1, Math.round(students / between(12, 18)));
    const per100 = (standard: number) => Math.min(teachers, Math.round((students * standard * factor()) / 100));
    const musicRooms = Math.max(0, Math.ceil(classes / 12) - (next() < 0.1 ? 1 : 0));
    const artRooms = Math.ceil(classes / 12);
    return {
      code,
      name,
      stage,
      type,
      urbanRural: next() < 0.5 ? "城区" : "乡村",
      ownership: "公办",
      students,
      classes,
      maxClass: Math.ceil(students / classes) + int(0, 4),
      teachers,
      qualified: per100(s.qualified),
      backbone: per100(s.backbone),
      peArt: per100(s.peArt),
      teachingArea: Math.round(students * s.teachingArea * factor()),
      sportsArea: Math.round(students * s.sportsArea * factor()),
      equipment: Math.round((students * s.equipment * factor()) / 100) / 100,
      multimedia: Math.round((students * s.multimedia * factor()) / 100),
      musicRooms: next() < 0.1 ? null : musicRooms,
      musicArea: musicRooms * Math.round(between(90, 110)),
      artRooms,
      artArea: artRooms * Math.round(between(88, 105)),
    };
  };
  for (let i = 1; rows.length < count; i++) {
    const kind = next();
    const code = `33028${String(i).padStart(5, "0")}`;
    if (kind < 0.08) {
      // 九年一贯制: 小学部 + 初中部; shared resources entered once, on the 小学部 row.
      const primary = part(`第${i}九年一贯制学校小学部`, code, "小学", "普通", int(300, 1500));
      const junior = part(`第${i}九年一贯制学校初中部`, code, "初中", "普通", int(200, 900));
      for (const key of ["teachingArea", "sportsArea", "equipment", "multimedia"] as const) {
        primary[key] = (primary[key] as number) + (junior[key] as number);
        junior[key] = null;
      }
      rows.push(primary, junior);
    } else if (kind < 0.11) {
      rows.push(part(`第${i}十二年一贯制学校小学部`, code, "小学", "普通", int(300, 900)));
      rows.push(part(`第${i}十二年一贯制学校初中部`, code, "初中", "普通", int(200, 700)));
      rows.push(part(`第${i}十二年一贯制学校高中部`, code, "高中", "普通", int(200, 700)));
    } else if (kind < 0.14) {
      rows.push(part(`第${i}完全中学初中部`, code, "初中", "普通", int(400, 1200)));
      rows.push(part(`第${i}完全中学高中部`, code, "高中", "普通", int(400, 1200)));
    } else if (kind < 0.16) {
      rows.push(part(`第${i}特殊教育学校`, code, next() < 0.5 ? "小学" : "初中", "特殊教育", int(40, 200)));
    } else if (kind < 0.2) {
      rows.push(part(`第${i}教学点`, code, "小学", "教学点", int(8, 90)));
    } else if (kind < 0.68) {
      rows.push(part(`第${i}小学`, next() < 0.5 ? code : null, "小学", "普通", int(150, 2400)));
    } else {
      rows.push(part(`第${i}中学`, next() < 0.5 ? code : null, "初中", "普通", int(150, 2200)));
    }
  }
  rows.length = count;
  if (!options.clean) {
    // A few input errors of every kind the checks know.
    const at = () => rows[int(0, rows.length - 1)];
    at().qualified = "三十";
    at().sportsArea = -120;
    const over = at();
    over.backbone = (over.teachers as number) + 3;
    const crowded = at();
    crowded.maxClass = Math.floor((crowded.students as number) / (crowded.classes as number)) - 2;
    at().students = 0;
    at().stage = "幼儿园";
    at().teachers = 0;
    const twin = at();
    rows[rows.length - 1] = { ...twin, code: null };
  }
  return rows;
}
