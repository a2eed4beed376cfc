import type { Mail, MailSender } from "@boordtabel/api";
import nodemailer from "nodemailer";

export interface Mailer extends MailSender {
  close(): void;
}

/** Sends mail over SMTP with nodemailer: `smtpUrl` as smtp://user:pass@host:587 (STARTTLS when
 *  the server offers it) or smtps://…:465, from `from` ("Boordtabel <noreply@example.be>"). */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail: Mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
