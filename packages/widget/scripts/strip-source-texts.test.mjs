// The English texts out of the built code: the transform on its own, and the built files (dist/cdn/ and
// dist/, from `pnpm build`): what a German page downloads before its first result holds none of the
// English sentences, nor does the npm build's entry, and a German and an English page each show their
// own texts in Chromium.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import chromiumLaunch from "../../../chromium.json" with { type: "json" };
import {
  checkComplete,
  compactMessagesModule,
  englishLocaleModule,
  KEPT_IN_CODE,
  readMessageTables,
  sourceMessages,
  sourceTextsOut,
} from "./strip-source-texts.mjs";
import { createIdMap, shortLocaleIds, templateMinify } from "./template-minify.mjs";

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

describe("compactMessagesModule", () => {
  const idMap = createIdMap(table);

  it("lists every id in the order of its short id with the names of its values, and keeps only the kept texts", () => {
    expect([...idMap]).toEqual([
      ["a.params", "0"],
      ["a.plain", "1"],
      ["error.retry", "2"],
    ]);
    const text = compactMessagesModule([{ source: table, fileName: TABLE }], idMap);
    expect(text).toContain(
      'compactMessages("a.params:count:place|a.plain|error.retry", {"error.retry":"Try again"})',
    );
    expect(text).not.toMatch(/Find counselling|offices near/);
  });

  it("says where a message's text is not a literal", () => {
    const bad = 'const TEXT = "x";\nexport const M = { "b": () => msg(TEXT, { id: "b" }) };\n';
    expect(() => compactMessagesModule([{ source: bad, fileName: TABLE }], new Map([["b", "0"]]))).toThrow(
      /test-messages\.ts:2: the text of msg\(\) "b"/,
    );
  });

  it("refuses a table entry under another name than its id, and values that are not p.<name>", () => {
    const renamed = 'export const M = { "c": () => msg("C", { id: "b" }) };\n';
    expect(() =>
      compactMessagesModule([{ source: renamed, fileName: TABLE }], new Map([["b", "0"]])),
    ).toThrow(/must be the table's entry "b"/);
    const computed = 'export const M = { "b": (p) => msg(str`${p.n + 1} x`, { id: "b" }) };\n';
    expect(() =>
      compactMessagesModule([{ source: computed, fileName: TABLE }], new Map([["b", "0"]])),
    ).toThrow(/must be written p.<name>, not p.n \+ 1/);
  });

  it("refuses short ids that are not the tables' ids", () => {
    expect(() =>
      compactMessagesModule([{ source: table, fileName: TABLE }], new Map([...idMap, ["gone", "3"]])),
    ).toThrow(/do not match/);
  });
});

describe("the CDN build's messages", () => {
  // The translator as the CDN build bundles it, beside the one of the TypeScript sources.
  const bundle = async (plugins) => {
    const result = await build({
      absWorkingDir: root,
      stdin: {
        contents: [
          'export { createTranslator } from "./src/localization/translator.ts";',
          'export { MESSAGES } from "./src/localization/messages.ts";',
          'export { templates as en } from "./src/generated/locales/en.ts";',
          'export { templates as de } from "./src/generated/locales/de.ts";',
        ].join("\n"),
        resolveDir: root,
        loader: "ts",
      },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      conditions: ["source", "browser", "import"],
      logLevel: "silent",
      plugins,
    });
    return import(`data:text/javascript,${encodeURIComponent(result.outputFiles[0].text)}`);
  };
  const idMap = createIdMap(
    readMessageTables(root)
      .map(({ source }) => source)
      .join("\n"),
  );
  // Every value a message reads, as its own name: a value in the wrong place shows.
  const params = new Proxy({}, { get: (_target, name) => `«${String(name)}»` });

  it("says in English and German what the sources say", async () => {
    const sources = await bundle([]);
    const built = await bundle([shortLocaleIds(idMap), sourceTextsOut(root, idMap), templateMinify(idMap)]);
    const ids = Object.keys(sources.MESSAGES);
    expect(Object.keys(built.MESSAGES).sort()).toEqual([...ids].sort());
    const english = built.createTranslator("en", built.en, undefined);
    const german = built.createTranslator("de", built.de, undefined);
    const sourceEnglish = sources.createTranslator("en", undefined, undefined);
    const sourceGerman = sources.createTranslator("de", sources.de, undefined);
    for (const id of ids) {
      expect(english(id, params), id).toBe(sourceEnglish(id, params));
      expect(german(id, params), id).toBe(sourceGerman(id, params));
    }
    expect(english("results.heading", params)).toBe("Counselling near «place»");
    // Without a locale file, only the kept texts (and the values of the others).
    const none = built.createTranslator("en", undefined, undefined);
    const texts = ids.filter((id) => none(id, params).replace(/«\w+»/g, "") !== "");
    expect(texts.sort()).toEqual([...KEPT_IN_CODE].sort());
    expect(none("error.retry")).toBe("Try again");
  }, 60_000);
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
  // A German page to its first result: the first file, the element's file (with the first search) and
  // the German texts, with every chunk they import.
  const germanPath = closure(
    "dist/cdn/beratungs-finder.js",
    "dist/cdn/beratungs-finder-code.js",
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

  it("keeps the English sentences of the npm build in its English file too", () => {
    // dist/index.js and what it imports at once (tsup's chunks name each other by relative path).
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = read(`dist/${file}`);
      for (const [, path] of text.matchAll(/(?:^|[;\s}])(?:import|export)\b[^"'()]*?["']\.\/([^"']+)["']/g))
        visit(path);
    };
    visit("index.js");
    expect(seen.size).toBeGreaterThan(1);
    // tsup writes other characters as escapes: the sentences in plain ASCII.
    const ascii = longSentences.filter(({ text }) => /^[\x20-\x7e]*$/.test(text));
    expect(ascii.length).toBeGreaterThan(30);
    const found = [...seen].flatMap((file) =>
      ascii.filter(({ text }) => read(`dist/${file}`).includes(text)).map(({ id }) => `${file}: ${id}`),
    );
    expect(found).toEqual([]);
    const englishFile = readdirSync(join(root, "dist")).find((file) => /^en-[A-Z0-9]+\.js$/.test(file));
    expect(englishFile, "dist/en-<hash>.js").toBeDefined();
    const english = read(`dist/${englishFile}`);
    expect(ascii.filter(({ text }) => !english.includes(text)).map(({ id }) => id)).toEqual([]);
  });

  describe("in Chromium", () => {
    let server;
    /** Locale files the server answers with 404, as if they were missing. */
    const missing = new Set();
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
        if (missing.has(path)) {
          response.writeHead(404);
          response.end();
          return;
        }
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

    /** A page in `lang`: the widget's text once it shows `shown`, and the locale files the page asked for. */
    async function visit(lang, shown = lang) {
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
          shown,
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

    it("shows English texts from the English texts' file when the German file cannot be loaded", async () => {
      missing.add("/chunks/de.js");
      try {
        const { text, locales } = await visit("de", "en");
        expect(text).toContain(englishIntro);
        expect(text).toContain(englishTexts.find(({ id }) => id === "error.locale").text);
        expect(locales).toEqual(expect.arrayContaining(["de", "en"]));
      } finally {
        missing.clear();
      }
    }, 40_000);

    it("shows an English page English texts, from the English texts' file", async () => {
      const { text, locales } = await visit("en");
      expect(text).toContain(englishIntro);
      expect(text).not.toContain(german);
      expect(locales).toContain("en");
    }, 40_000);
  });
});
