// Our default notice content per language, read once from assets/templates and checked against the schema.
//
// _sources for the templates' wording (JSON has no comments, so they are kept here):
// - HHS complaint route (45 CFR 164.520(b)(1)(vi)): OCR's complaint portal page,
//   https://www.hhs.gov/hipaa/filing-a-complaint/index.html ("Filing a Health Information Privacy Complaint",
//   with "File a Complaint Online" through the OCR Complaint Portal), and OCR's help line 1-800-368-1019 as given
//   on the portal's front page (https://ocrportal.hhs.gov/ocr/cp/complaint_frontpage.jsf); they replace the 2013
//   model notice's 1-877-696-6775 and www.hhs.gov/ocr/privacy/hipaa/complaints/. Mail: 200 Independence Avenue
//   S.W., Washington, D.C. 20201 (HHS headquarters, as in the model notices).
// - Structure, plain wording and the Spanish header: HHS's model notices of privacy practices (2013, updated
//   2026-02-13; DOMAIN.md §1 and §4). Spanish in HHS's vocabulary ("historial médico", "divulgar", "represalias").
// - Deadlines: 164.524(b)(2), 164.526(b)(2), 164.528(c) (DOMAIN.md §3); never the unadopted 2021 proposal.
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
