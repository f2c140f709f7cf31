// The npm + bundler example: importing the package registers <beratungs-finder>; the page listens to
// the widget's events. Bundled by scripts/build.mjs with esbuild (`splitting: true` keeps each locale
// in its own lazily loaded chunk).
import "@beratungsfinder/widget";

const finder = document.querySelector("beratungs-finder");
const log = document.querySelector("#event-log");

/** One line per event, newest first, so a web team sees what it could hook its own code to. */
function describe(event) {
  const detail = event.detail ?? {};
  switch (event.type) {
    case "bf-search":
      return `search for “${detail.query}”`;
    case "bf-results":
      return `${detail.total} offices found, ${detail.results.length} shown, ${detail.online.length} online services`;
    case "bf-select":
      return `details opened: ${detail.result.office.name}`;
    case "bf-filter-change":
      return `filters changed: radius ${detail.filters.radiusKm} km`;
    case "bf-locale-change":
      return `language: ${detail.locale}${detail.chosen ? " (chosen in the menu)" : ""}`;
    case "bf-error":
      return `error (${detail.kind}, ${detail.code}): ${detail.message}`;
    default:
      return event.type;
  }
}

for (const type of [
  "bf-search",
  "bf-results",
  "bf-select",
  "bf-filter-change",
  "bf-locale-change",
  "bf-error",
]) {
  finder.addEventListener(type, (event) => {
    const item = document.createElement("li");
    item.textContent = `${type}: ${describe(event)}`;
    log.prepend(item);
  });
}
