/**
 * Whether a text holds something shaped like a Swedish personal identity number or
 * coordination number: 10 or 12 digits, perhaps with a hyphen or plus (and spaces) before the
 * last four. Shape only, no date or check digit: it guards free text that must never reach a
 * URL or a log, so refusing a number too many is the safe mistake.
 */
const IDENTITY_NUMBER_SHAPE = /(?<!\d)(?:\d{2})?\d{6} ?[-+]? ?\d{4}(?!\d)/;

export const containsIdentityNumber = (text: string): boolean => IDENTITY_NUMBER_SHAPE.test(text);
