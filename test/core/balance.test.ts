// The inter-school difference coefficient, the per-school resource rule and non-decrease.
import fc from "fast-check";
import { functions } from "../../src/functions";
import { differenceCoefficient, differenceCoefficientOfNumbers, nonDecreasing, schoolMeets, weightedMean } from "../../src/core/balance";

const enrolment = [45, 37, 89, 76, 55];
const books = [279, 137, 935, 160, 402];
const perStudent = books.map((b, i) => b / enrolment[i]);

test("the issue's test vector: weighted mean 6.334, CV 0.515, unweighted 0.489", () => {
  // X̄ = Σ books / Σ enrolment = 1913 / 302
  expect(weightedMean(perStudent, enrolment)).toBeCloseTo(1913 / 302, 10);
  expect(weightedMean(perStudent, enrolment) as number).toBeCloseTo(6.334, 3);
  expect(differenceCoefficient(perStudent, enrolment) as number).toBeCloseTo(0.515, 3);
  expect(differenceCoefficient(perStudent) as number).toBeCloseTo(0.489, 3);
});

test("a hand-checked small case: values 1 and 3, weights 1 and 3 → mean 2.5, S √0.75", () => {
  expect(differenceCoefficient([1, 3], [1, 3])).toBeCloseTo(Math.sqrt(0.75) / 2.5, 10);
  expect(differenceCoefficient([2, 2, 2])).toBe(0);
});

test("errors: no values, negative weights, zero weights, zero mean", () => {
  expect(differenceCoefficient([])).toMatchObject({ error: "#N/A" });
  expect(differenceCoefficient([1, 2], [1, -1])).toMatchObject({ error: "#NUM!" });
  expect(differenceCoefficient([1, 2], [0, 0])).toMatchObject({ error: "#DIV/0!" });
  expect(differenceCoefficient([-1, 1])).toMatchObject({ error: "#DIV/0!" });
});

test("per-school rule: 6 of 7 meet the standard and the seventh at least 85 % of it", () => {
  const standards = [4.2, 5.3, 0.9, 1, 7.5, 2000, 4.5];
  expect(schoolMeets([4.2, 5.3, 0.9, 1, 7.5, 2000, 4.5], standards)).toBe(true);
  expect(schoolMeets([4.2, 5.3, 0.9, 1, 7.5, 2000, 4.0], standards)).toBe(true); // 4.0 ≥ 0.85 × 4.5
  expect(schoolMeets([4.2, 5.3, 0.9, 1, 7.5, 2000, 3.8], standards)).toBe(false); // 3.8 < 3.825
  expect(schoolMeets([4.2, 5.3, 0.9, 1, 7.5, 1900, 4.4], standards)).toBe(false); // only 5 meet
  expect(schoolMeets([1, 2], [1, 2])).toMatchObject({ error: "#VALUE!" });
});

test("non-decrease", () => {
  expect(nonDecreasing([1, 1, 2, 5])).toBe(true);
  expect(nonDecreasing([1, 2, 1.9])).toBe(false);
  expect(nonDecreasing([0.3, 0.1 + 0.2])).toBe(true);
  expect(nonDecreasing([])).toBe(true);
});

test("a mean that is zero up to rounding noise is #DIV/0!, not a huge coefficient", () => {
  expect(differenceCoefficient([0.1, 0.2, -0.3])).toMatchObject({ error: "#DIV/0!" });
});

describe("the fast path for ranges of plain numbers", () => {
  const column = (numbers: number[]) => numbers.map((n) => [n]);

  test("answers exactly as the general path, checks included, on random schools", () => {
    const school = fc.tuple(fc.double({ min: -50, max: 500, noNaN: true }), fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constant(-1)));
    fc.assert(
      fc.property(fc.array(school, { minLength: 1, maxLength: 40 }), fc.boolean(), (schools, weighted) => {
        const values = schools.map(([x]) => x);
        const weights = schools.map(([, p]) => p);
        const fast = differenceCoefficientOfNumbers(column(values), weighted ? column(weights) : undefined);
        expect(fast).toEqual(differenceCoefficient(values, weighted ? weights : undefined));
      })
    );
  });

  test("the issue's test vector, in a row or a column", () => {
    expect(differenceCoefficientOfNumbers(column(perStudent), column(enrolment))).toBe(differenceCoefficient(perStudent, enrolment));
    expect(differenceCoefficientOfNumbers([perStudent], [enrolment])).toBe(differenceCoefficient(perStudent, enrolment));
  });

  test("anything but plain numbers in equal shapes is left to the general path", () => {
    expect(differenceCoefficientOfNumbers([[1], [null]], [[1], [1]])).toBeUndefined();
    expect(differenceCoefficientOfNumbers([[1], ["2"]])).toBeUndefined();
    expect(differenceCoefficientOfNumbers([[1], [2]], [[1]])).toBeUndefined();
    expect(differenceCoefficientOfNumbers([1, 2])).toBeUndefined();
    expect(differenceCoefficientOfNumbers([[1], [Infinity]])).toBeUndefined();
    // … and BALANCE still answers those as before: blanks dropped, text read, sizes checked.
    expect(functions.BALANCE([[1], [null], [3]], [[1], [5], [3]])).toBe(differenceCoefficient([1, 3], [1, 3]));
    expect(functions.BALANCE([[1], ["3"]], [[1], [3]])).toBe(differenceCoefficient([1, 3], [1, 3]));
    expect(functions.BALANCE([[1], [3]], [[1]])).toMatchObject({ error: "#VALUE!" });
    expect(functions.BALANCE([[1], [3]], [[1], [-3]])).toMatchObject({ error: "#NUM!" });
    expect(functions.BALANCE([[0], [0]], [[1], [3]])).toMatchObject({ error: "#DIV/0!" });
  });
});
