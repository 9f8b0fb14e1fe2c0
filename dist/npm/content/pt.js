// src/content/pt.ts
/**
* Portuguese (European spelling, as in Mozambique), translated sentence by
* sentence from English version 1.2; it keeps the hedges ("sugere", "dado o
* potencial dos MMS", "presumido", "biologicamente plausível", "é provável"), the
* attributions ("O HMHB refere") and every figure. Mozambican institutional
* usage: "o UNICEF", and the pre-1990 spelling ("Seleccione"); months in lower case, as
* Intl writes them, so a review date reads like the card's own dates. Not yet
* reviewed by a second translator, so the widget says so. Tagged `pt`, not
* `pt-MZ`: see docs/translation-review/README.md.
*/
var pt = {
	lang: "pt",
	name: "Português",
	dir: "ltr",
	version: "1.2",
	translated: "2026-12-05",
	review: { status: "unreviewed" },
	card: {
		source: "S1",
		title: "Orientações do MMS TAG sobre o uso pós-parto dos MMS pré-natais",
		issuer: "O Grupo Consultivo Técnico sobre Suplementação com Múltiplos Micronutrientes na Gravidez (MMS TAG), acolhido pelo Healthy Mothers Healthy Babies Consortium (HMHB)",
		issued: "20 de janeiro de 2025",
		keyMessage: "Embora as mulheres grávidas devam ser o principal público-alvo para receber MMS nos serviços nacionais de cuidados pré-natais, se restarem comprimidos de MMS após o parto, as mulheres podem usar os comprimidos de MMS restantes no pós-parto.",
		plainWords: "As mulheres grávidas devem ser o principal grupo a receber MMS, nos seus cuidados durante a gravidez. Se sobrarem comprimidos de MMS depois de o bebé nascer, as mulheres podem usar esses comprimidos depois do parto.",
		context: [
			"Os implementadores estão a levantar a questão do uso dos comprimidos de MMS que sobram, se houver, após o parto durante a amamentação. Para responder a esta pergunta, o MMS TAG global elaborou as presentes orientações.",
			"A Organização Mundial da Saúde (OMS) emitiu uma recomendação específica para o contexto sobre o uso de MMS na gravidez, e a formulação de MMS UNIMMAP consta da Lista de Medicamentos Essenciais da OMS.",
			"O HMHB refere que a evidência de ensaios sugere benefícios de fornecer MMS durante a amamentação, dado o potencial dos MMS para influenciar a composição de micronutrientes do leite materno, o crescimento infantil, a cognição materna e o estado de micronutrientes da mãe e do lactente, e que o benefício pós-parto presumido dos MMS é biologicamente plausível e é provável que os MMS sejam um complemento seguro e valioso para a alimentação pós-parto da mãe.",
			"O HMHB refere que as orientações do Fundo das Nações Unidas para a Infância (UNICEF) apoiam a continuação do uso de MMS no pós-parto."
		],
		guidanceLabel: "Ler o anúncio (em inglês)",
		guidanceHref: "https://hmhbconsortium.org/new-guidance-from-the-mms-tag/"
	},
	referral: {
		source: "referral",
		text: "Trata-se de informação sobre as orientações, e não de aconselhamento médico pessoal. Para aconselhamento sobre a sua própria situação, fale com o seu profissional de saúde."
	},
	faq: {
		"who-released": {
			source: "S1",
			question: "Quem publicou estas orientações, e quando?",
			answer: ["O Grupo Consultivo Técnico sobre Suplementação com Múltiplos Micronutrientes na Gravidez (MMS TAG), acolhido pelo Healthy Mothers Healthy Babies Consortium (HMHB), publicou as suas orientações sobre os MMS em 20 de janeiro de 2025."]
		},
		"mms-tag": {
			source: "S2",
			question: "O que é o MMS TAG?",
			answer: ["O MMS TAG é um grupo interdisciplinar de especialistas em nutrição, saúde materna e saúde pública. Foi criado em 2018 e é acolhido pelo Healthy Mothers Healthy Babies Consortium (HMHB) desde 2023."]
		},
		audience: {
			source: "S1",
			question: "A quem se destinam as orientações?",
			answer: ["As orientações do MMS TAG sobre os MMS destinam-se a fornecer aos decisores orientações especializadas sobre a interpretação da inclusão das mulheres lactantes no rótulo do produto MMS da Preparação Pré-natal Internacional de Múltiplos Micronutrientes das Nações Unidas (UNIMMAP), garantindo decisões informadas sobre o uso pós-parto dos MMS pré-natais."]
		},
		"why-needed": {
			source: "S1",
			question: "Porque eram necessárias as orientações?",
			answer: ["Os governos nacionais estão a intensificar a introdução e a expansão dos MMS nos cuidados pré-natais. Os implementadores estão a levantar a questão do uso dos comprimidos de MMS que sobram, se houver, após o parto durante a amamentação. Para responder a esta pergunta, o MMS TAG global elaborou as presentes orientações."]
		},
		"leftover-tablets": {
			source: "S1",
			question: "As mulheres podem usar os comprimidos de MMS que restam após o nascimento?",
			answer: ["Embora as mulheres grávidas devam ser o principal público-alvo para receber MMS nos serviços nacionais de cuidados pré-natais, se restarem comprimidos de MMS após o parto, as mulheres podem usar os comprimidos de MMS restantes no pós-parto."]
		},
		"primary-target": {
			source: "S1",
			question: "Quem deve ser o principal público-alvo dos MMS?",
			answer: ["As mulheres grávidas devem ser o principal público-alvo para receber MMS nos serviços nacionais de cuidados pré-natais."]
		},
		evidence: {
			source: "S1",
			question: "Que evidência refere o HMHB sobre os MMS durante a amamentação?",
			answer: [
				"O HMHB refere que a evidência de ensaios sugere benefícios de fornecer MMS durante a amamentação, dado o potencial dos MMS para influenciar a composição de micronutrientes do leite materno, o crescimento infantil, a cognição materna e o estado de micronutrientes da mãe e do lactente.",
				"O HMHB refere ainda que o benefício pós-parto presumido dos MMS é biologicamente plausível e que é provável que os MMS sejam um complemento seguro e valioso para a alimentação pós-parto da mãe e, consequentemente, para o bebé amamentado.",
				"Segundo as orientações do MMS TAG, embora as mulheres grávidas devam ser o principal público-alvo para receber MMS nos serviços nacionais de cuidados pré-natais, se restarem comprimidos de MMS após o parto, as mulheres podem usar os comprimidos de MMS restantes no pós-parto."
			]
		},
		unicef: {
			source: "S1",
			question: "O que diz o UNICEF?",
			answer: ["O HMHB refere que, reconhecendo o período pós-parto como uma oportunidade para restabelecer as reservas nutricionais maternas após o parto, as orientações do Fundo das Nações Unidas para a Infância (UNICEF) apoiam a continuação do uso de MMS no pós-parto.", "Segundo as orientações do MMS TAG, embora as mulheres grávidas devam ser o principal público-alvo para receber MMS nos serviços nacionais de cuidados pré-natais, se restarem comprimidos de MMS após o parto, as mulheres podem usar os comprimidos de MMS restantes no pós-parto."]
		},
		"essential-medicines-list": {
			source: ["S3", "S4"],
			question: "Os MMS constam da Lista de Medicamentos Essenciais da OMS?",
			answer: ["Sim. A entrada da Lista de Medicamentos Essenciais da OMS relativa aos MMS (UNIMMAP) inclui-os na indicação «Cuidados maternos por outras condições especificadas relacionadas sobretudo com a gravidez». Foram acrescentados pela primeira vez à Lista Modelo de Medicamentos Essenciais da OMS em 2021, na lista principal, «para uso em contextos específicos».", "O HMHB referiu, em 1 de outubro de 2021, que os MMS tinham sido incluídos na Lista Modelo de Medicamentos Essenciais da OMS como suplemento pré-natal para mulheres grávidas."]
		},
		"tablet-contents": {
			source: "S3",
			question: "O que contém um comprimido de MMS UNIMMAP?",
			answer: ["Um comprimido UNIMMAP contém 15 micronutrientes: vitamina A 800\xA0µg EAR, vitamina C 70\xA0mg, vitamina D 5\xA0µg (200\xA0UI), vitamina E 10\xA0mg α-ET, tiamina (B1) 1,4\xA0mg, riboflavina (B2) 1,4\xA0mg, niacina (B3) 18\xA0mg EN, vitamina B6 1,9\xA0mg, ácido fólico 400\xA0µg, vitamina B12 2,6\xA0µg, ferro 30\xA0mg, iodo 150\xA0µg, zinco 15\xA0mg, selénio 65\xA0µg e cobre 2\xA0mg."]
		}
	},
	ui: {
		issuedBy: "Publicado por:",
		issuedOn: "Data:",
		keyMessageLabel: "Mensagem-chave",
		plainWordsLabel: "Em palavras simples",
		faqHeading: "Perguntas frequentes",
		expandAll: "Expandir tudo",
		collapseAll: "Recolher tudo",
		sourceLabel: "Fontes:",
		emlName: "a Lista de Medicamentos Essenciais da OMS",
		versionLabel: "Versão do conteúdo",
		original: "Original em inglês",
		unreviewed: "Traduzido do inglês. A tradução ainda não foi revista.",
		reviewedBy: "Tradução revista por",
		showOriginal: "Ver o original em inglês",
		share: "Partilhar estas orientações",
		shareButton: "Partilhar",
		copyLink: "Copiar a ligação",
		copyItemLink: "Copiar a ligação para esta pergunta",
		copied: "Ligação copiada",
		copyFailed: "Não é possível copiar aqui. Seleccione a ligação para a copiar:",
		email: "E-mail",
		newTab: "Abre num novo separador",
		shareText: "Orientações do MMS TAG sobre o uso pós-parto dos MMS pré-natais"
	}
};
export { pt };
