/** Turkish tax identifiers: VKN (companies, 10 digits) and TCKN (people, 11 digits). */

const digitsOf = (value: string): number[] => [...value].map(Number);

/** The tenth digit of a VKN whose first nine digits are given. */
export function vknCheckDigit(firstNine: string): number {
  const d = digitsOf(firstNine);
  let sum = 0;
  // i counts from the right over the first nine digits: i = 1 is the 9th digit.
  for (let i = 1; i <= 9; i++) {
    const t = (d[9 - i]! + i) % 10;
    if (t === 0) continue;
    const s = (t * 2 ** i) % 9;
    sum += s === 0 ? 9 : s;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidVkn(value: string): boolean {
  return /^\d{10}$/.test(value) && vknCheckDigit(value.slice(0, 9)) === Number(value[9]);
}

export function isValidTckn(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false;
  const d = digitsOf(value);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  if (d10 !== d[9]) return false;
  const d11 = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return d11 === d[10];
}
