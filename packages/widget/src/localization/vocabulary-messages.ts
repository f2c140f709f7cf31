import { msg } from "./msg.js";

/** Topics, channels, programmes, providers, the start, loading and error states, by message id (see messages.ts). */
export const VOCABULARY_MESSAGES = {
  // Topics
  "topic.residence": () => msg("Residence", { id: "topic.residence", desc: "Topic: residence permits." }),
  "topic.asylum": () => msg("Asylum", { id: "topic.asylum", desc: "Topic: asylum procedure." }),
  "topic.work": () => msg("Work and jobs", { id: "topic.work", desc: "Topic." }),
  "topic.recognition": () =>
    msg("Recognition of qualifications", { id: "topic.recognition", desc: "Topic: foreign degrees." }),
  "topic.language-courses": () => msg("Language courses", { id: "topic.language-courses", desc: "Topic." }),
  "topic.housing": () => msg("Housing", { id: "topic.housing", desc: "Topic." }),
  "topic.health": () => msg("Health", { id: "topic.health", desc: "Topic." }),
  "topic.family": () => msg("Family and children", { id: "topic.family", desc: "Topic." }),
  "topic.education": () => msg("School and training", { id: "topic.education", desc: "Topic." }),
  "topic.benefits": () => msg("Benefits", { id: "topic.benefits", desc: "Topic: social benefits." }),
  "topic.debt": () => msg("Debts", { id: "topic.debt", desc: "Topic." }),
  "topic.discrimination": () => msg("Discrimination", { id: "topic.discrimination", desc: "Topic." }),
  "topic.naturalisation": () =>
    msg("Naturalisation", { id: "topic.naturalisation", desc: "Topic: becoming a German citizen." }),
  "topic.everyday-life": () => msg("Everyday life", { id: "topic.everyday-life", desc: "Topic." }),

  // Channels
  "channel.in-person": () => msg("In person", { id: "channel.in-person", desc: "Channel of counselling." }),
  "channel.phone": () => msg("By phone", { id: "channel.phone", desc: "Channel of counselling." }),
  "channel.video": () => msg("By video", { id: "channel.video", desc: "Channel of counselling." }),
  "channel.chat": () => msg("By chat", { id: "channel.chat", desc: "Channel of counselling." }),
  "channel.messenger": () =>
    msg("By messenger app", { id: "channel.messenger", desc: "Channel: WhatsApp, Signal and similar." }),
  "channel.outreach": () =>
    msg("Visits and mobile counselling", {
      id: "channel.outreach",
      desc: "Channel: counsellors come to you.",
    }),

  // Programmes
  "programme.MBE": () =>
    msg("Migration counselling for adults (MBE)", { id: "programme.MBE", desc: "Programme name, keep MBE." }),
  "programme.JMD": () =>
    msg("Youth Migration Service (JMD)", { id: "programme.JMD", desc: "Programme name, keep JMD." }),
  "programme.MBEON": () =>
    msg("mbeon: online counselling for adults", { id: "programme.MBEON", desc: "Keep the name mbeon." }),
  "programme.JMD4YOU": () =>
    msg("jmd4you: online counselling for young people", {
      id: "programme.JMD4YOU",
      desc: "Keep the name jmd4you.",
    }),
  "programme.AVB": () =>
    msg("Asylum procedure counselling", { id: "programme.AVB", desc: "Programme name." }),
  "programme.FAIRE_INTEGRATION": () =>
    msg("Fair Integration: advice on rights at work", {
      id: "programme.FAIRE_INTEGRATION",
      desc: "Programme name (Faire Integration).",
    }),
  "programme.FAIRE_MOBILITAET": () =>
    msg("Faire Mobilität: advice on rights at work for workers from EU countries", {
      id: "programme.FAIRE_MOBILITAET",
      desc: "Programme name: Faire Mobilität, the DGB's counselling for people from other EU countries who work in Germany (the counterpart of Faire Integration). Keep the name Faire Mobilität in Latin letters, as on its website and flyers (a local rendering may precede it, as for Faire Integration).",
    }),
  "programme.IQ": () =>
    msg("Recognition and qualification counselling (IQ)", { id: "programme.IQ", desc: "Programme name." }),
  "programme.ADB": () =>
    msg("Anti-discrimination counselling", { id: "programme.ADB", desc: "Programme name." }),
  "programme.OTHER": () => msg("Other counselling", { id: "programme.OTHER", desc: "Programme name." }),

  // Umbrellas that are not proper names
  "umbrella.migrant-organisation": () =>
    msg("a migrant organisation", { id: "umbrella.migrant-organisation", desc: "Kind of provider." }),
  "umbrella.municipality": () =>
    msg("the municipality", { id: "umbrella.municipality", desc: "Kind of provider." }),
  "umbrella.other": () => msg("another provider", { id: "umbrella.other", desc: "Kind of provider." }),

  // States
  "start.hint": () =>
    msg("Enter a postcode or place to find counselling offices near you.", {
      id: "start.hint",
      desc: "Shown before the first search.",
    }),
  "loading.data": () =>
    msg("Loading counselling offices…", { id: "loading.data", desc: "While the list of offices loads." }),
  "loading.search": () => msg("Searching…", { id: "loading.search", desc: "While a search runs." }),
  "error.heading": () =>
    msg("Something went wrong", { id: "error.heading", desc: "Heading of the error state." }),
  "error.offline": () =>
    msg(
      "You seem to be offline, so the list of counselling offices could not be loaded. Please check your internet connection.",
      {
        id: "error.offline",
        desc: "The dataset could not be downloaded: the browser is offline or the request failed before any answer.",
      },
    ),
  "error.unavailable": () =>
    msg("The list of counselling offices is not available right now. Please try again later.", {
      id: "error.unavailable",
      desc: "The dataset server answered with an error (404, 500, 503) or a file of the widget is missing.",
    }),
  "error.timeout": () =>
    msg("Loading the list of counselling offices is taking too long. Please try again.", {
      id: "error.timeout",
      desc: "The dataset server did not answer within the widget's timeout (20 seconds by default).",
    }),
  "error.locale": () =>
    msg("The texts in your language could not be loaded, so they are shown in English for now.", {
      id: "error.locale",
      desc: "Notice above the search when the visitor's language file failed to load; a Try again button follows.",
    }),
  "error.data": () =>
    msg("The list of counselling offices contains errors and cannot be shown.", {
      id: "error.data",
      desc: "The dataset is invalid.",
    }),
  "error.geodata": () =>
    msg("Place names could not be loaded, so searching by place does not work right now.", {
      id: "error.geodata",
      desc: "The postcode and place lookup files could not be loaded.",
    }),
  "error.noSource": () =>
    msg("This page has not told the search where to find the list of offices.", {
      id: "error.noSource",
      desc: "Configuration error: neither src nor dataset was given.",
    }),
  "error.unexpected": () =>
    msg("An unexpected error occurred.", { id: "error.unexpected", desc: "Any other error." }),
  "error.retry": () => msg("Try again", { id: "error.retry", desc: "Button that repeats the failed step." }),
  "error.official": () =>
    msg("You can also use the official finders:", {
      id: "error.official",
      desc: "Before links to the official finders.",
    }),
} as const;
