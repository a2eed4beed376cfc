import { bilingual, type Bilingual } from "../dto.js";

export interface NodeRow {
  id: number;
  parentId: number | null;
  code: string;
  kind: string;
  level: number;
  number: string | null;
  titleNl: string;
  titleEn: string;
  commitmentCodes: string[];
  kpiCodes: string[];
}

export interface PlanNodeDto {
  code: string;
  kind: string;
  level: number;
  number: string | null;
  title: Bilingual;
  commitments: string[];
  kpis: string[];
  children: PlanNodeDto[];
}

/** Nests the plan's nodes (already in document order) under their parents. */
export function buildNodeTree(rows: NodeRow[]): PlanNodeDto[] {
  const dtos = new Map<number, PlanNodeDto>();
  for (const row of rows) {
    dtos.set(row.id, {
      code: row.code,
      kind: row.kind.toLowerCase(),
      level: row.level,
      number: row.number,
      title: bilingual(row.titleNl, row.titleEn),
      commitments: row.commitmentCodes,
      kpis: row.kpiCodes,
      children: [],
    });
  }
  const roots: PlanNodeDto[] = [];
  for (const row of rows) {
    const dto = dtos.get(row.id)!;
    const parent = row.parentId === null ? undefined : dtos.get(row.parentId);
    (parent ? parent.children : roots).push(dto);
  }
  return roots;
}

/** The ids of a node and everything beneath it, at any depth. */
export function subtreeIds(nodes: { id: number; parentId: number | null }[], rootId: number): number[] {
  const children = new Map<number | null, number[]>();
  for (const n of nodes) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  const walk = (id: number): number[] => [id, ...(children.get(id) ?? []).flatMap(walk)];
  return walk(rootId);
}
