import { ownCalendar } from "../calendar-words.js";

// Pashto (CLDR ps): the Gregorian months as written in Afghanistan; "5 جنوري 2026".
export const calendar = ownCalendar({
  weekdays: "دونۍ|درېنۍ|څلرنۍ|پينځنۍ|جمعه|اونۍ|يونۍ",
  months: "جنوري|فبروري|مارچ|اپریل|مۍ|جون|جولای|اګست|سېپتمبر|اکتوبر|نومبر|دسمبر",
  date: "{d} {m} {y}",
  dayMonth: "{w}، {d} {m}",
});
