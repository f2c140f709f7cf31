import { FRAME_MESSAGES } from "./frame-messages.js";
import { RESULT_MESSAGES } from "./result-messages.js";
import { TAKE_AWAY_MESSAGES } from "./take-away-messages.js";
import { VOCABULARY_MESSAGES } from "./vocabulary-messages.js";

/**
 * Every UI text of the widget by a stable message id. Ids are part of the public API: hosts override
 * texts per instance through the `strings` property, and translators work on them in `xliff/`.
 * Parameters are named; overrides use them as `{name}` placeholders.
 */
export const MESSAGES = {
  ...FRAME_MESSAGES,
  ...VOCABULARY_MESSAGES,
  ...RESULT_MESSAGES,
  ...TAKE_AWAY_MESSAGES,
} as const;

export type MessageId = keyof typeof MESSAGES;

/** Per-instance text overrides by message id; parameters as `{name}` placeholders. */
export type StringOverrides = Partial<Record<MessageId, string>>;
