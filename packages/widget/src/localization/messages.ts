import { msg, str } from "@lit/localize";
import { TAKE_AWAY_MESSAGES } from "./take-away-messages.js";

/**
 * Every UI text of the widget by a stable message id. Ids are part of the public API: hosts override
 * texts per instance through the `strings` property, and translators work on them in `xliff/`.
 * Parameters are named; overrides use them as `{name}` placeholders.
 */
export const MESSAGES = {
  ...TAKE_AWAY_MESSAGES,
  // Frame
  "app.title": () =>
    msg("Find migration counselling", { id: "app.title", desc: "Main heading of the widget." }),
  "app.intro": () =>
    msg("Free and confidential advice on residence, work, language courses, family and more.", {
      id: "app.intro",
      desc: "One sentence under the main heading.",
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
    msg("Your location", {
      id: "locate.here",
      desc: "Name of the searched place when the location was used.",
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
  "error.fetch": () =>
    msg("The list of counselling offices could not be loaded. Please check your internet connection.", {
      id: "error.fetch",
      desc: "The dataset could not be downloaded.",
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

  // Results
  "results.heading": (p: { place: string }) =>
    msg(str`Counselling near ${p.place}`, { id: "results.heading", desc: "Heading above the results." }),
  "results.count.zero": (p: { count: string }) =>
    msg(str`${p.count} offices found`, {
      id: "results.count.zero",
      desc: "Result count, plural category 'zero' (used by some languages only).",
    }),
  "results.count.one": (p: { count: string }) =>
    msg(str`${p.count} office found`, {
      id: "results.count.one",
      desc: "Result count, plural category 'one'.",
    }),
  "results.count.two": (p: { count: string }) =>
    msg(str`${p.count} offices found`, {
      id: "results.count.two",
      desc: "Result count, plural category 'two'.",
    }),
  "results.count.few": (p: { count: string }) =>
    msg(str`${p.count} offices found`, {
      id: "results.count.few",
      desc: "Result count, plural category 'few'.",
    }),
  "results.count.many": (p: { count: string }) =>
    msg(str`${p.count} offices found`, {
      id: "results.count.many",
      desc: "Result count, plural category 'many'.",
    }),
  "results.count.other": (p: { count: string }) =>
    msg(str`${p.count} offices found`, {
      id: "results.count.other",
      desc: "Result count, plural category 'other'.",
    }),
  "results.within": (p: { distance: string }) =>
    msg(str`within ${p.distance}`, { id: "results.within", desc: "After the count, e.g. 'within 25 km'." }),
  "results.showMore": () => msg("Show more", { id: "results.showMore", desc: "Loads the next results." }),
  "results.distance": (p: { distance: string }) =>
    msg(str`${p.distance} away`, {
      id: "results.distance",
      desc: "Distance of an office, e.g. '3.2 km away'.",
    }),
  "results.openNow": () => msg("Open now", { id: "results.openNow", desc: "Status of an office." }),
  "results.openUntil": (p: { time: string }) =>
    msg(str`Open now, until ${p.time}`, { id: "results.openUntil", desc: "Status with closing time." }),
  "results.closedNow": () => msg("Closed now", { id: "results.closedNow", desc: "Status of an office." }),
  "results.opens": (p: { when: string }) =>
    msg(str`Opens ${p.when}`, { id: "results.opens", desc: "Next opening, e.g. 'Opens Monday 09:00'." }),
  "results.appointmentOnly": () =>
    msg("By appointment only", {
      id: "results.appointmentOnly",
      desc: "Office sees people by appointment only.",
    }),
  "results.temporarilyClosed": () =>
    msg("Temporarily closed", { id: "results.temporarilyClosed", desc: "Status of an office." }),
  "results.noHours": () =>
    msg("No opening hours given", { id: "results.noHours", desc: "Status of an office." }),
  "results.languages": () =>
    msg("Languages:", { id: "results.languages", desc: "Label before the counselling languages." }),
  "results.why": () =>
    msg("Why this office:", { id: "results.why", desc: "Label before the match reasons." }),
  "results.online": () =>
    msg("Online counselling, anywhere in Germany", {
      id: "results.online",
      desc: "Heading of online services.",
    }),

  // Actions
  "action.call": (p: { number: string }) =>
    msg(str`Call ${p.number}`, { id: "action.call", desc: "Phone link; the number follows." }),
  "action.email": () => msg("Send an e-mail", { id: "action.email", desc: "E-mail link." }),
  "action.website": () => msg("Website", { id: "action.website", desc: "Link to the office website." }),
  "action.booking": () =>
    msg("Book an appointment", { id: "action.booking", desc: "Link to online booking." }),
  "action.directions": () =>
    msg("Route on OpenStreetMap", { id: "action.directions", desc: "Link to a route on openstreetmap.org." }),
  "action.details": () =>
    msg("Details and opening hours", { id: "action.details", desc: "Opens the details of an office." }),
  "action.back": () => msg("Back to the list", { id: "action.back", desc: "Closes the details view." }),

  // Details
  "details.hours": () => msg("Opening hours this week", { id: "details.hours", desc: "Heading." }),
  "details.closed": () => msg("Closed", { id: "details.closed", desc: "A day without opening hours." }),
  "details.holiday": (p: { name: string }) =>
    msg(str`Public holiday: ${p.name}`, {
      id: "details.holiday",
      desc: "A public holiday in the week view.",
    }),
  "details.consultation": () =>
    msg("open consultation, no appointment needed", {
      id: "details.consultation",
      desc: "Kind of time slot: drop-in hours.",
    }),
  "details.appointment": () =>
    msg("by appointment", { id: "details.appointment", desc: "Kind of time slot: appointments only." }),
  "details.accessibility": () => msg("Accessibility", { id: "details.accessibility", desc: "Heading." }),
  "details.stepFree": () =>
    msg("Step-free access", { id: "details.stepFree", desc: "Accessibility feature." }),
  "details.notStepFree": () =>
    msg("Not step-free", { id: "details.notStepFree", desc: "The office has steps." }),
  "details.toilet": () => msg("Accessible toilet", { id: "details.toilet", desc: "Accessibility feature." }),
  "details.hearingLoop": () =>
    msg("Hearing loop", { id: "details.hearingLoop", desc: "Accessibility feature." }),
  "details.contact": () => msg("Contact", { id: "details.contact", desc: "Heading." }),
  "details.verified": (p: { date: string }) =>
    msg(str`Information last checked on ${p.date}`, {
      id: "details.verified",
      desc: "Date the data was checked.",
    }),

  // Eligibility
  "eligibility.heading": () =>
    msg("Which service fits you", { id: "eligibility.heading", desc: "Heading of the age-based advice." }),
  "eligibility.primary": (p: { programme: string }) =>
    msg(str`Best fit for you: ${p.programme}`, {
      id: "eligibility.primary",
      desc: "The recommended programme.",
    }),
  "eligibility.alternatives": () =>
    msg("You can also ask:", {
      id: "eligibility.alternatives",
      desc: "Before the other possible programmes.",
    }),
  "eligibility.jmd.age": (p: { age: string }) =>
    msg(
      str`The Youth Migration Services (JMD) advise young people from 12 until their 27th birthday. You are ${p.age}.`,
      {
        id: "eligibility.jmd.age",
        desc: "Why JMD fits; the age follows.",
      },
    ),
  "eligibility.jmd.parents": () =>
    msg("Parents can ask the Youth Migration Services about their children's school and training.", {
      id: "eligibility.jmd.parents",
      desc: "Why JMD fits parents.",
    }),
  "eligibility.mbe.age": (p: { age: string }) =>
    msg(str`Migration counselling for adults (MBE) is for people aged 27 and over. You are ${p.age}.`, {
      id: "eligibility.mbe.age",
      desc: "Why MBE fits; the age follows.",
    }),
  "eligibility.mbe.exception-under-27": () =>
    msg("Under 27, you can also go to the MBE with questions about housing or benefits.", {
      id: "eligibility.mbe.exception-under-27",
      desc: "MBE also helps young adults in some cases.",
    }),
  "eligibility.mbeon.adult": () =>
    msg("mbeon advises adults online: anonymously, with an answer within 48 hours.", {
      id: "eligibility.mbeon.adult",
      desc: "Why the online service mbeon fits. Keep the name mbeon.",
    }),
  "eligibility.jmd4you.age": () =>
    msg("jmd4you advises young people from 12 to 26 online: anonymously, with an answer within 48 hours.", {
      id: "eligibility.jmd4you.age",
      desc: "Why the online service jmd4you fits. Keep the name jmd4you.",
    }),
  "eligibility.avb.asylum-procedure": () =>
    msg("Asylum procedure counselling helps while your asylum application is being decided.", {
      id: "eligibility.avb.asylum-procedure",
      desc: "Why AVB fits.",
    }),
  "eligibility.iq.foreign-qualification": () =>
    msg("IQ counselling helps you get qualifications from abroad recognised.", {
      id: "eligibility.iq.foreign-qualification",
      desc: "Why IQ fits.",
    }),
  "eligibility.faire-integration.third-country-worker": () =>
    msg("Fair Integration advises workers from outside the EU on their rights at work.", {
      id: "eligibility.faire-integration.third-country-worker",
      desc: "Why Faire Integration fits.",
    }),
  "eligibility.adb.discrimination": () =>
    msg("Anti-discrimination counselling helps if you are treated unfairly.", {
      id: "eligibility.adb.discrimination",
      desc: "Why anti-discrimination counselling fits.",
    }),
  "eligibility.other.check-office": () =>
    msg("Other offices set their own conditions. Please ask them.", {
      id: "eligibility.other.check-office",
      desc: "Other programmes: conditions vary.",
    }),
  "eligibility.age-unknown": () =>
    msg("Without an age, all services are shown.", {
      id: "eligibility.age-unknown",
      desc: "No age was given.",
    }),
  "eligibility.invalid-age": (p: { received: string }) =>
    msg(str`“${p.received}” cannot be used as an age. Please enter your age in years.`, {
      id: "eligibility.invalid-age",
      desc: "The age field contains something that is not an age.",
    }),
  "eligibility.child-under-12": () =>
    msg("For children under 12, the parents can get advice from the MBE, the counselling for adults.", {
      id: "eligibility.child-under-12",
      desc: "The age is below 12: children are not counselled themselves; their parents are MBE clients (not JMD ones).",
    }),

  // Match reasons
  "match.distance": (p: { distance: string }) =>
    msg(str`${p.distance} from the searched place`, { id: "match.distance", desc: "Why an office matched." }),
  "match.responsible": () =>
    msg("Responsible for your area", { id: "match.responsible", desc: "Why an office matched." }),
  "match.online": () =>
    msg("Online, usable from anywhere", { id: "match.online", desc: "Why an office matched." }),
  "match.programme": (p: { programme: string }) =>
    msg(str`Offers ${p.programme}`, { id: "match.programme", desc: "Why an office matched." }),
  "match.age": (p: { age: string }) =>
    msg(str`Advises people aged ${p.age}`, { id: "match.age", desc: "Why an office matched." }),
  "match.language": (p: { language: string }) =>
    msg(str`Counselling in ${p.language}`, { id: "match.language", desc: "Why an office matched." }),
  "match.topic": (p: { topic: string }) =>
    msg(str`Advice on ${p.topic}`, { id: "match.topic", desc: "Why an office matched." }),
  "match.channel": (p: { channel: string }) =>
    msg(str`Available: ${p.channel}`, { id: "match.channel", desc: "Why an office matched." }),
  "match.stepFree": () => msg("Step-free access", { id: "match.stepFree", desc: "Why an office matched." }),
  "match.umbrella": (p: { umbrella: string }) =>
    msg(str`Run by ${p.umbrella}`, {
      id: "match.umbrella",
      desc: "Why an office matched: its umbrella body.",
    }),
  "match.openAt": () =>
    msg("Open at the chosen time", { id: "match.openAt", desc: "Why an office matched." }),

  // Empty state
  "empty.heading": () =>
    msg("No office found nearby", { id: "empty.heading", desc: "Heading of the empty state." }),
  "empty.widen": (p: { distance: string }) =>
    msg(str`Search within ${p.distance}`, { id: "empty.widen", desc: "Button that widens the radius." }),
  "empty.filters": () =>
    msg("Some filters are on. Fewer filters find more offices.", {
      id: "empty.filters",
      desc: "Hint when filters may hide results.",
    }),
  "empty.online": () =>
    msg("Online counselling is available everywhere in Germany:", {
      id: "empty.online",
      desc: "Before the links to mbeon and jmd4you.",
    }),
  "online.mbeon": () =>
    msg("mbeon: anonymous chat counselling for adults", {
      id: "online.mbeon",
      desc: "Link text, keep mbeon.",
    }),
  "online.jmd4you": () =>
    msg("jmd4you: anonymous online counselling for young people from 12 to 26", {
      id: "online.jmd4you",
      desc: "Link text, keep jmd4you.",
    }),
  "finder.bamf": () =>
    msg("BAMF-NAvI: official finder for all offices", {
      id: "finder.bamf",
      desc: "Link text for the official finder of the Federal Office for Migration and Refugees.",
    }),
  "finder.jmd": () =>
    msg("Official finder of the Youth Migration Services", { id: "finder.jmd", desc: "Link text." }),
} as const;

export type MessageId = keyof typeof MESSAGES;

/** Per-instance text overrides by message id; parameters as `{name}` placeholders. */
export type StringOverrides = Partial<Record<MessageId, string>>;
