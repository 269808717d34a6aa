/**
 * The option-service settings pages (WEB-INF/includes/), shown on the user's own site (/user/settings/…) and, for an
 * administrator acting on the user's behalf, in a proxy window (/admin/proxy/…): the same beans back both, and
 * {@link jp.office050.web.settings.SettingsLine} says which line a page is about.
 */
package jp.office050.web.settings;
