import { msg, str } from "./msg.js";

/** The results, an office's details, eligibility, match reasons and the empty state, by message id (see messages.ts). */
export const RESULT_MESSAGES = {
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
  "results.countPending": (p: { distance: string }) =>
    msg(str`Looking for more offices within ${p.distance}…`, {
      id: "results.countPending",
      desc: "Shown instead of the result count while offices farther away still load (the nearest are listed already and stay). E.g. 'within 25 km'.",
    }),
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
  "eligibility.faire-mobilitaet.eu-worker": () =>
    msg("Faire Mobilität advises workers from other EU countries on their rights at work.", {
      id: "eligibility.faire-mobilitaet.eu-worker",
      desc: "Why Faire Mobilität fits (wages, contracts, accommodation). Keep the name Faire Mobilität.",
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
  "empty.reset": () =>
    msg("Reset filters", {
      id: "empty.reset",
      desc: "Button in the empty state: turns every filter off (the radius stays) and searches again.",
    }),
  "empty.onlineOnly": (p: { distance: string }) =>
    msg(str`No office within ${p.distance}. These online services can advise you:`, {
      id: "empty.onlineOnly",
      desc: "Before the online services that fit, when they are the only matches; distance is the radius, e.g. 25 km.",
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
  // Data model 1.1: how the office fits the age, intake, free of charge, woman counsellor, outreach
  "fit.primary": () =>
    msg("Made for your age", {
      id: "fit.primary",
      desc: "Label under an office's name: its programme is the one made for the age typed.",
    }),
  "fit.alternative": () =>
    msg("Also possible", {
      id: "fit.alternative",
      desc: "Label under an office's name: it also fits the age typed, though another programme is made for it.",
    }),
  "fit.exception": () =>
    msg("By exception", {
      id: "fit.exception",
      desc: "Label under an office's name: it fits the age typed only by exception (MBE for 18 to 26).",
    }),
  "office.free": () =>
    msg("Free of charge", { id: "office.free", desc: "Short badge: counselling costs nothing." }),
  "office.womanCounsellor": () =>
    msg("Counselling by a woman available", {
      id: "office.womanCounsellor",
      desc: "Short badge: a woman can counsel.",
    }),
  "intake.waitingList": () =>
    msg("Waiting list", {
      id: "intake.waitingList",
      desc: "The office takes new clients only after a waiting time; the office's note may follow.",
    }),
  "intake.paused": () =>
    msg("Not taking new clients at the moment", {
      id: "intake.paused",
      desc: "The office takes no new clients for now; the office's note may follow.",
    }),
  "outreach.next": (p: { date: string; time: string; place: string }) =>
    msg(str`Next consultation day: ${p.date}, ${p.time}, ${p.place}`, {
      id: "outreach.next",
      desc: "On a card: the office's next visit at another place, e.g. 'Tue, 5 May, 10:00–12:00, Rathaus Frechen'.",
    }),
  "outreach.matched": (p: { city: string; place: string; date: string; time: string }) =>
    msg(str`Consultation hours in ${p.city} (${p.place}): ${p.date}, ${p.time}`, {
      id: "outreach.matched",
      desc: "On a card found by an outreach place nearer than the office (the distance above is the place's): the place's town and name, its next date and hours, e.g. 'Frechen (Rathaus): Tue, 5 Jan, 10:00–12:00'.",
    }),
  "outreach.matchedUndated": (p: { city: string; place: string }) =>
    msg(str`Consultation hours in ${p.city} (${p.place})`, {
      id: "outreach.matchedUndated",
      desc: "On a card found by an outreach place nearer than the office, when no date falls in the next four months: the place's town and name, e.g. 'Frechen (Rathaus)'.",
    }),
  "outreach.heading": () =>
    msg("Consultation days at other places", {
      id: "outreach.heading",
      desc: "Heading in the details above the outreach places.",
    }),
  "outreach.weekly": (p: { weekday: string; time: string }) =>
    msg(str`every ${p.weekday}, ${p.time}`, {
      id: "outreach.weekly",
      desc: "Outreach rule, e.g. 'every Tuesday, 10:00–12:00'.",
    }),
  "outreach.biweekly": (p: { weekday: string; time: string }) =>
    msg(str`every second ${p.weekday}, ${p.time}`, {
      id: "outreach.biweekly",
      desc: "Outreach rule every two weeks, e.g. 'every second Tuesday, 10:00–12:00'.",
    }),
  "outreach.monthly.1": (p: { weekday: string; time: string }) =>
    msg(str`every first ${p.weekday} of the month, ${p.time}`, {
      id: "outreach.monthly.1",
      desc: "Outreach rule, e.g. 'every first Tuesday of the month, 10:00–12:00'.",
    }),
  "outreach.monthly.2": (p: { weekday: string; time: string }) =>
    msg(str`every second ${p.weekday} of the month, ${p.time}`, {
      id: "outreach.monthly.2",
      desc: "Outreach rule, the 2nd weekday of each month.",
    }),
  "outreach.monthly.3": (p: { weekday: string; time: string }) =>
    msg(str`every third ${p.weekday} of the month, ${p.time}`, {
      id: "outreach.monthly.3",
      desc: "Outreach rule, the 3rd weekday of each month.",
    }),
  "outreach.monthly.4": (p: { weekday: string; time: string }) =>
    msg(str`every fourth ${p.weekday} of the month, ${p.time}`, {
      id: "outreach.monthly.4",
      desc: "Outreach rule, the 4th weekday of each month.",
    }),
  "outreach.monthly.5": (p: { weekday: string; time: string }) =>
    msg(str`every fifth ${p.weekday} of the month, ${p.time}`, {
      id: "outreach.monthly.5",
      desc: "Outreach rule, the 5th weekday of a month (only in months that have one).",
    }),
  "outreach.monthly.last": (p: { weekday: string; time: string }) =>
    msg(str`every last ${p.weekday} of the month, ${p.time}`, {
      id: "outreach.monthly.last",
      desc: "Outreach rule, the last weekday of each month.",
    }),
  "language.interpreter": (p: { language: string }) =>
    msg(str`${p.language} (via interpreter)`, {
      id: "language.interpreter",
      desc: "A counselling language offered through an interpreter.",
    }),
  "language.onRequest": (p: { language: string }) =>
    msg(str`${p.language} (on request)`, {
      id: "language.onRequest",
      desc: "A counselling language offered on request.",
    }),
} as const;
