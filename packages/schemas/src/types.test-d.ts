import { describe, expectTypeOf, it } from "vitest";
import type {
  Accessibility,
  Channel,
  DatasetParseResult,
  LanguageEntry,
  Office,
  OfficeInput,
  OpeningHours,
  Programme,
  ReadableIssue,
  TimeSlot,
  TimeSlotInput,
  Weekday,
} from "./index.js";
import { parseDataset, parseOffice } from "./index.js";

describe("types from the schemas", () => {
  it("make defaulted fields optional on input and present on output", () => {
    expectTypeOf<OfficeInput["channels"]>().toEqualTypeOf<Channel[] | undefined>();
    expectTypeOf<Office["channels"]>().toEqualTypeOf<Channel[]>();
    expectTypeOf<TimeSlotInput["kind"]>().toEqualTypeOf<
      "open" | "consultation" | "appointment" | "phone" | undefined
    >();
    expectTypeOf<TimeSlot["kind"]>().toEqualTypeOf<"open" | "consultation" | "appointment" | "phone">();
  });

  it("spell the contract's unions", () => {
    expectTypeOf<Programme>().toEqualTypeOf<
      | "MBE"
      | "JMD"
      | "MBEON"
      | "JMD4YOU"
      | "AVB"
      | "FAIRE_INTEGRATION"
      | "FAIRE_MOBILITAET"
      | "IQ"
      | "ADB"
      | "OTHER"
    >();
    expectTypeOf<Weekday>().toEqualTypeOf<"mo" | "tu" | "we" | "th" | "fr" | "sa" | "su">();
    expectTypeOf<Accessibility["stepFree"]>().toEqualTypeOf<boolean | "unknown">();
    expectTypeOf<OpeningHours["weekly"]>().toEqualTypeOf<Partial<Record<Weekday, TimeSlot[]>>>();
    expectTypeOf<Office["languages"]>().toEqualTypeOf<
      (
        | string
        | { code: string; mode: "counsellor" | "interpreter" | "on-request"; note?: string | undefined }
      )[]
    >();
    expectTypeOf<Office["languages"][number]>().toExtend<LanguageEntry>();
    expectTypeOf<Office["womanCounsellor"]>().toEqualTypeOf<boolean | "unknown" | undefined>();
  });

  it("type the parse results", () => {
    expectTypeOf(parseDataset).returns.toEqualTypeOf<DatasetParseResult>();
    const result = parseOffice({});
    if (result.success) expectTypeOf(result.office).toEqualTypeOf<Office>();
    else expectTypeOf(result.issues).toEqualTypeOf<ReadableIssue[]>();
  });
});
