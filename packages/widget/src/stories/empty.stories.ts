import type { Meta } from "@storybook/web-components-vite";
import { expect } from "storybook/test";
import {
  ready,
  renderWidget,
  shown,
  VARIANTS,
  variant,
  type WidgetArgs,
  type WidgetStory,
  widgetArgs,
  widgetArgTypes,
  widgetIn,
} from "../../.storybook/widget-stories.js";

/** Nothing within the radius: widen it, the online services, and the official finders. */
const meta = {
  title: "Widget/Empty",
  render: renderWidget,
  args: { ...widgetArgs, near: "Garmisch-Partenkirchen" },
  argTypes: widgetArgTypes,
} satisfies Meta<WidgetArgs>;
export default meta;

export const Default: WidgetStory = {
  play: async ({ canvasElement, globals }) => {
    const el = widgetIn(canvasElement);
    await ready(el, globals);
    const empty = await shown(el, ".empty");
    await expect(empty.querySelector("button")).not.toBeNull();
    await expect(empty.querySelectorAll("a[href]").length).toBeGreaterThan(0);
  },
};

export const ArabicNarrow = variant(Default, VARIANTS.arabicNarrow);
export const GermanNarrowDark = variant(Default, VARIANTS.germanNarrowDark);
export const ArabicWideDark = variant(Default, VARIANTS.arabicWideDark);
export const GermanHostilePage = variant(Default, VARIANTS.germanHostilePage);
export const ArabicHostilePageDark = variant(Default, VARIANTS.arabicHostilePageDark);
