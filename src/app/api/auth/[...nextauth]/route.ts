import NextAuth from "next-auth";
import { credentialsProvider } from "@/features/accounts/index.ts";
import { authOptions } from "@/server/auth/options.ts";

// The server's session settings, with the accounts area's login check as the one way to open a session.
const handler = NextAuth({ ...authOptions, providers: [credentialsProvider] });
export { handler as GET, handler as POST };
