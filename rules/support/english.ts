/** A count with its English noun: "1 month", "2 months"; "1 other unit", "3 other units". */
export function countedEn(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
