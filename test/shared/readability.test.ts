// Readability measures (shared/domain/readability.ts): syllable counters on words whose counts are known,
// the two formulas on small samples counted by hand, and the direction of each measure.
import { describe, expect, it } from 'vitest';
import {
  fernandezHuerta,
  fernandezHuertaGrade,
  fleschKincaidGrade,
  meetsReadabilityTarget,
  READABILITY_TARGET_GRADE,
  textReadability,
  textStats,
} from '../../shared/domain/readability';
import { englishSyllables, spanishSyllables } from '../../shared/domain/syllables';

describe('English syllables', () => {
  it.each([
    ['the', 1],
    ['cat', 1],
    ['make', 1],
    ['used', 1],
    ['shared', 1],
    ['asked', 1],
    ['rights', 1],
    ['while', 1],
    ['twelve', 1],
    ['water', 2],
    ['table', 2],
    ['people', 2],
    ['needed', 2],
    ['changes', 2],
    ['copies', 2],
    ['notice', 2],
    ['statement', 2],
    ['likely', 2],
    ['privacy', 3],
    ['created', 3],
    ['services', 3],
    ['medicines', 3],
    ['serious', 3],
    ['media', 3],
    ['doing', 2],
    ['hundred', 2],
    ['video', 3],
    ['information', 4],
    ['usually', 4],
    ['reasonable', 4],
    ['individual', 5],
    ['psychotherapy', 5],
  ])('%s has %i', (word, n) => expect(englishSyllables(word)).toBe(n));

  it('reads numbers and short acronyms aloud, and adds up hyphenated parts', () => {
    expect(englishSyllables('30')).toBe(2); // thir-ty
    expect(englishSyllables('12')).toBe(1); // twelve
    expect(englishSyllables('200')).toBe(3); // two hun-dred
    expect(englishSyllables('2027')).toBe(7); // two thou-sand twen-ty sev-en
    expect(englishSyllables('HHS')).toBe(3); // aitch aitch ess
    expect(englishSyllables('CFR')).toBe(3);
    expect(englishSyllables('HIPAA')).toBe(2); // read as a word: hip-pa
    expect(englishSyllables('cost-based')).toBe(2);
  });
});

describe('Spanish syllables', () => {
  it.each([
    ['y', 1],
    ['que', 1], // silent u
    ['hoy', 1], // final y after a vowel is a vowel
    ['muy', 1],
    ['ley', 1],
    ['casa', 2],
    ['bueno', 2], // diphthong ue
    ['ciudad', 2], // weak + weak: diphthong
    ['día', 2], // stressed í breaks the diphthong
    ['país', 2],
    ['leer', 2], // strong + strong: hiatus
    ['guerra', 2],
    ['seis', 1],
    ['Nuestros', 2],
    ['poeta', 3],
    ['reúne', 3],
    ['Uruguay', 3], // triphthong uay
    ['pingüino', 3], // ü is sounded
    ['dieciséis', 3],
    ['aéreo', 4],
    ['información', 4],
    ['privacidad', 4],
    ['auditorías', 5],
    ['comuníquese', 5],
  ])('%s has %i', (word, n) => expect(spanishSyllables(word)).toBe(n));

  it('reads numbers and short acronyms aloud in Spanish', () => {
    expect(spanishSyllables('30')).toBe(2); // trein-ta
    expect(spanishSyllables('12')).toBe(2); // do-ce
    expect(spanishSyllables('60')).toBe(3); // se-sen-ta
    expect(spanishSyllables('42')).toBe(5); // cua-ren-ta-y-dos
    expect(spanishSyllables('100')).toBe(1); // cien
    expect(spanishSyllables('200')).toBe(3); // dos-cien-tos
    expect(spanishSyllables('2027')).toBe(6); // dos-mil-vein-ti-sie-te
    expect(spanishSyllables('CFR')).toBe(5); // ce-e-fe-e-rre
  });
});

describe('counting words and sentences', () => {
  it('ends a sentence at . ! ? and at every line, bullets included', () => {
    expect(textStats('We can. You can!\nAsk us?\n- A bullet\n- Another bullet', 'en').sentences).toBe(5);
  });

  it('does not end sentences inside initialisms, decimals or titles', () => {
    const s = textStats(
      'Write to 200 Independence Avenue S.W., Washington, D.C. 20201 today. See 45 CFR 164.520 and ask Dr. Lee.',
      'en',
    );
    expect(s.sentences).toBe(2);
  });

  it('leaves out placeholders, phone numbers, web and email addresses', () => {
    const s = textStats(
      'Call {{privacyOfficer.phone}} or 1-877-696-6775, write to help@example.org, or visit www.hhs.gov/ocr/.',
      'en',
    );
    expect(s.words).toBe(6); // Call or write to or visit
  });

  it('skips a line in capitals, such as the required header', () => {
    expect(
      textStats('THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED.\nWe can help.', 'en'),
    ).toEqual({ words: 3, sentences: 1, syllables: 3 });
  });
});

describe('Flesch–Kincaid grade', () => {
  it('matches hand counts', () => {
    // 9 words, 2 sentences, 9 syllables: 0.39 × 4.5 + 11.8 × 1 − 15.59 = −2.035
    expect(textStats('The cat sat on the mat. The dog ran.', 'en')).toEqual({ words: 9, sentences: 2, syllables: 9 });
    expect(fleschKincaidGrade('The cat sat on the mat. The dog ran.')).toBeCloseTo(-2.035, 6);
    // your(1) health(1) information(4) is(1) private(2): 5 words, 1 sentence, 9 syllables
    // 0.39 × 5 + 11.8 × 9/5 − 15.59 = 7.6
    expect(fleschKincaidGrade('Your health information is private.')).toBeCloseTo(7.6, 6);
    expect(fleschKincaidGrade('')).toBe(0);
  });

  it('scores plain writing easier than legalistic writing', () => {
    const plain = 'You can ask us for a copy of your record. We will give it to you soon. It may cost a small fee.';
    const legal =
      'Notwithstanding the foregoing, the covered entity may, in its sole discretion, deny an individual’s request for inspection of protected health information maintained in a designated record set, subject to applicable administrative review procedures.';
    expect(fleschKincaidGrade(plain)).toBeLessThan(4);
    expect(fleschKincaidGrade(legal)).toBeGreaterThan(14);
  });
});

describe('Fernández-Huerta', () => {
  it('matches hand counts with the corrected formula', () => {
    // la(1) ca-sa(2) es(1) gran-de(2) · el(1) pe-rro(2) co-me(2): 7 words, 2 sentences, 11 syllables
    // 206.84 − 0.60 × (11/7 × 100) − 1.02 × (7/2)
    expect(textStats('La casa es grande. El perro come.', 'es')).toEqual({ words: 7, sentences: 2, syllables: 11 });
    expect(fernandezHuerta('La casa es grande. El perro come.')).toBeCloseTo(
      206.84 - 0.6 * ((11 / 7) * 100) - 1.02 * 3.5,
      6,
    );
    // su(1) in-for-ma-ción(4) es(1) pri-va-da(3): 4 words, 1 sentence, 9 syllables → 206.84 − 135 − 4.08 = 67.76
    expect(fernandezHuerta('Su información es privada.')).toBeCloseTo(67.76, 6);
  });

  it('scores shorter sentences as easier (the corrected direction)', () => {
    const oneSentence = 'Usted puede pedir una copia de su expediente y nosotros se la daremos pronto';
    const twoSentences = 'Usted puede pedir una copia de su expediente. Nosotros se la daremos pronto.';
    expect(fernandezHuerta(twoSentences)).toBeGreaterThan(fernandezHuerta(oneSentence));
  });

  it('scores plain writing easier than legalistic writing', () => {
    const plain = 'Usted puede pedir una copia de su expediente. Se la daremos pronto. Puede costar un poco.';
    const legal =
      'No obstante lo anteriormente dispuesto, la entidad cubierta podrá, a su entera discreción, denegar la solicitud de inspección de información médica protegida conservada en un conjunto designado de registros, sujeto a los procedimientos de revisión administrativa aplicables.';
    expect(fernandezHuerta(plain)).toBeGreaterThan(80);
    expect(fernandezHuerta(legal)).toBeLessThan(40);
    expect(textReadability(plain, 'es').grade).toBeLessThan(textReadability(legal, 'es').grade);
  });

  it('maps the ease score to an approximate US grade', () => {
    expect(fernandezHuertaGrade(120)).toBe(3);
    expect(fernandezHuertaGrade(90)).toBe(4);
    expect(fernandezHuertaGrade(75)).toBeCloseTo(5.5, 6);
    expect(fernandezHuertaGrade(65)).toBeCloseTo(7, 6);
    expect(fernandezHuertaGrade(60)).toBe(READABILITY_TARGET_GRADE); // "standard" ends at grade 8
    expect(fernandezHuertaGrade(55)).toBeCloseTo(10, 6);
    expect(fernandezHuertaGrade(-10)).toBe(18);
    // Never easier for a lower score.
    for (let s = 0; s < 110; s += 1) expect(fernandezHuertaGrade(s + 1)).toBeLessThanOrEqual(fernandezHuertaGrade(s));
  });
});

describe('readability results', () => {
  it('describe the measure, the score and the grade', () => {
    const en = textReadability('Your health information is private.', 'en');
    expect(en).toEqual({
      measure: 'Flesch–Kincaid grade',
      score: 7.6,
      grade: 7.6,
      label: 'Grade 7.6 (Flesch–Kincaid)',
    });
    expect(meetsReadabilityTarget(en)).toBe(true);
    const es = textReadability('Su información es privada.', 'es');
    expect(es.measure).toBe('Fernández-Huerta');
    expect(es.score).toBe(67.8);
    expect(es.grade).toBeCloseTo(6.4, 6);
    expect(es.label).toBe('Fernández-Huerta 67.8, standard (about grade 6.4)');
  });
});
