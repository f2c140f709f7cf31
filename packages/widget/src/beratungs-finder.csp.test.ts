import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { fixtureGeocoder } from "../test/fixtures/geocoder.js";
import { officesFixture } from "../test/fixtures/offices.js";

// This file runs in a page with `Content-Security-Policy: default-src 'self'` (web-test-runner.config.mjs):
// zod/mini validates without compiling code, so the widget needs no Zod setting to stay within it.
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

  it("leaves the host page's Zod settings alone", async () => {
    await import("./index.js");
    // z.config() writes to this object on globalThis, which the host page's own Zod shares; zod/mini
    // needs no setting to stay within the policy, so the widget never calls it.
    const shared = (globalThis as { __zod_globalConfig?: object }).__zod_globalConfig;
    expect(shared ?? {}).to.deep.equal({});
  });
});
