/**
 * A small, stable taxonomy of what people ask about; ids never change, labels live in the widget. Since
 * 1.1: `family-reunification` (Familiennachzug), `violence-protection` (Gewaltschutz) and
 * `psychosocial-support` (psychosoziale Beratung).
 */
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
  // Since 1.1.
  "family-reunification",
  "violence-protection",
  "psychosocial-support",
] as const;
export type Topic = (typeof TOPICS)[number];
