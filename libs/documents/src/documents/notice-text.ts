import type { Readable } from 'node:stream';
import { simpleParser } from 'mailparser';

/** Notices longer than this are cut; the reader reads at most this much anyway. */
export const MAX_NOTICE_CHARS = 200_000;
const MAX_NOTICE_BYTES = 2 * 1024 * 1024;

/**
 * The text of an uploaded notice: a .eml is decoded (MIME, quoted-printable, base64, ISO-2022-JP)
 * and its headers kept as lines the reader understands; a .txt is decoded in its charset.
 * PDFs and images have no text here (no OCR): null, and the consultant pastes the text.
 */
export async function noticeText(mime: string, charset: string | null, stream: Readable): Promise<string | null> {
  if (mime !== 'message/rfc822' && mime !== 'text/plain') {
    stream.resume();
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_NOTICE_BYTES) {
      stream.destroy();
      break;
    }
    chunks.push(buf);
  }
  const raw = Buffer.concat(chunks);
  if (mime === 'text/plain') return new TextDecoder(charset ?? 'utf-8').decode(raw).slice(0, MAX_NOTICE_CHARS) || null;
  const mail = await simpleParser(raw, { skipHtmlToText: false, skipImageLinks: true, skipTextToHtml: true });
  const headers = [
    mail.from?.text ? `From: ${mail.from.text}` : null,
    mail.to ? `To: ${Array.isArray(mail.to) ? mail.to.map((t) => t.text).join(', ') : mail.to.text}` : null,
    mail.date ? `Date: ${mail.date.toISOString()}` : null,
    mail.subject ? `Subject: ${mail.subject}` : null,
  ].filter(Boolean);
  const body = mail.text ?? (typeof mail.html === 'string' ? mail.html : '');
  const text = `${headers.join('\n')}\n\n${body}`.trim();
  return text ? text.slice(0, MAX_NOTICE_CHARS) : null;
}
