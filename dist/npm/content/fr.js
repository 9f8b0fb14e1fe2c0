// src/content/fr.ts
/**
* French, translated sentence by sentence from English version 1.2; it keeps
* the hedges ("suggèrent", "compte tenu du potentiel des MMS", "présumé",
* "biologiquement plausible", "probablement"), the attributions ("HMHB indique")
* and every figure, with a narrow no-break space (U+202F) before ? : ; ! and
* inside « », so no sign wraps onto a line of its own. Not yet reviewed by a
* second translator, so the widget says so.
*/
var fr = {
	lang: "fr",
	name: "Français",
	dir: "ltr",
	version: "1.2",
	translated: "2026-12-05",
	review: { status: "unreviewed" },
	card: {
		source: "S1",
		title: "Orientations du MMS TAG sur l’utilisation post-partum des MMS prénatals",
		issuer: "Le Groupe consultatif technique sur la supplémentation en micronutriments multiples pendant la grossesse (MMS TAG), hébergé par le Healthy Mothers Healthy Babies Consortium (HMHB)",
		issued: "20 janvier 2025",
		keyMessage: "Même si les femmes enceintes devraient être la cible principale pour recevoir les MMS dans les services nationaux de soins prénatals, s’il reste des comprimés de MMS après l’accouchement, les femmes peuvent utiliser les comprimés de MMS restants pendant le post-partum.",
		plainWords: "Les femmes enceintes devraient être le principal groupe à recevoir les MMS, dans leurs soins pendant la grossesse. S’il reste des comprimés de MMS après la naissance du bébé, les femmes peuvent utiliser ces comprimés après l’accouchement.",
		context: [
			"Des responsables de la mise en œuvre soulèvent la question de l’utilisation des comprimés de MMS restants, s’il en reste, après l’accouchement pendant l’allaitement. Pour répondre à cette question, le MMS TAG mondial a élaboré les présentes orientations.",
			"L’Organisation mondiale de la Santé (OMS) a émis une recommandation spécifique au contexte pour l’utilisation des MMS pendant la grossesse, et la formulation de MMS UNIMMAP figure sur la Liste des médicaments essentiels de l’OMS.",
			"HMHB indique que les données probantes issues d’essais suggèrent des bienfaits de l’apport de MMS pendant l’allaitement, compte tenu du potentiel des MMS à influer sur la composition du lait maternel en micronutriments, la croissance du nourrisson, la cognition maternelle et le statut en micronutriments de la mère et du nourrisson, et que le bénéfice post-partum présumé des MMS est biologiquement plausible et que les MMS constituent probablement un complément sûr et précieux à l’alimentation post-partum de la mère.",
			"HMHB indique que les orientations du Fonds des Nations Unies pour l’enfance (UNICEF) soutiennent la poursuite de l’utilisation des MMS pendant le post-partum."
		],
		guidanceLabel: "Lire l’annonce (en anglais)",
		guidanceHref: "https://hmhbconsortium.org/new-guidance-from-the-mms-tag/"
	},
	referral: {
		source: "referral",
		text: "Il s’agit d’informations sur les orientations, et non d’un avis médical personnel. Pour un avis sur votre propre situation, adressez-vous à votre agent de santé."
	},
	faq: {
		"who-released": {
			source: "S1",
			question: "Qui a publié ces orientations, et quand ?",
			answer: ["Le Groupe consultatif technique sur la supplémentation en micronutriments multiples pendant la grossesse (MMS TAG), hébergé par le Healthy Mothers Healthy Babies Consortium (HMHB), a publié ses orientations sur les MMS le 20 janvier 2025."]
		},
		"mms-tag": {
			source: "S2",
			question: "Qu’est-ce que le MMS TAG ?",
			answer: ["Le MMS TAG est un groupe interdisciplinaire d’experts en nutrition, en santé maternelle et en santé publique. Il a été créé en 2018 et est hébergé par le Healthy Mothers Healthy Babies Consortium (HMHB) depuis 2023."]
		},
		audience: {
			source: "S1",
			question: "À qui s’adressent ces orientations ?",
			answer: ["Les orientations du MMS TAG sur les MMS visent à fournir aux décideurs des orientations d’experts sur l’interprétation de l’inclusion des femmes allaitantes dans l’étiquette du produit MMS de la Préparation prénatale internationale de micronutriments multiples des Nations Unies (UNIMMAP), afin de garantir des décisions éclairées sur l’utilisation post-partum des MMS prénatals."]
		},
		"why-needed": {
			source: "S1",
			question: "Pourquoi ces orientations étaient-elles nécessaires ?",
			answer: ["Les gouvernements nationaux intensifient l’introduction et le passage à l’échelle des MMS dans les soins prénatals. Des responsables de la mise en œuvre soulèvent la question de l’utilisation des comprimés de MMS restants, s’il en reste, après l’accouchement pendant l’allaitement. Pour répondre à cette question, le MMS TAG mondial a élaboré les présentes orientations."]
		},
		"leftover-tablets": {
			source: "S1",
			question: "Les femmes peuvent-elles utiliser les comprimés de MMS qui restent après la naissance ?",
			answer: ["Même si les femmes enceintes devraient être la cible principale pour recevoir les MMS dans les services nationaux de soins prénatals, s’il reste des comprimés de MMS après l’accouchement, les femmes peuvent utiliser les comprimés de MMS restants pendant le post-partum."]
		},
		"primary-target": {
			source: "S1",
			question: "Qui devrait être la cible principale des MMS ?",
			answer: ["Les femmes enceintes devraient être la cible principale pour recevoir les MMS dans les services nationaux de soins prénatals."]
		},
		evidence: {
			source: "S1",
			question: "Quelles données probantes HMHB rapporte-t-il sur les MMS pendant l’allaitement ?",
			answer: [
				"HMHB indique que les données probantes issues d’essais suggèrent des bienfaits de l’apport de MMS pendant l’allaitement, compte tenu du potentiel des MMS à influer sur la composition du lait maternel en micronutriments, la croissance du nourrisson, la cognition maternelle et le statut en micronutriments de la mère et du nourrisson.",
				"HMHB indique aussi que le bénéfice post-partum présumé des MMS est biologiquement plausible et que les MMS constituent probablement un complément sûr et précieux à l’alimentation post-partum de la mère et, par conséquent, pour le bébé allaité.",
				"Selon les orientations du MMS TAG, même si les femmes enceintes devraient être la cible principale pour recevoir les MMS dans les services nationaux de soins prénatals, s’il reste des comprimés de MMS après l’accouchement, les femmes peuvent utiliser les comprimés de MMS restants pendant le post-partum."
			]
		},
		unicef: {
			source: "S1",
			question: "Que dit l’UNICEF ?",
			answer: ["HMHB indique que, reconnaissant la période post-partum comme une occasion de reconstituer les réserves nutritionnelles de la mère après l’accouchement, les orientations du Fonds des Nations Unies pour l’enfance (UNICEF) soutiennent la poursuite de l’utilisation des MMS pendant le post-partum.", "Selon les orientations du MMS TAG, même si les femmes enceintes devraient être la cible principale pour recevoir les MMS dans les services nationaux de soins prénatals, s’il reste des comprimés de MMS après l’accouchement, les femmes peuvent utiliser les comprimés de MMS restants pendant le post-partum."]
		},
		"essential-medicines-list": {
			source: ["S3", "S4"],
			question: "Les MMS figurent-ils sur la Liste des médicaments essentiels de l’OMS ?",
			answer: ["Oui. L’entrée de la Liste des médicaments essentiels de l’OMS consacrée aux MMS (UNIMMAP) les inscrit sous l’indication « Soins maternels pour d’autres affections précisées principalement liées à la grossesse ». Ils ont été ajoutés pour la première fois à la Liste modèle OMS des médicaments essentiels en 2021, sur la liste de base, « pour une utilisation dans des contextes spécifiques ».", "HMHB a indiqué le 1er octobre 2021 que les MMS avaient été inclus dans la Liste modèle OMS des médicaments essentiels en tant que supplément prénatal pour les femmes enceintes."]
		},
		"tablet-contents": {
			source: "S3",
			question: "Que contient un comprimé de MMS UNIMMAP ?",
			answer: ["Un comprimé UNIMMAP contient 15 micronutriments : vitamine A 800 µg EAR, vitamine C 70 mg, vitamine D 5 µg (200 UI), vitamine E 10 mg α-ET, thiamine (B1) 1,4 mg, riboflavine (B2) 1,4 mg, niacine (B3) 18 mg EN, vitamine B6 1,9 mg, acide folique 400 µg, vitamine B12 2,6 µg, fer 30 mg, iode 150 µg, zinc 15 mg, sélénium 65 µg et cuivre 2 mg."]
		}
	},
	ui: {
		issuedBy: "Publié par :",
		issuedOn: "Date :",
		keyMessageLabel: "Message clé",
		plainWordsLabel: "En termes simples",
		faqHeading: "Questions fréquentes",
		expandAll: "Tout développer",
		collapseAll: "Tout réduire",
		sourceLabel: "Sources :",
		emlName: "la Liste des médicaments essentiels de l’OMS",
		versionLabel: "Version du contenu",
		original: "Original en anglais",
		unreviewed: "Traduit de l’anglais. La traduction n’a pas encore été relue.",
		reviewedBy: "Traduction relue par",
		showOriginal: "Afficher l’original en anglais",
		share: "Partager ces orientations",
		shareButton: "Partager",
		copyLink: "Copier le lien",
		copyItemLink: "Copier le lien vers cette question",
		copied: "Lien copié",
		copyFailed: "La copie n’est pas possible ici. Sélectionnez le lien pour le copier :",
		email: "E-mail",
		newTab: "S’ouvre dans un nouvel onglet",
		shareText: "Orientations du MMS TAG sur l’utilisation post-partum des MMS prénatals"
	}
};
export { fr };
