// Our default notice content per language, read once from assets/templates and checked against the schema.
import { readFileSync } from 'node:fs';
import { NoticeContent, type Language } from '../../../shared/contract/notice-content';
import { assetPath } from '../assets';

const cache = new Map<Language, NoticeContent>();

export const defaultTemplate = (language: Language): NoticeContent => {
  let template = cache.get(language);
  if (!template) {
    template = NoticeContent.parse(JSON.parse(readFileSync(assetPath('templates', `notice-${language}.json`), 'utf8')));
    cache.set(language, template);
  }
  return structuredClone(template);
};
