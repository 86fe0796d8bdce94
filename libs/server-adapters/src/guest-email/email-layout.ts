import type { Brand, Locale } from '@portico/domain';
import { escapeHtml } from './escape-html';
import { guestEmailText } from './guest-email-text';

/**
 * The HTML frame around every e-mail: language, title, the brand's name on its colour, a readable
 * width on any screen, and the portal's privacy notice at the foot. The brand colour is checked at
 * start-up to carry white text.
 */
export function emailLayout(
  locale: Locale,
  title: string,
  brand: Brand,
  blocks: readonly string[],
  privacyNoticeUrl: string,
): string {
  return [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:16px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#242424">',
    '<div style="max-width:600px;margin:0 auto">',
    `<p style="margin:0 0 16px;padding:12px 16px;background:${escapeHtml(brand.colour)};color:#ffffff;font-size:20px;font-weight:600">${brand.logoUrl ? `<img src="${escapeHtml(brand.logoUrl)}" alt="" height="32" style="vertical-align:middle;margin-right:8px">` : ''}${escapeHtml(brand.name)}</p>`,
    ...blocks,
    `<p style="margin-top:24px;color:#616161;font-size:14px"><a href="${escapeHtml(privacyNoticeUrl)}" style="color:#616161">${escapeHtml(guestEmailText[locale].privacyNotice)}</a></p>`,
    '</div></body></html>',
  ].join('\n');
}

/** A link that looks like a button in the brand's colour, in mail clients that ignore stylesheets. */
export function emailButton(href: string, label: string, brand: Brand): string {
  const style = `display:inline-block;padding:12px 20px;background:${escapeHtml(brand.colour)};color:#ffffff;text-decoration:none;border-radius:4px`;
  return `<p><a href="${escapeHtml(href)}" style="${style}">${escapeHtml(label)}</a></p>`;
}
