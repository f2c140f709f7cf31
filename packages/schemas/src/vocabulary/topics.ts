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
export type Topic = (typeof TOPICS)[number];
