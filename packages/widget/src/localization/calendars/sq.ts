import { ownCalendar } from "../calendar-words.js";

// Albanian (CLDR sq): "5 janar 2026", "e hënë, 5 janar".
export const calendar = ownCalendar({
  weekdays: "e hënë|e martë|e mërkurë|e enjte|e premte|e shtunë|e diel",
  months: "janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor",
  date: "{d} {m} {y}",
  dayMonth: "{w}, {d} {m}",
});
