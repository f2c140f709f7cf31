import { ownCalendar } from "../calendar-words.js";

// Tigrinya (CLDR ti): the Gregorian months by their Tigrinya names; "5 ጥሪ 2026", "ሰኑይ፣ 5 ጥሪ".
export const calendar = ownCalendar({
  weekdays: "ሰኑይ|ሰሉስ|ረቡዕ|ሓሙስ|ዓርቢ|ቀዳም|ሰንበት",
  months: "ጥሪ|ለካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰነ|ሓምለ|ነሓሰ|መስከረም|ጥቅምቲ|ሕዳር|ታሕሳስ",
  date: "{d} {m} {y}",
  dayMonth: "{w}፣ {d} {m}",
});
