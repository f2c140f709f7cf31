import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { HttpUrlSchema } from "./web-address.js";

describe("HttpUrlSchema", () => {
  it.each([
    "https://example.org",
    "http://example.org/",
    "https://www.beispiel-verband.de/beratung?ort=köln#termine",
    "https://termine.example.org:8443/book",
    "https://example.org:65535",
    "http://example.org:1/",
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
    "https://example.org:99999",
    "https://example.org:65536/",
    "https://example.org:0",
    "https://example.org:/",
  ])("refuses %s", (url) => {
    expect(z.safeParse(HttpUrlSchema, url).success).toBe(false);
  });

  it("says which port is wrong", () => {
    const result = z.safeParse(HttpUrlSchema, "https://beratung.example.org:99999/termine");
    expect(result.error?.issues[0]?.message).toBe(
      'expected a port from 1 to 65535 after the host, received ":99999"',
    );
  });
});
