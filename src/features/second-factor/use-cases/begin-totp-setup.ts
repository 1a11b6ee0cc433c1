import QRCode from "qrcode";
import { seal } from "@/server/auth/secret-box.ts";
import { newTotpSecret, TOTP_SETUP_BOX, TOTP_SETUP_MINUTES, totpUri } from "../rules/totp.ts";

/**
 * A new authenticator-app secret to show (QR code and key to type), not stored yet: it travels sealed with the form
 * (AES-256-GCM, bound to the user and valid 15 minutes) and is kept only once the app has given a right code.
 */
export async function beginTotpSetup(input: { userId: string; email: string; now?: Date }) {
  const now = input.now ?? new Date();
  const secret = newTotpSecret();
  const uri = totpUri(secret, input.email);
  const sealed = seal(TOTP_SETUP_BOX, JSON.stringify({ u: input.userId, s: secret, e: now.getTime() + TOTP_SETUP_MINUTES * 60_000 }));
  const qrCodeDataUrl = `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" })).toString("base64")}`;
  return { secret, uri, sealed, qrCodeDataUrl };
}
