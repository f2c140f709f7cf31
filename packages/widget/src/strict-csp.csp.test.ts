import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { fixtureGeocoder } from "../test/fixtures/geocoder.js";
import { officesFixture } from "../test/fixtures/offices.js";

// This file runs in a page with `Content-Security-Policy: default-src 'self'` (web-test-runner.config.mjs).
const violations: SecurityPolicyViolationEvent[] = [];
document.addEventListener("securitypolicyviolation", (event) => violations.push(event));

describe("<beratungs-finder> under a strict CSP", () => {
  it("loads, validates a dataset, searches and renders with no policy violation", async () => {
    await import("./index.js");
    const el = await fixture<HTMLElement & { data: unknown; geocoder: unknown }>(
      html`<beratungs-finder lang="en" near="10115" .geocoder=${fixtureGeocoder()} .data=${officesFixture()}></beratungs-finder>`,
    );
    await waitUntil(() => (el.shadowRoot?.querySelectorAll(".result").length ?? 0) > 0, "results", {
      timeout: 5000,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(
      violations.map((v) => `${v.violatedDirective} ${v.blockedURI} ${v.sourceFile}:${v.lineNumber}`),
    ).to.deep.equal([]);
  });
});
