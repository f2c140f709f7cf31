/**
 * How counselling reaches people. An office without `in-person` is online-only. Since 1.1: `email`
 * (counselling by e-mail) and `group` (group sessions and information events).
 */
export const CHANNELS = [
  "in-person",
  "phone",
  "video",
  "chat",
  "messenger",
  "outreach",
  "email",
  "group",
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels that reach people without a visit, so an office without an address can still serve anyone. */
export const REMOTE_CHANNELS: readonly Channel[] = ["phone", "video", "chat", "messenger", "email"];

/** What `isOnlineOffice` looks at; an `Office` (input or parsed) fits. */
export interface OnlineOfficeFields {
  address?: unknown;
  geo?: unknown;
  channels?: readonly string[] | undefined;
}

/**
 * The one definition of an online office (mbeon, jmd4you…): no address, no coordinates, and at least one
 * channel that reaches people without a visit. Search lists these apart, treats them as reachable when
 * they publish no hours, and the widget shows no "no opening hours" line for them.
 *
 * @example
 * isOnlineOffice({ channels: ["chat"] }) // true
 * isOnlineOffice({ channels: ["in-person"] }) // false: an office whose address is still missing
 */
export function isOnlineOffice(office: OnlineOfficeFields): boolean {
  if (office.address !== undefined || office.geo !== undefined) return false;
  return (office.channels ?? []).some((channel) => (REMOTE_CHANNELS as readonly string[]).includes(channel));
}

/** What kind of number a phone entry is. */
export const PHONE_TYPES = ["voice", "mobile", "fax", "messenger"] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];
