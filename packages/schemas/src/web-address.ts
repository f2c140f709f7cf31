import * as z from "zod/mini";

// Only http and https: a `javascript:` or `data:` link rendered as a button would run in the host page.
// The host needs a dot and excludes user info ("https://bank@evil.example"), so the pattern is also
// the whole rule in the JSON Schema. A port is 1 to 65535 without leading zeros (browsers refuse
// ":99999", and the link would be dropped without a word).
const PORT = "(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3})";
const HTTP_URL = new RegExp(
  `^https?:\\/\\/[^\\s/?#:@.]+(?:\\.[^\\s/?#:@.]+)+(?::${PORT})?(?:[/?#]\\S*)?$`,
  "i",
);
const PORT_TEXT = /^https?:\/\/[^\s/?#@]+:(\d*)/i;

/** An absolute `http:` or `https:` URL. */
export const HttpUrlSchema = z.string().check(
  z.regex(HTTP_URL, {
    error: (issue) => {
      const port = PORT_TEXT.exec(String(issue.input))?.[1];
      if (port !== undefined && !(Number(port) >= 1 && Number(port) <= 65535 && port[0] !== "0")) {
        return `expected a port from 1 to 65535 after the host, received ":${port}"`;
      }
      return 'expected an http or https URL such as "https://example.org/beratung"';
    },
  }),
);

// Local part and domain as in Zod's own e-mail pattern, kept here so the message can be specific.
export const EmailSchema = z.email({ error: 'expected an e-mail address such as "beratung@example.org"' });
