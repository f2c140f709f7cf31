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

/** Nothing within the radius: widen it, the online services, and the official finders. */
const meta = {
  title: "Widget/Empty",
  ...widgetMeta({ near: "Garmisch-Partenkirchen" }),
} satisfies Meta<WidgetArgs>;
export default meta;

export const Default = widgetStory(async (el) => {
  const empty = await shown(el, ".empty");
  await expect(empty.querySelector("button")).not.toBeNull();
  await expect(empty.querySelectorAll("a[href]").length).toBeGreaterThan(0);
});

export const ArabicNarrow = variant(Default, VARIANTS.arabicNarrow);
export const GermanNarrowDark = variant(Default, VARIANTS.germanNarrowDark);
export const ArabicWideDark = variant(Default, VARIANTS.arabicWideDark);
export const GermanHostilePage = variant(Default, VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = variant(Default, VARIANTS.arabicHostilePageDark);
