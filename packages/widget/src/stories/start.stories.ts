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

/** The dataset is loaded and nobody has searched yet: the field, the filters and a hint. */
const meta = { title: "Widget/Start", ...widgetMeta() } satisfies Meta<WidgetArgs>;
export default meta;

export const Default = widgetStory(async (el) => {
  const hint = await shown(el, ".start");
  await expect(hint.textContent?.trim()).not.toBe("");
  await expect(el.shadowRoot?.querySelector(".banner")).toBeNull();
});

export const ArabicNarrow = variant(Default, VARIANTS.arabicNarrow);
export const GermanNarrowDark = variant(Default, VARIANTS.germanNarrowDark);
export const ArabicWideDark = variant(Default, VARIANTS.arabicWideDark);
export const GermanHostilePage = variant(Default, VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = variant(Default, VARIANTS.arabicHostilePageDark);
