import { describe, expect, it } from "vitest";
import { claimedAccess, parseOrgMap, parseRoleMap, readClaim, type ClaimRules } from "./oidc-claims.js";

const rules: ClaimRules = {
  roleClaim: "boordtabel_rol",
  roleMap: parseRoleMap("boordtabel-admin=admin, boordtabel-editor=editor,boordtabel-reviewer=reviewer"),
  orgClaim: "vo_orgcode",
  orgMap: parseOrgMap("OVO000099=VDAB"),
};

describe("the role and organisation map", () => {
  it("reads value=role pairs and refuses a role Boordtabel does not know", () => {
    expect(parseRoleMap("a=admin,b=Editor,")).toEqual([
      ["a", "ADMIN"],
      ["b", "EDITOR"],
    ]);
    expect(() => parseRoleMap("a=owner")).toThrow(/no role/);
    expect(() => parseRoleMap("admin")).toThrow(/value=target/);
  });

  it("keeps an '=' inside a provider value (the last one separates)", () => {
    expect(parseOrgMap("ou=vdab=VDAB")).toEqual([["ou=vdab", "VDAB"]]);
  });
});

describe("the access a sign-in's claims grant", () => {
  it("maps a role claim given as a string, a space-separated list or an array", () => {
    expect(claimedAccess({ boordtabel_rol: "boordtabel-editor" }, rules).role).toBe("EDITOR");
    expect(claimedAccess({ boordtabel_rol: "x boordtabel-reviewer" }, rules).role).toBe("REVIEWER");
    expect(claimedAccess({ boordtabel_rol: ["x", "boordtabel-admin"] }, rules).role).toBe("ADMIN");
  });

  it("lets the first listed role win when the user holds several", () => {
    expect(claimedAccess({ boordtabel_rol: ["boordtabel-reviewer", "boordtabel-admin"] }, rules).role).toBe("ADMIN");
  });

  it("grants only reading when the configured role claim holds no mapped value or is absent", () => {
    expect(claimedAccess({ boordtabel_rol: "other-app-admin" }, rules).role).toBe("VIEWER");
    expect(claimedAccess({}, rules).role).toBe("VIEWER");
  });

  it("reaches nested claims by a dotted path, as Keycloak sends realm roles", () => {
    const keycloak = { ...rules, roleClaim: "realm_access.roles" };
    expect(claimedAccess({ realm_access: { roles: ["boordtabel-editor"] } }, keycloak).role).toBe("EDITOR");
    expect(readClaim({ "a.b": 1, a: { b: 2 } }, "a.b")).toBe(1);
  });

  it("translates an organisation value through the map and takes other values as the code", () => {
    expect(claimedAccess({ vo_orgcode: "OVO000099" }, rules).organisationCode).toBe("VDAB");
    expect(claimedAccess({ vo_orgcode: "SERV" }, rules).organisationCode).toBe("SERV");
    expect(claimedAccess({}, rules).organisationCode).toBeNull();
  });

  it("leaves role and organisation alone when no claim is configured", () => {
    const none: ClaimRules = { roleClaim: null, roleMap: [], orgClaim: null, orgMap: [] };
    expect(claimedAccess({ boordtabel_rol: "boordtabel-admin", vo_orgcode: "VDAB" }, none)).toEqual({
      role: undefined,
      organisationCode: undefined,
    });
  });
});
