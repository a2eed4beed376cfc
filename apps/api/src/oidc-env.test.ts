import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { signInFromEnv } from "./oidc-env.js";

const base = {
  OIDC_ISSUER: "https://authenticatie.vlaanderen.be/op",
  OIDC_CLIENT_ID: "boordtabel",
  OIDC_CLIENT_SECRET: "s3cret",
};

describe("the sign-in settings", () => {
  it("offers only the password form when no provider is configured", () => {
    expect(signInFromEnv({})).toEqual({ oidc: null, passwordSignIn: true, accessContact: null });
  });

  it("reads the provider, its scopes, the role and organisation claims and their maps", () => {
    const { oidc, passwordSignIn } = signInFromEnv({
      ...base,
      OIDC_SCOPES: "openid profile vo",
      OIDC_PROVIDER_NAME: "de Vlaamse overheid",
      OIDC_ROLE_CLAIM: "boordtabel_rol_3d",
      OIDC_ROLE_MAP: "BoordtabelBeheerder=admin,BoordtabelInvoerder=editor",
      OIDC_ORG_CLAIM: "vo_orgcode",
      OIDC_ORG_MAP: "OVO000099=VDAB",
      AUTH_PASSWORD: "off",
    });
    expect(passwordSignIn).toBe(false);
    expect(oidc).toMatchObject({
      issuer: base.OIDC_ISSUER,
      clientSecret: "s3cret",
      scopes: ["openid", "profile", "vo"],
      providerName: "de Vlaamse overheid",
      rules: {
        roleClaim: "boordtabel_rol_3d",
        roleMap: [
          ["BoordtabelBeheerder", "ADMIN"],
          ["BoordtabelInvoerder", "EDITOR"],
        ],
        orgClaim: "vo_orgcode",
        orgMap: [["OVO000099", "VDAB"]],
      },
    });
  });

  it("reads the client secret from a file (a container secret) and names the provider by its host otherwise", () => {
    const file = join(mkdtempSync(join(tmpdir(), "oidc-")), "secret");
    writeFileSync(file, "from-file\n");
    const { oidc } = signInFromEnv({ ...base, OIDC_CLIENT_SECRET: undefined, OIDC_CLIENT_SECRET_FILE: file });
    expect(oidc?.clientSecret).toBe("from-file");
    expect(oidc?.providerName).toBe("authenticatie.vlaanderen.be");
  });

  it.each([
    [{ AUTH_PASSWORD: "off" }, /AUTH_PASSWORD=off needs single sign-on/],
    [{ OIDC_CLIENT_ID: "x" }, /set without OIDC_ISSUER/],
    [{ ...base, OIDC_CLIENT_ID: undefined }, /OIDC_CLIENT_ID is required/],
    [{ ...base, OIDC_CLIENT_SECRET: undefined }, /OIDC_CLIENT_SECRET \(or _FILE\) is required/],
    [{ ...base, OIDC_ROLE_CLAIM: "roles" }, /needs OIDC_ROLE_MAP/],
    [{ ...base, OIDC_ROLE_CLAIM: "roles", OIDC_ROLE_MAP: "x=owner" }, /"owner" is no role/],
    [{ ...base, OIDC_ISSUER: "not a url" }, /OIDC_ISSUER/],
  ])("refuses to start with an incomplete or contradictory set (%o)", (env, problem) => {
    expect(() => signInFromEnv(env as Record<string, string>)).toThrow(problem);
  });
});
