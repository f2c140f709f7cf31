import { aTimeout, elementUpdated, expect, fixture, html, waitUntil } from "@open-wc/testing";
import { emulateMedia, sendKeys, setViewport } from "@web/test-runner-commands";
import { fixtureGeocoder } from "../test/fixtures/geocoder.js";
import { officesFixture } from "../test/fixtures/offices.js";
import { $, $$, onEachScreen } from "../test/widget-harness.js";
import type { BeratungsFinder } from "./beratungs-finder.js";
import "./index.js";

// A Wednesday, 10:30 in Berlin.
const WEDNESDAY = new Date("2026-11-25T09:30:00Z");
const SATURDAY = new Date("2026-11-28T09:30:00Z");

async function openOffice(lang: string, now = WEDNESDAY): Promise<BeratungsFinder> {
  const el = document.createElement("beratungs-finder");
  el.setAttribute("lang", lang);
  el.geocoder = fixtureGeocoder();
  el.clock = () => now;
  el.data = officesFixture();
  await fixture(html`${el}`);
  await waitUntil(() => !$(el, ".skeleton"), "the widget did not load", { timeout: 5000 });
  ($(el, "#bf-query") as HTMLInputElement).focus();
  await sendKeys({ type: "10115" });
  await sendKeys({ press: "Enter" });
  await waitUntil(() => $(el, "#bf-details-0"), "no results", { timeout: 5000 });
  ($(el, "#bf-details-0") as HTMLButtonElement).click();
  await waitUntil(() => $(el, ".details"), "no details", { timeout: 5000 });
  await elementUpdated(el);
  return el;
}

/** A range over each word of `element`'s text. */
function wordRanges(element: Element): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? "").matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
    }
  }
  return ranges;
}

/** Replaces the clipboard with a recorder, for one test. */
function recordClipboard(): { texts: string[]; restore(): void } {
  const texts: string[] = [];
  const own = Object.getOwnPropertyDescriptor(navigator, "clipboard");
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: { writeText: async (text: string) => void texts.push(text) },
  });
  return {
    texts,
    restore: () => {
      if (own) Object.defineProperty(navigator, "clipboard", own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    },
  };
}

/** Catches the Blob of the next download instead of saving it. */
function recordDownloads(): { blobs: Blob[]; restore(): void } {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return original.call(URL, new Blob([""]));
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) click.call(this);
  };
  return {
    blobs,
    restore: () => {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

describe("<beratungs-finder> what a person takes away", () => {
  afterEach(async () => {
    await emulateMedia({ media: "screen" });
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ["en", "ar"]) {
    for (const width of [375, 1280]) {
      it(`shows phone, e-mail and website as copyable text and stays accessible (${lang}, ${width} px)`, async () => {
        await setViewport({ width, height: 800 });
        const el = await openOffice(lang);
        const values = $$(el, ".details .contact-list .value").map((value) => value.textContent?.trim());
        expect(values).to.deep.equal([
          "030 23125 101",
          "030 23125 199",
          "mbe-mitte@example.org",
          "https://example.org/mbe-mitte",
        ]);
        expect($$(el, ".details button.copy")).to.have.length(5);
        await expect(el).to.be.accessible();
      });
    }
  }

  it("shows the contact as copyable text on the result cards too", async () => {
    const el = await openOffice("en");
    ($(el, ".back") as HTMLButtonElement).click();
    await elementUpdated(el);
    expect(
      $$(el, "#bf-result-0 ~ .contact-list .value, .result .contact-list .value").length,
    ).to.be.greaterThan(0);
  });

  it("copies a phone number and the address, and says so in the live region", async () => {
    const clipboard = recordClipboard();
    try {
      const el = await openOffice("en");
      const [addressButton, phoneButton] = $$(el, ".details button.copy") as HTMLButtonElement[];
      addressButton!.click();
      phoneButton!.click();
      await waitUntil(() => clipboard.texts.length === 2, "nothing was copied");
      expect(clipboard.texts).to.deep.equal(["Teststraße 1, 10115 Berlin", "030 23125 101"]);
      await elementUpdated(el);
      expect($(el, "[role=status]")?.textContent).to.contain("Copied: 030 23125 101");
    } finally {
      clipboard.restore();
    }
  });

  it("selects the text and says how to copy it when the browser refuses", async () => {
    const own = Object.getOwnPropertyDescriptor(navigator, "clipboard");
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
    try {
      const el = await openOffice("en");
      ($$(el, ".details button.copy")[1] as HTMLButtonElement).click();
      await waitUntil(() => $(el, "[role=status]")?.textContent?.includes("Could not copy"), "no message");
      expect(getSelection()?.toString()).to.equal("030 23125 101");
    } finally {
      if (own) Object.defineProperty(navigator, "clipboard", own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  // The week around Wednesday 25 November: Monday and Tuesday by name, then today and tomorrow.
  const WEEK = {
    de: ["Montag", "Dienstag", "Heute", "Morgen", "Freitag", "Samstag", "Sonntag"],
    ar: ["الاثنين", "الثلاثاء", "اليوم", "غدًا", "الجمعة", "السبت", "الأحد"],
  } as const;
  for (const [lang, width] of [
    ["de", 320],
    ["de", 375],
    ["ar", 375],
    ["de", 1280],
    ["ar", 1280],
  ] as const) {
    it(`fits the hours table into ${width} px without breaking a word, with today and tomorrow named (${lang})`, async () => {
      await setViewport({ width, height: 800 });
      const el = await openOffice(lang);
      const table = $(el, ".details > .week")!;
      expect(table.getBoundingClientRect().left).to.be.at.least(0);
      expect(table.getBoundingClientRect().right).to.be.at.most(width);
      expect(getComputedStyle(table).direction).to.equal(lang === "ar" ? "rtl" : "ltr");
      const names = $$(el, ".details > .week .day");
      expect(names.map((name) => name.textContent?.trim())).to.deep.equal(WEEK[lang]);
      for (const name of names) expect(name.getClientRects().length, name.textContent ?? "").to.equal(1);
      for (const slot of $$(el, ".details > .week td .slot")) {
        // A word broken across two lines has boxes one below the other; a word kept whole has its boxes
        // on one line (several where right-to-left and left-to-right text meet: "ص–04:00").
        for (const word of wordRanges(slot)) {
          const boxes = [...word.getClientRects()];
          const oneLine = Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
          expect(oneLine, word.toString()).to.equal(true);
        }
        expect(slot.scrollWidth).to.be.at.most(slot.clientWidth + 1);
      }
    });
  }

  it("shows the coming week on a Saturday, under a heading that says so", async () => {
    const el = await openOffice("en", SATURDAY);
    expect($(el, "#bf-hours-heading")?.textContent).to.equal("Opening hours next week");
    const first = $(el, ".details > .week tr th")!;
    expect(first.textContent).to.contain("Monday");
    expect(first.textContent).to.contain("Nov 30, 2026");
    await aTimeout(0);
  });
});

/** "Link copied" in the visitor's language. */
const LINK_COPIED = { en: "Link copied", ar: "تم نسخ الرابط" } as const;

onEachScreen("<beratungs-finder> what a person takes away", ({ lang, dir, width }) => {
  afterEach(() => emulateMedia({ media: "screen" }));

  it("saves the office as a contact card and its next opening as a calendar entry, made in the browser", async () => {
    const downloads = recordDownloads();
    try {
      const el = await openOffice(lang);
      const buttons = ["contact-button", "calendar-button"].map(
        (part) => $(el, `[part~=${part}]`) as HTMLButtonElement,
      );
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        expect(box.left, `${button.textContent}: on screen`).to.be.at.least(0);
        expect(box.right, `${button.textContent}: on screen`).to.be.at.most(width);
        button.click();
      }
      expect(downloads.blobs).to.have.length(2);
      const unfold = (text: string) => text.replace(/\r\n /g, "");
      const [card, event] = (await Promise.all(downloads.blobs.map((blob) => blob.text()))).map(unfold);
      expect(downloads.blobs[0]!.type).to.equal("text/vcard;charset=utf-8");
      expect(card).to.match(/^BEGIN:VCARD\r\nVERSION:3\.0\r\nFN:Migrationsberatung Mitte\r\n/);
      expect(card).to.contain("TEL;TYPE=WORK,VOICE:030 23125 101");
      expect(card).to.match(/URL:.*bf-office=mbe-mitte/);
      expect(downloads.blobs[1]!.type).to.equal("text/calendar;charset=utf-8");
      expect(event).to.contain("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin");
      // Open now (Wednesday 09:00–12:00): the interval it is open in.
      expect(event).to.contain("DTSTART;TZID=Europe/Berlin:20261125T090000");
    } finally {
      downloads.restore();
    }
  });

  it("copies the link to the office where the browser cannot share, and says so in the visitor's language", async () => {
    const clipboard = recordClipboard();
    const share = Object.getOwnPropertyDescriptor(Navigator.prototype, "share");
    if (share) delete (Navigator.prototype as { share?: unknown }).share;
    try {
      const el = await openOffice(lang);
      const button = $(el, "[part~=share-button]") as HTMLButtonElement;
      expect(button.getBoundingClientRect().right).to.be.at.most(width);
      button.click();
      await waitUntil(() => clipboard.texts.length === 1, "the link was not copied");
      expect(clipboard.texts[0]).to.match(/^http:\/\/[^#]+#.*bf-office=mbe-mitte/);
      const copied = LINK_COPIED[lang as keyof typeof LINK_COPIED];
      await waitUntil(() => $(el, "[role=status]")?.textContent?.includes(copied), "not announced");
    } finally {
      clipboard.restore();
      if (share) Object.defineProperty(Navigator.prototype, "share", share);
    }
  });

  it("shares the office with the Web Share API where the browser can", async () => {
    const shared: ShareData[] = [];
    const own = Object.getOwnPropertyDescriptor(navigator, "share");
    Object.defineProperty(navigator, "share", {
      configurable: true,
      value: async (data: ShareData) => void shared.push(data),
    });
    try {
      const el = await openOffice(lang);
      ($(el, "[part~=share-button]") as HTMLButtonElement).click();
      await waitUntil(() => shared.length === 1, "nothing was shared");
      expect(shared[0]?.url).to.match(/#.*bf-office=mbe-mitte/);
      expect(shared[0]?.title).to.contain("Migrationsberatung Mitte");
    } finally {
      if (own) Object.defineProperty(navigator, "share", own);
      else delete (navigator as { share?: unknown }).share;
    }
  });

  it("prints the office alone with its QR code, German beside the visitor's language, accessible", async () => {
    const el = await openOffice(lang);
    await waitUntil(() => $(el, ".print-sheet svg.qr path"), "the QR code was not drawn", { timeout: 5000 });
    await waitUntil(() => $(el, ".print-sheet .original"), "the German original did not load", {
      timeout: 5000,
    });
    expect(getComputedStyle($(el, ".print-sheet")!).display).to.equal("none");
    await emulateMedia({ media: "print" });
    const sheet = $(el, ".print-sheet")!;
    expect(getComputedStyle(sheet).display).to.equal("grid");
    expect(getComputedStyle(sheet).direction).to.equal(dir);
    expect(getComputedStyle($(el, ".details .back")!).display).to.equal("none");
    expect(getComputedStyle($(el, "form.search")!).display).to.equal("none");
    expect(sheet.querySelector("h4 .original[lang=de]")?.textContent).to.contain("Öffnungszeiten");
    expect(sheet.querySelector(".week .day.original[lang=de]")?.textContent).to.equal("Montag");
    expect(sheet.querySelector(".link")?.textContent).to.contain("bf-office=mbe-mitte");
    const box = sheet.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(width);
    await expect(el).to.be.accessible();
  });
});
