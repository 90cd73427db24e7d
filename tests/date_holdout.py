"""Holdout corpus of real effective-date phrasings, for measuring tracker/compare/dates.py.

Same contract, classes and format as `tests.date_corpus` (read its docstring: the labelling
rules are the same here), but built afterwards from DIFFERENT public pages: no site or page
used in date_corpus.py appears here.  The code was tuned on date_corpus.py; this file exists
to measure how well that tuning generalises.  Do not tune the code on it, and do not choose
or relabel cases by whether the code gets them right: once it is used for tuning, it stops
being a holdout.

Every passage was copied verbatim (or trimmed to the block that carries the date) from a
public page found by search: terms of service, privacy notices, DPAs, cookie policies, SLAs,
carrier / bank / airline / marketplace / cloud legal pages, notices of updated terms, news
items about them, and the published source of sites' legal pages.  `source` names the page
("site/path" or "site, page"); text from a public repository holding a site's legal pages
names the repository and file or the code-search id of the file.  "\n" marks a real block
break on the page; soft line wraps are joined.

`HARD` lists the cases whose expected value was a judgement call, with the reason.
"""

from __future__ import annotations

import datetime as dt

from tests.date_corpus import (
    CLASSES,
    EN_PHRASE,
    LABEL_IN_BLOCK,
    LANGS,
    NEGATIVE,
    NON_ENGLISH,
    NUMERIC,
    SEVERAL,
    Case,
)

D = dt.date


def _c(text: str, expected: dt.date | None, cls: str, lang: str, source: str) -> Case:
    return Case(text=text, expected=expected, cls=cls, lang=lang, source=source)


# Code-search ids refer to files of public repositories holding the published source of a
# site's or app's legal pages (found with the stored-file index).
_GH = "site source on GitHub, code-search id "


ENGLISH_PHRASES: list[Case] = [
    _c(
        "The new customer agreement, which took effect on September 20, 2021, replaces the "
        "existing terms and conditions and outlines the terms of service for Verizon’s wireless "
        "and internet services.",
        D(2021, 9, 20),
        EN_PHRASE,
        "en",
        "https://keenova.com/new-verizon-customer-agreement (Verizon, US)",
    ),
    _c(
        "We’re making some changes to our terms and conditions which will be effective from 15 "
        "February 2022.",
        D(2022, 2, 15),
        EN_PHRASE,
        "en",
        "https://aib.ie/help-and-guidance/personal-negative-interest/terms-conditions (IE)",
    ),
    _c(
        "New terms and conditions for the products and services impacted are provided below. All "
        "these terms and conditions are effective from the 13 January 2018.",
        D(2018, 1, 13),
        EN_PHRASE,
        "en",
        "https://aib.ie/psd2 (IE)",
    ),
    _c(
        "We’re updating the Business Savings General terms and conditions to include conditions "
        "about the new Internet Bank, and to provide further clarification to some of our other "
        "conditions, these changes will come into effect from 19 August 2020.",
        D(2020, 8, 19),
        EN_PHRASE,
        "en",
        "https://nationwidecommercial.co.uk/help-and-support/news/"
        "changes-to-our-terms-and-conditions (UK)",
    ),
    _c(
        "Summary of changes to terms and conditions\n\nUnless we state otherwise the changes "
        "apply from 1 January 2019.",
        D(2019, 1, 1),
        EN_PHRASE,
        "en",
        "https://santander.co.uk/business/support/current-accounts/"
        "changes-to-current-accounts-and-savings-accounts (UK)",
    ),
    _c(
        "20.3 These conditions have been put on record in Civil Aviation Administration of China "
        "(CAAC) and will come into effect on October 1st, 2010.",
        D(2010, 10, 1),
        EN_PHRASE,
        "en",
        "http://mohahang.com/transportation/index.html?list=abroad20 (Tianjin Airlines "
        "conditions of carriage)",
    ),
    _c(
        "This is a Draft Update to the GitHub Corporate Terms of Service. These changes will not "
        "be effective until July 21, 2017.",
        D(2017, 7, 21),
        EN_PHRASE,
        "en",
        "https://patch-diff.githubusercontent.com/raw/github/site-policy/pull/2.patch (US)",
    ),
    _c(
        "We are making some changes to our Terms and Conditions that will apply from the 18 "
        "December 2017.",
        D(2017, 12, 18),
        EN_PHRASE,
        "en",
        "https://monzo.netlify.app/legal/terms-and-conditions/version-1-2 (UK)",
    ),
    _c(
        "We’ve revised our Terms of Service and Privacy Policy, effective September 30, 2016, "
        "and we encourage you to read the updated documents in full. By using our services on or "
        "after September 30, 2016, you agree to the revisions.",
        D(2016, 9, 30),
        EN_PHRASE,
        "en",
        "https://support.twitter.com/articles/20174594 (US)",
    ),
    _c(
        "For a look at Pinterest’s new Terms of Service, which will go into effect on April 6, "
        "2012, visit",
        D(2012, 4, 6),
        EN_PHRASE,
        "en",
        "https://fullcirclepr.com/2012/03/pinterest-updates-terms-of-service/ (US)",
    ),
    _c(
        "Last week, Pinterest announced in a blog post that they are updating their Terms of "
        "Service, Acceptable Use Policy, and Privacy Policy. These changes will go to effect on "
        "April 6, 2012.",
        D(2012, 4, 6),
        EN_PHRASE,
        "en",
        "https://ovrdrv.com/blog/pinterest-updates-terms-of-service (US)",
    ),
    _c(
        "For the smooth running of the community, we need you to follow the proposed Terms and "
        "Conditions of Use, which will be applicable to users from 4 October 2021.",
        D(2021, 10, 4),
        EN_PHRASE,
        "en",
        "https://about.wallapop.com/pt-pt/termos-e-condicoes-legais/ (English text)",
    ),
    _c(
        "When do these changes take place?\n\nThe changes will take place on 1st July 2012.",
        D(2012, 7, 1),
        EN_PHRASE,
        "en",
        "https://ybonline.co.uk/media/news-releases/2012/pcac-retail (Yorkshire Bank, UK)",
    ),
    _c(
        "The change will take place on 20 June 2024. You'll be notified of the date in your "
        "email or letter we've sent to you.",
        D(2024, 6, 20),
        EN_PHRASE,
        "en",
        "https://caterallen.co.uk/banking-support/account-support/"
        "account-change-frequently-asked-questions (UK, June 2024 version)",
    ),
    _c(
        "Savings Account Terms and Conditions update\n\nFrom 31 October 2023, we’re making "
        "changes to our terms and conditions, to make them clear and simple for you to "
        "understand.",
        D(2023, 10, 31),
        EN_PHRASE,
        "en",
        "https://skipton.co.uk/savingsterms (UK)",
    ),
    _c(
        "No, the Savings Account Terms and Conditions become effective from 31 October 2023, "
        "unless we hear from you before then, we'll take it that you’re happy",
        D(2023, 10, 31),
        EN_PHRASE,
        "en",
        "https://skipton.co.uk/savingsterms (UK, FAQ)",
    ),
    _c(
        "These changes go into effect on March 28, 2022 — we’re telling you about them now so "
        "you can understand what’s changing before then.",
        D(2022, 3, 28),
        EN_PHRASE,
        "en",
        "https://canary.discord.com/blog/important-policy-updates (US)",
    ),
    _c(
        "Please take a moment to read our detailed summary of the changes and the revised "
        "Privacy Policy and Terms of Service. By using our services — including our Fitbit and "
        "Fitstar-branded services — on or after October 30, 2017, you’ll be agreeing to the "
        "revisions",
        D(2017, 10, 30),
        EN_PHRASE,
        "en",
        "https://help.fitbit.com/articles/en_US/Help_article/2243 (US)",
    ),
    _c(
        "As of September 30, 2024, our updated Terms of Service, Privacy Policy, Legal Bases, "
        "and Cookie Policy will take effect.",
        D(2024, 9, 30),
        EN_PHRASE,
        "en",
        "https://support.strava.com/hc/en-us/articles/"
        "16599411565325-Terms-of-Service-and-Privacy-Policy-Updates (US)",
    ),
    _c(
        "When does the update take effect?\nThe updated policies will become effective on "
        "September 30, 2024. After that date, users will be required to accept the updated "
        "policies before continuing to use the Services.",
        D(2024, 9, 30),
        EN_PHRASE,
        "en",
        "https://support.strava.com/hc/en-us/articles/"
        "16599411565325-Terms-of-Service-and-Privacy-Policy-Updates (US, FAQ)",
    ),
    _c(
        "We want to let you know that we’ve updated our PSN Terms of Service and User Agreement "
        "(“Agreement”) to improve your user experience. These updates are effective immediately/ "
        "from 14 December 2023. By continuing to use the PSN, you accept the updated Agreement.",
        D(2023, 12, 14),
        EN_PHRASE,
        "en",
        "https://playstation.com/en-au/legal/update-notice/ (AU)",
    ),
    _c(
        "Roblox is updating both its Terms of Use and Privacy and Cookie Policy, with all "
        "changes taking effect on April 30, 2026. If you continue using Roblox after that date, "
        "you are agreeing to the new terms.",
        D(2026, 4, 30),
        EN_PHRASE,
        "en",
        "https://bioblox.pages.dev/blog/roblox-terms-of-use-april-2026 (US)",
    ),
    _c(
        "Thank you for using Coinbase! Coinbase has updated its User Agreement, effective "
        "January 31, 2019 (\"Effective Date\"). This summary is intended to help you better "
        "understand our updated User Agreement.",
        D(2019, 1, 31),
        EN_PHRASE,
        "en",
        "help.coinbase.com, summary-of-user-agreement-changes-from-january-31-2019-update (US)",
    ),
    _c(
        "Thank you for using Coinbase! Coinbase is updating its User Agreement, effective "
        "November 2020.",
        D(2020, 11, 1),
        EN_PHRASE,
        "en",
        "help.coinbase.com, summary-of-november-2020-user-agreement-update (US)",
    ),
    _c(
        "Effective July 12, 2023, we’re updating our user agreement for customers who reside in "
        "the European Economic Area. If you continue to use your Coinbase account after that "
        "date, the new terms will automatically apply to you.",
        D(2023, 7, 12),
        EN_PHRASE,
        "en",
        "help.coinbase.com, coinbase-user-agreement-eea-july-2023 (EEA)",
    ),
    _c(
        "One of the biggest changes will actually have next to no impact for the vast majority "
        "of users. That is that the news terms will come into effect immediately in the US, "
        "whilst for those outside the US they will come into force on 2nd October 2017.",
        D(2017, 10, 2),
        EN_PHRASE,
        "en",
        "socialnk.com/en/blog/twitter-updated-terms-service-what-it-means/amp (UK)",
    ),
]

NUMERIC_FORMATS: list[Case] = [
    _c(
        "Effective date: 1st Sep 2021",
        D(2021, 9, 1),
        NUMERIC,
        "en",
        "https://slack.com/intl/en-gb/terms-of-service/community (UK)",
    ),
    _c(
        "Event Participant Terms of Use\n\nLast Updated: June 18th, 2021",
        D(2021, 6, 18),
        NUMERIC,
        "en",
        "https://explore.zoom.us/docs/en-us/event_participant_tou.html (US)",
    ),
    _c(
        "Libero Drive 10 GB - Condizioni Generali di Contratto\nCONDIZIONI GENERALI DI CONTRATTO "
        "LIBERO DRIVE 10GB VALIDE DAL 25/05/2018",
        D(2018, 5, 25),
        NUMERIC,
        "it",
        "https://info.libero.it/contratti/libero-drive-25-05-2018/ (IT, day-first)",
    ),
    _c(
        "Informations légales\nConditions générales d’utilisation du site www.collabart.fr "
        "Version en vigueur au 26/03/23",
        D(2023, 3, 26),
        NUMERIC,
        "fr",
        "https://collabart.fr/en/legal (FR, day-first)",
    ),
    _c(
        "Allgemeine Geschäftsbedingungen der FiWiB Management GmbH\n(Stand: 06/2023)",
        D(2023, 6, 1),
        NUMERIC,
        "de",
        "https://youth-globe.com/fr/agb",
    ),
    _c(
        "Terms of Use\nEffective as of 01-01-2025",
        D(2025, 1, 1),
        NUMERIC,
        "en",
        "Nova Auth, Terms of Use (GitHub fronskydev/nova-auth secure/src/Components/Auth/views/"
        "legals/terms.php)",
    ),
    _c(
        "Function Compute:Legal Resources\nLast Updated:Feb 01, 2024",
        D(2024, 2, 1),
        NUMERIC,
        "en",
        "https://alibabacloud.com/help/en/functioncompute/support/legal-resources/",
    ),
    _c(
        "2017-01-doc1 Per 1.3.17 nieuwe Algemene Bankvoorwaarden",
        D(2017, 3, 1),
        NUMERIC,
        "nl",
        "https://bobwessels.nl/blog/2017-01-doc1-per-1-3-17-nieuwe-algemene-bankvoorwaarden/ "
        "(NL, day-first; title)",
    ),
    _c(
        "Terms of Service\n\nLast Modified: 2014-01-27\n\nHello! Welcome to Terms of Service.",
        D(2014, 1, 27),
        NUMERIC,
        "en",
        "https://csi-games.com/two-workshop/policies_out.php (copy of the Tumblr terms)",
    ),
    _c(
        "CONDITIONS GÉNÉRALES D’UTILISATION (CGU) DU SERVICE DE COVOITURAGE ENI Covoiturage par "
        "Ikinoa / Hélium Event\nVersion du 01/01/2025",
        D(2025, 1, 1),
        NUMERIC,
        "fr",
        "https://eni.covoiturage.ikinoa.com/fr/cgv (FR)",
    ),
    _c(
        "Las condiciones legales del mercadillo digital de moda\n\nACTUALIZADO 18/02/17: Según "
        "los cambios de finales de 2016.",
        D(2017, 2, 18),
        NUMERIC,
        "es",
        "https://terminosycondiciones.es/2014/11/21/"
        "wallapop-13-detalles-sobre-sus-terminos-y-condiciones/ (ES, day-first)",
    ),
    _c(
        "Mercado Pago Terms and Conditions of Use\nValid from: May 6th, 2020",
        D(2020, 5, 6),
        NUMERIC,
        "en",
        "https://mercadopago.com.mx/ayuda/terms-conditions_718 (MX, English page)",
    ),
    _c(
        "Last updated on: 05/03/2021\n\nE-COMMERCE TERMS & CONDITIONS",
        D(2021, 3, 5),
        NUMERIC,
        "en",
        "https://scribd.com/document/649417993/Terms-Conditions-KE (Glovo Kenya, day-first as in "
        "Glovo's other markets)",
    ),
    _c(
        "Last updated on: 18th June 2024\n\nThese general terms of use and contracting "
        "(hereinafter, the “General Terms”) apply to the website of Glovoapp23, S.A. "
        "(hereinafter, “Glovo”), ...",
        D(2024, 6, 18),
        NUMERIC,
        "en",
        "https://t-tees.com/how/how-to-cancel-glovo-prime (Glovo Uganda terms quoted)",
    ),
    _c(
        "So… I dug around in our file cabinet and located one such agreement from Chase, with an "
        "effective date of 10/2004.",
        D(2004, 10, 1),
        NUMERIC,
        "en",
        "https://creditaddict.com/archives/"
        "inside-your-cardmember-agreement-know-what-youre-signing-up-for/ (US month-first)",
    ),
    _c(
        "playstation.com\n\nTerms of Service\n\n2019-04-01\n\nTERMS OF SERVICE AND USER AGREEMENT",
        D(2019, 4, 1),
        NUMERIC,
        "en",
        "https://playstation.com/en-us/legal/terms-of-use-april-2019 (US)",
    ),
    _c(
        "Política de Privacidade\n\nÚltima atualização: 10/04/2025",
        D(2025, 4, 10),
        NUMERIC,
        "pt",
        "https://renovacard.com/politica-de-privacidade (BR, day-first)",
    ),
    _c(
        "TGV FRANCE – ITALIE CONDITIONS GÉNÉRALES DE TRANSPORT Version en vigueur depuis le "
        "29-09-2015 VOLUME 1 : DISPOSITIONS GÉNÉRALES VOLUME 2 : GAMME TARIFAIRE",
        D(2015, 9, 29),
        NUMERIC,
        "fr",
        "pdfslide.fr, TGV France–Italie conditions générales de transport (FR)",
    ),
    _c(
        "Visor del documento\nNombre Último Cambio\nDeezer (en) - Términos y Condiciones "
        "03-sep-2019 | 16,84%",
        D(2019, 9, 3),
        NUMERIC,
        "es",
        "https://tracker.terminosycondiciones.es/doc/695 (ES)",
    ),
    _c(
        "Termos de Uso\n\n[Política de Privacidade](./politica.md) • [Termos de Uso](./"
        "termos.md) • ...\n\nAtualizado em: 09/2025",
        D(2025, 9, 1),
        NUMERIC,
        "pt",
        "Raise Capital, Termos de Uso (GitHub JhonasMartins/raisecapital docs/termos.md) (BR)",
    ),
    _c(
        "Termos de Uso\nAtualizado em: 22/10/2025",
        D(2025, 10, 22),
        NUMERIC,
        "pt",
        "Termos de Uso (GitHub nelisjunior/studious-funicular terms-of-use.md) (BR)",
    ),
    _c(
        "Última atualização: 21/02/2026",
        D(2026, 2, 21),
        NUMERIC,
        "pt",
        "Termos (GitHub zero-times/zero-times.github.io pages/terms.md) (BR)",
    ),
    _c(
        "Fecha de actualización: [14/01/2025]\n\nEstos Términos y Condiciones de Uso regulan el "
        "acceso y uso de la aplicación móvil \"FallOff\", ...",
        D(2025, 1, 14),
        NUMERIC,
        "es",
        "FallOff app, Términos y Condiciones (GitHub Chavid72/Aplicaciones TermsAndConditions.md)",
    ),
    _c(
        "5. Modificaciones 5.1. Nos reservamos el derecho de modificar estos términos y "
        "condiciones en cualquier momento sin previo aviso. Las modificaciones entrarán en "
        "vigencia inmediatamente después de su publicación en este sitio. Al usar este sitio, "
        "aceptas estar sujeto a estos términos y condiciones. Si tienes alguna pregunta o "
        "inquietud, contáctanos. Última actualización: 30/09/2023",
        D(2023, 9, 30),
        NUMERIC,
        "es",
        "Calu shop, Términos y condiciones (GitHub PochiTama-dev/Calu src/Components/Cart/"
        "Terms.jsx)",
    ),
    _c(
        "Informativa sulla privacy\nData di entrata in vigore: 07-02-2023\nUltimo aggiornamento: "
        "07-02-2023",
        D(2023, 2, 7),
        NUMERIC,
        "it",
        "louontour.it, Informativa sulla privacy (" + _GH + "588217302) (IT, day-first)",
    ),
    _c(
        "Informativa Privacy\nData di entrata in vigore: 23/07/2026 — Ultimo aggiornamento: 23/"
        "07/2026",
        D(2026, 7, 23),
        NUMERIC,
        "it",
        "ADM Design & Digital, Informativa Privacy (" + _GH + "66500115958)",
    ),
    _c(
        "Diese Nutzungsbedingungen gelten ab dem 14.02.2026.",
        D(2026, 2, 14),
        NUMERIC,
        "de",
        "app Nutzungsbedingungen (" + _GH + "60424350666)",
    ),
]

NON_ENGLISH_CASES: list[Case] = [
    _c(
        "Nutzungsbedingungen für Google APIs\n\nZuletzt geändert: 16. Januar 2019 (vorherige "
        "Version)",
        D(2019, 1, 16),
        NON_ENGLISH,
        "de",
        "https://developers.google.cn/terms/2019?hl=de",
    ),
    _c(
        "Aktualisiert: 16. Februar 2024\nDu und das Unternehmen, für das du "
        "vertretungsberechtigt bist („du“, ...), stimmt ... diesen WhatsApp Business "
        "Nutzungsbedingungen ... zu.",
        D(2024, 2, 16),
        NON_ENGLISH,
        "de",
        "https://whatsapp.com/legal/business-terms?lang=de_DE",
    ),
    _c(
        "Dies ist eine archivierte Version unserer Nutzungsbedingungen. Sieh dir die aktuelle "
        "Version oder alle früheren Versionen an.\nLetzte Änderung: 24. April 2018",
        D(2018, 4, 24),
        NON_ENGLISH,
        "de",
        "https://whatsapp.com/legal/terms-of-service-eea/revisions/20180424?lang=de_DE",
    ),
    _c(
        "Die verwendeten Begriffe sind nicht geschlechtsspezifisch.\n\nStand: 6. Oktober 2022",
        D(2022, 10, 6),
        NON_ENGLISH,
        "de",
        "Impromat, Datenschutzerklärung (GitHub marcoklein/impromat packages/impromat/src/"
        "markdown/datenschutz-markdown.md.ts)",
    ),
    _c(
        "Datenschutzerklärung\nStand: 31. Mai 2025",
        D(2025, 5, 31),
        NON_ENGLISH,
        "de",
        "OneLiteFeather, Datenschutzerklärung (GitHub OneLiteFeatherNET/launchpad pages/"
        "privacy.vue)",
    ),
    _c(
        "Firefox + Cliqz-Datenschutzhinweis\n\nGültig ab 28. September 2017",
        D(2017, 9, 28),
        NON_ENGLISH,
        "de",
        "Mozilla, Firefox + Cliqz privacy notice (GitHub mozilla/legal-docs "
        "firefox-cliqz_privacy_notice/de.md)",
    ),
    _c(
        "Allgemeine Geschäftsbedingungen\nStand: November 2025 – AVVGO Network",
        D(2025, 11, 1),
        NON_ENGLISH,
        "de",
        "https://avvgo.com/agb",
    ),
    _c(
        "Diese Nutzungsbedingungen gelten ab dem 01. April 2025.",
        D(2025, 4, 1),
        NON_ENGLISH,
        "de",
        "framesphere.dev, Nutzungsbedingungen (" + _GH + "54080199405)",
    ),
    _c(
        "Allgemeine Nutzungsbedingungen für Sharing-Portal\nDiese Nutzungsbedingungen gelten ab "
        "dem 28. Januar 2022",
        D(2022, 1, 28),
        NON_ENGLISH,
        "de",
        "Number42 GmbH, Sharing-Portal Nutzungsbedingungen (" + _GH + "12955909813)",
    ),
    _c(
        "Votre vie privée est importante. À compter du 8 juin 2022, nous mettons à jour notre "
        "Politique de confidentialité afin de la rendre plus claire et d'y faire figurer de "
        "nouvelles fonctionnalités prometteuses.",
        D(2022, 6, 8),
        NON_ENGLISH,
        "fr",
        "https://spotify.com/fr/legal/privacy-policy/ (banner)",
    ),
    _c(
        "Politique de confidentialité Spotify\nEn vigueur à compter du 8 juin 2022",
        D(2022, 6, 8),
        NON_ENGLISH,
        "fr",
        "https://spotify.com/fr/legal/privacy-policy/",
    ),
    _c(
        "Ces prochaines conditions d'utilisation, qui entreront en vigueur le 16 janvier 2013, "
        "prévoient un partage des données personnelles de ses utilisateurs (noms d'utilisateurs, "
        "photos, commentaires) avec Facebook, qui l'a racheté un peu plus tôt dans l'année pour "
        "un milliard de dollars.",
        D(2013, 1, 16),
        NON_ENGLISH,
        "fr",
        "https://lapresse.ca/techno/internet/201212/18/"
        "01-4604936-instagram-pourrait-vendre-des-photos-sans-consentement.php (Instagram)",
    ),
    _c(
        "Conditions Générales de Vente\nDernière mise à jour: 18 February 2025",
        D(2025, 2, 18),
        NON_ENGLISH,
        "fr",
        "https://321coc.eu/fr/general-terms-conditions",
    ),
    _c(
        "Contactez-nous si vous avez des questions.\n\nDate d'entrée en vigueur : 27 mars 2024",
        D(2024, 3, 27),
        NON_ENGLISH,
        "fr",
        "Ugloo, Politique de confidentialité (GitHub Ugloo/website content/privacy-policy.md)",
    ),
    _c(
        "Dernière mise à jour: 04 Juin 2023\n\nLa présente politique de confidentialité décrit "
        "nos politiques et procédures en matière de collecte, d'utilisation et de divulgation de "
        "vos informations lorsque vous utilisez le service.",
        D(2023, 6, 4),
        NON_ENGLISH,
        "fr",
        "Namaste Location, Politique de confidentialité (GitHub adrsimon/namaste-location src/"
        "pages/privacy.md)",
    ),
    _c(
        "Condiciones de servicio de Sprout Social™\n\nEstas Condiciones de servicio son "
        "efectivas a partir del 14 de julio de 2016.",
        D(2016, 7, 14),
        NON_ENGLISH,
        "es",
        "https://sproutsocial.com/es/terms/",
    ),
    _c(
        "De la misma manera, los nuevos términos de uso, que entrarán en vigor el próximo 8 de "
        "febrero de 2021, deberán acatarse y aceptarse si queremos seguir utilizando el servicio "
        "de mensajería.",
        D(2021, 2, 8),
        NON_ENGLISH,
        "es",
        "20minutos.es, noticia 4507784 (WhatsApp terms)",
    ),
    _c(
        "Política de privacidad y cumplimiento del RGPD\nÚltima actualización: 16 de abril de "
        "2024",
        D(2024, 4, 16),
        NON_ENGLISH,
        "es",
        "https://onthegosystems.com/es/wp-json/wp/v2/pages/23000 (OnTheGoSystems)",
    ),
    _c(
        "Hemos actualizado nuestros Términos y Condiciones para incluir información sobre la "
        "nueva funcionalidad de creación de lotes.\nTérminos y Condiciones de uso de Wallapop\n"
        "Última revisión: 5 de diciembre de 2025",
        D(2025, 12, 5),
        NON_ENGLISH,
        "es",
        "https://about.wallapop.com/legal-terms-and-conditions",
    ),
    _c(
        "CaixaBank, S.A. ha dado un paso significativo hacia la transparencia y protección de "
        "los datos personales de sus clientes con la reciente actualización de su política de "
        "privacidad, vigente desde octubre de 2024.",
        D(2024, 10, 1),
        NON_ENGLISH,
        "es",
        "noticias.madrid, article 'CaixaBank revitaliza su política de privacidad'",
    ),
    _c(
        "Fecha de aplicación\n\nEstos cambios entrarán en vigor el lunes, 1 de julio de 2019, y "
        "se aplicarán a todos los nuevos pedidos en el siguiente ciclo de facturación tras esta "
        "fecha.",
        D(2019, 7, 1),
        NON_ENGLISH,
        "es",
        "IBM Cloud Docs, Direct Link Global Routing announcement (es) (" + _GH + "41708359848)",
    ),
    _c(
        "Al momento stai visualizzando una versione archiviata dei Termini di servizio. "
        "Visualizza la versione corrente o tutte le versioni precedenti.\nUltima modifica: 28 "
        "gennaio 2020",
        D(2020, 1, 28),
        NON_ENGLISH,
        "it",
        "https://whatsapp.com/legal/terms-of-service/revisions/20200128?lang=it_IT",
    ),
    _c(
        "Ultimo aggiornamento: 16 febbraio 2024\nI Canali WhatsApp sono uno dei \"Servizi\" "
        "forniti da WhatsApp.",
        D(2024, 2, 16),
        NON_ENGLISH,
        "it",
        "https://whatsapp.com/legal/channels-terms-of-service-eea?lang=it_IT",
    ),
    _c(
        "Queste condizioni generali di utilizzo non sono applicabili e non hanno efficacia "
        "vincolante nei confronti di individui che non abbiano compiuto 18 anni di età.\n"
        "(Versione 2.6 | 15 gennaio 2025)",
        D(2025, 1, 15),
        NON_ENGLISH,
        "it",
        "https://satispay.com/it-it/legal-hub/condizioni-generali/personale-nuovo",
    ),
    _c(
        "Condizioni generali di utilizzo per il servizio “Satispay Business”\n\n...\n\n(Versione "
        "2.3 | 15 Luglio 2021)",
        D(2021, 7, 15),
        NON_ENGLISH,
        "it",
        "https://satispay.com/it-it/legal/condizioni-satispay-business/",
    ),
    _c(
        "Termini e Condizioni d'Uso (ToS) di G-Scanner\nVersione: 1.0\nData di entrata in "
        "vigore: 17 luglio 2026\nData di ultimo aggiornamento: 17 luglio 2026",
        D(2026, 7, 17),
        NON_ENGLISH,
        "it",
        "G-Scanner app, Termini e Condizioni (" + _GH + "61394529354)",
    ),
    _c(
        "Última Atualização: 05 de Junho de 2013\n\nTermos de Serviço Especial\n\nO que são "
        "estes Termos?",
        D(2013, 6, 5),
        NON_ENGLISH,
        "pt",
        "https://autodesk.com/company/legal-notices-trademarks/"
        "terms-of-service-autodesk360-web-services/instructable-terms-of-service-portuguese",
    ),
    _c(
        "UBER DO BRASIL TECNOLOGIA LTDA. TERMOS E CONDIÇÕES GERAIS DOS SERVIÇOS DE INTERMEDIAÇÃO "
        "DIGITAL Última atualização: 25 de junho de 2018",
        D(2018, 6, 25),
        NON_ENGLISH,
        "pt",
        "kupdf.net, Uber do Brasil termos e condições gerais (25062018)",
    ),
    _c(
        "O Nubank anunciou uma atualização geral em seus contratos de Conta e Cartão de Crédito, "
        "válida a partir do dia 21 de outubro de 2025.",
        D(2025, 10, 21),
        NON_ENGLISH,
        "pt",
        "fdr.com.br, article of 2025-10-07 on Nubank's contracts",
    ),
    _c(
        "O Nubank, um dos principais bancos digitais do país, anunciou mudanças importantes nos "
        "contratos de Conta e Cartão de Crédito, que entram em vigor a partir de 21 de outubro "
        "de 2025.",
        D(2025, 10, 21),
        NON_ENGLISH,
        "pt",
        "https://corujanews.com.br/?p=14051 (Nubank)",
    ),
    _c(
        "Termos e Condições\nÚltima Atualização: 9 de junho de 2021\nPor meio do presente "
        "instrumento, são estabelecidos os termos e as condições gerais para a prestação de "
        "serviços (as “Condições Gerais”), ...",
        D(2021, 6, 9),
        NON_ENGLISH,
        "pt",
        "https://beneficios.ifood.com.br/termos-e-condicoes",
    ),
    _c(
        "Termos de Uso\n\nÚltima atualização: 24 de maio de 2025",
        D(2025, 5, 24),
        NON_ENGLISH,
        "pt",
        "MIDUKA app, Termos de Uso (GitHub DionsioNeto/MIDUKA-APP resources/markdown/terms.md)",
    ),
    _c(
        "De ABV zijn gedeponeerd bij de griffie van de rechtbank in Amsterdam en worden op 1 "
        "maart 2017 van kracht. De banken gaan hun klanten hierover rechtstreeks informeren.",
        D(2017, 3, 1),
        NON_ENGLISH,
        "nl",
        "https://consumentenbond.nl/nieuws/2016/algemene-bankvoorwaarden-aangepast-en-duidelijker",
    ),
    _c(
        "Per 1 november 2009 gelden de Algemene Bankvoorwaarden 2009, die de Algemene "
        "Bankvoorwaarden 1995 vervangen.",
        D(2009, 11, 1),
        NON_ENGLISH,
        "nl",
        "https://bjutijdschriften.nl/tijdschrift/vermogensrechtelijkeanalyse/2010/2/"
        "VrA_1574-0269_2010_007_002_003",
    ),
    _c(
        "Firefox-privacyverklaring\n\nVan kracht vanaf 28 september 2017",
        D(2017, 9, 28),
        NON_ENGLISH,
        "nl",
        "Mozilla, Firefox privacy notice (GitHub mozilla/legal-docs firefox_privacy_notice/nl.md)",
    ),
    _c(
        "Gebruiksvoorwaarden Spotify\n\nVan kracht vanaf 12 februari 2019",
        D(2019, 2, 12),
        NON_ENGLISH,
        "nl",
        "https://spotify.com/nl/legal/end-user-agreement/",
    ),
    _c(
        "Gebruiksvoorwaarden Spotify\n\nGeldig vanaf 5 March 2014",
        D(2014, 3, 5),
        NON_ENGLISH,
        "nl",
        "https://spotify.com/be-nl/legal/end-user-agreement/ (2014 version)",
    ),
    _c(
        "Spotify Mobiele Gebruiksvoorwaarden\n\nDit is de meest recente versie d.d.: 17 October "
        "2012",
        D(2012, 10, 17),
        NON_ENGLISH,
        "nl",
        "https://spotify.com/be-nl/legal/mobile-terms-and-conditions/",
    ),
    _c(
        "Artikel 1 - 5\n\nArtikel 1 t/m 5 van onze Algemene vervoersvoorwaarden voor passagiers "
        "en bagage. Laatst bijgewerkt: 1 september 2016/Global",
        D(2016, 9, 1),
        NON_ENGLISH,
        "nl",
        "https://klm.com/travel/nl_nl/customer_support/booking_conditions_carriage/"
        "article_1_to_5.htm",
    ),
    _c(
        "Belangrijke reisinformatie\n\nLees onderstaande reisinformatie alstublieft aandachtig "
        "door. Deze informatie is in april 2013 herzien.",
        D(2013, 4, 1),
        NON_ENGLISH,
        "nl",
        "klm.com, travel/cw_nl travel_information.htm (Belangrijke reisinformatie)",
    ),
    _c(
        "Voorwaarden Select-lidmaatschap\n\nVersie 2.0 12 oktober 2017",
        D(2017, 10, 12),
        NON_ENGLISH,
        "nl",
        "https://bol.com/nl/m/voorwaarden/select-voorwaarden/index.html",
    ),
    _c(
        "Advertentievoorwaarden voor Adverteren via bol.com\n\nVersie 11.0, 1 februari 2023",
        D(2023, 2, 1),
        NON_ENGLISH,
        "nl",
        "https://bol.com/nl/nl/tc/advertentievoorwaarden-voor-adverteren-via-bol-com/",
    ),
]

LABELS_IN_BLOCKS: list[Case] = [
    _c(
        "Effective Date: May 1st, 2020\n\nThese User Terms of Service (the “User Terms”) govern "
        "your access and use of our online workplace productivity tools and platform (the "
        "“Services”).",
        D(2020, 5, 1),
        LABEL_IN_BLOCK,
        "en",
        "https://bountixp.com/blog/user-of-use (copy of the Slack User Terms)",
    ),
    _c(
        "Last updated: 25th April 2023\n\nThe Main Services Agreement and the Slack Supplemental "
        "Terms (together, the ‘Slack Terms’) describe your rights...",
        D(2023, 4, 25),
        LABEL_IN_BLOCK,
        "en",
        "https://slack.com/intl/en-gb/main-services-agreement (UK)",
    ),
    _c(
        "Customers who agreed to the platform beta services terms prior to the Effective Date "
        "listed below can find such terms available here.\n\nEffective: 14th September 2022",
        D(2022, 9, 14),
        LABEL_IN_BLOCK,
        "en",
        "https://slack.com/intl/en-in/terms-of-service/platform-beta (IN)",
    ),
    _c(
        "Cloud Computing Service Level Agreements (“SLA”)\nUpdated: October 1, 2009\nVersion: 1.1",
        D(2009, 10, 1),
        LABEL_IN_BLOCK,
        "en",
        "https://watserv.com/legal/cloud/cloudservicelevelagreements-v1-1/ (US)",
    ),
    _c(
        "Zoom Services Description\n\nEffective: April 13, 2022\n\nThis Zoom Services "
        "Description describes the Services that may be ordered on an Order Form, ...",
        D(2022, 4, 13),
        LABEL_IN_BLOCK,
        "en",
        "https://explore.zoom.us/en/services-description/ (US)",
    ),
    _c(
        "Contact phone: +420 730 842 100\nEffective date: 11 April 2026 Version: 1.0 Governing "
        "language: English (an unofficial Czech translation may be provided for convenience; ...)",
        D(2026, 4, 11),
        LABEL_IN_BLOCK,
        "en",
        "https://invictas.cz/en/apps/free-to-call/terms-and-conditions",
    ),
    _c(
        "Cookie Policy (UK) - Book Industry Communication Skip to content This Cookie Policy was "
        "last updated on 5 March 2024 and applies to citizens and legal permanent residents of "
        "the United Kingdom.",
        D(2024, 3, 5),
        LABEL_IN_BLOCK,
        "en",
        "https://cuch.org/archive/150896 (Book Industry Communication cookie policy, UK)",
    ),
    _c(
        "Data Processing Addendum\n\nLast Updated: October 2025\n\nThis Personal Data Processing "
        "Addendum (“Addendum”) supplements the agreement between Service Provider and Client "
        "(\"Agreement\") ...",
        D(2025, 10, 1),
        LABEL_IN_BLOCK,
        "en",
        "https://weareuncompany.com/data-processing-addendum",
    ),
    _c(
        "DATA PROCESSING ADDENDUM\nLast Updated: May 13, 2025\nTHIS DATA PROCESSING ADDENDUM "
        "(“DPA”) shall be applicable between the Parties, ...",
        D(2025, 5, 13),
        LABEL_IN_BLOCK,
        "en",
        "https://verses.ai/dpa (US)",
    ),
    _c(
        "Data Processing Addendum\n\nLast updated: January 22, 2026",
        D(2026, 1, 22),
        LABEL_IN_BLOCK,
        "en",
        "https://freckle.io/dpa (US)",
    ),
    _c(
        "Terms of Service\n\nLast modified: November 22, 2023\n\n1. Summary.",
        D(2023, 11, 22),
        LABEL_IN_BLOCK,
        "en",
        "https://getsupermoon.com/terms-of-service/ (US)",
    ),
    _c(
        "Privacy Policy\n\nEffective Date: December 17, 2021",
        D(2021, 12, 17),
        LABEL_IN_BLOCK,
        "en",
        "https://talktospot.com/privacy (US)",
    ),
    _c(
        "Privacy Policy\n\nLast updated July 07, 2023\n\nThis privacy notice for Quantified "
        "Uncertainty Research Institute (\"we,\" \"us,\" or \"our\"), describes how and why we "
        "might collect, store, use, and/or share (\"process\") your information when you use our "
        "services (\"Services\"), such as when you:",
        D(2023, 7, 7),
        LABEL_IN_BLOCK,
        "en",
        "Squiggle Hub, Privacy Policy (GitHub quantified-uncertainty/squiggle apps/hub/src/app/"
        "privacy/page.tsx) (US)",
    ),
    _c(
        "Privacy Policy\nLast updated: June 29, 2023\nWe do not collect any personal data or use "
        "cookies on our website.",
        D(2023, 6, 29),
        LABEL_IN_BLOCK,
        "en",
        "Cake, Privacy Policy (GitHub yongtenglei/cake src/Pages/PrivacyPolicyPage.tsx)",
    ),
    _c(
        "Privacy Policy\nLast updated: January 28, 2023\nResponsive Buddy does not collect any "
        "personal information from users. I respect your privacy and am committed to protecting "
        "it.",
        D(2023, 1, 28),
        LABEL_IN_BLOCK,
        "en",
        "Responsive Buddy, Privacy Policy (GitHub vladstudio/responsive-buddy www/privacy.php)",
    ),
    _c(
        "Terms of Service\n\nLast Updated: August 25, 2025\n\nWelcome to our application!",
        D(2025, 8, 25),
        LABEL_IN_BLOCK,
        "en",
        "fashion store app, Terms of Service (GitHub ydafy/fashion-store backend/content/"
        "terms.md)",
    ),
    _c(
        "PRIVACY POLICY\n\nLast updated February 14, 2024",
        D(2024, 2, 14),
        LABEL_IN_BLOCK,
        "en",
        "LinkedIn OAuth backend, Privacy Policy (GitHub charlesinwald/linkedin-oauth-backend "
        "PRIVACY.md)",
    ),
    _c(
        "GENERAL CONDITIONS OF CARRIAGE\nUpdated March 2022\nArticle 1 - Definitions",
        D(2022, 3, 1),
        LABEL_IN_BLOCK,
        "en",
        "https://clkfunnel.com/air-france-name-change-policy-3966 (Air France GCC copy)",
    ),
    _c(
        "LinkedIn\nYour Privacy Matters\n\n...\n\nLast revised on May 13, 2013",
        D(2013, 5, 13),
        LABEL_IN_BLOCK,
        "en",
        "https://daybyday.press/article4387.html (LinkedIn privacy policy quoted)",
    ),
    _c(
        "AWS Service Terms\nLast updated: April 23, 2015",
        D(2015, 4, 23),
        LABEL_IN_BLOCK,
        "en",
        "https://sec.gov/Archives/edgar/data/1630176/000152013815000305/greycloak-s1a3ex10z1.htm",
    ),
    _c(
        "AWS Service Terms\nLast Updated: October 22, 2025\n1. Universal Service Terms "
        "(Applicable to All Services)",
        D(2025, 10, 22),
        LABEL_IN_BLOCK,
        "en",
        "https://aws.amazon.com/it/serviceterms",
    ),
    _c(
        "Amazon Web Services™ Customer Agreement\n\nUpdated September 25, 2008\n\nPLEASE READ "
        "CAREFULLY - THIS IS A BINDING CONTRACT",
        D(2008, 9, 25),
        LABEL_IN_BLOCK,
        "en",
        "https://portal.aws.amazon.com/gp/aws/developer/terms-and-conditions.html",
    ),
    _c(
        "Terms and Conditions\nVersion applicable from June 15, 2026\n1. Purpose",
        D(2026, 6, 15),
        LABEL_IN_BLOCK,
        "en",
        "https://legal.blablacar.com/en-in/?p=6565 (IN)",
    ),
    _c(
        "Website terms and conditions of use- Colombia\n\nCurrent version: February 7, 2022",
        D(2022, 2, 7),
        LABEL_IN_BLOCK,
        "en",
        "https://global-selling.mercadolibre.com/help/27770",
    ),
    _c(
        "Last modified: September 12, 2018\n\nThis Application Developer and API License "
        "Agreement (the “Agreement”), effective as of the date of acceptance of this Agreement "
        "(the “Effective Date”), is by and between Tumblr, Inc. (“Tumblr”) and you, ...",
        D(2018, 9, 12),
        LABEL_IN_BLOCK,
        "en",
        "https://github.com/tumblr/policy (README, Tumblr API agreement)",
    ),
    _c(
        "Our CustomerTermsPage 1of 33Telstra Mobile SectionTelstra Mobile Recent Changes was "
        "last changed on 11 November2014",
        D(2014, 11, 11),
        LABEL_IN_BLOCK,
        "en",
        "https://tutorsonspot.com/questions/australian-curriculum-economics-and-business-rts4 "
        "(Telstra Our Customer Terms, PDF text, AU)",
    ),
    _c(
        "4 HOW WE DEAL WITH YOUR PERSONAL INFORMATION...........11 4.1 Collection, use and "
        "disclosure 11 Optus' Consumer Terms 31 March 2010",
        D(2010, 3, 31),
        LABEL_IN_BLOCK,
        "en",
        "https://fdocuments.in/document/consumer-terms.html (Optus Consumer Terms, AU)",
    ),
    _c(
        "Effective August 26, 2024\nCertain features within Mailchimp are offered as add-ons to "
        "your Mailchimp account.",
        D(2024, 8, 26),
        LABEL_IN_BLOCK,
        "en",
        "https://mailchimp.com/legal/additional-terms-preview (US)",
    ),
    _c(
        "Legal Home\nEffective date: August 28, 2017 — What’s new »",
        D(2017, 8, 28),
        LABEL_IN_BLOCK,
        "en",
        "https://medium.com/@baratunde/evernote-terms-test-5b059b588cd8 (Evernote page copy)",
    ),
    _c(
        "COOKIE INFORMATION UPDATED ON JUNE 3, 2014 - What's new",
        D(2014, 6, 3),
        LABEL_IN_BLOCK,
        "en",
        "https://paranoidpaul.com/compare.php?site=69&doc=272&view=672 (Evernote cookie "
        "information)",
    ),
    _c(
        "EFFECTIVE DATE: OCTOBER 30, 2014 - What's new",
        D(2014, 10, 30),
        LABEL_IN_BLOCK,
        "en",
        "https://paranoidpaul.com/compare.php?site=69&doc=271&view=1002 (Evernote Commercial "
        "Terms)",
    ),
    _c(
        "Cloudflare Self-Serve Subscription Agreement\n\nLast Updated December 3, 2024",
        D(2024, 12, 3),
        LABEL_IN_BLOCK,
        "en",
        "https://cloudflare.com/en-gb/terms/",
    ),
    _c(
        "Last updated: July 2016 (Version Number 8.0)",
        D(2016, 7, 1),
        LABEL_IN_BLOCK,
        "en",
        "https://legaldoc.dl.playstation.net/ps3-eula/psn/e/e_tosua_en.html (UK/EU)",
    ),
    _c(
        "Version 6.0 (April 21, 2010) *updates noted in red",
        D(2010, 4, 21),
        LABEL_IN_BLOCK,
        "en",
        "https://playstation.com/en-us/legal/ps-playstation-network-april_10/ (US)",
    ),
    _c(
        "COINBASE USER AGREEMENT\nLast updated: September 23, 2024\nThis agreement (the "
        "“Agreement”) is for customers who reside in Australia.",
        D(2024, 9, 23),
        LABEL_IN_BLOCK,
        "en",
        "https://coinbase.com/legal/user_agreement/australia",
    ),
    _c(
        "Shopify Terms of Service – Shopify USA\nTable of Contents\nLast updated on: March 1, "
        "2023\nWelcome to Shopify!",
        D(2023, 3, 1),
        LABEL_IN_BLOCK,
        "en",
        "https://dublinlifering.com/shopify-terms-of-service-shopify-usa.html (Shopify terms "
        "copy)",
    ),
    _c(
        "Terms of Service\n\nLast updated on: February 22, 2019",
        D(2019, 2, 22),
        LABEL_IN_BLOCK,
        "en",
        "https://beta2pro.com/terms",
    ),
    _c(
        "Wise Customer Agreement\n\nWise Payments Malaysia Sdn. Bhd.\n\nLast updated: 16 "
        "February 2024",
        D(2024, 2, 16),
        LABEL_IN_BLOCK,
        "en",
        "https://transferwise.com/my/terms-of-use (MY)",
    ),
    _c(
        "Customer Agreement\n\nWise US Inc.\n\nEffective Date: December 29, 2023",
        D(2023, 12, 29),
        LABEL_IN_BLOCK,
        "en",
        "https://transferwise.com/us/terms-of-use (US)",
    ),
    _c(
        "Version 1.1\nCurrent Account\n\nTerms and Conditions\n\n22nd February 2017",
        D(2017, 2, 22),
        LABEL_IN_BLOCK,
        "en",
        "https://monzo.com/legal/terms-and-conditions/version-1-1/ (UK)",
    ),
    _c(
        "Allgemeine\nGeschäftsbedingungen\nStand: 1.Oktober 2017",
        D(2017, 10, 1),
        LABEL_IN_BLOCK,
        "de",
        "https://studylibde.com/doc/18454418 (pbb direkt AGB)",
    ),
    _c(
        "Ultimo aggiornamento: Lunedì 8 Giugno 2015, 09:04\n© RIPRODUZIONE RISERVATA",
        D(2015, 6, 8),
        LABEL_IN_BLOCK,
        "it",
        "https://leggo.it/tecnologia/news/uber_privacy_utenti-1079957.html",
    ),
]

SEVERAL_DATES: list[Case] = [
    _c(
        "Dropbox Terms of Service\nPosted: February 20, 2014\nEffective: March 24, 2014",
        D(2014, 3, 24),
        SEVERAL,
        "en",
        "src.le-moine.org, archived Dropbox terms.txt (US)",
    ),
    _c(
        "Dropbox Terms of Service\n\nPosted: 8 December 2016\n\nEffective: 10 February 2017",
        D(2017, 2, 10),
        SEVERAL,
        "en",
        "https://dropbox.com/en_GB/privacy (UK)",
    ),
    _c(
        "Zoom updated its Terms of Service on March 31, 2023 and we are notifying all end users "
        "that currently fall under our generic online Terms of Service. ... Zoom has already "
        "begun to send emails to notify users of this update, which have been sent out starting "
        "on April 1, 2023 for all users on the accounts described above.",
        D(2023, 3, 31),
        SEVERAL,
        "en",
        "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0057985 (US)",
    ),
    _c(
        "Em vigor a partir de 1º de janeiro de 2026 no mundo todo, exceto a partir de 15 de "
        "novembro de 2025 nos Emirados Árabes Unidos.\n\nAviso de Privacidade da Uber: "
        "Passageiros e destinatários de pedidos",
        D(2026, 1, 1),
        SEVERAL,
        "pt",
        "https://uber.com/global/pt-br/privacy-notice-riders-order-recipients/",
    ),
    _c(
        "In vigore dal 1° gennaio 2026 a livello globale, tranne che negli Emirati Arabi Uniti, "
        "dove entrerà in vigore il 15 novembre 2025.\nInformativa sulla privacy di Uber: Autisti "
        "partner e delivery partner",
        D(2026, 1, 1),
        SEVERAL,
        "it",
        "https://uber.com/global/it/privacy-notice-drivers-delivery-people/",
    ),
    _c(
        "Deze heeft uiteindelijk geleid tot de Algemene Bankvoorwaarden 2017 (ABV 2017), die in "
        "september 2016 tot stand kwamen en met ingang van 1 maart 2017 van kracht zijn geworden.",
        D(2017, 3, 1),
        SEVERAL,
        "nl",
        "https://bobwessels.nl/blog/2017-01-doc1-per-1-3-17-nieuwe-algemene-bankvoorwaarden/",
    ),
    _c(
        "Última actualización: 14 de octubre de 2017 (Algunos términos se actualizaron el 13 de "
        "abril de 2021 y el 1 de septiembre de 2022).",
        D(2022, 9, 1),
        SEVERAL,
        "es",
        "https://airadvisor.com/es/terminos-y-condiciones",
    ),
    _c(
        "This is the AWS Customer Agreement, last updated April 30, 2019, and accessed and "
        "downloaded on April 3, 2020 from https://aws.amazon.com/agreement/#",
        D(2019, 4, 30),
        SEVERAL,
        "en",
        "https://docracy.com/0l6b9wo3ek3/aws-customer-agreement (US)",
    ),
    _c(
        "The Terms and conditions are applicable as of the 24th of October 2016 and replace the "
        "previous Terms and Conditions that were applied from 2nd of May 2016.",
        D(2016, 10, 24),
        SEVERAL,
        "en",
        "https://edit.tosdr.org/documents/4308 (Wallapop terms)",
    ),
    _c(
        "Nieuws 16 januari 2024\n\nDit verandert er aankomend kwartaal in onze "
        "gebruikersvoorwaarden\n\nMet de Gebruikersvoorwaarden waarborgen we de kwaliteit van "
        "ons platform. Met ingang van 17 februari 2024 passen we enkele voorwaarden in de "
        "Gebruikersvoorwaarden Zakelijke Verkopen via bol.com aan.",
        D(2024, 2, 17),
        SEVERAL,
        "nl",
        "https://partnerplatform.bol.com/nl/nieuws/"
        "dit-verandert-er-in-februari-2024-in-onze-gebruikersvoorwaarden/",
    ),
    _c(
        "Met ingang van 1 augustus en 1 september 2023 worden er een aantal voorwaarden van de "
        "Gebruikersvoorwaarden Verzenden via bol.com, Logistiek via bol.com en Zakelijk Verkopen "
        "aangepast, die zijn opgesteld om de kwaliteit van het platform te waarborgen.",
        D(2023, 8, 1),
        SEVERAL,
        "nl",
        "https://partnerplatform.bol.com/nl/nieuws/"
        "dit-verandert-er-in-onze-gebruikersvoorwaarden-in-het-nieuwe-kwartaal/",
    ),
    _c(
        "29 juli 2025\nBeleid & wetgeving\n\nThese changes are coming to our Terms of Use next "
        "quarter\n\nPinky promise\n\nOur Terms of Use ensure the quality of our platform. "
        "Effective August 28, 2025, we are adjusting some terms in the Conditions of Use "
        "Professional Sales via bol and Terms of Use Shipping via bol.",
        D(2025, 8, 28),
        SEVERAL,
        "en",
        "https://partnerplatform.bol.com/en/nadp/these-changes-august-2025-in-our-terms-of-use",
    ),
    _c(
        "The changes will take place on 12 March 2024. You'll be notified of the date of the "
        "change in your email or letter.\n\nWe're writing to affected customers from 27 November.",
        D(2024, 3, 12),
        SEVERAL,
        "en",
        "https://caterallen.co.uk/banking-support/account-support/"
        "account-change-frequently-asked-questions (UK, March 2024 version)",
    ),
    _c(
        "Tell me about transitional methods and the day the revised usage terms will come into "
        "effect.\nThe revised usage terms will come into effect on October 08, 2011. The revised "
        "terms will apply to data, entries , corrected entries and comments to corrections, "
        "posted stating on the day the terms come into effect. Provision of data to outside "
        "parties will begin on January 1, 2012 as a transitional measure.",
        D(2011, 10, 8),
        SEVERAL,
        "en",
        "https://lang-8.com/help/data_3",
    ),
    _c(
        "In March 2024, Discord users were notified via email that forced arbitration would be "
        "added to the terms of service , effective 15 April 2024.",
        D(2024, 4, 15),
        SEVERAL,
        "en",
        "https://consumerrights.wiki/index.php?diff=prev&oldid=26411&title=Discord",
    ),
    _c(
        "TERMS OF SERVICE\n\nFor Evernote Accounts created on or after January 13, 2024, these "
        "Terms are effective as of the date the Account is created. For existing Evernote "
        "Accounts created prior to January 13, 2024, these Terms are effective as of February "
        "15, 2024 or the date when the Terms are accepted in-app, whichever is earlier. Until "
        "that date, the prior version of the Terms will remain in effect for existing Evernote "
        "Accounts",
        D(2024, 2, 15),
        SEVERAL,
        "en",
        "https://urlscan.io/result/f6020ee4-9b3d-405b-9838-394ea19c3466/content (copy of "
        "evernote.com/legal/terms-of-service, US)",
    ),
    _c(
        "Energy supply terms for existing customers on supply before 20 June 2022\n\nEnergy "
        "supply terms for new customers from 21.06.22 and all customers from 31.08.22\n\nOfgem "
        "has introduced some new rules for energy suppliers, and we need to update our terms to "
        "reflect the changes. We’ve also made some sections of our terms clearer. These changes "
        "take effect from 31 August 2022. Should you decide to switch, they won’t affect you as "
        "long as your new supplier lets us know before 28th September 2022.",
        D(2022, 8, 31),
        SEVERAL,
        "en",
        "https://britishgas.co.uk/energy/gas-and-electricity/supply-terms-and-conditions.html "
        "(UK, day-first)",
    ),
    _c(
        "Hi everyone,\n\nOn October 2, we will update our Terms of Use and Privacy Policy.\n\n"
        "...\n\nThe following will go into effect on November 6, 2024:",
        D(2024, 11, 6),
        SEVERAL,
        "en",
        "https://devforum.roblox.com/t/updates-to-the-roblox-terms-of-use-november-2024/3180048",
    ),
    _c(
        "COINBASE USER AGREEMENT\nThis User Agreement shall be effective immediately for all new "
        "customers who sign-up on or after March 14, 2018. For all customers who signed up prior "
        "to March 14, 2018, the previous version of our User Agreement will govern and control "
        "until March 21, 2018, when it will be superseded by this User Agreement.",
        D(2018, 3, 21),
        SEVERAL,
        "en",
        "https://bitcointalksearch.org/topic/coinbase-new-policy-3129965 (Coinbase UK email "
        "quoted)",
    ),
    _c(
        "Informativa sulla Privacy\nData di entrata in vigore: 1 aprile 2025 · Ultimo "
        "aggiornamento: 9 maggio 2026",
        D(2025, 4, 1),
        SEVERAL,
        "it",
        "canIbreathe, Informativa sulla Privacy (" + _GH + "54500086423)",
    ),
    _c(
        "Versione: 1.0.0\nData di entrata in vigore: 1 Gennaio 2025\nUltimo aggiornamento: "
        "Gennaio 2025\n\n© 2025 LM Tecnologie S.r.l. - Tutti i diritti riservati",
        D(2025, 1, 1),
        SEVERAL,
        "it",
        "LM Tecnologie S.r.l., Privacy Policy (" + _GH + "52442981666)",
    ),
    _c(
        "Zuletzt aktualisiert: 2026-07-01\nDiese Nutzungsbedingungen gelten ab dem 16. Juni 2026.",
        D(2026, 6, 16),
        SEVERAL,
        "de",
        "FeeHunt, Nutzungsbedingungen (" + _GH + "55054179365)",
    ),
]

NEGATIVES: list[Case] = [
    _c(
        "If they are not, the bank must inform customers of the contractual changes individually "
        "at least two months before the new terms and conditions come into effect.",
        None,
        NEGATIVE,
        "en",
        "https://clientebancario.bde.es/pcb/en/menu-horizontal/productosservici/cuentasdepositos/"
        "cuentascorriente/guia-textual/vidacuenta/Modificacion_de_condiciones.html (Banco de "
        "España)",
    ),
    _c(
        "Dropbox Terms of Service\nPosted: January 22, 2015",
        None,
        NEGATIVE,
        "en",
        "cgit.ponce.cc, archived Dropbox terms.txt (US)",
    ),
    _c(
        "Any modification and / or new condition will come into force as soon as they are "
        "published on the Site, Users are therefore invited to regularly access the Site...",
        None,
        NEGATIVE,
        "en",
        "naaju.com, La Prealpina terms of use (English)",
    ),
    _c(
        "These Terms of Service shall be effective as of the date that Customer executes its "
        "online transaction and thereby accepts these Terms of Services (the “Effective Date”).",
        None,
        NEGATIVE,
        "en",
        "https://serverwith.us/term_of_use_and_conditions",
    ),
    _c(
        "Data Processing Addendum\nLast updated: {Effective Date}\nTemplate — replace bracketed "
        "placeholders before publishing. Not legal advice.",
        None,
        NEGATIVE,
        "en",
        "https://cschronicles.com/legal/dpa",
    ),
    _c(
        "DATA PROCESSING ADDENDUM -- COMPREHENSIVE\nDPA Effective Date: [__/__/____]\nDPA "
        "Number: [________________________________]",
        None,
        NEGATIVE,
        "en",
        "https://ezel.ai/templates/data-processing-addendum-comprehensive",
    ),
    _c(
        "Terms and conditions are effective immediately they are published here.\nThey supercede "
        "all previous applicable terms and conditions.\nThe terms and conditions become binding "
        "on all new services immediately and will be deemed in place on established serviced "
        "customers 30 days from publication date, at which time any previously issued terms and "
        "conditions will be null and void.",
        None,
        NEGATIVE,
        "en",
        "https://tristenknightdesign.co.uk/legal/ (UK)",
    ),
    _c(
        "If the T&Cs are updated, all existing admins are notified by email with details of the "
        "updates. They take effect 30 days after notification, during which time companies are "
        "free to close their accounts in the tool if they no longer agree to the updated T&Cs.",
        None,
        NEGATIVE,
        "en",
        "https://weareadgreen.org/faq-items/what-if-the-tcs-are-updated/",
    ),
    _c(
        "These updates will become effective on November 16, after a 30-day notice and comment "
        "period.",
        None,
        NEGATIVE,
        "en",
        "https://blog-github-com-develop.go-vip.co/news-and-insights/policy-news-and-insights/"
        "updates-to-our-terms-of-service-and-our-privacy-statement (GitHub blog)",
    ),
    _c(
        "Why are the Savings Terms and Conditions dated 13 November, but the email states the "
        "changes are effective from 13 January?",
        None,
        NEGATIVE,
        "en",
        "https://principality.co.uk/cy/savings-accounts/Terms-and-Conditions (UK)",
    ),
    _c(
        "Nothing is changing immediately; unless we say otherwise, the changes will happen by 18 "
        "December 2019.",
        None,
        NEGATIVE,
        "en",
        "https://cahoot.com/help-and-support/account-changes (UK)",
    ),
    _c(
        "This Agreement is valid from the day you begin using the Platform and Site and "
        "continues until terminated in compliance with its provisions.",
        None,
        NEGATIVE,
        "en",
        "https://gizmi.io/terms-of-service/",
    ),
    _c(
        "We’ve made a couple of changes to the Sept 1, 2020 version of the Master Terms, which "
        "form part of the HubSpot Customer Terms of Service and we wanted to give you some info "
        "on what's changed.",
        None,
        NEGATIVE,
        "en",
        "https://community.hubspot.com/t5/HubSpot-Legal-Stuff/"
        "October-2020-Revisions-to-our-Customer-Terms-of-Service/ba-p/375661",
    ),
    _c(
        "Important Note: New Legal Page and Changes to our Contracts Coming Soon\n\nPosted by "
        "Chris Dahl on 08 Nov 2012",
        None,
        NEGATIVE,
        "en",
        "blog.evernote.com, post of 2012-11-08",
    ),
    _c(
        "If you've had a letter about moving to half-hourly billing and your energy contract "
        "ends on or after 5 November 2015, we're still working on your renewal options.",
        None,
        NEGATIVE,
        "en",
        "eonenergy.com, FAQ 'not received renewal' (UK)",
    ),
    _c(
        "Why now? After major user data breaches at Facebook, Strava and Under Armour, plus the "
        "fact that the GDPR (General Data Protection Regulation Act) is finally coming into "
        "effect in Europe on 25 May, tech companies are realising they need to get their acts "
        "together on privacy and personal data.",
        None,
        NEGATIVE,
        "en",
        "https://wareable.com/wearable-tech/fitness-apps-privacy-policies-gdpr (UK)",
    ),
    _c(
        "Generally, these documents have held up pretty well since December 5, 2009 when we "
        "first published them. However, today we're making some updates to address some issues "
        "that have come up over the last two years.",
        None,
        NEGATIVE,
        "en",
        "https://blog.cloudflare.com/updating-policies/",
    ),
    _c(
        "The Wikimedia Foundation Legal Team would like to announce that we are opening a "
        "comment period for amending the Foundation’s Terms of Use. The comment period will run "
        "from February 21 to April 24.",
        None,
        NEGATIVE,
        "en",
        "diff.wikimedia.org, post of 2023-02-21 on revising the Terms of Use",
    ),
    _c(
        "The comment period for changes to the Terms of Use has closed as of April 24, 2023.",
        None,
        NEGATIVE,
        "en",
        "https://meta.wikimedia.org/wiki/Wikimedia_Foundation_Legal_department/2023_ToU_updates/"
        "Office_hours/Announcement",
    ),
    _c(
        "The PlayStation Network (\"PSN\") is provided to you by Sony Interactive Entertainment "
        "Network Europe Limited, company number 06020283 (\"SIENE\"). Prior to 29 July 2016, "
        "SIENE was known as Sony Network Entertainment Europe Limited.",
        None,
        NEGATIVE,
        "en",
        "https://legaldoc.dl.playstation.net/ps3-eula/psn/e/e_tosua_en.html (UK/EU)",
    ),
    _c(
        "Where we change an existing fee, we’ll give you two months’ notice through the Revolut "
        "app before we make any change.",
        None,
        NEGATIVE,
        "en",
        "https://help.revolut.com/en-NO/help/my-accounts/statement-of-fees/"
        "what-happens-if-revolut-changes-its-fees",
    ),
    _c(
        "Twitter users are seeing a pop-up about new terms of service going into effect at the "
        "social media hub. And once they do on Sept. 29th, say goodbye to Tweets.",
        None,
        NEGATIVE,
        "en",
        "d33gy59ovltp76.cloudfront.net, news 'Twitter just changed its terms of service'",
    ),
    _c(
        "The change to the terms are clearly material (there is a pretty obvious change from the "
        "one version to the next) and you probably received an email from Twitter’s Biz Stone on "
        "10 September 2009 containing the following advisory:",
        None,
        NEGATIVE,
        "en",
        "webtechlaw.com, post of 2009-09-21 on Twitter's terms change",
    ),
    _c(
        "In August 2024, Apple updated its Media Services Terms and Conditions, impacting users "
        "worldwide.",
        None,
        NEGATIVE,
        "en",
        "https://topsoftwaredevelopers.de/s/en/Apple+Media+Services+Terms+Update/22615",
    ),
    _c(
        "The information which appears in this website is that which is current on the date of "
        "the last updating.",
        None,
        NEGATIVE,
        "en",
        "https://iberia.com/cl/legal-information/",
    ),
    _c(
        "As of May 2023\n\n650+ services\n\nspread over industries, languages and jurisdictions",
        None,
        NEGATIVE,
        "en",
        "https://deploy-preview-307--open-terms-archive-website.netlify.app/stats",
    ),
    _c(
        "TERMS OF SERVICE\n\nEffective Date: [INSERT DATE]\n\n1. ACCEPTANCE OF TERMS",
        None,
        NEGATIVE,
        "en",
        "QuizCrew, Terms of Service (GitHub nephriteagain/quizcrew client/TERMS_OF_SERVICE.md)",
    ),
    _c(
        "Effective Date:\nThis page represents a legal document and is the Terms and Conditions "
        "(Agreement) for our Mobile Application; hereinafter referred to as \"Mobile App.\"",
        None,
        NEGATIVE,
        "en",
        "Wage Development Inc., Terms and Conditions (GitHub kunjan-tanna/wageApp-frontend-tri "
        "src/data/static/terms.ts)",
    ),
    _c(
        "Am 1. 8. 2012 tritt die Mitteilungsverordnung der Rundfunk und Telekom "
        "Regulierungs-GmbH (MitV; BGBl II 2012/239) in Kraft.",
        None,
        NEGATIVE,
        "de",
        "https://360.lexisnexis.at/d/z_rdw_2012_8_RdW_2012_08_471_bb6fc0a5c2 (AT)",
    ),
    _c(
        "Wenn Sie Ihren Tarif ändern oder Ihren Tarif aktualisieren, treten diese Änderungen am "
        "1. Tag des nächsten Monats in Kraft.",
        None,
        NEGATIVE,
        "de",
        "https://drewandjengotolondon.com/2020/08/vertragsverlangerung-telekom-tarifwechsel/",
    ),
    _c(
        "Zu allen vertriebenen Verträgen mit Internetbereitstellung (Mobilfunk und auch "
        "Festnetz) ist ab Juni ein standardisiertes Produktdatenblatt notwendig, ...",
        None,
        NEGATIVE,
        "de",
        "https://telefon-treff.de/forum/thread/605838",
    ),
    _c(
        "Stattdessen erreicht am 28.7.2021 die Hetzner-Kunden eine E-Mail mit diesen Inhalt",
        None,
        NEGATIVE,
        "de",
        "https://it-linuxmaker.com/news/artikel/preisskandal-bei-hetzner-online.html",
    ),
    _c(
        "Nutzungsbedingungen für Google APIs\n\nZuletzt geändert:\n\nHinweis: Dies ist eine "
        "archivierte Version der Nutzungsbedingungen für Google APIs.",
        None,
        NEGATIVE,
        "de",
        "https://developers.google.cn/terms/terms-2011?hl=de",
    ),
    _c(
        "Informationen zum Datum des Inkrafttretens der Aktualisierungen von Januar 2021\nWas "
        "geschieht am und nach dem Datum des Inkrafttretens?",
        None,
        NEGATIVE,
        "de",
        "https://faq.whatsapp.com/1235613567233133/?locale=de_DE",
    ),
    _c(
        "Die neuen Nutzungsbedingungen und Datenschutzbestimmungen von WhatsApp treten am 15. "
        "März in Kraft.",
        None,
        NEGATIVE,
        "de",
        "https://paderborner-blatt.de/"
        "akzeptieren-sie-die-whatsapp-nutzungsbedingungen-oder-keine-weiteren-nachrichten",
    ),
    _c(
        "Aufgrund von Protesten seitens der Nutzer wurde der Schritt allerdings vom 8. Februar "
        "auf den 15. Mai verschoben.",
        None,
        NEGATIVE,
        "de",
        "berliner-zeitung.de, news article li.158842 (WhatsApp)",
    ),
    _c(
        "Die Nutzungsbedingungen gelten ab dem Zeitpunkt der erstmaligen Nutzung der Website.",
        None,
        NEGATIVE,
        "de",
        "climate platform website, Nutzungsbedingungen (" + _GH + "3235329600)",
    ),
    _c(
        "Les modifications des conditions générales de votre convention de compte courant "
        "décrites ci-après sont applicables à l’expiration d’un délai d’un mois à compter de la "
        "présente information.",
        None,
        NEGATIVE,
        "fr",
        "123dok.net, Caisse d'Epargne notice of changes to the account agreement",
    ),
    _c(
        "Pour les contrats conclus avant le 1er septembre 2023 avec des dettes arrivant à "
        "échéance à partir du 1er décembre 2023, la nouvelle loi s'applique également, mais il "
        "n’était pas clair de quelle manière adapter les clauses relative aux intérêts et "
        "indemnitaires de ce contrat en cours aux limites de la nouvelle loi.",
        None,
        NEGATIVE,
        "fr",
        "https://confederationconstruction.be/fr/actualités/"
        "importante-clarification-concernant-les-contrats-en-cours (BE)",
    ),
    _c(
        "Les tarifs voyageurs VO 0131\n\nAnnule et remplace l'édition du 15 juin 1989 de la "
        "notice générale CL 6 D0 nº 1/VO 0131",
        None,
        NEGATIVE,
        "fr",
        "pdfslide.fr, SNCF tarifs voyageurs 2019",
    ),
    _c(
        "CONDITIONS GÉNÉRALES D’UTILISATION (CGU)\nDernière mise à jour : [Date]\n\nBienvenue "
        "sur [Nom de l’application], un service de communication ...",
        None,
        NEGATIVE,
        "fr",
        "chat app, CGU (GitHub Yoann2N/Chat resources/views/cgu.blade.php)",
    ),
    _c(
        "Depuis le 2 avril dernier, les règles ont changé.",
        None,
        NEGATIVE,
        "fr",
        "web.lifelines.name, article on Leboncoin's rules",
    ),
    _c(
        "Mediante correos electrónicos, Uber anunció a sus usuarios que la actualización "
        "efectiva de sus Políticas de Privacidad y Seguridad entró en vigor el día 1 de "
        "noviembre, justamente un día después de que el Congreso del Estado aprobó reformas a la "
        "Ley del Transporte para el Estado de Puebla ...",
        None,
        NEGATIVE,
        "es",
        "diariodexalapa.com.mx, "
        "uber-cede-y-cambia-politicas-de-privacidad-tras-pugna-en-puebla-307796.html",
    ),
    _c(
        "...con la nueva política de privacidad de la empresa es necesario que los cibernautas "
        "acepten dichas condiciones después del 8 de febrero para poder seguir utilizando la "
        "aplicación de manera habitual.",
        None,
        NEGATIVE,
        "es",
        "eluniverso.com, La Revista 2021-01-08 nota 9342652 (WhatsApp)",
    ),
    _c(
        "Será el próximo 15 de mayo cuando se implementen de forma oficial estos nuevos "
        "términos, y ésto es lo que sucederá en caso de que tú no los aceptes:",
        None,
        NEGATIVE,
        "es",
        "https://atomix.vg/"
        "que-pasa-si-no-aceptas-las-nuevas-condiciones-de-whatsapp-aqui-la-respuesta/",
    ),
    _c(
        "Hoy 15 de mayo del 2021, se vence el plazo para aceptar los nuevos términos y "
        "condiciones que #Whatsapp solicita para usarlo, si no las has aceptado no podrás enviar "
        "ni recibir mensajes en la aplicación.",
        None,
        NEGATIVE,
        "es",
        "https://amozocnoticias.com/"
        "hoy-ultimo-dia-para-aceptar-terminos-y-condiciones-de-whatsapp",
    ),
    _c(
        "...del Reglamento de Protección al Usuario de los Productos y Servicios Financieros, "
        "aprobado por la Junta Monetaria mediante la Décima Resolución del 19 de enero de 2006 y "
        "modificado el 5 de febrero de 2015, así como lo establecido en el Convenio de Uso de "
        "Internet Banking, ACH, LBTR y TPAGO suscrito por usted con el Banco López de Haro.",
        None,
        NEGATIVE,
        "es",
        "https://blh.com.do/politicas-de-privacidad-app/ (DO)",
    ),
    _c(
        "\"Convenio de Montreal\" significa el Convenio para la Unificación de ciertas Reglas "
        "para el Transporte Aéreo Internacional, firmado en Montreal el 28 de Mayo de 1999.",
        None,
        NEGATIVE,
        "es",
        "https://iberia.com/pe/condiciones-transporte",
    ),
    _c(
        "1.1.6. \"Convenio de Montreal\" es el tratado internacional para la unificación de "
        "ciertas reglas para el transporte aéreo internacional, de 28 de mayo de 1999, y las "
        "modificaciones posteriores, ratificadas y vigentes en Brasil desde el 18 de julio de "
        "2006.",
        None,
        NEGATIVE,
        "es",
        "https://iberia.com/br/condiciones-transporte",
    ),
    _c(
        "Anuncio: el cambio en la política del servicio Global Routing comienza el 1 de julio",
        None,
        NEGATIVE,
        "es",
        "IBM Cloud Docs, Direct Link Global Routing announcement (es) (" + _GH + "41708359848)",
    ),
    _c(
        "A menos que se indique lo contrario, las modificaciones entrarán en vigor el día que se "
        "publiquen.",
        None,
        NEGATIVE,
        "es",
        "site Términos (" + _GH + "23034741435)",
    ),
    _c(
        "Roma, 23 mag. (Adnkronos) – Stop all’abbonamento Netflix condiviso al di fuori della "
        "famiglia.",
        None,
        NEGATIVE,
        "it",
        "https://strettoweb.com/2023/05/netflix-blocca-abbonamento-condiviso-fuori-da-famiglia/"
        "1527210/",
    ),
    _c(
        "È scritto nelle nuove regole sulla privacy, in vigore dal 15 luglio prossimo.",
        None,
        NEGATIVE,
        "it",
        "https://leggo.it/tecnologia/news/uber_privacy_utenti-1079957.html",
    ),
    _c(
        "Dall’8 febbraio entreranno in vigore i nuovi termini di utilizzo o di servizio, che dir "
        "si voglia, introdotti il 4 gennaio.",
        None,
        NEGATIVE,
        "it",
        "zazoom.it, article of 2021-01-10 on WhatsApp's new terms",
    ),
    _c(
        "Crescono anche in Italia i pagamenti digitali. È quanto emerge dai dati elaborati "
        "dall’ABI, secondo cui nel Belpaese nel primo semestre 2022 sono saliti del 22% dopo "
        "l’aumento del 24% nel 2021.",
        None,
        NEGATIVE,
        "it",
        "https://pmi.it/finanza/risparmio/405350/"
        "app-satispay-per-i-pagamenti-mobili-servizi-e-costi.html",
    ),
    _c(
        "Informativa sulla privacy dello strumento di supporto\n\nAprile 2019",
        None,
        NEGATIVE,
        "it",
        "https://f-secure.com/it/legal/privacy/support-tool",
    ),
    _c(
        "6. CONTATTI\nPer qualsiasi richiesta relativa ai dati personali, contattare [AZIENDA] "
        "all'indirizzo email [EMAIL_AZIENDA].\n\nData di entrata in vigore: [DATA]\n\n© [DATA] "
        "[AZIENDA]. Tutti i diritti riservati.",
        None,
        NEGATIVE,
        "it",
        "document compiler, informativa template (" + _GH + "44312226281)",
    ),
    _c(
        "O presente Contrato de Termos de Serviço (\"Acordo\") é celebrado por e entre si e este "
        "website Sítio Web (\"Site\"), com o seu endereço registado em , e entra em vigor a "
        "partir da data da sua utilização do Site ou da data de aceitação eletrónica.",
        None,
        NEGATIVE,
        "pt",
        "https://cointrackerspro.digital/lander/meritify_pt_wp/termsConditions.html (PT)",
    ),
    _c(
        "... e entra em vigor na data do Formulário de Pedido inicial entre as partes (a “Data "
        "de Vigência”).",
        None,
        NEGATIVE,
        "pt",
        "https://arena.im/termos-de-servico/",
    ),
    _c(
        "O Uber atualizou nesta quinta-feira (3) os termos de uso do aplicativo para reafirmar "
        "que não fornece “serviços de transporte ou logística nem funciona como uma empresa de "
        "transportes”",
        None,
        NEGATIVE,
        "pt",
        "alagoas24horas.com.br, article 918968 (Uber terms of use)",
    ),
    _c(
        "Uber altera termos de uso no Brasil citando novos serviços\n\nPor| 08 de Setembro de "
        "2015 às 15h12",
        None,
        NEGATIVE,
        "pt",
        "https://canaltech.com.br/mercado/"
        "uber-altera-termos-de-uso-no-brasil-citando-novos-servicos-48761/",
    ),
    _c(
        "A modalidade tem as taxas mais altas do mercado. Mas, em janeiro deste ano, entrou em "
        "vigor a lei que limita os juros do rotativo 100% do valor da dívida, e não de mais de "
        "400% ao ano como é cobrado atualmente.",
        None,
        NEGATIVE,
        "pt",
        "https://radiosanca.com.br/details/tag/Economia?start=320",
    ),
    _c(
        "Nubank surpreende e deixa milhões de clientes em alerta com novas regras que entram em "
        "vigor no dia 21 de outubro; entenda o que realmente muda",
        None,
        NEGATIVE,
        "pt",
        "revistadosbeneficios.com.br, article 'Nubank surpreende...'",
    ),
    _c(
        "06-10-2014 / Ayman van Bregt\n\nLinkedIn wijzigt gebruikersvoorwaarden\nLinkedIn "
        "wijzigt haar gebruikersvoorwaarden per 23 oktober waaronder ook de algemene voorwaarden "
        "en privacy policy vallen.",
        None,
        NEGATIVE,
        "nl",
        "https://socialmediaacademie.nl/linkedin-wijzigt-gebruikersvoorwaarden/",
    ),
    _c(
        "11.2 Wijzigingen treden in werking op het moment dat deze op het platform zijn "
        "gepubliceerd.",
        None,
        NEGATIVE,
        "nl",
        "Mostpros, Algemene voorwaarden (" + _GH + "14045979008)",
    ),
]

CORPUS: list[Case] = [
    *ENGLISH_PHRASES,
    *NUMERIC_FORMATS,
    *NON_ENGLISH_CASES,
    *LABELS_IN_BLOCKS,
    *SEVERAL_DATES,
    *NEGATIVES,
]

# Cases whose expected value was a judgement call: a substring of the text -> why.
HARD: dict[str, str] = {
    "This is a Draft Update to the GitHub Corporate Terms of": (
        "'not effective until <date>': 'until' normally blocks a date; here it is the start "
        "date"
    ),
    "We want to let you know that we’ve updated our PSN Terms of": (
        "template leftover 'effective immediately/ from <date>': both options on the page"
    ),
    "One of the biggest changes will actually have next to no": (
        "'immediately' for US users vs 2 October 2017 outside the US: the only calendar date"
    ),
    "2017-01-doc1 Per 1.3.17 nieuwe Algemene Bankvoorwaarden": (
        "blog title: '2017-01' is the post number, 'Per 1.3.17' (1 March 2017) is the date"
    ),
    "ACTUALIZADO 18/02/17: Según los cambios de finales de 2016.": (
        "blog post 'ACTUALIZADO dd/mm/yy' note: update label of an article about Wallapop's "
        "terms"
    ),
    "Last updated on: 05/03/2021": (
        "05/03/2021 is ambiguous; read day-first (Kenya, Spanish company)"
    ),
    "Fecha de actualización: [14/01/2025]": (
        "date inside square brackets looks like a placeholder but is a real date"
    ),
    "Dernière mise à jour: 18 February 2025": "French label with an English month name",
    "Geldig vanaf 5 March 2014": "Dutch label with an English month name",
    "Lees onderstaande reisinformatie alstublieft aandachtig": (
        "'is in april 2013 herzien' (revised in April 2013): a revision statement, month and "
        "year"
    ),
    "Our CustomerTermsPage 1of 33Telstra Mobile SectionTelstra": (
        "PDF text with missing spaces: '11 November2014'"
    ),
    "4 HOW WE DEAL WITH YOUR PERSONAL INFORMATION...........11": (
        "page header date of a PDF next to the title, no label"
    ),
    "Version 1.1": "bare date under the title, no label",
    "Ultimo aggiornamento: Lunedì 8 Giugno 2015, 09:04": (
        "'Ultimo aggiornamento' of a news article (about Uber's privacy rules), not of a policy"
    ),
    "Zoom updated its Terms of Service on March 31, 2023 and we": (
        "'updated its Terms on <date>' read as the update date; the emails date must not win"
    ),
    "Em vigor a partir de 1º de janeiro de 2026 no mundo todo,": (
        "worldwide date vs an earlier date for the UAE only: the worldwide date taken"
    ),
    "In vigore dal 1° gennaio 2026 a livello globale, tranne che": (
        "worldwide date vs an earlier date for the UAE only: the worldwide date taken"
    ),
    "Última actualización: 14 de octubre de 2017 (Algunos": (
        "label says 2017, later partial updates 2021 and 2022: the latest update taken as "
        "binding"
    ),
    "Met ingang van 1 augustus en 1 september 2023 worden er een": (
        "two effective dates for different documents ('1 augustus en 1 september 2023'): first "
        "taken"
    ),
    "Data di entrata in vigore: 1 aprile 2025 · Ultimo": (
        "effective date older than the last update"
    ),
    "Zuletzt aktualisiert: 2026-07-01": "effective date older than the last update",
    "Posted: January 22, 2015": (
        "'Posted' is a publication date only; no effective date on the page"
    ),
    "Nothing is changing immediately; unless we say otherwise,": (
        "'will happen by <date>': deadline wording, though it is the changes' own date"
    ),
    "We’ve made a couple of changes to the Sept 1, 2020 version": (
        "only the date of the previous version is given"
    ),
    "The comment period for changes to the Terms of Use has": (
        "'closed as of <date>' is the end of the comment period, not the terms' effective date"
    ),
    "In August 2024, Apple updated its Media Services Terms and": (
        "month-year narrative without an effective phrase or label"
    ),
    "Aprile 2019": "month and year under the title with no label: None by the month-year rule",
    "06-10-2014 / Ayman van Bregt": (
        "'per 23 oktober' has no year; the 2014 is only in the dateline"
    ),
}


def by_class() -> dict[str, list[Case]]:
    """The holdout grouped by `cls`, every class present (in CLASSES order)."""
    groups: dict[str, list[Case]] = {name: [] for name in CLASSES}
    for case in CORPUS:
        groups[case.cls].append(case)
    return groups


def by_lang() -> dict[str, list[Case]]:
    """The holdout grouped by `lang`, every language present (in LANGS order)."""
    groups: dict[str, list[Case]] = {name: [] for name in LANGS}
    for case in CORPUS:
        groups[case.lang].append(case)
    return groups
