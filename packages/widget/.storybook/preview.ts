import type { Preview } from "@storybook/web-components-vite";
import { ENDONYMS, isRtl, LOCALES } from "../src/localization/locales.js";

const preview: Preview = {
  globalTypes: {
    locale: {
      description: "Language of the widget (its lang attribute)",
      toolbar: {
        title: "Language",
        icon: "globe",
        dynamicTitle: true,
        items: LOCALES.map((locale) => ({
          value: locale,
          title: `${ENDONYMS[locale]} (${locale})`,
          right: isRtl(locale) ? "RTL" : "",
        })),
      },
    },
    theme: {
      description: "Colour scheme (the theme attribute)",
      toolbar: {
        title: "Theme",
        icon: "contrast",
        dynamicTitle: true,
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
          { value: "auto", title: "Auto (system)" },
        ],
      },
    },
  },
  initialGlobals: {
    locale: "en",
    theme: "light",
    viewport: { value: "wide", isRotated: false },
  },
  parameters: {
    layout: "fullscreen",
    viewport: {
      options: {
        narrow: { name: "Narrow (320 px)", styles: { width: "320px", height: "720px" }, type: "mobile" },
        wide: { name: "Wide (1280 px)", styles: { width: "1280px", height: "900px" }, type: "desktop" },
      },
    },
    // Story tests fail on any axe violation.
    a11y: { test: "error" },
    controls: { expanded: true },
  },
};

export default preview;
