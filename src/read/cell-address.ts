/** A spreadsheet's name for a cell: column letters and row number (1-based), e.g. column 4, row 7 → `D7`. */
export function cellAddress(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}
