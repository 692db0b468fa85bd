import {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatDayAndTime,
  formatIdentityNumber,
  formatTime,
} from './format';

// 13:05 UTC is 14:05 in Stockholm in December (CET), 15:05 in June (CEST).
const DECEMBER = '2026-12-12T13:05:00Z';
const JUNE = '2026-06-12T13:05:00Z';

describe('format', () => {
  it('shows instants in Swedish time, whatever the computer’s zone', () => {
    expect(formatDate(DECEMBER)).toBe('12 dec. 2026');
    expect(formatTime(DECEMBER)).toBe('14:05');
    expect(formatTime(JUNE)).toBe('15:05');
    expect(formatDateTime(DECEMBER)).toBe('12 dec. 2026 14:05');
    expect(formatDayAndTime(DECEMBER)).toBe('12 dec. 14:05');
    // Just before midnight UTC is already the next day in Stockholm.
    expect(formatDate('2026-05-09T22:30:00Z')).toBe('10 maj 2026');
  });

  it('takes a timestamp, epoch milliseconds or a Date alike', () => {
    const ms = Date.parse(DECEMBER);
    expect(formatDateTime(ms)).toBe(formatDateTime(DECEMBER));
    expect(formatDateTime(new Date(ms))).toBe(formatDateTime(DECEMBER));
  });

  it('shows a calendar date as the day it names', () => {
    expect(formatCalendarDate('2025-03-10')).toBe('10 mars 2025');
    expect(formatCalendarDate('2025-03-10T23:30:00+02:00')).toBe('10 mars 2025');
    expect(formatCalendarDate('2025-01-01')).toBe('1 januari 2025');
  });

  it('writes a twelve-digit identity number with its hyphen and leaves anything else alone', () => {
    expect(formatIdentityNumber('191212121212')).toBe('19121212-1212');
    expect(formatIdentityNumber('19121212-1212')).toBe('19121212-1212');
    expect(formatIdentityNumber('1212121212')).toBe('1212121212');
  });
});
