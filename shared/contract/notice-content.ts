// The structured content of one Notice of Privacy Practices version: one field per required element of
// 164.520(b)(1). Practice details are never typed in: the text uses placeholders such as {{practice.name}}
// that are filled from the practice settings snapshotted when the version is published.
import { z } from 'zod';

export const LANGUAGES = ['en', 'es'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** The placeholders a notice may use; each is filled from the practice settings. */
export const PLACEHOLDERS = [
  'practice.name',
  'practice.address',
  'practice.phone',
  'practice.website',
  'privacyOfficer.name',
  'privacyOfficer.title',
  'privacyOfficer.phone',
  'privacyOfficer.email',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const Body = z.string().max(20_000);
const Heading = z.string().max(200);

/** A block of text with its heading. Paragraphs are separated by a blank line; a line starting "- " is a bullet. */
export const Section = z.object({ heading: Heading, body: Body });
export type Section = z.infer<typeof Section>;

export const TpoUse = z.object({ heading: Heading, body: Body, examples: z.array(z.string().max(2_000)).max(20) });
export type TpoUse = z.infer<typeof TpoUse>;

export const Right = z.object({ heading: Heading, body: Body, how: Body });
export type Right = z.infer<typeof Right>;

/** Purposes allowed without authorization: 164.510 (directory, family and friends) and each 164.512 category. */
export const PERMITTED_USE_KEYS = [
  'family_and_friends', // 164.510(b)
  'directory', // 164.510(a)
  'disaster_relief', // 164.510(b)(4)
  'required_by_law', // 164.512(a)
  'public_health', // 164.512(b)
  'abuse_neglect', // 164.512(c)
  'health_oversight', // 164.512(d)
  'lawsuits', // 164.512(e)
  'law_enforcement', // 164.512(f)
  'decedents', // 164.512(g)
  'organ_donation', // 164.512(h)
  'research', // 164.512(i)
  'serious_threat', // 164.512(j)
  'government_functions', // 164.512(k)
  'workers_compensation', // 164.512(l)
] as const;
export const PermittedUseKey = z.enum(PERMITTED_USE_KEYS);
export type PermittedUseKey = z.infer<typeof PermittedUseKey>;

export const PermittedUse = z.object({ key: PermittedUseKey, included: z.boolean(), heading: Heading, body: Body });
export type PermittedUse = z.infer<typeof PermittedUse>;

export const NoticeContent = z.object({
  title: Heading,
  header: z.string().max(1_000),
  intro: Body,
  tpo: z.object({ heading: Heading, intro: Body, treatment: TpoUse, payment: TpoUse, operations: TpoUse }),
  withoutAuthorization: z.object({
    heading: Heading,
    intro: Body,
    uses: z.array(PermittedUse).max(PERMITTED_USE_KEYS.length),
  }),
  moreStringentLaw: Section,
  authorizationRequired: Section,
  fundraising: Section,
  part2LegalProceedings: Section,
  part2FundraisingOptOut: Section,
  rights: z.object({
    heading: Heading,
    intro: Body,
    restriction: Right,
    confidentialCommunications: Right,
    access: Right,
    amendment: Right,
    accounting: Right,
    paperCopy: Right,
  }),
  duties: z.object({ heading: Heading, protectAndNotify: Body, followCurrent: Body }),
  changes: Section,
  complaints: Section,
  contact: Section,
});
export type NoticeContent = z.infer<typeof NoticeContent>;

/** The practice details a published version froze (so a later settings change needs a new version). */
export const PracticeSnapshot = z.object({
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  website: z.string(),
  /**
   * The practice's state (two letters), which decides the state-law addenda the notice prints
   * (shared/domain/state-addenda). Absent in versions published before addenda: those print none, as published.
   */
  state: z.string().optional(),
  privacyOfficer: z.object({
    name: z.string(),
    title: z.string(),
    /** The title in Spanish; absent or empty, the Spanish notice prints `title`. */
    titleEs: z.string().optional(),
    phone: z.string(),
    email: z.string(),
  }),
  fundraises: z.boolean(),
  keepsPart2Records: z.boolean(),
});
export type PracticeSnapshot = z.infer<typeof PracticeSnapshot>;
