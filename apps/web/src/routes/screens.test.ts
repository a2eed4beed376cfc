import { describe, expect, it } from "vitest";
import en from "../i18n/en.json";
import nl from "../i18n/nl.json";
import { allows, type RequiredRole, type Role } from "../lib/session";
import { screens, type Screen } from "./screens";

function text(tree: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe("the screen table", () => {
  it.each(Object.entries(screens))("gives %s a title that exists in Dutch and English", (_, screen) => {
    expect(typeof text(nl, screen.title)).toBe("string");
    expect(typeof text(en, screen.title)).toBe("string");
  });

  it("declares every address once", () => {
    const paths = Object.values(screens).map((screen) => screen.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("keeps entry, import, review and administration behind their roles", () => {
    const table: Record<string, Screen> = screens;
    const gated = Object.fromEntries(Object.values(table).map((screen) => [screen.path, screen.role ?? null]));
    expect(gated).toMatchObject({
      "/kpis/$code/entry": "editor",
      "/entry": "editor",
      "/import": "editor",
      "/due": "editor",
      "/review": "reviewer",
      "/admin": "admin",
      "/meldingen": "viewer",
      "/kpis/$code/voorstel": "editor",
      "/voorstellen/$id": "viewer",
      "/bijsturing": "viewer",
      "/organisaties/$code": null,
      "/plans/$code": null,
      "/login": null,
    });
  });
});

describe("who may open a screen", () => {
  const roles: (Role | null)[] = [null, "VIEWER", "EDITOR", "REVIEWER", "ADMIN"];
  const may = (required: RequiredRole) => roles.filter((role) => allows(required, role));

  it("lets everyone open public screens", () => expect(may(null)).toEqual(roles));
  it("asks only for a session when a viewer is enough", () =>
    expect(may("viewer")).toEqual(["VIEWER", "EDITOR", "REVIEWER", "ADMIN"]));
  it("lets editors and admins enter", () => expect(may("editor")).toEqual(["EDITOR", "ADMIN"]));
  it("lets reviewers and admins review", () => expect(may("reviewer")).toEqual(["REVIEWER", "ADMIN"]));
  it("lets only admins administer", () => expect(may("admin")).toEqual(["ADMIN"]));
});
