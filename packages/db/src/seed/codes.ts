export type CodeMap = Map<string, number>;

export const byCode = (rows: { id: number; code: string }[]): CodeMap => new Map(rows.map((r) => [r.code, r.id]));

export function idOf(map: CodeMap, code: string, what: string): number {
  const id = map.get(code);
  if (id === undefined) throw new Error(`seed: unknown ${what} ${code}`);
  return id;
}
