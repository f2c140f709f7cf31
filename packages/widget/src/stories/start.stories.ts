import type { Meta } from "@storybook/web-components-vite";
import { expect } from "storybook/test";
import * as stories from "../../.storybook/widget-stories.js";

/** The dataset is loaded and nobody has searched yet: the field, the filters and a hint. */
const meta = { title: "Widget/Start", ...stories.widgetMeta() } satisfies Meta<stories.WidgetArgs>;
export default meta;

export const Default = stories.widgetStory(async (el) => {
  const hint = await stories.shown(el, ".start");
  await expect(hint.textContent?.trim()).not.toBe("");
  await expect(el.shadowRoot?.querySelector(".banner")).toBeNull();
});

export const ArabicNarrow = stories.variant(Default, stories.VARIANTS.arabicNarrow);
export const GermanNarrowDark = stories.variant(Default, stories.VARIANTS.germanNarrowDark);
export const ArabicWideDark = stories.variant(Default, stories.VARIANTS.arabicWideDark);
export const GermanHostilePage = stories.variant(Default, stories.VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = stories.variant(Default, stories.VARIANTS.arabicHostilePageDark);
