import type { Meta } from "@storybook/web-components-vite";
import { expect } from "storybook/test";
import {
  ready,
  renderWidget,
  shown,
  stubDatasetFetch,
  VARIANTS,
  variant,
  type WidgetArgs,
  type WidgetStory,
  widgetArgs,
  widgetArgTypes,
  widgetIn,
} from "../../.storybook/widget-stories.js";

/** The dataset could not be fetched: what went wrong, in words, and a retry (which works here). */
const meta = {
  title: "Widget/Error",
  render: renderWidget,
  args: { ...widgetArgs, data: "failing" },
  argTypes: widgetArgTypes,
  // The first dataset request fails like a network error; a retry gets the fixture data.
  beforeEach: stubDatasetFetch,
} satisfies Meta<WidgetArgs>;
export default meta;

export const Default: WidgetStory = {
  play: async ({ canvasElement, globals }) => {
    const el = widgetIn(canvasElement);
    await ready(el, globals);
    const alert = await shown(el, "[role=alert]");
    await expect(alert.querySelector("h3")?.textContent?.trim()).not.toBe("");
    await expect(alert.querySelector("button")).not.toBeNull();
  },
};

export const ArabicNarrow = variant(Default, VARIANTS.arabicNarrow);
export const GermanNarrowDark = variant(Default, VARIANTS.germanNarrowDark);
export const ArabicWideDark = variant(Default, VARIANTS.arabicWideDark);
export const GermanHostilePage = variant(Default, VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = variant(Default, VARIANTS.arabicHostilePageDark);
