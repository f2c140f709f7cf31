import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { HttpUrlSchema } from "./web-address.js";

describe("HttpUrlSchema", () => {
  it.each([
    "https://example.org",
    "http://example.org/",
    "https://www.beispiel-verband.de/beratung?ort=köln#termine",
    "https://termine.example.org:8443/book",
    "HTTPS://EXAMPLE.ORG",
    "https://caritas-münchen.de",
  ])("accepts %s", (url) => {
    expect(z.safeParse(HttpUrlSchema, url).success).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript://example.org/%0Aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org",
    "//example.org",
    "www.example.org",
    "https://localhost",
    "https://bank.example@evil.example",
    "https://exa mple.org",
    " https://example.org",
  ])("refuses %s", (url) => {
    expect(z.safeParse(HttpUrlSchema, url).success).toBe(false);
  });
});
