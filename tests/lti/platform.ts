/**
 * A test LMS for the LTI tests: its own RS256 keys (jose), a JWKS, an OAuth
 * token endpoint that checks the tool's signed client assertion against the
 * tool's JWKS (RFC 7523), AGS line items (listed, made and scored) and an
 * NRPS roster, an OpenID configuration with a Dynamic Registration endpoint,
 * all on a local 127.0.0.1 port. It signs launches as an LMS does.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type CryptoKey, type JSONWebKeySet } from "jose";
import { CLAIM, SCOPE } from "@/lib/lti/claims";

export type ReceivedScore = {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  activityProgress: string;
  gradingProgress: string;
  timestamp: string;
};

export type LineItem = { id: string; scoreMaximum: number; label: string; resourceId?: string; resourceLinkId?: string };

export type Member = { user_id: string; roles: string[]; name: string; status?: string };

export const INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
export const LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

export class TestPlatform {
  readonly clientId = `client-${randomUUID()}`;
  readonly deploymentId = "deployment-1";
  readonly scores: ReceivedScore[] = [];
  readonly tokenRequests: string[] = [];
  members: Member[] = [];
  readonly lineItems: LineItem[] = [];
  /** Where each score was posted (the line item's path). */
  readonly scoredLineItems: string[] = [];
  /** Dynamic registration: the token the LMS hands out, what the tool posted, and an issuer to claim instead of its own (a forgery). */
  readonly registrationToken = `reg-${randomUUID()}`;
  readonly registrations: Record<string, unknown>[] = [];
  claimedIssuer: string | null = null;
  /** Answer this many score posts with 503 before accepting. */
  failScores = 0;
  private server!: http.Server;
  private key!: CryptoKey;
  private jwks!: JSONWebKeySet;
  private readonly accessTokens = new Set<string>();
  /** For the browser test: the claims the next sign-in at /auth signs, and the deep-linking replies received. */
  nextLaunch: Record<string, unknown> = {};
  readonly deepLinkReplies: Record<string, unknown>[] = [];

  /** hostName "localhost" (listening on every interface) puts the LMS on another site than a tool on 127.0.0.1, as in real life. */
  constructor(
    private readonly toolJwks: () => Promise<JSONWebKeySet>,
    private readonly hostName: "127.0.0.1" | "localhost" = "127.0.0.1",
  ) {}

  get issuer() {
    return this.url("");
  }
  url(path: string) {
    return `http://${this.hostName}:${(this.server.address() as AddressInfo).port}${path}`;
  }
  get registration() {
    return {
      name: "Test LMS",
      issuer: this.issuer,
      clientId: this.clientId,
      authLoginUrl: this.url("/auth"),
      tokenUrl: this.url("/token"),
      jwksUrl: this.url("/jwks"),
      deploymentIds: this.deploymentId,
    };
  }
  get lineItemUrl() {
    return this.url("/courses/c1/lineitems/1?type=quiz");
  }
  get openIdConfigurationUrl() {
    return this.url("/.well-known/openid-configuration");
  }

  async start(): Promise<this> {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    this.key = privateKey;
    this.jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "platform-key", alg: "RS256", use: "sig" }] };
    this.server = http.createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
    });
    // Test LMSs live on ports 4600-4699 (other suites on this machine keep out of that range): the first free one.
    for (let port = 4600; ; port++) {
      const listening = await new Promise<boolean>((resolve) => {
        this.server.once("error", () => resolve(false));
        if (this.hostName === "localhost") this.server.listen(port, () => resolve(true));
        else this.server.listen(port, "127.0.0.1", () => resolve(true));
      });
      if (listening) return this;
      if (port === 4699) throw new Error("No free port for the test LMS in 4600-4699.");
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** An id token as the LMS signs it; options forge the cases a tool must refuse. */
  async idToken(claims: Record<string, unknown>, options: { key?: CryptoKey; audience?: string; expiresAt?: number } = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      [CLAIM.version]: "1.3.0",
      [CLAIM.deploymentId]: this.deploymentId,
      [CLAIM.context]: { id: "course-1", title: "English 10" },
      ...claims,
    })
      .setProtectedHeader({ alg: "RS256", kid: "platform-key" })
      .setIssuer(this.issuer)
      .setAudience(options.audience ?? this.clientId)
      .setIssuedAt(now)
      .setExpirationTime(options.expiresAt ?? now + 300)
      .sign(options.key ?? this.key);
  }

  /** Claims for a resource-link launch of this person. */
  resourceLaunch(person: { sub: string; name: string; roles: string[] }, custom?: Record<string, string>) {
    return {
      sub: person.sub,
      name: person.name,
      [CLAIM.messageType]: "LtiResourceLinkRequest",
      [CLAIM.roles]: person.roles,
      [CLAIM.resourceLink]: { id: "link-1", title: "Reading" },
      [CLAIM.targetLinkUri]: "http://tool.test/api/lti/launch",
      ...(custom ? { [CLAIM.custom]: custom } : {}),
      [CLAIM.agsEndpoint]: { scope: [SCOPE.score, SCOPE.lineItem], lineitems: this.url("/courses/c1/lineitems"), lineitem: this.lineItemUrl },
      [CLAIM.nrpsService]: { context_memberships_url: this.url("/courses/c1/memberships"), service_versions: ["2.0"] },
    };
  }

  deepLinkingLaunch(person: { sub: string; name: string }) {
    return {
      sub: person.sub,
      name: person.name,
      [CLAIM.messageType]: "LtiDeepLinkingRequest",
      [CLAIM.roles]: [INSTRUCTOR],
      [CLAIM.deepLinkingSettings]: { deep_link_return_url: this.url("/deep-link-return"), accept_types: ["ltiResourceLink"], data: "opaque-123" },
    };
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? "/", this.issuer);
    const body = await new Promise<string>((resolve) => {
      let text = "";
      request.on("data", (chunk: Buffer) => (text += chunk.toString()));
      request.on("end", () => resolve(text));
    });
    const json = (status: number, value: unknown, type = "application/json") => {
      response.writeHead(status, { "content-type": type }).end(JSON.stringify(value));
    };
    const html = (markup: string) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html><html lang="en"><title>Test LMS</title><body>${markup}</body></html>`);
    if (url.pathname === "/jwks") return json(200, this.jwks);
    if (url.pathname === "/.well-known/openid-configuration") {
      return json(200, {
        issuer: this.claimedIssuer ?? this.issuer,
        authorization_endpoint: this.url("/auth"),
        token_endpoint: this.url("/token"),
        jwks_uri: this.url("/jwks"),
        registration_endpoint: this.url("/register"),
        "https://purl.imsglobal.org/spec/lti-platform-configuration": { product_family_code: "test-lms", version: "1.0" },
      });
    }
    if (url.pathname === "/register" && request.method === "POST") {
      if (request.headers.authorization !== `Bearer ${this.registrationToken}`) return json(401, { error: "invalid_token" });
      const registration = JSON.parse(body) as Record<string, unknown>;
      this.registrations.push(registration);
      return json(200, {
        ...registration,
        client_id: this.clientId,
        "https://purl.imsglobal.org/spec/lti-tool-configuration": {
          ...(registration["https://purl.imsglobal.org/spec/lti-tool-configuration"] as object),
          deployment_id: this.deploymentId,
        },
      });
    }
    if (url.pathname === "/course") {
      // The LMS's course page: the tool in an iframe, starting with the login request.
      const login = new URL(url.searchParams.get("tool")!);
      for (const [name, value] of Object.entries({ iss: this.issuer, login_hint: "hint", client_id: this.clientId, target_link_uri: login.origin + "/api/lti/launch" })) login.searchParams.set(name, value);
      return html(`<h1>English 10</h1><iframe title="closeread" src="${login}" width="900" height="600"></iframe>`);
    }
    if (url.pathname === "/register-tool") {
      // The LMS's "add a tool by its registration URL": the tool's page in an iframe, closed when the tool posts org.imsglobal.lti.close.
      const tool = new URL(url.searchParams.get("url")!);
      tool.searchParams.set("openid_configuration", this.openIdConfigurationUrl);
      tool.searchParams.set("registration_token", this.registrationToken);
      return html(
        `<h1>Add an LTI tool</h1><p id="status">Registering…</p><iframe title="tool registration" src="${tool}" width="900" height="400"></iframe>` +
          `<script>addEventListener("message", (event) => { if (event.data && event.data.subject === "org.imsglobal.lti.close") { document.querySelector("iframe").remove(); document.getElementById("status").textContent = "Tool registered."; } });</script>`,
      );
    }
    if (url.pathname === "/auth") {
      // The LMS's OIDC auth endpoint: posts the signed launch to the tool's redirect URI.
      const token = await this.idToken({ ...this.nextLaunch, nonce: url.searchParams.get("nonce") });
      return html(
        `<form method="post" action="${url.searchParams.get("redirect_uri")}"><input type="hidden" name="id_token" value="${token}"><input type="hidden" name="state" value="${url.searchParams.get("state")}"></form><script>document.forms[0].submit()</script>`,
      );
    }
    if (url.pathname === "/deep-link-return" && request.method === "POST") {
      const { payload } = await jwtVerify(new URLSearchParams(body).get("JWT") ?? "", createLocalJWKSet(await this.toolJwks()), { issuer: this.clientId, audience: this.issuer });
      this.deepLinkReplies.push(payload);
      return html(`<p>Added to the course.</p>`);
    }
    if (url.pathname === "/token" && request.method === "POST") {
      const form = new URLSearchParams(body);
      this.tokenRequests.push(form.get("scope") ?? "");
      if (form.get("grant_type") !== "client_credentials" || form.get("client_assertion_type") !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") {
        return json(400, { error: "invalid_request" });
      }
      try {
        await jwtVerify(form.get("client_assertion") ?? "", createLocalJWKSet(await this.toolJwks()), {
          issuer: this.clientId,
          subject: this.clientId,
          audience: this.url("/token"),
        });
      } catch {
        return json(401, { error: "invalid_client" });
      }
      const token = randomUUID();
      this.accessTokens.add(token);
      return json(200, { access_token: token, token_type: "Bearer", expires_in: 3600, scope: form.get("scope") });
    }
    const bearer = request.headers.authorization?.replace(/^Bearer /, "") ?? "";
    if (!this.accessTokens.has(bearer)) return json(401, { error: "invalid_token" });
    if (url.pathname === "/courses/c1/lineitems" && request.method === "GET") {
      const resourceId = url.searchParams.get("resource_id");
      return json(200, this.lineItems.filter((item) => !resourceId || item.resourceId === resourceId), "application/vnd.ims.lis.v2.lineitemcontainer+json");
    }
    if (url.pathname === "/courses/c1/lineitems" && request.method === "POST") {
      if (request.headers["content-type"] !== "application/vnd.ims.lis.v2.lineitem+json") return json(415, {});
      const item = { ...(JSON.parse(body) as Omit<LineItem, "id">), id: this.url(`/courses/c1/lineitems/${this.lineItems.length + 2}`) };
      this.lineItems.push(item);
      return json(201, item, "application/vnd.ims.lis.v2.lineitem+json");
    }
    const scored = url.pathname.match(/^\/courses\/c1\/lineitems\/(\d+)\/scores$/);
    if (scored && request.method === "POST") {
      if (request.headers["content-type"] !== "application/vnd.ims.lis.v1.score+json") return json(415, {});
      if (this.failScores > 0) {
        this.failScores--;
        return json(503, { error: "try later" });
      }
      this.scores.push(JSON.parse(body) as ReceivedScore);
      this.scoredLineItems.push(`/courses/c1/lineitems/${scored[1]}`);
      return json(200, {});
    }
    if (url.pathname === "/courses/c1/memberships") {
      return json(200, { id: url.toString(), context: { id: "course-1" }, members: this.members }, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
    }
    json(404, {});
  }
}
