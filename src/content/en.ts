import type { Language } from './types.js';

/** The guidance's release date (S1), the same in every language; each language writes it its own way. */
export const issuedIso = '2025-01-20';

/**
 * English, the original. Each sentence is taken from, or closely follows, the
 * source named beside it (see docs/sources.md); wording from S1 keeps its
 * hedges ("suggests", "given its potential", "presumed", "biologically
 * plausible", "likely"), its attributions ("HMHB reports") and its spelling.
 * Every answer stands on its own, with its conditions: it travels alone in
 * question links and in the FAQPage structured data.
 */
export const en: Language = {
  lang: 'en',
  name: 'English',
  dir: 'ltr',
  version: '1.2',
  card: {
    source: 'S1',
    title: 'MMS TAG guidance on the postpartum use of antenatal MMS',
    issuer:
      'The Multiple Micronutrient Supplementation in Pregnancy Technical Advisory Group (MMS TAG), hosted by the Healthy Mothers Healthy Babies Consortium (HMHB)',
    issued: '20 January 2025',
    keyMessage:
      'While pregnant women should be the primary target for receiving MMS in national antenatal care services, if MMS tablets remain after delivery of the baby, women may use remaining MMS tablets postpartum.',
    plainWords:
      'Pregnant women should be the main group to get MMS, in their care during pregnancy. If MMS tablets are left over after the baby is born, women may use those tablets after the birth.',
    context: [
      'Implementers are raising the issue of using leftover MMS tablets, if any, after delivery while breastfeeding. To answer this question, the Global MMS TAG developed the current guidance.',
      'The World Health Organization (WHO) has issued a context-specific recommendation for MMS use in pregnancy, and the UNIMMAP MMS formulation is listed in the WHO Essential Medicines List.',
      'HMHB reports that evidence from trials suggests benefits of providing MMS during breastfeeding, given its potential to influence breastmilk micronutrient composition, infant growth, maternal cognition, and maternal and infant micronutrient status, and that the presumed postpartum benefit of MMS is biologically plausible and MMS is likely to be a safe and valuable addition to a mother’s postpartum diet.',
      'HMHB reports that the United Nations Children’s Fund (UNICEF) guidance supports the continued use of MMS postpartum.',
    ],
    guidanceLabel: 'Read the announcement',
    guidanceHref: 'https://hmhbconsortium.org/new-guidance-from-the-mms-tag/',
  },
  referral: {
    source: 'referral',
    text: 'This is information about the guidance, not personal medical advice. For advice about your own situation, talk to your health worker.',
  },
  faq: {
    'who-released': {
      source: 'S1',
      question: 'Who released this guidance, and when?',
      answer: [
        'The Multiple Micronutrient Supplementation in Pregnancy Technical Advisory Group (MMS TAG), hosted by the Healthy Mothers Healthy Babies Consortium (HMHB), released its guidance on MMS on 20 January 2025.',
      ],
    },
    'mms-tag': {
      source: 'S2',
      question: 'What is the MMS TAG?',
      answer: [
        'The MMS TAG is an interdisciplinary group of experts in nutrition, maternal health and public health. It was established in 2018 and has been hosted by the Healthy Mothers Healthy Babies Consortium (HMHB) since 2023.',
      ],
    },
    audience: {
      source: 'S1',
      question: 'Who is the guidance for?',
      answer: [
        'The MMS TAG’s guidance on MMS is meant to provide decision-makers with expert guidance on interpreting the inclusion of breastfeeding women in the United Nations International Multiple Micronutrient Antenatal Preparation (UNIMMAP) MMS product label, ensuring informed decisions on the postpartum use of antenatal MMS.',
      ],
    },
    'why-needed': {
      source: 'S1',
      question: 'Why was the guidance needed?',
      answer: [
        'National governments are increasing the introduction and scale-up of MMS within antenatal care. Implementers are raising the issue of using leftover MMS tablets, if any, after delivery while breastfeeding. To answer this question, the Global MMS TAG developed the current guidance.',
      ],
    },
    'leftover-tablets': {
      source: 'S1',
      question: 'May women use MMS tablets that remain after the birth?',
      answer: [
        'While pregnant women should be the primary target for receiving MMS in national antenatal care services, if MMS tablets remain after delivery of the baby, women may use remaining MMS tablets postpartum.',
      ],
    },
    'primary-target': {
      source: 'S1',
      question: 'Who should be the primary target for MMS?',
      answer: ['Pregnant women should be the primary target for receiving MMS in national antenatal care services.'],
    },
    evidence: {
      source: 'S1',
      question: 'What evidence does HMHB report on MMS during breastfeeding?',
      answer: [
        'HMHB reports that evidence from trials suggests benefits of providing MMS during breastfeeding, given its potential to influence breastmilk micronutrient composition, infant growth, maternal cognition, and maternal and infant micronutrient status.',
        'HMHB also reports that the presumed postpartum benefit of MMS is biologically plausible and that MMS is likely to be a safe and valuable addition to a mother’s postpartum diet and, consequently, for the breastfed baby.',
        'The MMS TAG’s guidance is that, while pregnant women should be the primary target for receiving MMS in national antenatal care services, if MMS tablets remain after delivery of the baby, women may use remaining MMS tablets postpartum.',
      ],
    },
    unicef: {
      source: 'S1',
      question: 'What does UNICEF say?',
      answer: [
        'HMHB reports that, recognizing the postpartum period as an opportunity to restore maternal nutrition reserves after childbirth, the United Nations Children’s Fund (UNICEF) guidance supports the continued use of MMS postpartum.',
        'The MMS TAG’s guidance is that, while pregnant women should be the primary target for receiving MMS in national antenatal care services, if MMS tablets remain after delivery of the baby, women may use remaining MMS tablets postpartum.',
      ],
    },
    'essential-medicines-list': {
      // One key per paragraph: the listing itself (S3), then HMHB's report of it (S4).
      source: ['S3', 'S4'],
      question: 'Is MMS on the WHO Essential Medicines List?',
      answer: [
        'Yes. The WHO Essential Medicines List entry for MMS (UNIMMAP) lists it under the indication “Maternal care for other specified conditions predominantly related to pregnancy”. It was first added to the WHO Model List of Essential Medicines in 2021, on the core list, “for use in specific contexts”.',
        'HMHB reported on 1 October 2021 that MMS had been included in the WHO Model List of Essential Medicines as an antenatal supplement for pregnant women.',
      ],
    },
    'tablet-contents': {
      source: 'S3',
      question: 'What is in one UNIMMAP MMS tablet?',
      answer: [
        'One UNIMMAP tablet holds 15 micronutrients: vitamin A 800\u00a0µg RAE, vitamin C 70\u00a0mg, vitamin D 5\u00a0µg (200\u00a0IU), vitamin E 10\u00a0mg α-TE, thiamine (B1) 1.4\u00a0mg, riboflavin (B2) 1.4\u00a0mg, niacin (B3) 18\u00a0mg NE, vitamin B6 1.9\u00a0mg, folic acid 400\u00a0µg, vitamin B12 2.6\u00a0µg, iron 30\u00a0mg, iodine 150\u00a0µg, zinc 15\u00a0mg, selenium 65\u00a0µg and copper 2\u00a0mg.',
      ],
    },
  },
  ui: {
    issuedBy: 'Issued by:',
    issuedOn: 'Date:',
    keyMessageLabel: 'Key message',
    plainWordsLabel: 'In plain words',
    faqHeading: 'Frequently asked questions',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    sourceLabel: 'Sources:',
    emlName: 'the WHO Essential Medicines List',
    versionLabel: 'Content version',
    original: 'English original',
    unreviewed: 'Translated from English. The translation has not yet been reviewed.',
    reviewedBy: 'Translation reviewed by',
    showOriginal: 'Show the English original',
    share: 'Share this guidance',
    shareButton: 'Share',
    copyLink: 'Copy link',
    copyItemLink: 'Copy link to this question',
    copied: 'Link copied',
    copyFailed: 'Copying is not possible here. Select the link to copy it:',
    email: 'Email',
    newTab: 'Opens in a new tab',
    shareText: 'MMS TAG guidance on the postpartum use of antenatal MMS',
  },
};
