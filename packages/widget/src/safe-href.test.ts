import { expect } from "@open-wc/testing";
import { mailtoHref, safeHref, telHref } from "./safe-href.js";

describe("safeHref", () => {
  it("keeps https, http, tel and mailto links", () => {
    expect(safeHref("https://example.org/a b")).to.equal("https://example.org/a%20b");
    expect(safeHref("http://example.org/")).to.equal("http://example.org/");
    expect(safeHref("tel:+493023125101")).to.equal("tel:+493023125101");
    expect(safeHref("mailto:info@example.org")).to.equal("mailto:info@example.org");
  });

  it("drops every other scheme, however it is spelled", () => {
    for (const value of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "blob:https://example.org/1",
      "//example.org/relative",
      "/relative/path",
      "https://",
      "",
      undefined,
      null,
    ]) {
      expect(safeHref(value as string), String(value)).to.equal(undefined);
    }
  });
});

describe("telHref", () => {
  it("makes a tel: link from a number as people write it", () => {
    expect(telHref("030 23125-101")).to.equal("tel:03023125101");
    expect(telHref("+49 (0)30 1234-567")).to.equal("tel:+49301234567");
    expect(telHref("+49 030 1234-567")).to.equal("tel:+49301234567");
    expect(telHref("+43 (0) 1 234567")).to.equal("tel:+431234567");
    expect(telHref("(030) 1234-567")).to.equal("tel:0301234567");
    expect(telHref("call us")).to.equal(undefined);
  });
});

describe("mailtoHref", () => {
  it("accepts addresses and refuses anything that could add headers", () => {
    expect(mailtoHref("info@example.org")).to.equal("mailto:info@example.org");
    expect(mailtoHref("info@example.org?bcc=x@evil.example")).to.equal(undefined);
    expect(mailtoHref("not an address")).to.equal(undefined);
  });
});
