import { ownCalendar } from "../calendar-words.js";

// Somali (CLDR so): "5 Jannaayo 2026", "Isniin, 5 Jannaayo".
export const calendar = ownCalendar({
  weekdays: "Isniin|Talaado|Arbaco|Khamiis|Jimco|Sabti|Axad",
  months: "Jannaayo|Febraayo|Maarso|Abriil|May|Juun|Luuliyo|Ogost|Sebtembar|Oktoobar|Nofembar|Desembar",
  date: "{d} {m} {y}",
  dayMonth: "{w}, {d} {m}",
});
