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

/** The dataset is still on its way: a skeleton that keeps the layout, and a busy results area. */
const meta = { title: "Widget/Loading", ...widgetMeta({ data: "pending" }) } satisfies Meta<WidgetArgs>;
export default meta;

export const Default = widgetStory(async (el) => {
  const message = await shown(el, ".skeleton .state");
  await expect(message.textContent?.trim()).not.toBe("");
  await expect(el.shadowRoot?.querySelector(".area")?.getAttribute("aria-busy")).toBe("true");
});

export const ArabicNarrow = variant(Default, VARIANTS.arabicNarrow);
export const GermanNarrowDark = variant(Default, VARIANTS.germanNarrowDark);
export const ArabicWideDark = variant(Default, VARIANTS.arabicWideDark);
export const GermanHostilePage = variant(Default, VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = variant(Default, VARIANTS.arabicHostilePageDark);
