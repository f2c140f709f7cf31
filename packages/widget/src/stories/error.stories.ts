import type { Meta } from "@storybook/web-components-vite";
import { expect } from "storybook/test";
import {
  shown,
  VARIANTS,
  variant,
  type WidgetArgs,
  widgetMeta,
  widgetStory,
} from "../../.storybook/widget-stories.js";

/** The dataset could not be fetched: what went wrong, in words, and a retry (which works here). */
const meta = { title: "Widget/Error", ...widgetMeta({ data: "failing" }) } satisfies Meta<WidgetArgs>;
export default meta;

export const Default = widgetStory(async (el) => {
  const alert = await shown(el, "[role=alert]");
  await expect(alert.querySelector("h3")?.textContent?.trim()).not.toBe("");
  await expect(alert.querySelector("button")).not.toBeNull();
});

export const ArabicNarrow = variant(Default, VARIANTS.arabicNarrow);
export const GermanNarrowDark = variant(Default, VARIANTS.germanNarrowDark);
export const ArabicWideDark = variant(Default, VARIANTS.arabicWideDark);
export const GermanHostilePage = variant(Default, VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = variant(Default, VARIANTS.arabicHostilePageDark);
