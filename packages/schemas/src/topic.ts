import * as z from "zod/mini";

/** A small, stable taxonomy of what people ask about; ids never change, labels live in the widget. */
export const TOPICS = [
  "residence",
  "asylum",
  "work",
  "recognition",
  "language-courses",
  "housing",
  "health",
  "family",
  "education",
  "benefits",
  "debt",
  "discrimination",
  "naturalisation",
  "everyday-life",
] as const;

// Marked pure so a bundle that only needs the constant drops the schema.
export const TopicSchema = /* @__PURE__ */ z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;
