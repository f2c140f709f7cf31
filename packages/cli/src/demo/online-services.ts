import type { Office, Provider } from "@beratungsfinder/schemas";

/** The real online services, described only with what their own sites say; not fictional. */
export function onlineServices(): { providers: Provider[]; offices: Office[] } {
  const providers: Provider[] = [
    {
      id: "mbeon",
      name: "mbeon – Migrationsberatung online",
      umbrella: "other",
      website: "https://www.mbeon.de",
    },
    {
      id: "jmd4you",
      name: "jmd4you – Jugendmigrationsdienste online",
      umbrella: "other",
      website: "https://www.jmd4you.de",
    },
  ];
  const offices: Office[] = [
    {
      id: "mbeon",
      providerId: "mbeon",
      name: "mbeon – Migrationsberatung online",
      programmes: ["MBEON"],
      description: {
        de: "Migrationsberatung für Erwachsene online: anonym per App-Chat, Antwort innerhalb von 48 Stunden.",
        en: "Migration counselling for adults online: anonymous app chat, answer within 48 hours.",
      },
      serviceArea: [],
      contact: { phones: [], emails: [], website: "https://www.mbeon.de" },
      languages: ["de", "en", "ar", "fa", "ru", "tr", "uk"],
      languageNote: "Etwa 15 Sprachen; die aktuelle Liste steht auf mbeon.de.",
      topics: [
        "residence",
        "work",
        "recognition",
        "language-courses",
        "housing",
        "family",
        "benefits",
        "everyday-life",
      ],
      ageRange: { min: 18 },
      targetGroups: ["newcomers"],
      channels: ["chat"],
      fictional: false,
    },
    {
      id: "jmd4you",
      providerId: "jmd4you",
      name: "jmd4you – Jugendmigrationsdienste online",
      programmes: ["JMD4YOU"],
      description: {
        de: "Online-Beratung der Jugendmigrationsdienste: anonym, Antwort innerhalb von 48 Stunden.",
        en: "Online counselling by the youth migration services: anonymous, answer within 48 hours.",
      },
      serviceArea: [],
      contact: { phones: [], emails: [], website: "https://www.jmd4you.de" },
      languages: ["de", "tr", "ru"],
      languageNote: "Weitere Sprachen: siehe jmd4you.de.",
      topics: ["education", "work", "language-courses", "residence", "everyday-life"],
      ageRange: { min: 12, max: 26 },
      targetGroups: ["young-people"],
      channels: ["chat"],
      fictional: false,
    },
  ];
  return { providers, offices };
}
