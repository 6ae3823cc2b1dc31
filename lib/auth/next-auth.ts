import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authErrorCause } from "@/lib/auth/auth-errors";
import { clientAddress } from "@/lib/auth/client-address";
import { verifyCredentials } from "@/lib/auth/credentials";
import { knownDeviceFromHeaders } from "@/lib/auth/known-device";
import { oauthProviders, resolveOAuthSignIn, userIdForOAuthAccount } from "@/lib/auth/oauth";
import { authSecret, secureCookies } from "@/lib/auth/secret";
import { SESSION_MAX_AGE_SECONDS, SESSION_RENEW_AFTER_SECONDS } from "@/lib/auth/session-token";
import { endSession, startSession } from "@/lib/auth/sign-in-sessions";
import { isAppError, isTransientDatabaseError } from "@/lib/errors";
import { log } from "@/lib/log";

export { CredentialsSignin };

/** Sign-in refused because of too many attempts; the sign-in form shows its own message for this code. */
export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

declare module "next-auth" {
  interface Session {
    /** When the user signed in (ms since the epoch): a later password change ends the session. */
    signedInAt?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    signedInAt?: number;
    /** The session's row (lib/auth/sign-in-sessions.ts): deleting it ends this session everywhere. */
    sid?: string;
  }
}

function config(): NextAuthConfig {
  return {
    secret: authSecret(),
    // Self-hosted behind whatever host name the school uses: trust the Host / X-Forwarded-Host header.
    trustHost: true,
    // JWT sessions (the Credentials provider requires them); the token holds only the user id, the
    // session's row id and when they signed in. Everything else, the row included, is read from the
    // database on each request, so deleting the row revokes the cookie.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_RENEW_AFTER_SECONDS },
    // httpOnly and SameSite=Lax are next-auth's defaults; Secure in production, except in the
    // local trial (`npm run demo`), which is reached over plain http on a laptop or LAN.
    useSecureCookies: secureCookies(),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        credentials: { identifier: {}, password: {} },
        async authorize(credentials, request) {
          try {
            return await verifyCredentials(credentials, { address: clientAddress(request.headers), device: knownDeviceFromHeaders(request.headers) });
          } catch (error) {
            if (isAppError(error) && error.code === "rate_limited") throw new RateLimitedSignIn();
            throw error;
          }
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (!account || account.type === "credentials") return true;
        return resolveOAuthSignIn(account, profile);
      },
      async jwt({ token, user, account }) {
        if (!account) return token;
        const userId =
          account.type === "credentials" ? user.id : await userIdForOAuthAccount(account.provider, account.providerAccountId);
        if (!userId) return null;
        return { sub: userId, sid: await startSession(userId), signedInAt: Date.now() };
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub }, signedInAt: token.signedInAt };
      },
    },
    events: {
      // next-auth's own sign-out route and the sign-out action both land here.
      async signOut(message) {
        const sessionId = "token" in message ? message.token?.sid : undefined;
        if (sessionId) await endSession(sessionId);
      },
    },
    logger: {
      // A wrong password is expected, not a server error; a busy database is passing.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        if (isTransientDatabaseError(authErrorCause(error))) log.warn({ reason: error.message }, "database busy during sign-in");
        else log.error({ err: error }, "sign-in failed");
      },
    },
  };
}

export const { handlers, signIn, signOut } = NextAuth(config);
