import type { AuditTrailView } from '@portico/api-contract';

type AuditEventView = AuditTrailView['events'][number];

/** The CSV's header cells and how each event reads, in the staff member's language. */
export interface AuditCsvTexts {
  readonly header: readonly [string, string, string, string, string];
  readonly kind: (event: AuditEventView) => string;
  readonly actor: (event: AuditEventView) => string;
}

/**
 * A cell as RFC 4180 quotes it. A cell that a spreadsheet would run as a formula (it starts with =,
 * +, -, @, a tab or a return) gets a leading apostrophe first: names come from outside.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** An appointment's audit trail as CSV: one line per event, oldest first, with CRLF line ends. */
export function auditCsv(events: readonly AuditEventView[], texts: AuditCsvTexts): string {
  const lines = [
    texts.header.map(cell).join(','),
    ...events.map((event) =>
      [event.at, texts.kind(event), texts.actor(event), event.name ?? '', event.detail ?? ''].map(cell).join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
