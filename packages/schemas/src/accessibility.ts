import * as z from "zod/mini";

// "unknown" is a real answer: most offices have never been asked, and false would be a claim.
const FeatureSchema = z._default(
  z.union([z.boolean(), z.literal("unknown")], { error: 'expected true, false or "unknown"' }),
  "unknown",
);

export const AccessibilitySchema = z.object({
  stepFree: FeatureSchema,
  accessibleToilet: FeatureSchema,
  hearingLoop: FeatureSchema,
  note: z.optional(z.string()),
});
export type Accessibility = z.output<typeof AccessibilitySchema>;
export type AccessibilityInput = z.input<typeof AccessibilitySchema>;
