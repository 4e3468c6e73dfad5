/**
 * Pure rules of the directories and plans that name places and people: region codes inside a
 * bureau's division, phone numbers, and lists typed by hand (trimmed, blanks and repeats dropped).
 */

/** An administrative division code of 6, 9 or 12 digits (province … village committee). */
export function isRegionCode(code: string): boolean {
  return /^\d{6}(\d{3}){0,2}$/.test(code);
}

/** Whether a region lies in a bureau's division (a province bureau covers every region). */
export function regionInDivision(region: string, bureau: { level: string; divisionCode: string }): boolean {
  return bureau.level === 'PROVINCE' || region.startsWith(bureau.divisionCode);
}

/** A phone number as the directories accept it: 5 to 20 digits, spaces, +, - or brackets. */
export function isPhoneNumber(phone: string): boolean {
  return /^[0-9+\-() ]{5,20}$/.test(phone);
}

/** The distinct values of a list, in first-seen order. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** A hand-typed list: each value trimmed, blanks dropped, repeats dropped. */
export function cleanList(values: readonly string[]): string[] {
  return distinct(values.map((v) => v.trim()).filter(Boolean));
}

/** A hand-typed optional text: trimmed, or null when nothing is left. */
export function trimmedOrNull(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
