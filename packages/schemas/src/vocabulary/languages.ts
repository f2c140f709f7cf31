// ISO 639-1: every two-letter code.
const ISO_639_1 =
  "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz " +
  "ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii " +
  "ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi " +
  "mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw " +
  "sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk " +
  "ur uz ve vi vo wa wo xh yi yo za zh zu";

// ISO 639-3 codes for languages with no 639-1 code that counselling in Germany meets: Afghan, Kurdish,
// Arabic, Iranian, African, Romani and sign languages, and the regional languages of Germany.
// A 639-3 code that has a 639-1 twin ("deu" for "de") is refused, so filters match one code per language.
const ISO_639_3 =
  "prs haz kmr ckb sdh lki zza apc ajp arz ary acm afb apd aeb arq ayl acw pbt pbu pst bal glk mzn lrc " +
  "bqi azb tly uzs crh lzz ady kbd aii syr tig byn sgw gez tzm kab shi rif pcm kri tem dyu snk sus mnk " +
  "fuf fuv ach nus din luo kln kam mas nyn xog lgg teo efi bin ceb ilo fil hak nan yue cmn wuu hbs cnr " +
  "aln als rom rmn rmy rmc rue hsb dsb nds frr stq gsw bar ltg gsg ase bfi fsl ukl rsl tsm";

/** Every language code the model accepts: ISO 639-1, plus the ISO 639-3 codes listed above. */
export const LANGUAGE_CODES: readonly string[] = `${ISO_639_1} ${ISO_639_3}`.split(" ");

/** True when `code` is an accepted ISO 639-1 or ISO 639-3 code (lowercase). */
export function isLanguageCode(code: string): boolean {
  return LANGUAGE_CODES.includes(code);
}

/**
 * ISO 639-2 codes (bibliographic and terminological) of languages that have a 639-1 code, to that code:
 * data from other systems often writes "deu" or "ger" where the model keeps "de".
 */
export const TWO_LETTER_TWIN: Readonly<Record<string, string>> = {
  eng: "en",
  deu: "de",
  ger: "de",
  ara: "ar",
  tur: "tr",
  rus: "ru",
  ukr: "uk",
  fas: "fa",
  per: "fa",
  pus: "ps",
  fra: "fr",
  fre: "fr",
  spa: "es",
  pol: "pl",
  ron: "ro",
  rum: "ro",
  bul: "bg",
  sqi: "sq",
  alb: "sq",
  urd: "ur",
  amh: "am",
  tir: "ti",
  som: "so",
  kur: "ku",
  ita: "it",
  por: "pt",
  srp: "sr",
  hrv: "hr",
  bos: "bs",
  ell: "el",
  gre: "el",
  vie: "vi",
  zho: "zh",
  chi: "zh",
  hin: "hi",
  ben: "bn",
  heb: "he",
  hun: "hu",
  ces: "cs",
  cze: "cs",
  slk: "sk",
  slo: "sk",
  nld: "nl",
  dut: "nl",
  tam: "ta",
};

/**
 * A language code the model accepts for a code as other systems write it ("de", "DE", "de-AT", "deu", "ger"),
 * or undefined when there is none.
 *
 * @example
 * toLanguageCode("ger") // "de"
 */
export function toLanguageCode(raw: string): string | undefined {
  const code = raw
    .trim()
    .toLowerCase()
    .replace(/[-_].*$/, "");
  if (isLanguageCode(code)) return code;
  const two = TWO_LETTER_TWIN[code];
  return two && isLanguageCode(two) ? two : undefined;
}

/**
 * Since 1.1, how a language is offered: `counsellor` (a counsellor speaks it), `interpreter` (through an
 * interpreter, in person or by phone) or `on-request` (can be arranged when asked in advance).
 */
export const LANGUAGE_MODES = ["counsellor", "interpreter", "on-request"] as const;
export type LanguageMode = (typeof LANGUAGE_MODES)[number];

/**
 * One entry of an office's `languages`: a plain code (1.0, spoken by a counsellor) or, since 1.1, the
 * code with how it is offered and an optional note ("Arabic on Tuesdays").
 */
export type LanguageEntry = string | { code: string; mode: LanguageMode; note?: string | undefined };

/**
 * The language code of an entry of `languages`, whether it is a plain code or an object.
 *
 * @example
 * languageCodeOf("ar") // "ar"
 * languageCodeOf({ code: "fa", mode: "interpreter" }) // "fa"
 */
export function languageCodeOf(entry: LanguageEntry): string {
  return typeof entry === "string" ? entry : entry.code;
}

/** How an entry of `languages` is offered: a plain code means a counsellor speaks it. */
export function languageModeOf(entry: LanguageEntry): LanguageMode {
  return typeof entry === "string" ? "counsellor" : entry.mode;
}
