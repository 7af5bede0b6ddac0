/** Number words: English ("seventeen", "twenty-four") and simple kanji numerals ("十七", "三十"). */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  a: 1,
  an: 1,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const UNIT_WORDS = Object.keys(UNITS)
  .filter((w) => w.length > 2)
  .sort((a, b) => b.length - a.length)
  .join('|');
const TEN_WORDS = Object.keys(TENS).join('|');

/** Regex source for an English number: digits, "seventeen", "twenty-four", "ninety", "one hundred". */
export const EN_NUMBER = `(?:\\d{1,4}(?:,\\d{3})?|(?:${TEN_WORDS})(?:[-\\s](?:${UNIT_WORDS}))?|(?:${UNIT_WORDS})(?:\\s+hundred)?|a\\s+hundred)`;

/** Regex source for a kanji numeral up to 9999 or plain digits. */
export const JA_NUMBER = '(?:\\d{1,4}(?:,\\d{3})?|[〇一二三四五六七八九十百千]{1,6})';

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses digits, an English number phrase or a kanji numeral; null when it is none of these. */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase().replace(/,/g, '');
  if (s === '') return null;
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇一二三四五六七八九十百千]+$/.test(s)) return parseKanji(s);
  const parts = s.split(/[-\s]+/);
  let total = 0;
  let current = 0;
  for (const p of parts) {
    if (p in UNITS) current += UNITS[p];
    else if (p in TENS) current += TENS[p];
    else if (p === 'hundred') current = (current || 1) * 100;
    else return null;
  }
  total += current;
  return total;
}

function parseKanji(s: string): number | null {
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in KANJI_DIGITS) {
      // Positional form such as "三六五" (365).
      digit = digit >= 0 ? digit * 10 + KANJI_DIGITS[ch] : KANJI_DIGITS[ch];
    } else if (ch in KANJI_MULTIPLIERS) {
      total += (digit >= 0 ? digit : 1) * KANJI_MULTIPLIERS[ch];
      digit = -1;
    } else {
      return null;
    }
  }
  return total + (digit >= 0 ? digit : 0);
}
