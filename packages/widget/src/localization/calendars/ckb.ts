import { ownCalendar } from "../calendar-words.js";

// Sorani (CLDR ckb, with the heh (ه) of the widget's Sorani texts): the Gregorian months by their
// names in Iraqi Kurdistan; "5ی کانوونی دووەمی 2026".
export const calendar = ownCalendar({
  weekdays: "دووشەممە|سێشەممە|چوارشەممە|پێنجشەممە|هەینی|شەممە|یەکشەممە",
  months:
    "کانوونی دووەم|شوبات|ئازار|نیسان|ئایار|حوزەیران|تەمووز|ئاب|ئەیلوول|تشرینی یەکەم|تشرینی دووەم|کانوونی یەکەم",
  date: "{d}ی {m}ی {y}",
  dayMonth: "{w}، {d}ی {m}",
});
