import type { Meta } from "@storybook/web-components-vite";
import { expect } from "storybook/test";
import * as stories from "../../.storybook/widget-stories.js";

/** The dataset is still on its way: a skeleton that keeps the layout, and a busy results area. */
const meta = {
  title: "Widget/Loading",
  ...stories.widgetMeta({ data: "pending" }),
} satisfies Meta<stories.WidgetArgs>;
export default meta;

export const Default = stories.widgetStory(async (el) => {
  const message = await stories.shown(el, ".skeleton .state");
  await expect(message.textContent?.trim()).not.toBe("");
  await expect(el.shadowRoot?.querySelector(".area")?.getAttribute("aria-busy")).toBe("true");
});

export const ArabicNarrow = stories.variant(Default, stories.VARIANTS.arabicNarrow);
export const GermanNarrowDark = stories.variant(Default, stories.VARIANTS.germanNarrowDark);
export const ArabicWideDark = stories.variant(Default, stories.VARIANTS.arabicWideDark);
export const GermanHostilePage = stories.variant(Default, stories.VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = stories.variant(Default, stories.VARIANTS.arabicHostilePageDark);
