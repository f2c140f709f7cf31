import { msg, str } from "./msg.js";

/** The frame, the search form and the filters, by message id (see messages.ts). */
export const FRAME_MESSAGES = {
  // Frame
  "app.title": () =>
    msg("Find migration counselling", { id: "app.title", desc: "Main heading of the widget." }),
  "app.intro": () =>
    msg("Free and confidential advice on residence, work, language courses, family and more.", {
      id: "app.intro",
      desc: "One sentence under the main heading.",
    }),
  "instance.position": (p: { index: string; count: string }) =>
    msg(str`${p.index} of ${p.count}`, {
      id: "instance.position",
      desc: "Added to the names of the search and results areas for screen readers when several widgets are on one page: this is widget 1 of 2.",
    }),
  "language.label": () =>
    msg("Language", { id: "language.label", desc: "Label of the menu that changes the widget's language." }),
  "banner.fictional": () =>
    msg("Demo data: the offices shown here are invented. For real offices, use the official finders.", {
      id: "banner.fictional",
      desc: "Banner shown when the dataset is marked as fictional.",
    }),
  "data.skipped.zero": (p: { count: string }) =>
    msg(str`${p.count} offices in the dataset have invalid data and are not shown.`, {
      id: "data.skipped.zero",
      desc: "Note when the publisher's dataset contains broken office records that were left out, plural category 'zero'.",
    }),
  "data.skipped.one": (p: { count: string }) =>
    msg(str`${p.count} office in the dataset has invalid data and is not shown.`, {
      id: "data.skipped.one",
      desc: "Note when the publisher's dataset contains broken office records that were left out, plural category 'one'.",
    }),
  "data.skipped.two": (p: { count: string }) =>
    msg(str`${p.count} offices in the dataset have invalid data and are not shown.`, {
      id: "data.skipped.two",
      desc: "Note when the publisher's dataset contains broken office records that were left out, plural category 'two'.",
    }),
  "data.skipped.few": (p: { count: string }) =>
    msg(str`${p.count} offices in the dataset have invalid data and are not shown.`, {
      id: "data.skipped.few",
      desc: "Note when the publisher's dataset contains broken office records that were left out, plural category 'few'.",
    }),
  "data.skipped.many": (p: { count: string }) =>
    msg(str`${p.count} offices in the dataset have invalid data and are not shown.`, {
      id: "data.skipped.many",
      desc: "Note when the publisher's dataset contains broken office records that were left out, plural category 'many'.",
    }),
  "data.skipped.other": (p: { count: string }) =>
    msg(str`${p.count} offices in the dataset have invalid data and are not shown.`, {
      id: "data.skipped.other",
      desc: "Note when the publisher's dataset contains broken office records that were left out, plural category 'other'.",
    }),
  "data.partFailed": (p: { areas: string }) =>
    msg(str`Some offices could not be loaded (postcode areas ${p.areas}). All other offices are shown.`, {
      id: "data.partFailed",
      desc: "Note when parts of a published dataset failed to load. 'areas' lists the first digits of the postcodes of those parts, e.g. '50, 51'; 'online' stands for the online services.",
    }),
  "footer.data": () =>
    msg("Office data:", { id: "footer.data", desc: "Label before the dataset attribution." }),
  "footer.geodata": () =>
    msg("Place data:", {
      id: "footer.geodata",
      desc: "Label before the attributions of the geographic data.",
    }),
  "footer.privacy": () =>
    msg("The search runs in your browser. What you enter is not sent anywhere.", {
      id: "footer.privacy",
      desc: "Privacy note in the footer.",
    }),
  "link.newTab": () =>
    msg("(opens in a new tab)", {
      id: "link.newTab",
      desc: "Hidden hint read by screen readers after a link.",
    }),

  // Search
  "search.label": () =>
    msg("Place or postcode", {
      id: "search.label",
      desc: "Label of the search field for a place or postcode.",
    }),
  "search.hint": () =>
    msg("For example 10115 or Leipzig", { id: "search.hint", desc: "Example under the search field." }),
  "search.submit": () => msg("Search", { id: "search.submit", desc: "Search button." }),
  "search.suggestions": () =>
    msg("Suggested places", {
      id: "search.suggestions",
      desc: "Accessible name of the list of suggestions.",
    }),
  "search.noPlace": (p: { query: string }) =>
    msg(str`No place found for “${p.query}”. Check the spelling or try a postcode.`, {
      id: "search.noPlace",
      desc: "The typed text matched no place or postcode.",
    }),
  "search.ambiguous": (p: { query: string }) =>
    msg(str`Several places are called “${p.query}”. Which one do you mean?`, {
      id: "search.ambiguous",
      desc: "Above buttons with the places of one name, e.g. Neuenkirchen (Kreis Steinfurt, Nordrhein-Westfalen).",
    }),
  "search.didYouMean": (p: { query: string }) =>
    msg(str`No place is called “${p.query}”. Did you mean:`, {
      id: "search.didYouMean",
      desc: "Above buttons with places spelt similarly to the typed text (a typo).",
    }),
  "search.empty": () =>
    msg("Please enter a place or postcode.", {
      id: "search.empty",
      desc: "Search started with an empty field.",
    }),
  "locate.button": () =>
    msg("Use my location", { id: "locate.button", desc: "Button that asks the browser for the location." }),
  "locate.note": () =>
    msg("Your browser will ask for permission. Your location stays on this device.", {
      id: "locate.note",
      desc: "One line next to the location button.",
    }),
  "locate.pending": () =>
    msg("Finding your location…", { id: "locate.pending", desc: "While the browser finds the location." }),
  "locate.denied": () =>
    msg("Access to your location was not allowed. Please enter a place or postcode instead.", {
      id: "locate.denied",
      desc: "The person or the browser refused the location request.",
    }),
  "locate.unavailable": () =>
    msg("Your location could not be found. Please enter a place or postcode.", {
      id: "locate.unavailable",
      desc: "The browser could not determine a location.",
    }),
  "locate.timeout": () =>
    msg("Finding your location took too long. Try again or enter a place.", {
      id: "locate.timeout",
      desc: "The location request timed out.",
    }),
  "locate.here": () =>
    msg("your location", {
      id: "locate.here",
      desc: "Name of the searched place when the location was used; it stands inside the results heading ('Counselling near your location'), so written as in the middle of a sentence.",
    }),
  "age.label": () =>
    msg("Your age (optional)", { id: "age.label", desc: "Label of the optional age field." }),
  "age.hint": () =>
    msg("Helps to suggest the right service. It stays on this device.", {
      id: "age.hint",
      desc: "Hint under the age field.",
    }),

  // Filters
  "filters.heading": () => msg("Filters", { id: "filters.heading", desc: "Heading of the filter controls." }),
  "filters.language": () =>
    msg("Counselling language", { id: "filters.language", desc: "Filter label: language of counselling." }),
  "filters.anyLanguage": () =>
    msg("Any language", { id: "filters.anyLanguage", desc: "Option: no language filter." }),
  "filters.topic": () => msg("Topic", { id: "filters.topic", desc: "Filter label: topic of counselling." }),
  "filters.anyTopic": () => msg("Any topic", { id: "filters.anyTopic", desc: "Option: no topic filter." }),
  "filters.channel": () =>
    msg("How to get advice", { id: "filters.channel", desc: "Filter label: in person, phone, video, chat." }),
  "filters.anyChannel": () =>
    msg("Any way", { id: "filters.anyChannel", desc: "Option: no channel filter." }),
  "filters.openNow": () =>
    msg("Open now", { id: "filters.openNow", desc: "Checkbox: only offices open now." }),
  "filters.stepFree": () =>
    msg("Step-free access", { id: "filters.stepFree", desc: "Checkbox: only offices without steps." }),
  "filters.radius": () =>
    msg("Search radius", { id: "filters.radius", desc: "Label of the distance selector." }),
} as const;
