import { describe, expect, it } from "vitest";
import { fromHsds, fromHsdsTables } from "./from-hsds.js";

// Issue 15: "no organization given" did not say which service lacked one, nor whether its
// organization_id pointed at nothing; and only the first such service was reported.
describe("HSDS import of a service without its organization", () => {
  it("names the service, its table line and the organization_id that matches nothing (CSV)", () => {
    const { dataset, warnings } = fromHsdsTables({
      "organizations.csv": "id,name\no1,AWO Bonn\n",
      "services.csv": "id,organization_id,name\ns1,o1,MBE Bonn\ns2,o9,MBE Köln\ns3,,JMD Köln\n",
    });
    expect(dataset.offices).toHaveLength(3);
    expect(warnings).toContain(
      'services.csv line 3: service "s2" names organization_id "o9", which matches no organization in the input; its offices are assigned to the provider "hsds-unknown-provider"',
    );
    expect(warnings).toContain(
      'services.csv line 4: service "s3" has no organization (neither an embedded "organization" nor an "organization_id"); its offices are assigned to the provider "hsds-unknown-provider"',
    );
    expect(warnings.join("\n")).not.toContain("no organization given");
  });

  it("names the service and its JSON path (JSON)", () => {
    const { warnings } = fromHsds([
      { id: "s1", name: "MBE Köln", status: "active", organization_id: "gone" },
      { id: "s2", name: "JMD Köln", status: "active" },
    ]);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^\$?\[0\]: service "s1" names organization_id "gone", which matches no organization/,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^\$?\[1\]: service "s2" has no organization \(neither/),
    );
  });
});
