import * as z from "zod/mini";

// Only http and https: a `javascript:` or `data:` link rendered as a button would run in the host page.
// The host needs a dot and excludes user info ("https://bank@evil.example"), so the pattern is also
// the whole rule in the JSON Schema.
const HTTP_URL = /^https?:\/\/[^\s/?#:@.]+(?:\.[^\s/?#:@.]+)+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** An absolute `http:` or `https:` URL. */
export const HttpUrlSchema = z
  .string()
  .check(
    z.regex(HTTP_URL, { error: 'expected an http or https URL such as "https://example.org/beratung"' }),
  );

// Local part and domain as in Zod's own e-mail pattern, kept here so the message can be specific.
export const EmailSchema = z.email({ error: 'expected an e-mail address such as "beratung@example.org"' });
