import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@reinstate/platform';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  /** Stable id: the .eml file name, so a redelivery rewrites the same file instead of adding one. */
  id: string;
  tenantId: string;
  to: string;
  subject: string;
  text: string;
  fromName: string;
}

/**
 * Sends mail through SMTP when SMTP_URL is set; otherwise writes each message as an .eml file
 * under DATA_DIR/mail/<tenant>/ so a newcomer can read what would have been sent.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly smtp: Transporter | null;
  private readonly stream: Transporter;
  private readonly dir: string;

  constructor(private readonly config: AppConfig) {
    this.smtp = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
    this.stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    this.dir = resolve(join(config.DATA_DIR, 'mail'));
  }

  async send(mail: OutgoingMail): Promise<void> {
    const message = {
      from: { name: mail.fromName, address: this.config.MAIL_FROM },
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.id}@reinstate>`,
      headers: { 'X-Reinstate-Id': mail.id },
    };
    if (this.smtp) {
      await this.smtp.sendMail(message);
      return;
    }
    const info = await this.stream.sendMail(message);
    const folder = join(this.dir, mail.tenantId);
    await mkdir(folder, { recursive: true });
    const target = join(folder, `${mail.id}.eml`);
    // Write then rename: a crash never leaves half a file under the final name.
    await writeFile(`${target}.part`, info.message as Buffer);
    await rename(`${target}.part`, target);
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}
