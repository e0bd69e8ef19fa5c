// The reference resolver itself, on a small hand-written text.
import { locate, nextSibling, passage } from "./locate";

const text = "一、总则 略。二、目标 （一）学前 1．普惠率达到90％。2．新增3.5万个学位。（二）义务 1．均衡系数0.45。三、保障 表1 1．达标率95% 2．覆盖率 表2 1．项目";

test("siblings at every level", () => {
  expect(nextSibling("3．".replace("．", "."))).toBe("4.");
  expect(nextSibling("(三)")).toBe("(四)");
  expect(nextSibling("九、")).toBe("十、");
  expect(nextSibling("一是")).toBe("二是");
  expect(nextSibling("表1")).toBe("表2");
  expect(nextSibling("〔举措11〕")).toBe("〔举措12〕");
  expect(nextSibling("重点任务十九")).toBe("重点任务二十");
  expect(passage("重点任务二十：甲 重点任务二：乙 重点任务三：丙", "重点任务二")).toEqual({ text: "重点任务二:乙 " });
  expect(nextSibling("教育公平")).toBeNull();
});

test("a chain of markers narrows to the innermost item, up to its next sibling", () => {
  expect(passage(text, "二、 （一） 1．")).toEqual({ text: "1.普惠率达到90%。" });
  expect(passage(text, "二、 （一） 2．")).toEqual({ text: "2.新增3.5万个学位。" });
  expect(passage(text, "二、 （二） 1．")).toEqual({ text: "1.均衡系数0.45。" });
  expect(passage(text, "三、 表1 2．")).toEqual({ text: "2.覆盖率 " });
});

test("3.5 is not item 3; a missing marker is reported", () => {
  expect(locate("1．a 2．b 3.5万 3．c", "3．")).toEqual({ start: 13, end: 16 });
  expect(passage(text, "二、 （三）")).toEqual({ error: expect.stringContaining("(三)") });
});
