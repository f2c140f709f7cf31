import { elementUpdated, expect, oneEvent, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import {
  $,
  $$,
  announced,
  choose,
  input,
  mount,
  resultNames,
  root,
  searchFor,
  settle,
} from "../test/widget-harness.js";

describe("<beratungs-finder>", () => {
  it("is accessible at the start", async () => {
    const el = await mount();
    expect($(el, "h2")?.textContent).to.equal("Find migration counselling");
    expect($(el, ".start")?.textContent).to.contain("Enter a postcode or place");
    await expect(el).to.be.accessible();
  });

  it("offers suggestions in an ARIA combobox operated by keyboard", async () => {
    const el = await mount();
    const field = input(el);
    expect(field.getAttribute("role")).to.equal("combobox");
    expect(field.getAttribute("aria-controls")).to.equal("bf-listbox");
    expect(field.getAttribute("aria-expanded")).to.equal("false");

    field.focus();
    await sendKeys({ type: "101" });
    await elementUpdated(el);
    const options = () => $$(el, "#bf-listbox [role=option]");
    expect(field.getAttribute("aria-expanded")).to.equal("true");
    expect(options().map((o) => o.textContent?.trim())).to.deep.equal([
      "10115 Berlin",
      "10117 Berlin",
      "10119 Berlin",
    ]);
    expect(field.hasAttribute("aria-activedescendant")).to.equal(false);

    await sendKeys({ press: "ArrowDown" });
    await elementUpdated(el);
    expect(field.getAttribute("aria-activedescendant")).to.equal("bf-option-0");
    expect(options()[0]?.getAttribute("aria-selected")).to.equal("true");

    await sendKeys({ press: "End" });
    await elementUpdated(el);
    expect(field.getAttribute("aria-activedescendant")).to.equal("bf-option-2");
    await sendKeys({ press: "ArrowDown" });
    await elementUpdated(el);
    expect(field.getAttribute("aria-activedescendant"), "wraps around").to.equal("bf-option-0");
    await sendKeys({ press: "ArrowUp" });
    await elementUpdated(el);
    expect(field.getAttribute("aria-activedescendant")).to.equal("bf-option-2");
    await sendKeys({ press: "Home" });
    await elementUpdated(el);
    expect(field.getAttribute("aria-activedescendant")).to.equal("bf-option-0");

    await sendKeys({ press: "Escape" });
    await elementUpdated(el);
    expect(field.getAttribute("aria-expanded")).to.equal("false");
    expect(field.value, "Escape first closes the list only").to.equal("101");

    await sendKeys({ press: "ArrowDown" });
    await sendKeys({ press: "ArrowDown" });
    await elementUpdated(el);
    const searched = oneEvent(el, "bf-search");
    await sendKeys({ press: "Enter" });
    const event = await searched;
    expect(event.detail.place.label).to.equal("10117 Berlin");
    await settle(el);
    expect(field.value).to.equal("10117 Berlin");
    expect(field.getAttribute("aria-expanded")).to.equal("false");
    // A chosen suggestion is a search: focus goes to what it found, and the on-screen keyboard closes.
    expect(document.activeElement === el, "focus stays in the widget").to.equal(true);
    expect(root(el).activeElement?.id).to.equal("bf-results-heading");
  });

  it("keeps the suggestions closed after Enter when the place data for them arrives late", async () => {
    const el = await mount();
    const geocoder = el.geocoder as NonNullable<typeof el.geocoder>;
    const late: (() => void)[] = [];
    const lookup = geocoder.lookupSuggestions.bind(geocoder);
    geocoder.lookupSuggestions = (prefix, limit) =>
      new Promise((resolve) => late.push(() => resolve(lookup(prefix, limit))));
    const field = input(el);
    field.focus();
    await sendKeys({ type: "Potsdam" });
    await elementUpdated(el);
    expect(field.getAttribute("aria-expanded"), "the suggestions of the data at hand").to.equal("true");
    await sendKeys({ press: "Enter" });
    await settle(el);
    expect(field.getAttribute("aria-expanded")).to.equal("false");
    for (const arrive of late) arrive();
    await new Promise((resolve) => setTimeout(resolve)); // the lookups' promise chains settle
    await elementUpdated(el);
    expect(field.getAttribute("aria-expanded"), "late suggestions do not cover the answer").to.equal("false");
    expect(($(el, "#bf-listbox") as HTMLElement).hidden).to.equal(true);
  });

  it("lists the offices within the radius, nearest first, and announces the count", async () => {
    const el = await mount();
    const results = oneEvent(el, "bf-results");
    await searchFor(el, "10115");
    const { detail } = await results;
    expect(detail.total).to.equal(2);
    expect(resultNames(el)).to.deep.equal([
      "Migrationsberatung Mitte",
      "Jugendmigrationsdienst Kreuzberg <b>bold</b>",
    ]);
    const distances = detail.results.map((r: { distanceKm?: number }) => r.distanceKm ?? 0);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    expect(announced(el)).to.equal("2 offices found");
    expect($(el, "#bf-results-heading")?.textContent).to.equal("Counselling near 10115 Berlin");
    // The online service is listed apart from the offices.
    expect($(el, ".online h4")?.textContent?.trim()).to.equal("mbeon Online-Beratung");
    await expect(el).to.be.accessible();
  });

  it("renders data as text, and only safe links", async () => {
    const el = await mount();
    await searchFor(el, "10115");
    const cards = $$(el, ".result");
    expect(cards[1]?.querySelector("b"), "markup in a name stays text").to.equal(null);
    const first = cards[0] as HTMLElement;
    const hrefs = [...first.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).to.deep.equal([
      "tel:03023125101",
      "mailto:mbe-mitte@example.org",
      "https://example.org/mbe-mitte",
      "https://example.org/mbe-mitte/termin",
      "https://www.openstreetmap.org/directions?to=52.53100,13.38600",
    ]);
    expect(first.textContent).to.contain("Open now, until");
    expect(first.textContent).to.contain("Arabic");
    for (const link of $$(el, "a[href]")) {
      expect(link.getAttribute("href")).to.match(/^(https?:|tel:|mailto:)/);
    }
  });

  it("shows opening status in Berlin time in the widget locale", async () => {
    const el = await mount();
    await searchFor(el, "10115");
    const [mitte, kreuzberg] = $$(el, ".results > .result-list .status");
    expect(mitte?.textContent).to.match(/Open now, until 12:00/);
    expect(kreuzberg?.textContent).to.match(/Opens Thursday 10:00/);
    expect(kreuzberg?.textContent).to.contain("By appointment only");
  });

  it("filters by language and step-free access and fires bf-filter-change", async () => {
    const el = await mount();
    await searchFor(el, "10115");
    const changed = oneEvent(el, "bf-filter-change");
    await choose(el, "#bf-language", "ru");
    expect((await changed).detail.filters.languages).to.deep.equal(["ru"]);
    expect(resultNames(el)).to.deep.equal(["Jugendmigrationsdienst Kreuzberg <b>bold</b>"]);
    const languageOptions = $$(el, "#bf-language option").map((o) => o.textContent?.trim());
    expect(languageOptions).to.include("Russian");

    await choose(el, "#bf-language", "");
    const stepFree = $(el, "#bf-step-free") as HTMLInputElement;
    stepFree.click();
    await elementUpdated(el);
    expect(resultNames(el)).to.deep.equal(["Migrationsberatung Mitte"]);
    expect(announced(el)).to.equal("1 office found");
  });

  it("filters by opening time in Berlin and by the programmes attribute", async () => {
    const el = await mount({ attrs: { programmes: "MBE JMD" } });
    await searchFor(el, "10115");
    ($(el, "#bf-open-now") as HTMLInputElement).click();
    await elementUpdated(el);
    expect(resultNames(el)).to.deep.equal(["Migrationsberatung Mitte"]);

    const onlyJmd = await mount({ attrs: { programmes: "JMD" } });
    await searchFor(onlyJmd, "10115");
    expect(resultNames(onlyJmd)).to.deep.equal(["Jugendmigrationsdienst Kreuzberg <b>bold</b>"]);
  });

  it("widens the radius from the empty state and links the official finders", async () => {
    const el = await mount({ attrs: { radius: "5" } });
    await searchFor(el, "Potsdam");
    expect(resultNames(el)).to.deep.equal(["Migrationsberatung Potsdam"]);
    await searchFor(el, "Garmisch");
    expect($(el, "#bf-empty-heading")?.textContent).to.equal("No office found nearby");
    const links = $$(el, ".empty a").map((a) => a.getAttribute("href"));
    expect(links).to.include("https://bamf-navi.bamf.de/");
    expect(links).to.include("https://www.jugendmigrationsdienste.de/");
    expect(links).to.include("https://www.mbeon.de/");
    await expect(el).to.be.accessible();

    const widen = $(el, ".empty button") as HTMLButtonElement;
    expect(widen.textContent?.trim()).to.equal("Search within 10 km");
    widen.click();
    await elementUpdated(el);
    expect(($(el, "#bf-radius") as HTMLSelectElement).value).to.equal("10");
  });

  it("pages with show more and moves focus to the first new result", async () => {
    const el = await mount({ attrs: { limit: "1" } });
    await searchFor(el, "10115");
    expect(resultNames(el)).to.have.length(1);
    ($(el, ".more") as HTMLButtonElement).click();
    await elementUpdated(el);
    await elementUpdated(el);
    expect(resultNames(el)).to.have.length(2);
    expect($(el, ".more")).to.equal(null);
    expect(root(el).activeElement?.id).to.equal("bf-result-1");
  });

  it("opens the details with the whole week, and returns focus to the list", async () => {
    const el = await mount();
    await searchFor(el, "10115");
    const selected = oneEvent(el, "bf-select");
    ($(el, "#bf-details-0") as HTMLButtonElement).click();
    expect((await selected).detail.result.office.id).to.equal("mbe-mitte");
    // The details' code may still be on its way: focus moves to the heading once it is shown.
    await waitUntil(() => $(el, "#bf-details-heading"), "the details", { timeout: 5000 });
    expect(root(el).activeElement?.id).to.equal("bf-details-heading");
    const rows = $$(el, ".details > .week tr");
    expect(rows).to.have.length(7);
    expect(rows[0]?.textContent).to.contain("Monday");
    expect(rows[2]?.textContent).to.contain("Today");
    expect(rows[3]?.textContent).to.contain("Tomorrow");
    expect(rows[3]?.textContent).to.contain("open consultation");
    expect(rows[6]?.textContent).to.contain("Closed");
    expect($(el, ".description")?.getAttribute("lang")).to.equal("en");
    await expect(el).to.be.accessible();

    ($(el, ".back") as HTMLButtonElement).click();
    await elementUpdated(el);
    await elementUpdated(el);
    expect(root(el).activeElement?.id).to.equal("bf-details-0");
  });

  it("says which programme fits the age, and still offers the others", async () => {
    const el = await mount();
    await searchFor(el, "10115");
    ($(el, "#bf-age") as HTMLInputElement).focus();
    await sendKeys({ type: "19" });
    await elementUpdated(el);
    const note = $(el, ".eligibility")?.textContent ?? "";
    expect(note).to.contain("Best fit for you: Youth Migration Service (JMD)");
    expect(note).to.contain("You are 19.");
    expect(note).to.contain("Migration counselling for adults (MBE)");
    expect(note).to.contain("mbeon");
    expect(resultNames(el), "no office is hidden by the age").to.have.length(2);
  });

  it("reads an age typed with Persian digits", async () => {
    // Postcodes in other digits are core's geocoder's job (tested there); this stand-in does not fold.
    const el = await mount();
    await searchFor(el, "10115");
    ($(el, "#bf-age") as HTMLInputElement).focus();
    await sendKeys({ type: "۱۹" });
    await elementUpdated(el);
    expect($(el, ".eligibility")?.textContent ?? "").to.contain("You are 19.");
  });
});
