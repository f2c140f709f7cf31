// The English texts out of the CDN build's code: the transform on its own, and the built files
// (dist/cdn/, from `pnpm build`): what a German page downloads before its first result holds none of
// the English sentences, and a German and an English page each show their own texts in Chromium.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import chromiumLaunch from "../../../chromium.json" with { type: "json" };
import {
  checkComplete,
  englishLocaleModule,
  KEPT_IN_CODE,
  readMessageTables,
  sourceMessages,
  stripSourceTexts,
} from "./strip-source-texts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TABLE = "/w/src/localization/test-messages.ts";
const table = `import { msg, str } from "./msg.js";
export const TEST_MESSAGES = {
  "a.plain": () => msg("Find counselling", { id: "a.plain", desc: "A heading." }),
  "a.params": (p: { count: string; place: string }) =>
    msg(str\`\${p.count} offices near \${p.place}, \\\`quoted\\\`\`, { id: "a.params", desc: "Two values." }),
  "error.retry": () => msg("Try again", { id: "error.retry" }),
};
`;

describe("stripSourceTexts", () => {
  it("leaves each message its id and expressions, in order, and the kept ids their text", () => {
    const stripped = stripSourceTexts(table, TABLE);
    expect(stripped).toContain('msg("", { id: "a.plain", desc: "A heading." })');
    expect(stripped).toContain('msg(str`${p.count}${p.place}`, { id: "a.params", desc: "Two values." })');
    expect(stripped).toContain('msg("Try again", { id: "error.retry" })');
    expect(stripped).not.toMatch(/Find counselling|offices near/);
  });

  it("touches only the message tables", () => {
    expect(stripSourceTexts(table, "/w/src/parts/frame.ts")).toBe(table);
  });

  it("says where a message's text is not a literal", () => {
    const bad = 'const TEXT = "x";\nexport const M = { "b": () => msg(TEXT, { id: "b" }) };\n';
    expect(() => stripSourceTexts(bad, TABLE)).toThrow(/test-messages\.ts:2: the text of msg\(\) "b"/);
  });
});

describe("englishLocaleModule", () => {
  it("writes the texts as lit-localize writes a locale module, expressions numbered", async () => {
    const text = englishLocaleModule([{ source: table, fileName: TABLE }]);
    expect(text).toContain(`'a.plain': "Find counselling",`);
    expect(text).toContain("'a.params': str`${0} offices near ${1}, \\`quoted\\``,");
    // The module runs: evaluate it without its types.
    const js = text.replace(
      /\(strings: TemplateStringsArray, \.\.\.values: unknown\[\]\)/,
      "(strings, ...values)",
    );
    const { templates } = await import(
      `data:text/javascript,${encodeURIComponent(js.replace(/ as const/, ""))}`
    );
    expect(templates["a.params"].strings).toEqual(["", " offices near ", ", `quoted`"]);
    expect(templates["a.params"].values).toEqual([0, 1]);
  });

  it("refuses an id used twice", () => {
    expect(() =>
      englishLocaleModule([
        { source: table, fileName: TABLE },
        { source: table, fileName: "/w/src/localization/other-messages.ts" },
      ]),
    ).toThrow(/"a.plain" is used twice/);
  });
});

describe("checkComplete", () => {
  it("names a locale file that lacks a message", () => {
    const dir = mkdtempSync(join(tmpdir(), "bf-strip-"));
    try {
      mkdirSync(join(dir, "src/localization"), { recursive: true });
      mkdirSync(join(dir, "src/generated/locales"), { recursive: true });
      writeFileSync(join(dir, "src/localization/test-messages.ts"), table);
      writeFileSync(
        join(dir, "src/generated/locales/de.ts"),
        "export const templates = {\n  'a.plain': `Beratung finden`,\n'error.retry': `Nochmal`,\n};\n",
      );
      expect(checkComplete(dir)).toEqual(["de: a.params"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds every message in every generated locale file of the widget", () => {
    expect(checkComplete(root)).toEqual([]);
  });
});

// The built CDN folder, as a page loads it.
const cdn = join(root, "dist/cdn");
const read = (path) => {
  try {
    return readFileSync(join(root, path), "utf8");
  } catch (error) {
    throw new Error(`${path} is missing: run "pnpm build" in packages/widget first (${error.message}).`);
  }
};

/** The English texts of the message tables (en.ts's source), as plain strings. */
const englishTexts = readMessageTables(root).flatMap(({ source, fileName }) =>
  sourceMessages(source, fileName).map((message) => ({
    id: message.id,
    // A str`` template's longest piece between its expressions.
    text: message.english.startsWith("str`")
      ? message.english
          .slice(4, -1)
          .split(/\$\{\d+\}/)
          .sort((a, b) => b.length - a.length)[0]
      : JSON.parse(message.english),
  })),
);
const longSentences = englishTexts.filter(({ id, text }) => text.length >= 40 && !KEPT_IN_CODE.has(id));

describe("the CDN build", () => {
  const metafile = JSON.parse(read("reports/bundle/cdn-metafile.json"));
  const { outputs } = metafile;
  const closure = (...files) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      if (!outputs[file]) throw new Error(`${file} is not an output of the CDN build.`);
      seen.add(file);
      for (const entry of outputs[file].imports) if (entry.kind === "import-statement") visit(entry.path);
    };
    for (const file of files) visit(file);
    return [...seen];
  };
  // A German page to its first result: the first file, the element's file, the first search and the
  // German texts, with every chunk they import.
  const germanPath = closure(
    "dist/cdn/beratungs-finder.js",
    "dist/cdn/beratungs-finder-code.js",
    "dist/cdn/chunks/first-search.js",
    "dist/cdn/chunks/de.js",
  );

  it("has many long English sentences to look for", () => {
    expect(longSentences.length).toBeGreaterThan(30);
  });

  it("sends a German page none of the English sentences before its first result", () => {
    expect(germanPath).not.toContain("dist/cdn/chunks/en.js");
    const found = germanPath.flatMap((file) => {
      const text = read(file);
      return longSentences
        .filter(({ text: sentence }) => text.includes(sentence))
        .map(({ id }) => `${file}: ${id}`);
    });
    expect(found).toEqual([]);
  });

  it("has every English sentence in the English texts' file", () => {
    const english = read("dist/cdn/chunks/en.js");
    expect(englishTexts.filter(({ text }) => !english.includes(text)).map(({ id }) => id)).toEqual([]);
  });

  describe("in Chromium", () => {
    let server;
    let browser;
    let origin;
    beforeAll(async () => {
      const TYPES = { ".js": "text/javascript", ".json": "application/json", ".html": "text/html" };
      server = createServer((request, response) => {
        const url = new URL(request.url, "http://localhost");
        if (url.pathname.startsWith("/page/")) {
          const lang = url.pathname.slice("/page/".length);
          response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          response.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<script type="module" src="/cdn/beratungs-finder.js"></script></head>
<body><beratungs-finder lang="${lang}"></beratungs-finder></body></html>`);
          return;
        }
        const path = normalize(url.pathname.replace(/^\/cdn\//, "/"));
        try {
          const body = readFileSync(join(cdn, path));
          response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
          response.end(body);
        } catch {
          response.writeHead(404);
          response.end();
        }
      });
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
      browser = await chromium.launch({
        executablePath: process.env.CHROME_PATH ?? chromiumLaunch.executablePath,
        args: chromiumLaunch.args,
      });
    }, 30_000);
    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
    });

    /** The widget's text once it shows `lang`, and the locale files the page asked for. */
    async function visit(lang) {
      const page = await browser.newPage();
      const locales = [];
      page.on("request", (request) => {
        const match = /\/chunks\/([a-z-]+)\.js/.exec(request.url());
        if (match && !match[1].startsWith("shared") && match[1].length <= 7) locales.push(match[1]);
      });
      try {
        await page.goto(`${origin}/page/${lang}`);
        const handle = await page.waitForFunction(
          (wanted) => {
            const base = document
              .querySelector("beratungs-finder")
              ?.shadowRoot?.querySelector('[part="base"]');
            return base?.getAttribute("lang") === wanted && base.querySelector("h2, h1")
              ? base.textContent
              : false;
          },
          lang,
          { timeout: 20_000 },
        );
        return { text: (await handle.jsonValue()).replace(/\s+/g, " "), locales };
      } finally {
        await page.close();
      }
    }

    const german = JSON.parse(
      `"${/'app\.intro': `([^`]*)`/.exec(read("src/generated/locales/de.ts"))?.[1] ?? "no German intro"}"`,
    );
    const englishIntro = englishTexts.find(({ id }) => id === "app.intro").text;

    it("shows a German page German texts, without loading the English ones", async () => {
      const { text, locales } = await visit("de");
      expect(text).toContain(german);
      expect(text).not.toContain(englishIntro);
      expect(locales).toContain("de");
      expect(locales).not.toContain("en");
    }, 40_000);

    it("shows an English page English texts, from the English texts' file", async () => {
      const { text, locales } = await visit("en");
      expect(text).toContain(englishIntro);
      expect(text).not.toContain(german);
      expect(locales).toContain("en");
    }, 40_000);
  });
});
