import { expect, waitUntil } from "@open-wc/testing";
import { collectBfErrors, fault, mapToOwnUrl } from "../test/fault-harness.js";
import { $, mount, searchFor } from "../test/widget-harness.js";

// The fault server is shared by the test files that run at once, and they all load the details code.
// This page maps the details code to a URL of its own (an import map), and only that URL is faulted.
const MARK = "details-fault-test";

describe("<beratungs-finder> when the code for an office's details fails", () => {
  const errors = collectBfErrors();

  it("shows the error state with retry instead of the details, and the details after the retry", async () => {
    mapToOwnUrl(new URL("./details-code.ts", import.meta.url).href, MARK);
    // Every request for it fails (fetched ahead, then again when the office is opened) until released.
    await fault(`arm?path=${MARK}&mode=fail&times=50`);
    const el = await mount();
    await searchFor(el, "10115");
    ($(el, "#bf-details-0") as HTMLButtonElement).click();
    await waitUntil(() => $(el, ".error"), "the error state", { timeout: 5000 });
    const alert = $(el, "[role=alert]")?.textContent?.replace(/\s+/g, " ") ?? "";
    expect(alert).to.contain("Something went wrong");
    expect($(el, ".error a"), "the official finders").to.exist;
    expect(errors.map(({ kind, code }) => `${kind} ${code}`)).to.deep.equal(["render CHUNK_UNAVAILABLE"]);

    await fault("release");
    ($(el, ".error button") as HTMLButtonElement).click();
    await waitUntil(() => $(el, "#bf-details-heading"), "the details after the retry", { timeout: 5000 });
    expect($(el, ".details h3")?.textContent).to.contain("Mitte");
    expect($(el, ".error")).to.equal(null);
    expect(errors).to.have.length(1);
  });
});
