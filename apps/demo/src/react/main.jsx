// The React example: the wrapper from @beratungsfinder/widget/react passes props to the element and
// maps its events to onBf… props. Bundled by scripts/build.mjs with esbuild.
import { BeratungsFinder } from "@beratungsfinder/widget/react";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";

function App() {
  const [selected, setSelected] = useState();
  const [total, setTotal] = useState();
  return (
    <>
      <BeratungsFinder
        src="/data/demo/manifest.json"
        lang="en"
        near="Frankfurt am Main"
        geodataBase="/cdn/geodata/"
        onBfResults={(event) => setTotal(event.detail.total)}
        onBfSelect={(event) => setSelected(event.detail.result.office.name)}
      />
      <p className="react-status" aria-live="polite">
        {total === undefined ? "No results yet." : `React state: ${total} offices found.`}{" "}
        {selected
          ? `Details opened: ${selected}.`
          : "Open a result's details to see the bf-select event here."}
      </p>
    </>
  );
}

createRoot(document.getElementById("app")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
