import ExcelJS from 'exceljs';
import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import type { Translator } from '../../../platform/i18n/translator.ts';
import type { Block, Version } from '../model.ts';
import type { StoryComment } from '../queries/list-comments.ts';
import type { StoryResponse } from '../queries/list-responses.ts';
import { OUTCOME_KEYS } from '../views/response-view.tsx';
import { blockText } from '../views/story-block.tsx';

/** What the register's export holds: every readable version with its blocks, the comments and their responses. */
export interface RegisterExport {
  versions: Array<{ version: Version; blocks: Block[] }>;
  comments: StoryComment[];
  responses: Map<string, StoryResponse>;
}

/** The register as rows: a header, then one row per comment (version, paragraph, passage, comment, response). */
export function registerRows(data: RegisterExport, translator: Translator, locale: Locale): Array<Array<string | number>> {
  const t = (key: string, values?: Record<string, string | number>) => translator.t(locale, key, values);
  const byId = new Map(data.versions.map((item) => [item.version.id, item]));
  const header = [
    t('story.export.version'),
    t('story.export.paragraph'),
    t('story.export.paragraphText'),
    t('story.comment.passage'),
    t('story.comment.body'),
    t('story.export.language'),
    t('story.export.date'),
    t('story.responses.outcome'),
    t('story.responses.text'),
    t('story.responses.changed'),
    t('story.export.published'),
  ];
  const rows = data.comments.map((comment) => {
    const version = byId.get(comment.versionId);
    const paragraphs = (version?.blocks ?? []).filter((block) => block.kind === 'paragraph');
    const index = paragraphs.findIndex((block) => block.key === comment.blockKey);
    const response = comment.responseId ? data.responses.get(comment.responseId) : undefined;
    return [
      version?.version.number ?? 0,
      index + 1,
      index >= 0 ? blockText(paragraphs[index]!, locale).text : '',
      comment.passage ?? '',
      comment.body,
      comment.language,
      comment.createdAt.slice(0, 10),
      response ? t(OUTCOME_KEYS[response.outcome]) : '',
      response ? localize(response.text, locale) : '',
      response?.changedBlockKey ?? '',
      response?.publishedAt?.slice(0, 10) ?? '',
    ];
  });
  return [header, ...rows];
}

/**
 * The response register as XLSX: one sheet, a bold header, numbers as numbers and every text a typed text
 * cell in the Text format (`@`): exceljs writes a formula only for a `{ formula }` value, and a Text cell is
 * not evaluated when someone edits it either, so a comment written as `=HYPERLINK(…)` or `+1-2` or `@x`
 * stays the words it was, unchanged (no quote added).
 */
export async function registerXlsx(data: RegisterExport, translator: Translator, locale: Locale): Promise<Buffer> {
  const [header, ...rows] = registerRows(data, translator, locale);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(
    translator
      .t(locale, 'story.export.sheet')
      .slice(0, 31)
      .replace(/[[\]:*?/\\]/g, ' '),
  );
  sheet.addRow(header ?? []).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row);
    added.eachCell((cell) => {
      if (typeof cell.value === 'string') cell.numFmt = '@';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
