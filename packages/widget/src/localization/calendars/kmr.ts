import { ownCalendar } from "../calendar-words.js";

// Kurmanji (CLDR ku): "5 rêbendan 2026", "duşem, 5 rêbendan".
export const calendar = ownCalendar({
  weekdays: "duşem|sêşem|çarşem|pêncşem|în|şemî|yekşem",
  months: "rêbendan|reşemî|adar|avrêl|gulan|pûşper|tîrmeh|gelawêj|rezber|kewçêr|sermawez|berfanbar",
  date: "{d} {m} {y}",
  dayMonth: "{w}, {d} {m}",
});
