import { describe, expect, it } from "vitest";
import { ELIGIBILITY_REASON_KEYS, type EligibilityPerson, eligibility } from "./eligibility.js";
import { DEFAULT_ELIGIBILITY_RULES } from "./eligibility-rules.js";

// The programmes without an age limit, in the order of the default rules.
const WITHOUT_AGE_LIMIT = ["AVB", "IQ", "FAIRE_INTEGRATION", "FAIRE_MOBILITAET", "ADB"] as const;
const keys = (result: ReturnType<typeof eligibility>) => result.reasons.map((reason) => reason.key);

describe("eligibility", () => {
  it("offers JMD first to young people from 12 until their 27th birthday", () => {
    for (const age of [12, 19, 26, 26.99]) {
      expect(eligibility({ age }).primary, String(age)).toBe("JMD");
    }
    expect(eligibility({ age: 11 }).programmes).not.toContain("JMD");
  });

  it("offers MBE first from 27", () => {
    const result = eligibility({ age: 27 });
    expect(result.primary).toBe("MBE");
    expect(result.programmes).toEqual(["MBE", "MBEON", ...WITHOUT_AGE_LIMIT, "OTHER"]);
    expect(result.reasons[0]).toEqual({
      key: "eligibility.mbe.age",
      params: { programme: "MBE", age: 27, minAge: 27 },
    });
  });

  it("offers MBE to young adults by exception, saying so, after JMD and the online services", () => {
    const result = eligibility({ age: 20 });
    expect(result.programmes.slice(0, 4)).toEqual(["JMD", "JMD4YOU", "MBEON", "MBE"]);
    expect(result.alternatives).toEqual(result.programmes.slice(1));
    expect(keys(result)).toContain("eligibility.mbe.exception-under-27");
    expect(result.fits.find((fit) => fit.programme === "MBE")).toMatchObject({
      exception: true,
      primary: false,
      reason: { key: "eligibility.mbe.exception-under-27" },
    });
    expect(result.fits[0]).toMatchObject({ programme: "JMD", primary: true, exception: false });
    expect(keys(eligibility({ age: 17 }))).not.toContain("eligibility.mbe.exception-under-27");
  });

  it("rules out only the programmes an age rules out", () => {
    const noAgeLimit = [...WITHOUT_AGE_LIMIT, "OTHER"];
    for (const age of [0, 8, 15, 19, 45, 90]) {
      expect(eligibility({ age }).programmes, String(age)).toEqual(expect.arrayContaining(noAgeLimit));
    }
    expect(eligibility({ age: 27 }).programmes).not.toContain("JMD");
    expect(eligibility({ age: 17 }).programmes).not.toContain("MBE");
    expect(eligibility({ age: 17 }).programmes).not.toContain("MBEON");
    expect(eligibility({ age: 19 }).programmes).toContain("MBE");
  });

  it("offers mbeon from 18 and jmd4you from 12 to 26", () => {
    expect(eligibility({ age: 17 }).programmes).toEqual(["JMD", "JMD4YOU", ...WITHOUT_AGE_LIMIT, "OTHER"]);
    expect(eligibility({ age: 18 }).programmes).toContain("MBEON");
    expect(eligibility({ age: 27 }).programmes).not.toContain("JMD4YOU");
  });

  it("fits every age programme with a reason when no age is given, and names no primary", () => {
    const result = eligibility({});
    expect(result.programmes).toEqual(["JMD", "MBE", "JMD4YOU", "MBEON", ...WITHOUT_AGE_LIMIT, "OTHER"]);
    expect(result.primary).toBeUndefined();
    expect(keys(result)).toContain("eligibility.age-unknown");
  });

  it("treats an invalid age as unknown and says so instead of throwing", () => {
    for (const age of [-1, 131, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = eligibility({ age });
      expect(result.reasons, String(age)).toContainEqual({
        key: "eligibility.invalid-age",
        params: { received: String(age), max: 130 },
      });
      expect(result.programmes).toEqual(eligibility({}).programmes);
    }
  });

  it("never throws for a missing person or lists that are not lists", () => {
    const unknown = eligibility({}).programmes;
    expect(eligibility(null).programmes).toEqual(unknown);
    expect(eligibility(undefined).programmes).toEqual(unknown);
    const odd = { age: null, situations: "asylum-procedure", channels: 5 } as unknown as EligibilityPerson;
    expect(eligibility(odd).programmes).toEqual(unknown);
  });

  it("sends the parents of children under 12 to the MBE, not to the JMD", () => {
    const result = eligibility({ age: 8 });
    expect(result.primary).toBe("MBE");
    expect(result.programmes).not.toContain("JMD");
    expect(result.programmes).not.toContain("JMD4YOU");
    expect(result.reasons[0]?.key).toBe("eligibility.child-under-12");
  });

  it("moves situation programmes up when the person says so", () => {
    expect(eligibility({ age: 30 }).programmes.indexOf("AVB")).toBeGreaterThan(
      eligibility({ age: 30 }).programmes.indexOf("MBEON"),
    );
    const result = eligibility({
      age: 30,
      situations: ["asylum-procedure", "foreign-qualification", "third-country-worker", "discrimination"],
    });
    // Faire Mobilität is for EU workers: "third-country-worker" moves Faire Integration up, not it.
    expect(result.programmes).toEqual([
      "MBE",
      "AVB",
      "IQ",
      "FAIRE_INTEGRATION",
      "ADB",
      "MBEON",
      "FAIRE_MOBILITAET",
      "OTHER",
    ]);
    expect(keys(result)).toContain("eligibility.avb.asylum-procedure");
  });

  it("offers Faire Mobilität, labour rights counselling for EU workers, at every age, ranked as Faire Integration", () => {
    for (const age of [0, 8, 15, 19, 26, 27, 45, 67, 90, undefined]) {
      const { programmes, fits } = eligibility(age === undefined ? {} : { age });
      const at = programmes.indexOf("FAIRE_MOBILITAET");
      expect(at, String(age)).toBe(programmes.indexOf("FAIRE_INTEGRATION") + 1);
      expect(fits[at], String(age)).toEqual({
        programme: "FAIRE_MOBILITAET",
        primary: false,
        exception: false,
        reason: { key: "eligibility.faire-mobilitaet.eu-worker", params: expect.any(Object) },
      });
    }
    expect(eligibility({ age: 27, channels: ["online"] }).programmes).not.toContain("FAIRE_MOBILITAET");
  });

  it("moves Faire Mobilität up for a person who says they are an EU worker", () => {
    const adult = eligibility({ age: 30, situations: ["eu-worker"] });
    expect(adult.primary).toBe("MBE");
    expect(adult.programmes.slice(0, 3)).toEqual(["MBE", "FAIRE_MOBILITAET", "MBEON"]);
    expect(adult.reasons[1]).toEqual({
      key: "eligibility.faire-mobilitaet.eu-worker",
      params: { programme: "FAIRE_MOBILITAET", age: 30, situation: "eu-worker" },
    });
    expect(eligibility({ age: 19, situations: ["eu-worker"] }).programmes.slice(0, 3)).toEqual([
      "JMD",
      "FAIRE_MOBILITAET",
      "JMD4YOU",
    ]);
    expect(keys(adult).filter((key) => key === "eligibility.faire-mobilitaet.eu-worker")).toHaveLength(1);
  });

  it("offers JMD to parents of young people whatever their own age", () => {
    const result = eligibility({ age: 45, situations: ["parent-of-young-person"] });
    expect(result.programmes).toContain("JMD");
    expect(keys(result)).toContain("eligibility.jmd.parents");
  });

  it("keeps only online services when the person wants online counselling", () => {
    expect(eligibility({ age: 20, channels: ["online"] }).programmes).toEqual(["JMD4YOU", "MBEON"]);
  });

  it("follows custom rules held in data", () => {
    const result = eligibility({ age: 70 }, [
      { programme: "OTHER", minAge: 65, channel: "in-person", reason: "custom.seniors", priority: 1 },
    ]);
    expect(result).toEqual({
      programmes: ["OTHER"],
      fits: [
        {
          programme: "OTHER",
          primary: true,
          exception: false,
          reason: { key: "custom.seniors", params: { programme: "OTHER", age: 70, minAge: 65 } },
        },
      ],
      primary: "OTHER",
      alternatives: [],
      reasons: [{ key: "custom.seniors", params: { programme: "OTHER", age: 70, minAge: 65 } }],
    });
  });
});

describe("ELIGIBILITY_REASON_KEYS", () => {
  it("covers every key of the default rules", () => {
    for (const rule of DEFAULT_ELIGIBILITY_RULES) {
      expect(ELIGIBILITY_REASON_KEYS).toContain(rule.reason);
    }
  });
});
