// A county office's 公文 (GB/T 9704 in spirit) as a PDF with pdfkit: the red masthead (红头) with
// the issuing body, the document number (文号) under it and a red rule; the title; the addressee;
// the body; the signature block (落款) with the date and a seal placeholder; the 抄送 and 印发 lines;
// and "— n —" page numbers. Serif CJK (Noto Serif, standing in for 小标宋 / 仿宋) where installed.
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { findCjkFont } from './cjk-font.ts';

export type Pdf = PDFKit.PDFDocument;

export interface OfficialDocument {
  /** 红头: the issuing body, printed large in red ("云峡县目标考核办公室"). */
  issuer: string;
  /** 文号, e.g. 督办〔2026〕17号; null prints a blank number (a draft not yet issued). */
  docNumber: string | null;
  title: string;
  /** 主送机关, followed by a full-width colon. */
  addressee?: string;
  /** Draws the body at the current position (see paragraph, heading). */
  body: (doc: Pdf, ctx: { width: number; left: number }) => void;
  /** 落款 date; null: a draft (marked as such at the top). */
  date: Date | null;
  /** 抄送 recipients. */
  copyTo?: string[];
  /** A short label for a draft (审核稿). */
  draftLabel?: string;
}

const MARGIN_X = 70;
const MARGIN_TOP = 60;
const MARGIN_BOTTOM = 70;
const RED = '#d40000';
const SERIF = ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', '/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc'];
const SERIF_BOLD = ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', '/usr/share/fonts/noto-cjk/NotoSerifCJK-Bold.ttc'];

/** 2026年12月2日, in China time (the date an office writes under its signature). */
export function chineseDate(d: Date): string {
  const local = new Date(d.getTime() + 8 * 3_600_000);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
}

function registerFonts(doc: Pdf) {
  const face = (path: string, serif: boolean, bold: boolean) => (path.endsWith('.ttc') ? `Noto${serif ? 'Serif' : 'Sans'}CJKsc-${bold ? 'Bold' : 'Regular'}` : undefined);
  const fallback = findCjkFont();
  const serif = SERIF.find(existsSync);
  const serifBold = SERIF_BOLD.find(existsSync);
  doc.registerFont('body', serif ?? fallback, serif ? face(serif, true, false) : face(fallback, fallback.includes('Serif'), false));
  doc.registerFont('title', serifBold ?? serif ?? fallback, serifBold ? face(serifBold, true, true) : serif ? face(serif, true, false) : face(fallback, fallback.includes('Serif'), false));
}

/** A body paragraph, its first line indented by two characters (pdfkit's wrapper drops leading U+3000). */
export function paragraph(doc: Pdf, text: string, options: { indent?: boolean; size?: number } = {}) {
  const size = options.size ?? 13;
  doc.font('body').fontSize(size).fillColor('black').text(text, { align: 'left', lineGap: 6, indent: options.indent === false ? 0 : size * 2 });
}

/** A level-one heading (一、…) in the body. */
export function heading(doc: Pdf, text: string, left: number) {
  doc.moveDown(0.4).font('title').fontSize(13.5).fillColor('black').text(text, left, undefined, { lineGap: 6, indent: 27 }).moveDown(0.2);
}

export async function renderOfficialDocument(d: OfficialDocument): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', bufferPages: true, margins: { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: MARGIN_X, right: MARGIN_X }, info: { Title: d.title, Author: d.issuer } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  const width = doc.page.width - 2 * MARGIN_X;
  const left = MARGIN_X;

  if (!d.date) doc.font('body').fontSize(10).fillColor(RED).text(d.draftLabel ?? '【审核稿 · 未印发】', left, MARGIN_TOP - 30, { width, align: 'right' });
  // 红头: the issuing body, large and red, then the number and a red rule.
  doc.font('title').fontSize(d.issuer.length > 12 ? 26 : 32).fillColor(RED).text(d.issuer, left, MARGIN_TOP + 20, { width, align: 'center', characterSpacing: 2 });
  doc.moveDown(0.8).font('body').fontSize(13).fillColor('black').text(d.docNumber ?? '〔\u3000\u3000〕\u3000号', left, undefined, { width, align: 'center' });
  const ruleY = doc.y + 8;
  doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(2).strokeColor(RED).stroke();
  doc.y = ruleY + 28;

  doc.font('title').fontSize(19).fillColor('black').text(d.title, left, doc.y, { width, align: 'center', lineGap: 6 });
  doc.moveDown(1);
  if (d.addressee) doc.font('body').fontSize(13).text(`${d.addressee}：`, left, doc.y, { width, lineGap: 6 });
  doc.x = left;
  d.body(doc, { width, left });

  // 落款: the issuing body and the date, right-aligned, with a seal placeholder over them.
  doc.moveDown(2);
  if (doc.y > doc.page.height - MARGIN_BOTTOM - 120) doc.addPage();
  const sigTop = doc.y;
  const sigWidth = 220;
  const sigLeft = left + width - sigWidth;
  doc.circle(sigLeft + sigWidth / 2, sigTop + 22, 38).lineWidth(1).dash(3, { space: 3 }).strokeColor(RED).stroke().undash();
  doc.font('body').fontSize(8).fillColor(RED).text('（印章）', sigLeft, sigTop - 8, { width: sigWidth, align: 'center' });
  doc.font('body').fontSize(13).fillColor('black').text(d.issuer, sigLeft, sigTop + 8, { width: sigWidth, align: 'center' });
  doc.text(d.date ? chineseDate(d.date) : '\u3000\u3000年\u3000月\u3000日', sigLeft, sigTop + 34, { width: sigWidth, align: 'center' });
  doc.y = sigTop + 90;

  // 版记: 抄送 and 印发 between two rules at the end of the document.
  if (doc.y > doc.page.height - MARGIN_BOTTOM - 70) doc.addPage();
  const noteTop = Math.max(doc.y + 20, doc.page.height - MARGIN_BOTTOM - 66);
  doc.moveTo(left, noteTop).lineTo(left + width, noteTop).lineWidth(1).strokeColor('black').stroke();
  doc.font('body').fontSize(11).fillColor('black');
  if (d.copyTo?.length) doc.text(`抄送：${d.copyTo.join('，')}。`, left + 14, noteTop + 8, { width: width - 28 });
  const printed = noteTop + (d.copyTo?.length ? 32 : 8);
  doc.moveTo(left, printed - 4).lineTo(left + width, printed - 4).lineWidth(0.5).stroke();
  doc.text(d.issuer, left + 14, printed + 2, { width: width - 28, lineBreak: false });
  doc.text(`${d.date ? chineseDate(d.date) : '\u3000\u3000年\u3000月\u3000日'}印发`, left + 14, printed + 2, { width: width - 28, align: 'right', lineBreak: false });
  doc.moveTo(left, printed + 24).lineTo(left + width, printed + 24).lineWidth(1).stroke();

  // Page numbers, "— n —", centred in the bottom margin of every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('body').fontSize(12).fillColor('black').text(`— ${i + 1 - range.start} —`, 0, doc.page.height - 45, { width: doc.page.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
