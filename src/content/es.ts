import type { Language } from './types.js';

/**
 * Spanish, translated sentence by sentence from English version 1.2; it keeps
 * the hedges ("sugiere", "dado el potencial de los MMS", "presunto", "biológicamente
 * plausible", "es probable"), the attributions ("Según informa HMHB") and
 * every figure. Not yet reviewed by a second translator, so the widget says so.
 */
export const es: Language = {
  lang: 'es',
  name: 'Español',
  dir: 'ltr',
  version: '1.2',
  translated: '2026-12-05',
  review: { status: 'unreviewed' },
  card: {
    source: 'S1',
    title: 'Orientaciones del MMS TAG sobre el uso posparto de los MMS prenatales',
    issuer:
      'El Grupo Asesor Técnico sobre la Suplementación con Micronutrientes Múltiples en el Embarazo (MMS TAG), acogido por el Healthy Mothers Healthy Babies Consortium (HMHB)',
    issued: '20 de enero de 2025',
    keyMessage:
      'Si bien las mujeres embarazadas deberían ser el principal grupo destinatario para recibir los MMS en los servicios nacionales de atención prenatal, si quedan comprimidos de MMS después del parto, las mujeres pueden usar los comprimidos de MMS restantes en el posparto.',
    plainWords:
      'Las mujeres embarazadas deberían ser el principal grupo que recibe los MMS, en su atención durante el embarazo. Si sobran comprimidos de MMS después de que nace el bebé, las mujeres pueden usar esos comprimidos después del parto.',
    context: [
      'Los ejecutores de programas plantean la cuestión de usar los comprimidos de MMS sobrantes, si los hay, después del parto durante la lactancia. Para responder a esta pregunta, el MMS TAG mundial elaboró las presentes orientaciones.',
      'La Organización Mundial de la Salud (OMS) ha emitido una recomendación específica del contexto sobre el uso de MMS durante el embarazo, y la formulación de MMS UNIMMAP figura en la Lista de Medicamentos Esenciales de la OMS.',
      'Según informa HMHB, la evidencia de ensayos sugiere beneficios de proporcionar MMS durante la lactancia, dado el potencial de los MMS para influir en la composición de micronutrientes de la leche materna, el crecimiento infantil, la cognición materna y el estado de micronutrientes de la madre y del lactante, y el presunto beneficio posparto de los MMS es biológicamente plausible y es probable que los MMS sean un complemento seguro y valioso de la alimentación posparto de la madre.',
      'Según informa HMHB, las orientaciones del Fondo de las Naciones Unidas para la Infancia (UNICEF) respaldan el uso continuado de MMS en el posparto.',
    ],
    guidanceLabel: 'Leer el anuncio (en inglés)',
    guidanceHref: 'https://hmhbconsortium.org/new-guidance-from-the-mms-tag/',
  },
  referral: {
    source: 'referral',
    text: 'Se trata de información sobre las orientaciones, no de un consejo médico personal. Para recibir consejo sobre su propia situación, hable con el personal de salud.',
  },
  faq: {
    'who-released': {
      source: 'S1',
      question: '¿Quién publicó estas orientaciones y cuándo?',
      answer: [
        'El Grupo Asesor Técnico sobre la Suplementación con Micronutrientes Múltiples en el Embarazo (MMS TAG), acogido por el Healthy Mothers Healthy Babies Consortium (HMHB), publicó sus orientaciones sobre los MMS el 20 de enero de 2025.',
      ],
    },
    'mms-tag': {
      source: 'S2',
      question: '¿Qué es el MMS TAG?',
      answer: [
        'El MMS TAG es un grupo interdisciplinario de expertos en nutrición, salud materna y salud pública. Se creó en 2018 y desde 2023 está acogido por el Healthy Mothers Healthy Babies Consortium (HMHB).',
      ],
    },
    audience: {
      source: 'S1',
      question: '¿A quién van dirigidas las orientaciones?',
      answer: [
        'Las orientaciones del MMS TAG sobre los MMS tienen como objetivo ofrecer a los responsables de la toma de decisiones orientaciones de expertos para interpretar la inclusión de las mujeres lactantes en la etiqueta del producto MMS de la Preparación Prenatal Internacional de Micronutrientes Múltiples de las Naciones Unidas (UNIMMAP), para garantizar que se tomen decisiones informadas sobre el uso posparto de los MMS prenatales.',
      ],
    },
    'why-needed': {
      source: 'S1',
      question: '¿Por qué se necesitaban las orientaciones?',
      answer: [
        'Los gobiernos nacionales están ampliando la introducción y el escalamiento de los MMS en la atención prenatal. Los ejecutores de programas plantean la cuestión de usar los comprimidos de MMS sobrantes, si los hay, después del parto durante la lactancia. Para responder a esta pregunta, el MMS TAG mundial elaboró las presentes orientaciones.',
      ],
    },
    'leftover-tablets': {
      source: 'S1',
      question: '¿Pueden las mujeres usar los comprimidos de MMS que quedan después del nacimiento?',
      answer: [
        'Si bien las mujeres embarazadas deberían ser el principal grupo destinatario para recibir los MMS en los servicios nacionales de atención prenatal, si quedan comprimidos de MMS después del parto, las mujeres pueden usar los comprimidos de MMS restantes en el posparto.',
      ],
    },
    'primary-target': {
      source: 'S1',
      question: '¿Quién debería ser el principal grupo destinatario de los MMS?',
      answer: [
        'Las mujeres embarazadas deberían ser el principal grupo destinatario para recibir los MMS en los servicios nacionales de atención prenatal.',
      ],
    },
    evidence: {
      source: 'S1',
      question: '¿Qué evidencia comunica HMHB sobre los MMS durante la lactancia?',
      answer: [
        'Según informa HMHB, la evidencia de ensayos sugiere beneficios de proporcionar MMS durante la lactancia, dado el potencial de los MMS para influir en la composición de micronutrientes de la leche materna, el crecimiento infantil, la cognición materna y el estado de micronutrientes de la madre y del lactante.',
        'Según informa también HMHB, el presunto beneficio posparto de los MMS es biológicamente plausible y es probable que los MMS sean un complemento seguro y valioso de la alimentación posparto de la madre y, en consecuencia, para el bebé amamantado.',
        'Según las orientaciones del MMS TAG, si bien las mujeres embarazadas deberían ser el principal grupo destinatario para recibir los MMS en los servicios nacionales de atención prenatal, si quedan comprimidos de MMS después del parto, las mujeres pueden usar los comprimidos de MMS restantes en el posparto.',
      ],
    },
    unicef: {
      source: 'S1',
      question: '¿Qué dice UNICEF?',
      answer: [
        'Según informa HMHB, al reconocer el periodo posparto como una oportunidad para restablecer las reservas nutricionales maternas después del parto, las orientaciones del Fondo de las Naciones Unidas para la Infancia (UNICEF) respaldan el uso continuado de MMS en el posparto.',
        'Según las orientaciones del MMS TAG, si bien las mujeres embarazadas deberían ser el principal grupo destinatario para recibir los MMS en los servicios nacionales de atención prenatal, si quedan comprimidos de MMS después del parto, las mujeres pueden usar los comprimidos de MMS restantes en el posparto.',
      ],
    },
    'essential-medicines-list': {
      source: ['S3', 'S4'],
      question: '¿Figuran los MMS en la Lista de Medicamentos Esenciales de la OMS?',
      answer: [
        'Sí. La entrada de la Lista de Medicamentos Esenciales de la OMS dedicada a los MMS (UNIMMAP) los incluye bajo la indicación «Atención materna por otras afecciones especificadas relacionadas principalmente con el embarazo». Se añadieron por primera vez a la Lista Modelo de Medicamentos Esenciales de la OMS en 2021, en la lista básica, «para su uso en contextos específicos».',
        'HMHB informó el 1 de octubre de 2021 de que los MMS se habían incluido en la Lista Modelo de Medicamentos Esenciales de la OMS como suplemento prenatal para las mujeres embarazadas.',
      ],
    },
    'tablet-contents': {
      source: 'S3',
      question: '¿Qué contiene un comprimido de MMS UNIMMAP?',
      answer: [
        'Un comprimido UNIMMAP contiene 15 micronutrientes: vitamina A 800\u00a0µg EAR, vitamina C 70\u00a0mg, vitamina D 5\u00a0µg (200\u00a0UI), vitamina E 10\u00a0mg α-ET, tiamina (B1) 1,4\u00a0mg, riboflavina (B2) 1,4\u00a0mg, niacina (B3) 18\u00a0mg EN, vitamina B6 1,9\u00a0mg, ácido fólico 400\u00a0µg, vitamina B12 2,6\u00a0µg, hierro 30\u00a0mg, yodo 150\u00a0µg, zinc 15\u00a0mg, selenio 65\u00a0µg y cobre 2\u00a0mg.',
      ],
    },
  },
  ui: {
    issuedBy: 'Publicado por:',
    issuedOn: 'Fecha:',
    keyMessageLabel: 'Mensaje clave',
    plainWordsLabel: 'En palabras sencillas',
    faqHeading: 'Preguntas frecuentes',
    expandAll: 'Expandir todo',
    collapseAll: 'Contraer todo',
    sourceLabel: 'Fuentes:',
    emlName: 'la Lista de Medicamentos Esenciales de la OMS',
    versionLabel: 'Versión del contenido',
    original: 'Original en inglés',
    unreviewed: 'Traducido del inglés. La traducción aún no ha sido revisada.',
    reviewedBy: 'Traducción revisada por',
    showOriginal: 'Ver el original en inglés',
    share: 'Compartir estas orientaciones',
    shareButton: 'Compartir',
    copyLink: 'Copiar el enlace',
    copyItemLink: 'Copiar el enlace a esta pregunta',
    copied: 'Enlace copiado',
    copyFailed: 'Aquí no se puede copiar. Seleccione el enlace para copiarlo:',
    email: 'Correo electrónico',
    newTab: 'Se abre en una pestaña nueva',
    shareText: 'Orientaciones del MMS TAG sobre el uso posparto de los MMS prenatales',
  },
};
