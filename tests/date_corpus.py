"""Labelled corpus of real effective-date phrasings, for the tests of tracker/compare/dates.py.

Every passage was copied (verbatim or trimmed to the block that carries the date) from a
public page: policy pages, terms of service, privacy notices, update notices and emails,
carrier and payment-provider policy-update pages, and the published source of websites' legal
pages.  `source` names where it comes from: a URL, or "site, page" plus, for text found in a
public repository that holds a site's legal pages, the code-search id of that file.

`expected` is the day the passage says the document or change binds from (None when it
states none).  The contract:

* an effective / applies / in-force phrase gives its date;
* a bare "Last updated / Stand / Dernière mise à jour ..." label gives its date, also when
  it sits inside a longer block (title + label, parentheses, footer);
* of several dates, the one that binds: existing users' date over new users', effective
  date over publication/announcement date, effective date over "last updated", never a
  review date;
* month and year only ("Stand: April 2010") -> the 1st of the month, after a label or an
  effective phrase only;
* two-digit years are read as a reader would ("14/09/20" -> 2020, "27 Oct 99" -> 1999);
* day-first vs month-first as a reader of that page would; the convention is in `source`
  ("(US month-first)", "(UK)", "(IN, day-first)" ...) where it matters;
* None for: the date a law or regulation came into force, deadlines ("before", "prior to",
  "by"), "until", statistics, copyright years, placeholders and examples, publication or
  announcement dates alone, dates without a year, relative dates.

No case here is constructed: every one has a public source.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

D = dt.date

EN_PHRASE = "english-phrase"
NUMERIC = "numeric"
NON_ENGLISH = "non-english"
LABEL_IN_BLOCK = "label-in-block"
SEVERAL = "several-dates"
NEGATIVE = "negative"

CLASSES = (EN_PHRASE, NUMERIC, NON_ENGLISH, LABEL_IN_BLOCK, SEVERAL, NEGATIVE)
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl")


@dataclass(frozen=True)
class Case:
    text: str  # the passage as it appears on the page (a block of text)
    expected: dt.date | None  # the day this passage says the text/change binds from
    cls: str  # one of CLASSES
    lang: str  # one of LANGS
    source: str  # where it comes from (URL or "site name, page"); region hints in brackets


def _c(text: str, expected: dt.date | None, cls: str, lang: str, source: str) -> Case:
    return Case(text=text, expected=expected, cls=cls, lang=lang, source=source)


# Code-search ids refer to files of public repositories holding the published source of a
# site's or app's legal pages (found with the stored-file index, `find_string`).
_GH = "site source on GitHub, code-search id "

PAYPAL_US = (
    "https://www.paypal.com/webapps/mpp/ua/upcoming-policies-full?country.x=US&locale.x=en_US"
)
PAYPAL_AU_2015 = "https://www.paypal.com/webapps/mpp/ua/upcoming-policies-full?country.x=AU (AU)"
PAYPAL_CH_EN = "https://www.paypal.com/ch/webapps/mpp/ua/archive-policies-full"
PAYPAL_AU_2018 = "https://www.paypal.com/au/webapps/mpp/ua/upcoming-policies-full (AU, 2018)"
MS_FAQ = "https://www.microsoft.com/en-us/servicesagreement/faq.aspx"
MS_FOCUS = (
    "https://info.focustsi.com/it-services-boston/"
    "microsoft-services-agreement-and-privacy-statement-made-clearer"
)
ETSY_2023 = (
    "https://www.valueaddedresource.net/"
    "etsy-updates-terms-privacy-intellectual-property-policies-7-24-23/"
)
PAYPAL_2017_MAIL = "http://fakemail3.bsal.com.np/2017/02/notice-of-policy-updates.html (PayPal)"


ENGLISH_PHRASES: list[Case] = [
    _c(
        "We are making some changes to the PayPal User Agreement, PayPal Privacy Policy, "
        "PayPal Here Agreement and the PayPal Website Payments Pro and Virtual Terminal "
        "Agreement that will go into effect on March 29, 2017.",
        D(2017, 3, 29),
        EN_PHRASE,
        "en",
        PAYPAL_2017_MAIL,
    ),
    _c(
        "These changes, along with the others detailed on our Policy Updates Page , will "
        "become effective March 29, 2017 for all U.S. users.",
        D(2017, 3, 29),
        EN_PHRASE,
        "en",
        PAYPAL_2017_MAIL,
    ),
    _c(
        "These changes are set to take effect on March 29, 2021, and include some important "
        "updates that you should be aware of.",
        D(2021, 3, 29),
        EN_PHRASE,
        "en",
        "https://www.keydesigndevelopment.com/"
        "upcoming-changes-to-your-paypal-legal-agreements-email/",
    ),
    _c(
        "PayPal is changing its User Agreement.  The amended User Agreement will be effective "
        "as to all PayPal users on October 30, 2015.",
        D(2015, 10, 30),
        EN_PHRASE,
        "en",
        PAYPAL_US,
    ),
    _c(
        "Because you're a valued PayPal customer, we want to let you know about the changes "
        "we’re making to the PayPal User Agreement, PayPal Here Agreement and the PayPal "
        "Website Payments Pro and Virtual Terminal Agreement that will go into effect on "
        "April 19, 2018.",
        D(2018, 4, 19),
        EN_PHRASE,
        "en",
        "http://fakemail3.bsal.com.np/2018/03/notice-of-policy-updates.html (PayPal)",
    ),
    _c(
        "We’ve made some updates to the following agreements and policies: User Agreement\n"
        "These changes will be effective as of 26 February 2014.",
        D(2014, 2, 26),
        EN_PHRASE,
        "en",
        "http://theseoforum.com/showthread.php?t=89265 (PayPal notice quoted, day-first)",
    ),
    _c(
        "You do not need to do anything to accept the changes as they will automatically "
        "come into effect on April 29, 2019.",
        D(2019, 4, 29),
        EN_PHRASE,
        "en",
        PAYPAL_CH_EN,
    ),
    _c(
        "There is no further action needed from you as these changes will take place "
        "automatically on\n\nDecember 16, 2020.",
        D(2020, 12, 16),
        EN_PHRASE,
        "en",
        "https://www.paypal.com/it/webapps/mpp/ua/archive-policies-full?locale.x=en_IT",
    ),
    _c(
        "PayPal is changing some of its Legal Agreements with effect from 1 September 2015.",
        D(2015, 9, 1),
        EN_PHRASE,
        "en",
        PAYPAL_AU_2015,
    ),
    _c(
        "By continuing to use of our services from 1 September 2015, you are agreeing to "
        "these changes.",
        D(2015, 9, 1),
        EN_PHRASE,
        "en",
        PAYPAL_AU_2015,
    ),
    _c(
        "The changes are set out in more detail below and will be effective from 17 November 2018.",
        D(2018, 11, 17),
        EN_PHRASE,
        "en",
        PAYPAL_AU_2018,
    ),
    _c(
        "Rates and Charges. Effective from 19 May 2017",
        D(2017, 5, 19),
        EN_PHRASE,
        "en",
        "https://financedocbox.com/amp/80357713-Credit_and_Debt_and_Loans/"
        "This-page-shows-important-changes-that-were-made-to-the-paypal-service-its-user-"
        "agreement-or-other-policies.html (AU, list of documents)",
    ),
    _c(
        "Car Genie Terms and Conditions from 7 September 2018",
        D(2018, 9, 7),
        EN_PHRASE,
        "en",
        "https://financedocbox.com/amp/73737918-Insurance/"
        "Cibc-insurance-drivesmart-program-terms-and-conditions.html (list of documents)",
    ),
    _c(
        "The updated Buyer Protection Policy is effective on April 9, 2013",
        D(2013, 4, 9),
        EN_PHRASE,
        "en",
        "http://www.techgeekandmore.com/2013/02/24/"
        "ebay-making-changes-to-user-agreement-privacy-policy-buyer-protection/ (eBay notice)",
    ),
    _c(
        "The updates to the Microsoft Services Agreement will take effect on September 15, "
        "2016. If you continue to use their products and services on or after September 15, "
        "2016, you are agreeing to the updated Microsoft Services Agreement.",
        D(2016, 9, 15),
        EN_PHRASE,
        "en",
        MS_FOCUS,
    ),
    _c(
        "Microsoft is also updating the Microsoft Privacy Statement. These updates are "
        "described on our FAQ page here, and are effective as of August 2, 2016.",
        D(2016, 8, 2),
        EN_PHRASE,
        "en",
        MS_FOCUS,
    ),
    _c(
        "These updates, which are summarized below, will take effect on August 15, 2022.",
        D(2022, 8, 15),
        EN_PHRASE,
        "en",
        MS_FAQ,
    ),
    _c(
        "The updates to the Microsoft Services Agreement will take effect on August 15, 2022. "
        "Until that time, your current terms remain in effect.",
        D(2022, 8, 15),
        EN_PHRASE,
        "en",
        MS_FAQ,
    ),
    _c(
        "By using or accessing our products or services on or after August 15, 2022, you are "
        "agreeing to the updated Microsoft Services Agreement.",
        D(2022, 8, 15),
        EN_PHRASE,
        "en",
        MS_FAQ,
    ),
    _c(
        "Terms and Conditions\n\nEffective July 18, 2010.",
        D(2010, 7, 18),
        EN_PHRASE,
        "en",
        "https://www.t-mobile.com/responsibility/legal/terms-and-conditions-jul-2010",
    ),
    _c(
        "Version 0.2, effective October 4, 2023",
        D(2023, 10, 4),
        EN_PHRASE,
        "en",
        "https://github.com/MozillaSocial/mastodon/pull/45 (Mozilla Social terms)",
    ),
    _c(
        "Effective: March 6, 2017",
        D(2017, 3, 6),
        EN_PHRASE,
        "en",
        "https://gist.github.com/brianr/991d4469a702ccf27bf5daf93ae25cb4 (Rollbar terms)",
    ),
    _c(
        "21. Effective Date\nThese Terms are effective as of March 30, 2026.",
        D(2026, 3, 30),
        EN_PHRASE,
        "en",
        "zeeble.app, Terms of Service (" + _GH + "52797430669)",
    ),
    _c(
        "These Terms are effective as of May 1, 2026.",
        D(2026, 5, 1),
        EN_PHRASE,
        "en",
        "Korean service, English Terms of Service (" + _GH + "71062003760)",
    ),
    _c(
        "These terms are effective as of October 13, 2025 and supersede all previous versions.",
        D(2025, 10, 13),
        EN_PHRASE,
        "en",
        "site Terms of Service (" + _GH + "37837998499)",
    ),
    _c(
        "These terms are effective as of January 1, 2024",
        D(2024, 1, 1),
        EN_PHRASE,
        "en",
        "site Terms of Service (" + _GH + "63734720)",
    ),
    _c(
        "An update to our Consumer Terms and Privacy Policy will take effect on October 8, "
        "2025. You can accept the updated terms today.",
        D(2025, 10, 8),
        EN_PHRASE,
        "en",
        "Anthropic, Claude Code consumer-terms notice (" + _GH + "51817520734)",
    ),
    _c(
        "This Privacy Policy is incorporated into and subject to the terms of the BenFund™ "
        "User Agreement. This Privacy Policy will take effect on December 15, 2006.",
        D(2006, 12, 15),
        EN_PHRASE,
        "en",
        "BenFund, Privacy Policy (" + _GH + "24749890021)",
    ),
    _c(
        "We're writing to let you know that we've updated Reddit's User Agreement, Privacy "
        "Policy, and Premium and Virtual Goods Agreement. These updated terms will take "
        "effect on September 12, 2021, and they will apply to you if you use Reddit after "
        "September 12.",
        D(2021, 9, 12),
        EN_PHRASE,
        "en",
        "Reddit, notice of updated terms (quoted in " + _GH + "36964122456)",
    ),
    _c(
        "The software is provided as-is under the MIT License. Keep JSON backups of records "
        "you cannot afford to lose.\nThese terms apply from August 28, 2026.",
        D(2026, 8, 28),
        EN_PHRASE,
        "en",
        "web app, Terms page (" + _GH + "63108980645)",
    ),
    _c(
        "Website Terms of Use\nThese Terms come into force on January 23, 2021.",
        D(2021, 1, 23),
        EN_PHRASE,
        "en",
        "smartbitboost.io, Website Terms of Use (" + _GH + "6973538980)",
    ),
    _c(
        "11. Final Provisions\n11.1. These Terms come into force on May 6, 2025.",
        D(2025, 5, 6),
        EN_PHRASE,
        "en",
        "Polish service, Terms (" + _GH + "3059212578)",
    ),
    _c(
        "This privacy policy is effective as of January 23, 2026 and will remain in effect "
        "except with respect to any changes in its provisions in the future, which will be in "
        "effect immediately after being posted on this page.",
        D(2026, 1, 23),
        EN_PHRASE,
        "en",
        "site Privacy Policy footer (" + _GH + "33068665876)",
    ),
    _c(
        "14. Validity\nThese general terms and conditions are valid from 01.01.2021 and can be "
        "changed without prior notice. The updated version will be published on the official "
        "website and at the reception.",
        D(2021, 1, 1),
        EN_PHRASE,
        "en",
        "site general terms and conditions (" + _GH + "52416239045)",
    ),
    _c(
        "Dear customer,\n\nWe are writing to confirm that the terms applying to your business "
        "current account will change with effect from 1 June 2025. The revised schedule of "
        "charges is available on request from your relationship manager or at any branch.",
        D(2025, 6, 1),
        EN_PHRASE,
        "en",
        "UK bank notice letter (sample letter in a public repository, id 61933057647) (UK)",
    ),
    _c(
        "Etsy has announced updates to their Terms of Use, Privacy, and Intellectual Property "
        "policies, effective July 24, 2023.",
        D(2023, 7, 24),
        EN_PHRASE,
        "en",
        ETSY_2023,
    ),
    _c(
        "Today, we’re sharing a few quick updates that go into effect on 24 July 2023.",
        D(2023, 7, 24),
        EN_PHRASE,
        "en",
        ETSY_2023 + " (Etsy notice quoted, day-first)",
    ),
    _c(
        "Etsy has updated their Terms of Use, Seller and Shipping policies impacting FedEx "
        "Smartpost claims, gift cards, arbitration and more, effective September 15, 2024.",
        D(2024, 9, 15),
        EN_PHRASE,
        "en",
        "https://valueaddedresource.net/etsy-tou-seller-shipping-policy-updates-september-15-2024",
    ),
    _c(
        "Another big thing happening next week is that Feedback expiration will go into "
        "effect. As of Tuesday, July 1, 2008, the ability to leave Feedback will automatically "
        "expire 90 days after the transaction date.",
        D(2008, 7, 1),
        EN_PHRASE,
        "en",
        "https://blog.etsy.com/news/2008/reminder-time-policy-grace-period-feedback-expiration-"
        "deadli/",
    ),
    _c(
        "Etsy sellers, take note: starting September 15, 2024, Etsy is implementing "
        "significant changes to its Terms of Use that will impact how disputes are handled.",
        D(2024, 9, 15),
        EN_PHRASE,
        "en",
        "https://app.alura.io/dashboard",
    ),
    _c(
        "Airbnb’s new Terms of Service will come into effect for all existing hosts on "
        "June 27, 2018.",
        D(2018, 6, 27),
        EN_PHRASE,
        "en",
        "https://airhostsforum.com/t/airbnbs-new-terms-of-service/22302",
    ),
]


NUMERIC_FORMATS: list[Case] = [
    _c(
        "BETA TESTING TERMS & CONDITIONS\n\nPosted and effective: 1st October 2023",
        D(2023, 10, 1),
        NUMERIC,
        "en",
        "https://privatlocker.com/?p=63 (UK)",
    ),
    _c(
        "PRIVACY POLICY\n\nDate: 28.09.2022",
        D(2022, 9, 28),
        NUMERIC,
        "en",
        "https://www.pridatect.com/en/privacy-policy-2/ (ES company, day-first)",
    ),
    _c(
        "Date de dernière mise à jour : 14/09/20",
        D(2020, 9, 14),
        NUMERIC,
        "fr",
        "https://epicerie-totem.fr/info/conditions-generales-de-vente (FR, two-digit year)",
    ),
    _c(
        "Politique de protection des données personnelles\n\nEdition : 30.08.2019",
        D(2019, 8, 30),
        NUMERIC,
        "fr",
        "https://ztedevices.com/en-gl/legal/privacy-policy-store-french",
    ),
    _c(
        "Última actualización: 17/10/2024",
        D(2024, 10, 17),
        NUMERIC,
        "es",
        "https://wallet.tu.com/politica-de-privacidad (ES)",
    ),
    _c(
        "(modifié en dernier lieu le 12.10.2018)",
        D(2018, 10, 12),
        NUMERIC,
        "fr",
        "https://fr.cdating.ca/info/cgu.html (LU/CA, day-first)",
    ),
    _c(
        "Algemene Verkoop- en leveringsvoorwaarden 01-01-2021.",
        D(2021, 1, 1),
        NUMERIC,
        "nl",
        "https://www.delemster.nl/algemene-voorwaarden/ (title carrying its version date)",
    ),
    _c(
        "CHRONEXT AG - Algemene Voorwaarden\n\n(VERSIE 25-01-2023)",
        D(2023, 1, 25),
        NUMERIC,
        "nl",
        "https://www.chronext.nl/algemene-voorwaarden (NL)",
    ),
    _c(
        "Last modified: 01/01/2023",
        D(2023, 1, 1),
        NUMERIC,
        "en",
        "http://talenthub.mx/terms-of-use (MX)",
    ),
    _c(
        "gültig ab 03.01.2024",
        D(2024, 1, 3),
        NUMERIC,
        "de",
        "https://4pfoten-fitness.de/agb/ (DE)",
    ),
    _c(
        "Change of Company Name for Direct Debit Instructions\n\nEffective: 5 January 2022",
        D(2022, 1, 5),
        NUMERIC,
        "en",
        "https://www.sandbox.paypal.com/gi/webapps/mpp/ua/upcoming-policies-full?locale.x=en_GI"
        " (UK)",
    ),
    _c(
        "Updates to the User Agreement\n\nEffective: 11 December 2019",
        D(2019, 12, 11),
        NUMERIC,
        "en",
        "https://www.paypal.com/pt/webapps/mpp/ua/upcoming-policies-full (EU)",
    ),
    _c(
        "Terms and Conditions Effective: 26 October 2015",
        D(2015, 10, 26),
        NUMERIC,
        "en",
        "https://financedocbox.com/amp/80357713-Credit_and_Debt_and_Loans/"
        "This-page-shows-important-changes-that-were-made-to-the-paypal-service-its-user-"
        "agreement-or-other-policies.html (AU, list of documents)",
    ),
    _c(
        "Ebay has announced a major change in their user agreement\neffective 27 Oct 99.",
        D(1999, 10, 27),
        NUMERIC,
        "en",
        "http://auctionguild.com/tagnotes/TN14a.htm (two-digit year 99)",
    ),
    _c(
        "All updates, for which you can find summarized details below, would be effective "
        "from 30th August 2019.",
        D(2019, 8, 30),
        NUMERIC,
        "en",
        "https://allthingstech.org/seattlehttps-www-microsoft-com-en-us-servicesagreement-"
        "default-aspx/ (Microsoft Services Agreement)",
    ),
    _c(
        "Privacy Policy\n\n(Terms of Personal Data Processing)\n\nLast update: 24/02/2020",
        D(2020, 2, 24),
        NUMERIC,
        "en",
        "https://travelpost.io/en/privacy-policy/ (EU, day-first)",
    ),
    _c(
        "Version | 1.0 |\nCreated by | Dr Philip Donnellan |\nApproved by | Brian Gillen |\n"
        "Date of version | 19/06/2018 |",
        D(2018, 6, 19),
        NUMERIC,
        "en",
        "https://www.dspca.ie/data-protection-policies (IE)",
    ),
    _c(
        "Platform and Website Terms of Use - Subscription\n\nThese Terms were last updated on "
        "27/07/2022",
        D(2022, 7, 27),
        NUMERIC,
        "en",
        "https://www.mynativeforest.com/terms-of-service (NZ)",
    ),
    _c(
        "Effective as of 1st July 2025 and last updated on 1st July 2025, these Terms of "
        'Service ("Terms") govern your engagement with Park Ave Electrical ("Company," '
        '"we," "us," or "our").',
        D(2025, 7, 1),
        NUMERIC,
        "en",
        "Park Ave Electrical (New York), Terms of Service (" + _GH + "8194228936)",
    ),
    _c(
        "This Privacy Policy was last updated on 1st April 2016.",
        D(2016, 4, 1),
        NUMERIC,
        "en",
        "site Privacy Policy (" + _GH + "35130998492)",
    ),
    _c(
        "This Refund Policy was last updated on 1st January 2025",
        D(2025, 1, 1),
        NUMERIC,
        "en",
        "site Refund Policy (" + _GH + "60779774992)",
    ),
    _c(
        "Last updated on 1st Oct, 2023",
        D(2023, 10, 1),
        NUMERIC,
        "en",
        "site legal page (" + _GH + "43073746804)",
    ),
    _c(
        "Geeks of Gurukul · Effective from 1st April 2025",
        D(2025, 4, 1),
        NUMERIC,
        "en",
        "Geeks of Gurukul, policy page header (" + _GH + "52118475883) (IN)",
    ),
    _c(
        "This privacy policy is effective as of 2025-09-02",
        D(2025, 9, 2),
        NUMERIC,
        "en",
        "app Privacy Policy (" + _GH + "5877698206)",
    ),
    _c(
        "This Privacy Policy is effective as of 20th September 2021 and will remain in effect "
        "except for any changes in its provisions in the future",
        D(2021, 9, 20),
        NUMERIC,
        "en",
        "site Privacy Policy (" + _GH + "24665927521)",
    ),
    _c(
        "Privacy Policy Effective Date: 01.01.2024\n\n1. Introduction\nWelcome to Switcheroo.",
        D(2024, 1, 1),
        NUMERIC,
        "en",
        "Switcheroo app, Privacy Policy (" + _GH + "56306698841)",
    ),
    _c(
        "Privacy Policy Effective Date: 01-11-2023",
        D(2023, 11, 1),
        NUMERIC,
        "en",
        "MaaReva Agri Solution app, Privacy Policy (" + _GH + "32626073772) (IN, day-first)",
    ),
    _c(
        "Last updated: 2nd Jan 2026",
        D(2026, 1, 2),
        NUMERIC,
        "en",
        "Bangladeshi site, legal page (" + _GH + "20935028855)",
    ),
    _c(
        "Privacy Policy\nLast Updated: 2nd October 2024\nWelcome to BRIDG PRIVATE LIMITED "
        "(DUBAI COMPANY)",
        D(2024, 10, 2),
        NUMERIC,
        "en",
        "BRIDG, Privacy Policy (" + _GH + "762892000)",
    ),
    _c(
        "Terms of Service\nLast Updated: 2nd March 2023\nWelcome to RPS GAME!",
        D(2023, 3, 2),
        NUMERIC,
        "en",
        "RPS GAME, Terms of Service (" + _GH + "7937937790)",
    ),
    _c(
        "Diese Datenschutzerklärung ist gültig ab dem 07.10.2025 und wird auf findbetter.ch "
        "veröffentlicht, sobald Änderungen vorgenommen werden.",
        D(2025, 10, 7),
        NUMERIC,
        "de",
        "findbetter.ch, Datenschutzerklärung (" + _GH + "43125573099) (CH)",
    ),
    _c(
        "Diese Datenschutzerklärung ist gültig ab dem 2026-07-30.",
        D(2026, 7, 30),
        NUMERIC,
        "de",
        "app Datenschutzerklärung (" + _GH + "67108293402)",
    ),
    _c(
        "Diese Datenschutzerklärung ist gültig ab dem 11.5.2022.",
        D(2022, 5, 11),
        NUMERIC,
        "de",
        "iOS app Datenschutzerklärung (" + _GH + "15827126391)",
    ),
    _c(
        "Cette Politique de Confidentialité est en vigueur à compter du 30/01/2025.",
        D(2025, 1, 30),
        NUMERIC,
        "fr",
        "agilflow.app, Politique de confidentialité (" + _GH + "12422000059)",
    ),
    _c(
        "Politique de confidentialité\n\nValHub · Version 1.2 · En vigueur à compter du : "
        "04/10/2026",
        D(2026, 10, 4),
        NUMERIC,
        "fr",
        "ValHub, Politique de confidentialité (" + _GH + "71259998746) (FR, day-first)",
    ),
    _c(
        "Conditions Générales d’Utilisation (CGU)\nBibli’o Jouets\nDernière mise à jour : "
        "19/12/2025",
        D(2025, 12, 19),
        NUMERIC,
        "fr",
        "Bibli’o Jouets, CGU (" + _GH + "30535522791)",
    ),
    _c(
        "Termini di Servizio\n\nULTIMO AGGIORNAMENTO: 04/01/2026",
        D(2026, 1, 4),
        NUMERIC,
        "it",
        "site Termini di Servizio (" + _GH + "44501510416) (IT, day-first)",
    ),
    _c(
        "Términos y Condiciones de Uso\nFecha de entrada en vigor: [2024-11-25]",
        D(2024, 11, 25),
        NUMERIC,
        "es",
        "site Términos y Condiciones (" + _GH + "1428897424)",
    ),
    _c(
        "Términos y Condiciones\nFecha de entrada en vigor: 3/9/2026\nVersión: 1.0",
        D(2026, 9, 3),
        NUMERIC,
        "es",
        "site Términos y Condiciones (" + _GH + "59675552419) (ES, day-first)",
    ),
    _c(
        "Fecha de entrada en vigor: 26/05/2023",
        D(2023, 5, 26),
        NUMERIC,
        "es",
        "LearnCodePath, Política de privacidad (" + _GH + "42862043568)",
    ),
    _c(
        "Privacy verklaring www.rentmeester.nl\n\nDeze privacy verklaring is voor het laatst "
        "aangepast op 25-06-2018.",
        D(2018, 6, 25),
        NUMERIC,
        "nl",
        "www.rentmeester.nl, privacy verklaring (" + _GH + "51928216203)",
    ),
    _c(
        "Deze privacyverklaring is voor het laatst aangepast op 02-03-2021.",
        D(2021, 3, 2),
        NUMERIC,
        "nl",
        "app privacyverklaring (" + _GH + "17273549663) (NL)",
    ),
    _c(
        "Deze pagina is voor het laatst aangepast op 02.feb.2021 16:00.",
        D(2021, 2, 2),
        NUMERIC,
        "nl",
        "Dutch public dashboard, page date line (quoted in its docs, " + _GH + "48056513714)",
    ),
]


NON_ENGLISH_CASES: list[Case] = [
    # German
    _c(
        "Aktualisiert am 20. Oktober 2023.",
        D(2023, 10, 20),
        NON_ENGLISH,
        "de",
        "https://cookiebot.com/de/datenschutz-deutschland",
    ),
    _c(
        "Datenschutzerklärung\nZuletzt aktualisiert: Januar 2025",
        D(2025, 1, 1),
        NON_ENGLISH,
        "de",
        "https://wexialarara.com/privacy-policy-1.html",
    ),
    _c(
        "PayPal nimmt Änderungen an den PayPal-Nutzungsbedingungen, der "
        "PayPal-Käuferschutzrichtlinie, der PayPal-Verkäuferschutzrichtlinie vor, die jeweils "
        "zum 27. April 2017 in Kraft treten.",
        D(2017, 4, 27),
        NON_ENGLISH,
        "de",
        "https://www.paypal.com/de/webapps/mpp/ua/upcoming-policies-full (2017)",
    ),
    _c(
        "Die Änderungen an den PayPal-Datenschutzgrundsätzen, die Sie am Ende dieses Dokuments "
        "finden, treten zum 27. Januar 2017 in Kraft.",
        D(2017, 1, 27),
        NON_ENGLISH,
        "de",
        "https://www.paypal.com/de/webapps/mpp/ua/upcoming-policies-full (2017)",
    ),
    _c(
        "Änderungen an den PayPal-Nutzungsbedingungen\n\nMit Wirkung zum 6. Mai 2022:",
        D(2022, 5, 6),
        NON_ENGLISH,
        "de",
        "https://webwork-magazin.net/der-bezahldienst-paypal-kuendigt-neue-agb-an",
    ),
    _c(
        "Änderungen der Nutzungsbedingungen für den Rechnungskauf mit Ratepay\n"
        "Gültig ab 19. Dezember 2022",
        D(2022, 12, 19),
        NON_ENGLISH,
        "de",
        "https://www.paypal.com/de/webapps/mpp/ua/upcoming-policies-full (2022)",
    ),
    _c(
        "Plattformregeln\nGültig ab: Mai 2025",
        D(2025, 5, 1),
        NON_ENGLISH,
        "de",
        "TeamUpFR, Nutzungsbedingungen (" + _GH + "63086135881)",
    ),
    _c(
        "10. Stand und Änderungen\n\nDiese Datenschutzerklärung ist gültig ab dem "
        "17. Mai 2026. Bei Anpassungen der Anwendung oder bei Änderungen gesetzlicher "
        "Vorgaben behalten wir uns vor, diese Erklärung anzupassen.",
        D(2026, 5, 17),
        NON_ENGLISH,
        "de",
        "Austrian app, Datenschutzerklärung (" + _GH + "54512975660)",
    ),
    _c(
        "9. Stand dieser Datenschutzerklärung\nDiese Datenschutzerklärung ist gültig ab "
        "April 2026.",
        D(2026, 4, 1),
        NON_ENGLISH,
        "de",
        "site Datenschutzerklärung (" + _GH + "53770201092)",
    ),
    _c(
        "Diese Datenschutzerklärung ist gültig ab dem 4. Dezember 2024.",
        D(2024, 12, 4),
        NON_ENGLISH,
        "de",
        "app Datenschutzerklärung (" + _GH + "18199208633)",
    ),
    _c(
        "Diese Datenschutzerklärung ist gültig ab dem 30. Mai 2026 (Version 1.0.3.0).",
        D(2026, 5, 30),
        NON_ENGLISH,
        "de",
        "Austrian app, Datenschutzerklärung (" + _GH + "55914183355)",
    ),
    _c(
        "10. Stand und Kontakt\nDiese Datenschutzerklärung ist gültig ab Juli 2025.",
        D(2025, 7, 1),
        NON_ENGLISH,
        "de",
        "maklernull.de, Datenschutzerklärung (" + _GH + "34703958513)",
    ),
    _c(
        "Stand der Datenschutzerklärung: Oktober 2024",
        D(2024, 10, 1),
        NON_ENGLISH,
        "de",
        "app Datenschutzerklärung (" + _GH + "37730169691)",
    ),
    _c(
        "Letzte Aktualisierung: 25. Januar 2024\nVielen Dank, dass Sie Airbnb nutzen.",
        D(2024, 1, 25),
        NON_ENGLISH,
        "de",
        "https://de.airbnb.com/help/article/2908",
    ),
    # French
    _c(
        "Cette Politique de Confidentialité entre en application à compter du 1er janvier 2020.",
        D(2020, 1, 1),
        NON_ENGLISH,
        "fr",
        "https://legal-pilot.com/?p=223334",
    ),
    _c(
        "PayPal est en train d'apporter des modifications à ses Conditions d’utilisation "
        "générales qui entreront en vigueur pour tous les utilisateurs de PayPal, le "
        "7 juillet 2017.",
        D(2017, 7, 7),
        NON_ENGLISH,
        "fr",
        "https://www.paypal.com/ca/webapps/mpp/ua/archive-policies-full?locale.x=fr_CA",
    ),
    _c(
        "Notification de modification des Conditions d'utilisation de PayPal\n\n"
        "Date d'entrée en vigueur : 11 septembre 2018",
        D(2018, 9, 11),
        NON_ENGLISH,
        "fr",
        "https://www.paypal.com/mq/webapps/mpp/ua/upcoming-policies-full?locale.x=fr_MQ",
    ),
    _c(
        "CGV en vigueur à compter du 1er juillet 2026",
        D(2026, 7, 1),
        NON_ENGLISH,
        "fr",
        "ewendaviau.com, CGV stages de lutherie (" + _GH + "67262373617)",
    ),
    _c(
        "Politique de confidentialité\nDernière mise à jour : 16 juillet 2026 — version 1.0",
        D(2026, 7, 16),
        NON_ENGLISH,
        "fr",
        "site Politique de confidentialité (" + _GH + "56492193336)",
    ),
    # Spanish
    _c(
        "Política de privacidad de Losehacer.com\n\nEn vigor desde el 1 de mayo de 2023.",
        D(2023, 5, 1),
        NON_ENGLISH,
        "es",
        "https://losehacer.com/politica_de_privacidad/",
    ),
    _c(
        "Última actualización: 31 de mayo de 2022",
        D(2022, 5, 31),
        NON_ENGLISH,
        "es",
        "https://raptor-vision.com/es/politica-de-privacidad/",
    ),
    _c(
        "Modificación de las Condiciones de uso de PayPal Fecha de entrada en vigor: 18 de "
        "noviembre de 2013 Imprimir Descargar PDF",
        D(2013, 11, 18),
        NON_ENGLISH,
        "es",
        "https://vdocument.in/send-money-pay-online-or-set-up-a-merchant-account-paypal-"
        "2014-01-15-paso.html (PayPal ES)",
    ),
    _c(
        "Estas Condiciones de uso, que estarán en vigor a partir del 1 de agosto de 2024, "
        "constituyen un contrato entre usted y una de las entidades de PayPal que se indican "
        "a continuación:",
        D(2024, 8, 1),
        NON_ENGLISH,
        "es",
        "https://xoom.com/legal/user-agreement?locale=es-ES",
    ),
    _c(
        "Para ayudar a los asociados y los clientes a llevar a cabo sus actividades "
        "empresariales basándose en la confianza, solicitaremos información adicional del "
        "cliente. Esto entrará en vigor el 25 de marzo de 2021.",
        D(2021, 3, 25),
        NON_ENGLISH,
        "es",
        "Microsoft Partner Center docs (es-es), announcement (" + _GH + "25377006406)",
    ),
    _c(
        "Tarifas vigentes a partir del 1 de octubre de 2012",
        D(2012, 10, 1),
        NON_ENGLISH,
        "es",
        "Chilean courier, customs handling fees page (" + _GH + "2755724294)",
    ),
    _c(
        "Política de privacidad\nFecha de entrada en vigor: 12 de mayo de 2026",
        D(2026, 5, 12),
        NON_ENGLISH,
        "es",
        "site Política de privacidad (" + _GH + "56180863668)",
    ),
    # Italian
    _c(
        "Modifiche alle Condizioni d'uso PayPal\n\nA partire dal 31 ottobre 2022:",
        D(2022, 10, 31),
        NON_ENGLISH,
        "it",
        "https://www.paypal.com/it/webapps/mpp/ua/upcoming-policies-full?locale.x=it (2022)",
    ),
    _c(
        "Ultimo aggiornamento in data 15 ottobre 2025",
        D(2025, 10, 15),
        NON_ENGLISH,
        "it",
        "https://securepayments.paypal.com/it/webapps/mpp/ua/upcoming-policies-full?locale.x=it_IT",
    ),
    _c(
        "Ultimo aggiornamento: 8 luglio 2024",
        D(2024, 7, 8),
        NON_ENGLISH,
        "it",
        "https://paypal.com/it/webapps/mpp/ua/upcoming-policies-full?locale.x=it_IT",
    ),
    _c(
        "Modifiche alle Condizioni d'uso PayPal\n\nA partire dal 28 gennaio 2022:",
        D(2022, 1, 28),
        NON_ENGLISH,
        "it",
        "https://www.paypal.com/it/webapps/mpp/ua/upcoming-policies-full?locale.x=it (2021)",
    ),
    _c(
        "Notifica di modifica alle Condizioni d'uso Paypal\n\nData di entrata in vigore: "
        "30 gennaio 2019",
        D(2019, 1, 30),
        NON_ENGLISH,
        "it",
        "https://www.paypal.com/it/webapps/mpp/ua/archive-policies-full",
    ),
    _c(
        "Disposizione finale: le presenti condizioni entrano in vigore il 17 agosto 2026.",
        D(2026, 8, 17),
        NON_ENGLISH,
        "it",
        "Korean service, condizioni (Italian version) (" + _GH + "63087161700)",
    ),
    # Portuguese
    _c(
        "Última atualização: julho 29, 2025",
        D(2025, 7, 29),
        NON_ENGLISH,
        "pt",
        "https://www.iubenda.com/privacy-policy/52942185 (nmotor.pt; month name before day)",
    ),
    _c(
        "(Última atualização em maio de 2024)",
        D(2024, 5, 1),
        NON_ENGLISH,
        "pt",
        "https://apolloforsales.com/termos-de-servico",
    ),
    _c(
        "Alterações à Declaração de Privacidade PayPal\nCom efeitos a partir de 30 de abril "
        "de 2026:",
        D(2026, 4, 30),
        NON_ENGLISH,
        "pt",
        "https://securepayments.paypal.com/pt/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "A versão atualizada do Contrato do Usuário do PayPal entrará em vigor em 19 de "
        "outubro de 2016 e será aplicável ao uso dos Serviços do PayPal após essa data.",
        D(2016, 10, 19),
        NON_ENGLISH,
        "pt",
        "https://www.paypal.com/br/webapps/mpp/ua/archive-policies-full",
    ),
    _c(
        "Data de Vigência: Estes Termos de Uso entram em vigor em Janeiro de 2025 e "
        "permanecem válidos até serem substituídos por uma nova versão.",
        D(2025, 1, 1),
        NON_ENGLISH,
        "pt",
        "site Termos de Uso (" + _GH + "17229519987)",
    ),
    _c(
        "Os novos nomes de produto entram em vigor em 21 de abril de 2020. Essa é uma "
        "alteração no nome do produto e não há alterações de preços ou recursos no momento.",
        D(2020, 4, 21),
        NON_ENGLISH,
        "pt",
        "Microsoft docs (pt-br), Microsoft 365 renaming notice (" + _GH + "5824826907)",
    ),
    _c(
        "22. Vigência\nEstes Termos entram em vigor em 17 de agosto de 2026.",
        D(2026, 8, 17),
        NON_ENGLISH,
        "pt",
        "EnxergAI, Termos de Uso (" + _GH + "62656668448) (BR)",
    ),
    # Dutch
    _c(
        "Dit privacystatement is op 28 juli 2017 het laatst gewijzigd.",
        D(2017, 7, 28),
        NON_ENGLISH,
        "nl",
        "https://www.eyeopen.nl/privacystatement",
    ),
    _c(
        "Mededeling van aanpassing van de Gebruikersovereenkomst van PayPal.\n"
        "Ingangsdatum: 31 augustus 2018",
        D(2018, 8, 31),
        NON_ENGLISH,
        "nl",
        "https://www.paypal.com/be/webapps/mpp/ua/upcoming-policies-full?locale.x=nl_BE",
    ),
    _c(
        "U hoeft geen verdere actie te ondernemen, omdat deze wijzigingen automatisch worden "
        "doorgevoerd op\n\n30 april 2021.",
        D(2021, 4, 30),
        NON_ENGLISH,
        "nl",
        "https://www.paypal.com/nl/webapps/mpp/ua/upcoming-policies-full?locale.x=nl_NL",
    ),
    _c(
        "Wijzigingen in de PayPal-gebruikersovereenkomst\n\nMet ingang van 28 januari 2022:",
        D(2022, 1, 28),
        NON_ENGLISH,
        "nl",
        "https://www.sandbox.paypal.com/nl/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "Deze voorwaarden zijn voor het laatst aangepast op 29 april 2020.",
        D(2020, 4, 29),
        NON_ENGLISH,
        "nl",
        "app gebruiksvoorwaarden (" + _GH + "14427125852)",
    ),
    _c(
        "Deze voorwaarden zijn geldig vanaf 1 juli 2026",
        D(2026, 7, 1),
        NON_ENGLISH,
        "nl",
        "Dutch bank, voorwaarden document (quoted in " + _GH + "57364689549)",
    ),
]


LABELS_IN_BLOCKS: list[Case] = [
    _c(
        "Effective Date: June 2, 2025\n\nMOBOT TERMS AND CONDITIONS",
        D(2025, 6, 2),
        LABEL_IN_BLOCK,
        "en",
        "https://www.mobot.io/mobot-agreement-terms-of-service",
    ),
    _c(
        "Version Release Date: July 10, 2019 Agreement Version: 1.0",
        D(2019, 7, 10),
        LABEL_IN_BLOCK,
        "en",
        "https://diatomic.co/terms",
    ),
    _c(
        "Terms of Use\n\nLast Updated March 20, 2023",
        D(2023, 3, 20),
        LABEL_IN_BLOCK,
        "en",
        "https://www.jumpro.pe/terms",
    ),
    _c(
        "Tabby Privacy Policy\n\nLast Updated: Dec 24, 2025 | Spensibly, Inc. DBA Tabby",
        D(2025, 12, 24),
        LABEL_IN_BLOCK,
        "en",
        "https://www.usetabby.com/?p=5679",
    ),
    _c(
        "Privacy Policy\nLast updated: April 28, 2026\nPrivacy Policy v1.2.1",
        D(2026, 4, 28),
        LABEL_IN_BLOCK,
        "en",
        "https://preparaitor.ch/en/privacy/",
    ),
    _c(
        "Safe@Cheer, LLC’s Privacy Policy\n\nLast modified: February 17, 2021",
        D(2021, 2, 17),
        LABEL_IN_BLOCK,
        "en",
        "https://safeatallstar.com/privacy-policy-and-terms-of-use/",
    ),
    _c(
        "PrivadoVPN Privacy Policy\nLast Updated: May 1, 2026",
        D(2026, 5, 1),
        LABEL_IN_BLOCK,
        "en",
        "https://privadovpn.com/hu/adatvedelmi-iranyelvek/",
    ),
    _c(
        "Data Processing Addendum (DPA)\n\nEffective Date: February 26, 2024",
        D(2024, 2, 26),
        LABEL_IN_BLOCK,
        "en",
        "https://getstream.io/legal/dpa",
    ),
    _c(
        "Amendments to the PayPal User Agreement\n\nEffective Date: October 30, 2015",
        D(2015, 10, 30),
        LABEL_IN_BLOCK,
        "en",
        PAYPAL_US,
    ),
    _c(
        "1. Amendments to the PayPal User Agreement\n\nEffective Date: July 9, 2019",
        D(2019, 7, 9),
        LABEL_IN_BLOCK,
        "en",
        "https://www.paypal.com/br/webapps/mpp/ua/upcoming-policies-full?locale.x=en_BR",
    ),
    _c(
        "Amendment to PayPal Legal Agreements\n\nEffective Date: Jul 1, 2015",
        D(2015, 7, 1),
        LABEL_IN_BLOCK,
        "en",
        "https://www.paypal.com/sm/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "Effective: November 10, 2021\n\nAmendments to the PayPal User Agreement",
        D(2021, 11, 10),
        LABEL_IN_BLOCK,
        "en",
        "https://www.paypal.com/uk/webapps/mpp/ua/upcoming-policies-full?locale.x=GB",
    ),
    _c(
        "Notice of amendment to the PayPal User Agreement\n\nEffective Date: Apr 27, 2017",
        D(2017, 4, 27),
        LABEL_IN_BLOCK,
        "en",
        "https://www.paypal.com/li/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "Past Policy Updates\n\nLast updated on 29 September 2025",
        D(2025, 9, 29),
        LABEL_IN_BLOCK,
        "en",
        "https://poc-dynamic.paypal.com/legalhub/archive-policies-full (AU)",
    ),
    _c(
        "Changes to the User Agreement, Combined Financial Services Guide and other policies"
        "\n\nEffective date: 25 February 2014",
        D(2014, 2, 25),
        LABEL_IN_BLOCK,
        "en",
        "https://www.paypal.com/au/webapps/mpp/ua/archive-policies-full (AU)",
    ),
    _c(
        "This version : 24-1\nPrevious version : 23-1\nLast updated on 1 July 2024",
        D(2024, 7, 1),
        LABEL_IN_BLOCK,
        "en",
        "https://safebreach.paypal.com/au/legalhub/useragreement-full (AU)",
    ),
    _c(
        "The Google Terms of Service (updated as of May 22, 2024) act as a contract governing "
        "your relationship with Google when using their products and services.",
        D(2024, 5, 22),
        LABEL_IN_BLOCK,
        "en",
        "http://omnidataflow8.cfd/https-policies-google-com-privacy-11/",
    ),
    _c(
        "Image to Image Terms of Service\n\nEffective Date: December 2024\n"
        "Last Updated: December 2024",
        D(2024, 12, 1),
        LABEL_IN_BLOCK,
        "en",
        "https://imagetoimage.art/terms-of-service",
    ),
    _c(
        "LEGAL CENTER\n\nTerms and Conditions\n\nEffective August 1, 2025",
        D(2025, 8, 1),
        LABEL_IN_BLOCK,
        "en",
        "https://www.t-mobile.com/responsibility/legal/terms-and-conditions",
    ),
    _c(
        "Jonas – Global Website Privacy Policy version 2 Date: 25 January 2021",
        D(2021, 1, 25),
        LABEL_IN_BLOCK,
        "en",
        "https://scopay.com/privacyPolicy.html (UK)",
    ),
    _c(
        'Terms and Conditions ("Terms")\nLast updated: January 27, 2015',
        D(2015, 1, 27),
        LABEL_IN_BLOCK,
        "en",
        "https://pastebin.com/LTZ39iUN",
    ),
    _c(
        "Last Updated: June 19, 2017\n\nThank you for using Airbnb!",
        D(2017, 6, 19),
        LABEL_IN_BLOCK,
        "en",
        "http://claudette.eui.eu/ToS.zip (Airbnb Terms of Service, 2017)",
    ),
    _c(
        'Last updated May 12, 2024\nThis privacy notice for Motion ( "we," "us," or "our" ), '
        'describes how and why we might collect, store, use, and/or share ( "process" ) your '
        'information when you use our services ( "Services" )',
        D(2024, 5, 12),
        LABEL_IN_BLOCK,
        "en",
        "Motion, privacy notice (https://main.d3a8wvn4vhzptm.amplifyapp.com)",
    ),
    _c(
        "Last updated: November 24, 2024\nThis Privacy Policy is effective as of the date "
        "listed above.",
        D(2024, 11, 24),
        LABEL_IN_BLOCK,
        "en",
        "site Privacy Policy (" + _GH + "12674825896)",
    ),
    _c(
        "Terms and Conditions\nEffective Date: 1/1/2025\n\nWelcome to Taskito! These Terms "
        "govern your use of our app and services.",
        D(2025, 1, 1),
        LABEL_IN_BLOCK,
        "en",
        "Taskito app, Terms and Conditions (" + _GH + "12162332463)",
    ),
    _c(
        "Privacy Policy, Refund Policy and Content Policies.\n© 2018-@ebizfiling india "
        "Private Limited All rights reserved. Last updated on 1st May, 2025",
        D(2025, 5, 1),
        LABEL_IN_BLOCK,
        "en",
        "ebizfiling, site footer (" + _GH + "21294245944) (IN)",
    ),
    _c(
        "TRANS UNION DU CANADA, INC. AVIS AU SUJET DE LA CONFIDENTIALITÉ\n"
        "(Dernière mise à jour octobre 2018)",
        D(2018, 10, 1),
        LABEL_IN_BLOCK,
        "fr",
        "https://www.transunion.ca/fr/legal/politique-en-matiere-de-confidentialite",
    ),
    _c(
        "Contrat d'utilisation des Services de paiement en ligne PayPal\n\nTélécharger le PDF"
        "\n\nDernière mise à jour : 10 octobre 2024",
        D(2024, 10, 10),
        LABEL_IN_BLOCK,
        "fr",
        "https://safebreach.paypal.com/fr/webapps/mpp/ua/pocpsa-full",
    ),
    _c(
        "MODIFICATIONS DES CONDITIONS D’UTILISATION DE PAYPAL\n\nDate d'entrée en vigueur : "
        "7 juillet 2017",
        D(2017, 7, 7),
        LABEL_IN_BLOCK,
        "fr",
        "https://www.paypal.com/ca/webapps/mpp/ua/archive-policies-full?locale.x=fr_CA",
    ),
    _c(
        "Mentions Légales — GPRelay\n\nEn vigueur à compter du 1er avril 2026",
        D(2026, 4, 1),
        LABEL_IN_BLOCK,
        "fr",
        "GPRelay, Mentions légales (" + _GH + "53604336498)",
    ),
    _c(
        "Conditions Générales d'Utilisation\n\nVersion 1.0 — En vigueur à compter du 1er mai 2026",
        D(2026, 5, 1),
        LABEL_IN_BLOCK,
        "fr",
        "site CGU page (" + _GH + "52532012599)",
    ),
    _c(
        "Politique de Confidentialité\n\nVersion 1.0 — En vigueur à compter du 1er juin 2026",
        D(2026, 6, 1),
        LABEL_IN_BLOCK,
        "fr",
        "site Politique de confidentialité (" + _GH + "55637549853)",
    ),
    _c(
        "Politique de confidentialité : france-data-mcp\n\nDernière mise à jour : 14 mai "
        "2026 (V0.8.3)",
        D(2026, 5, 14),
        LABEL_IN_BLOCK,
        "fr",
        "france-data-mcp, Politique de confidentialité (" + _GH + "59360032221)",
    ),
    _c(
        "NUTZUNGSBEDINGUNGEN FÜR DIE DIGITALE PAYPAL-DEBITKARTE FÜR VERBRAUCHER\n"
        "Letzte Aktualisierung: 7. Oktober 2024",
        D(2024, 10, 7),
        LABEL_IN_BLOCK,
        "de",
        "https://www.paypal.com/de/webapps/mpp/ua/digital-cons-dc-tnc",
    ),
    _c(
        "Zuletzt aktualisiert am 12. Oktober 2023\n\nAnkündigung von Änderungen der "
        "PayPal-Nutzungsbedingungen für Deutschland",
        D(2023, 10, 12),
        LABEL_IN_BLOCK,
        "de",
        "https://www.sandbox.paypal.com/de/webapps/mpp/ua/archive-policies-full?locale.x=de_DE",
    ),
    _c(
        "Mitteilung über die Änderung der PayPal-AGB\n\nLetzte Änderung: 29. September 2020",
        D(2020, 9, 29),
        LABEL_IN_BLOCK,
        "de",
        "https://www.paypal.com/CH/webapps/mpp/ua/upcoming-policies-full (CH)",
    ),
    _c(
        "AKTUALISIERUNG DER PAYPAL-NUTZUNGSBEDINGUNGEN\n\nDatum des Inkrafttretens: "
        "22. Oktober 2020",
        D(2020, 10, 22),
        LABEL_IN_BLOCK,
        "de",
        "https://www.paypal.com/CH/webapps/mpp/ua/upcoming-policies-full (CH)",
    ),
    _c(
        "Preisliste für Telekom Mobilfunk-Tarife, Stand: April 2010",
        D(2010, 4, 1),
        LABEL_IN_BLOCK,
        "de",
        "https://yumpu.com/de/document/view/7102558/ihr-mobilfunk-wunschtarif-telekom",
    ),
    _c(
        "Besondere Geschäftsbedingungen Internationale Rufnummern. (Stand: Mai 2012) - DIE "
        "TELEFONANLAGE AUS DER CLOUD",
        D(2012, 5, 1),
        LABEL_IN_BLOCK,
        "de",
        "https://docplayer.org/amp/230242590-Vertragszusammenfassung.html (list of documents)",
    ),
    _c(
        "Airbnb Ireland  -  Nutzungsbedingungen   (Stand: 30.06.2014)",
        D(2014, 6, 30),
        LABEL_IN_BLOCK,
        "de",
        "https://www.wikimarx.de/index.php?p=reader&a=Airbnb%20Ireland&v=Nutzungsbedingungen"
        "&s=2014-06-30",
    ),
    _c(
        "Acuerdo de Servicios de pago con tarjeta por Internet de PayPal\n\n"
        "Última actualización: 19 de octubre de 2023",
        D(2023, 10, 19),
        LABEL_IN_BLOCK,
        "es",
        "https://www.sandbox.paypal.com/es/webapps/mpp/ua/provt-full",
    ),
    _c(
        "Notificación de modificación de las Condiciones de uso de PayPal.\n"
        "Fecha de entrada en vigor: 11 de septiembre de 2018",
        D(2018, 9, 11),
        LABEL_IN_BLOCK,
        "es",
        "https://www.paypal.com/es/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "Política de Privacidad — StatsKey\nFecha de entrada en vigor: 5 de septiembre de 2026",
        D(2026, 9, 5),
        LABEL_IN_BLOCK,
        "es",
        "StatsKey, Política de Privacidad (" + _GH + "63116506308)",
    ),
    _c(
        "Política de Privacidad de Corral X\nFecha de entrada en vigor: 18 de noviembre de 2025",
        D(2025, 11, 18),
        LABEL_IN_BLOCK,
        "es",
        "Corral X, Política de Privacidad (" + _GH + "30328775193)",
    ),
    _c(
        "Termini di Servizio\nUltimo aggiornamento: aprile 2026",
        D(2026, 4, 1),
        LABEL_IN_BLOCK,
        "it",
        "vetrux, Termini di Servizio (" + _GH + "55220260441)",
    ),
    _c(
        "Notifica di modifica alle Condizioni d'uso Paypal\n\nData di entrata in vigore: "
        "27 aprile 2017",
        D(2017, 4, 27),
        LABEL_IN_BLOCK,
        "it",
        "https://www.paypal.com/it/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "Política de Privacidade\nPolítica de Privacidade e Proteção de Dados - Conforme "
        "LGPD, GDPR e Google AdSense\nÚltima atualização: 05 de novembro de 2025",
        D(2025, 11, 5),
        LABEL_IN_BLOCK,
        "pt",
        "https://saudedoseucorpo.com/privacy-policy",
    ),
    _c(
        "Informações Essenciais sobre Pagamentos e Serviços\nÚltima atualização: 20 de "
        "dezembro de 2019",
        D(2019, 12, 20),
        LABEL_IN_BLOCK,
        "pt",
        "https://www.paypal.com/pt/webapps/mpp/ua/servicedescription-full",
    ),
    _c(
        "Atualizações do Contrato do Usuário do PayPal\n\nData de entrada em vigor: 16 de "
        "março de 2020",
        D(2020, 3, 16),
        LABEL_IN_BLOCK,
        "pt",
        "https://www.paypal.com/br/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "1. Alterações no Contrato do Usuário do PayPal\nData de Entrada em Vigor: 6 de "
        "novembro de 2020",
        D(2020, 11, 6),
        LABEL_IN_BLOCK,
        "pt",
        "https://www.paypal.com/br/webapps/mpp/ua/archive-policies-full?locale.x=pt_BR",
    ),
    _c(
        "Hieronder vindt u de algemene voorwaarden van OMJB.nl, laatst bijgewerkt op 26 juli 2021.",
        D(2021, 7, 26),
        LABEL_IN_BLOCK,
        "nl",
        "https://omjb.nl/algemene-voorwaarden/",
    ),
    _c(
        "WIJZIGINGEN IN DE PAYPAL GEBRUIKERSOVEREENKOMST\n\nIngangsdatum: 4 januari 2021",
        D(2021, 1, 4),
        LABEL_IN_BLOCK,
        "nl",
        "https://www.sandbox.paypal.com/nl/webapps/mpp/ua/upcoming-policies-full?locale.x=nl_NL",
    ),
    _c(
        "Versie v0.2.0 van het toetsingskader. De inhoud is nog in ontwikkeling en kan "
        "wijzigen. Deze pagina is voor het laatst aangepast op maandag 10 augustus 2026.",
        D(2026, 8, 10),
        LABEL_IN_BLOCK,
        "nl",
        "Dutch toetsingskader page (quoted in review notes, " + _GH + "59454678952)",
    ),
]


SEVERAL_DATES: list[Case] = [
    _c(
        "Terms of Use\nLast updated: June 2026\nBy using this website, you agree to the terms "
        "described below.\nLast updated: June 22, 2026",
        D(2026, 6, 22),
        SEVERAL,
        "en",
        "https://www.passosconsultoria.com.br/en/termos",
    ),
    _c(
        "Privacy Policy for Website\nFirst Version Release Date: 26 June 2024\n"
        "Update Date: 26 June 2024",
        D(2024, 6, 26),
        SEVERAL,
        "en",
        "https://dsavocats.cn/网站隐私政策-privacy-policy-for-website",
    ),
    _c(
        "Last modified: 02 June 2021\n\nEffective date: June 02, 2021",
        D(2021, 6, 2),
        SEVERAL,
        "en",
        "http://privacy.dayntaxi.com",
    ),
    _c(
        "Policy Updates\n\nLast update: January 30, 2019\n\nThis page shall serve as advance "
        "information for PayPal Users with regards to important upcoming changes of PayPal "
        "Services, the PayPal User Agreement, and other policies (collectively, the “Legal "
        "Agreements”).\n\nPlease read this document carefully as PayPal will change the Legal "
        "Agreements with effect to April 29, 2019.",
        D(2019, 4, 29),
        SEVERAL,
        "en",
        PAYPAL_CH_EN,
    ),
    _c(
        "Further to our previous Policy Update published on 24 July 2023, it is confirmed "
        "that PayPal (Europe) S.à r.l. et Cie, S.C.A. is transferring its services provided "
        "to users in the UK to its affiliated company, PayPal UK Ltd, on 1 November 2023.",
        D(2023, 11, 1),
        SEVERAL,
        "en",
        "https://www.sandbox.paypal.com/gi/webapps/mpp/ua/upcoming-policies-full?locale.x=en_GI"
        " (UK)",
    ),
    _c(
        "Notice of Amendment to PayPal Legal Agreements\n\nIssued: Aug 16, 2016 (for Effective "
        "Dates see each individual agreement below)\n\nNotice of amendment to the PayPal User "
        "Agreement.\n\nEffective Date: Nov 19, 2016",
        D(2016, 11, 19),
        SEVERAL,
        "en",
        "https://www.paypal.com/uk/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "Notices\n\nIssued: September 29, 2025\n\nAmendments to the PayPal Alternative Payment "
        "Methods Agreement Services Addendum\n\nEffective September 29, 2025",
        D(2025, 9, 29),
        SEVERAL,
        "en",
        "https://poc-dynamic.paypal.com/legalhub/archive-policies-full (AU)",
    ),
    _c(
        "Our updated User Agreement was posted on January 20, 2026. For users who agreed to "
        "a prior version of our User Agreement, this agreement is effective as of February 20, "
        "2026.",
        D(2026, 2, 20),
        SEVERAL,
        "en",
        "https://newsletter.kait.dev/story/23727 (eBay email)",
    ),
    _c(
        "Hi, I’m Scott Shipman from eBay’s Legal team. I’m here to tell you about some changes "
        "we’re making to eBay’s User Agreement and Privacy Policy, which will take effect for "
        "anyone with an existing eBay account on February 1, 2006. The new policy is "
        "effective immediately for any new registered accounts.",
        D(2006, 2, 1),
        SEVERAL,
        "en",
        "https://community.tuliptools.com/archive/index.php?thread-1465.html (eBay)",
    ),
    _c(
        "The updated User Agreement, Privacy Policy and Buyer Protection Policy were posted "
        "on www.ebay.com on February 4, 2013. The updated User Agreement and Privacy Policy "
        "are effective immediately for new members and on March 26, 2013 for current members.",
        D(2013, 3, 26),
        SEVERAL,
        "en",
        "http://www.techgeekandmore.com/2013/02/24/"
        "ebay-making-changes-to-user-agreement-privacy-policy-buyer-protection/",
    ),
    _c(
        "Our updated User Agreement will take effect on September 14, 2015 for new users and "
        "on October 28, 2015 for all other users. The updated User Agreement was posted on "
        "www.ebay.com on September 14, 2015.",
        D(2015, 10, 28),
        SEVERAL,
        "en",
        "https://www.amynewman.com/lcc/2015/09/22/ebay-updates-its-user-agreement",
    ),
    _c(
        "This agreement is effective on 19 Apr 02 at 00:00 PT for all users registered prior "
        "to 19 Mar 02. It is effective for all new users who register on or after 19 Mar 02.",
        D(2002, 4, 19),
        SEVERAL,
        "en",
        "http://www.auctionguild.com/ebart/ebayart019.htm (eBay, two-digit years)",
    ),
    _c(
        "Updates to the eBay User Agreement were posted on on April 26, 2013. The updated "
        "User Agreement is effective immediately for new members and on July 1, 2013 for "
        "current members.",
        D(2013, 7, 1),
        SEVERAL,
        "en",
        "https://community.ebay.com/t5/Announcements/Updates-to-the-eBay-User-Agreement/"
        "ba-p/26163210",
    ),
    _c(
        "1. In the title, Microsoft will update the release date to August 1, 2020 and the "
        "effective date to October 1, 2020;",
        D(2020, 10, 1),
        SEVERAL,
        "en",
        "https://www.smalltechnews.com/archives/219475",
    ),
    _c(
        "1. In the header, we’ve updated the publication date to July 30, 2023, and the "
        "effective date to September 30, 2023.",
        D(2023, 9, 30),
        SEVERAL,
        "en",
        "https://microsoft.com/en-hk/servicesagreement/updates",
    ),
    _c(
        "1. In the header, we’ve updated the publication date to July 1, 2019 and the "
        "effective date to August 30, 2019.",
        D(2019, 8, 30),
        SEVERAL,
        "en",
        "https://www.microsoft.com/en-us/servicesagreement/Updates.aspx",
    ),
    _c(
        "Last updated: 6 June 2024\n\nNext review: 6 June 2025",
        D(2024, 6, 6),
        SEVERAL,
        "en",
        "https://walthamforest.gov.uk/node/423 (UK)",
    ),
    _c(
        "date 2021-01-19 Etsy is updating its seller policies, which will go into effect on "
        "February 23, 2021.",
        D(2021, 2, 23),
        SEVERAL,
        "en",
        "https://www.ecommercebytes.com/2021/01/19/etsy-letter-to-sellers-about-payment-holds-"
        "reserves/",
    ),
    _c(
        "Airbnb has informed users who created their accounts on the short- and long-term "
        "homestay platform before January 25, 2024, about mandatory changes (updates) coming "
        "into effect after March 28, 2024.",
        D(2024, 3, 28),
        SEVERAL,
        "en",
        "https://menews247.com/airbnb-updates-terms-for-pre-january-25-2024-users/",
    ),
    _c(
        "The updates to our Terms discussed below are effective immediately for new users "
        "beginning October 30, 2020. The updated Terms come into effect for existing users on "
        "January 20, 2021.",
        D(2021, 1, 20),
        SEVERAL,
        "en",
        "https://airhostsforum.com/t/airbnb-changes-to-terms-and-conditions/44491/4 (Airbnb)",
    ),
    _c(
        "If you signed up for an account prior to June 19, 2017, we’ll ask you to agree to the "
        "new Terms when you use Airbnb on or after September 01, 2017; until September 01, "
        "2017 the prior Terms of Service, Payments Terms of Service, and Privacy Policy will "
        "apply to you.",
        D(2017, 9, 1),
        SEVERAL,
        "en",
        "http://claudette.eui.eu/ToS.zip (Airbnb Terms of Service, 2017)",
    ),
    _c(
        "Last updated: July 10, 2024\n\nWe’ve updated our Terms of Service (“Terms”) and our "
        "Privacy Policy.\n\nThe updates to our Terms discussed below are effective for all "
        "first time users beginning August 2, 2024 (CST). The updated Terms will also go into "
        "effect for existing users on August 2, 2024 (CST).",
        D(2024, 8, 2),
        SEVERAL,
        "en",
        "https://de.airbnb.lu/help/article/3615",
    ),
    _c(
        "Issuance Date: 12/22/2025 Effective Date: 1/1/2026",
        D(2026, 1, 1),
        SEVERAL,
        "en",
        "US institutional policy, p. 1 (quoted in " + _GH + "71107028795) (US month-first)",
    ),
    _c(
        "Privacy Policy\nEffective Date: 1/1/2025\nLast Updated: 8/15/2025",
        D(2025, 1, 1),
        SEVERAL,
        "en",
        "site Privacy Policy (" + _GH + "45626729372) (US month-first)",
    ),
    _c(
        "Effective date: 1/1/2017  Review date 1/9/2017",
        D(2017, 1, 1),
        SEVERAL,
        "en",
        "US policy page (" + _GH + "33381516590)",
    ),
    _c(
        "Um diese Änderungen zu akzeptieren, brauchen Sie nichts zu tun, da sie automatisch "
        "zum 27. April 2017 beziehungsweise zum 27. Januar 2017 (bezogen auf die "
        "PayPal-Datenschutzgrundsätze) wirksam werden.",
        D(2017, 4, 27),
        SEVERAL,
        "de",
        "https://www.paypal.com/de/webapps/mpp/ua/upcoming-policies-full (2017)",
    ),
    _c(
        "Ankündigungen\n\nDatum: 18. März 2024\n\nÄnderungen an den PayPal-Nutzungsbedingungen\n"
        "Gültig ab dem 28. Mai 2024:",
        D(2024, 5, 28),
        SEVERAL,
        "de",
        "https://www.paypal.com/DE/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "Stand der Datenschutzerklärung: 04.05.2024\nNächste Überprüfung: 04.05.2025",
        D(2024, 5, 4),
        SEVERAL,
        "de",
        "site Datenschutzerklärung (" + _GH + "345822404)",
    ),
    _c(
        "Notification de modification des Contrats d'utilisation de PayPal\nDate de "
        "diffusion : 16 août 2016 (consulter chaque contrat ci-dessous pour connaître les "
        "différentes Dates d'entrée en vigueur)\n\nNotification de modification des "
        "Conditions d'utilisation de PayPal\nDate d'entrée en vigueur : 19 novembre 2016",
        D(2016, 11, 19),
        SEVERAL,
        "fr",
        "http://doczz.fr/doc/108536/t%C3%A9l%C3%A9charger-le-pdf (PayPal FR)",
    ),
    _c(
        "Comunicazioni\n\nData di pubblicazione: 29 settembre 2025\n\nModifiche all’Accordo "
        "sui metodi di pagamento alternativi di PayPal\nA partire dal 29 settembre 2025:",
        D(2025, 9, 29),
        SEVERAL,
        "it",
        "https://securepayments.paypal.com/it/webapps/mpp/ua/upcoming-policies-full?locale.x=it_IT",
    ),
    _c(
        "Data di pubblicazione: 8 luglio 2024\n\nModifiche alle Condizioni d'uso PayPal\n"
        "Decorrenza: 10 ottobre 2024",
        D(2024, 10, 10),
        SEVERAL,
        "it",
        "https://paypal.com/it/webapps/mpp/ua/upcoming-policies-full?locale.x=it_IT",
    ),
    _c(
        "Data di pubblicazione: 11 marzo 2024\n\nModifiche alla Dichiarazione sulla privacy "
        "per i servizi PayPal\nIn vigore dal 15 aprile 2024:",
        D(2024, 4, 15),
        SEVERAL,
        "it",
        "https://www.paypal.com/it/webapps/mpp/ua/upcoming-policies-full?locale.x=it_IT",
    ),
    _c(
        "Avisos\nData de emissão: 15 de abril de 2025\nAlterações ao Programa de Proteção do "
        "vendedor Paypal\nEm vigor a partir de 17 de julho de 2025:",
        D(2025, 7, 17),
        SEVERAL,
        "pt",
        "https://qwac.paypal.com/pt/webapps/mpp/ua/upcoming-policies-full?locale.x=pt_PT",
    ),
    _c(
        "Política de Privacidad – Playas RD\n\nFecha de entrada en vigor: 8 de noviembre de "
        "2025\nÚltima actualización: 8 de noviembre de 2025",
        D(2025, 11, 8),
        SEVERAL,
        "es",
        "Playas RD app, Política de Privacidad (" + _GH + "2518246713)",
    ),
    _c(
        "Mededeling van aanpassing van de Juridische overeenkomsten van PayPal\n\nGepubliceerd: "
        "27 januari 2017 (voor de ingangsdatums zie de afzonderlijke overeenkomsten "
        "hieronder)\n\nMededeling van aanpassing van de Gebruikersovereenkomst van PayPal.\n\n"
        "Ingangsdatum: 27 april 2017",
        D(2017, 4, 27),
        SEVERAL,
        "nl",
        "https://www.paypal.com/be/webapps/mpp/ua/upcoming-policies-full?locale.x=nl_BE (2017)",
    ),
]


NEGATIVES: list[Case] = [
    # Laws and regulations coming into force.
    _c(
        "Seit Inkrafttreten der Datenschutz-Grundverordnung (DSGVO) am 25. Mai 2018 gibt das "
        "europäische Gesetz das Datenschutzniveau zur Verarbeitung personenbezogener Daten vor.",
        None,
        NEGATIVE,
        "de",
        "https://cookiebot.com/de/datenschutz-deutschland",
    ),
    _c(
        "Dans le plus grand souci de protection de vos données personnelles, LEGAL PILOT "
        "s’efforce de mettre en place une Politique de Confidentialité compréhensible, "
        "transparente et en accord avec le Règlement européen 2016/679 dit règlement général "
        "sur la protection des données (RGPD) et la législation nationale (Loi informatique "
        "et Libertés du 6 janvier 1978 modifiée le 22 juin 2018).",
        None,
        NEGATIVE,
        "fr",
        "https://legal-pilot.com/?p=223334",
    ),
    _c(
        "Reglamento (UE) 2016/679 del Parlamento Europeo y del Consejo, de 27 de abril de "
        "2016, relativo a la protección de las personas físicas en lo que respecta al "
        "tratamiento de datos personales y a la libre circulación de estos datos",
        None,
        NEGATIVE,
        "es",
        "https://wallet.tu.com/politica-de-privacidad",
    ),
    _c(
        "Daarom verwerken wij uw gegevens met de grootst mogelijke zorgvuldigheid en volgens "
        "de richtlijnen van de Algemene verordening gegevensbescherming (Avg), ook wel General "
        "Data Protection Regulation (GDPR) genoemd. Deze wet wordt vanaf 25 mei 2018 "
        "gehandhaafd.",
        None,
        NEGATIVE,
        "nl",
        "https://www.dusseldorp-webshop.nl/service/privacy-policy/",
    ),
    _c(
        "LGPD – significa Lei Geral de Proteção de Dados Pessoais, Lei nº 13.709 de 14 de "
        "agosto de 2018;",
        None,
        NEGATIVE,
        "pt",
        "https://www.transparencia.am.gov.br/politica-de-privacidade/",
    ),
    _c(
        "General Data Protection Regulation (GDPR) was introduced in May 2018. It gives people "
        "more control over their personal information and how it’s used.",
        None,
        NEGATIVE,
        "en",
        "https://walthamforest.gov.uk/node/423 (UK)",
    ),
    _c(
        "The General Data Protection Regulation (GDPR) will come into force on 25 May 2018. "
        "The intention behind the updated regulation is to give individuals more say over how "
        "companies use and process their personal data.",
        None,
        NEGATIVE,
        "en",
        "https://www.entrust.org.uk/privacy/privacy-and-data-protection/"
        "what-is-gdpr-and-how-do-i-complain/ (UK)",
    ),
    _c(
        "The European Accessibility Act (EAA) 2025 is a European Union law that will come "
        "into effect on June 28, 2025. This means that companies can be fined for not meeting "
        "certain criterias.",
        None,
        NEGATIVE,
        "en",
        "accessibility guide page (" + _GH + "27302295837)",
    ),
    _c(
        "This Act may be called the Indian Partnership Act, 1932. It extends to the whole of "
        "India. It shall come into force on the 1st day of October, 1932, except section 69, "
        "which shall come into force on the 1st day of October, 1933.",
        None,
        NEGATIVE,
        "en",
        "Indian Partnership Act, 1932, s. 1 (" + _GH + "59556435878) (IN)",
    ),
    _c(
        "The Central Board of Indirect Taxes and Customs (CBIC) has issued a notification "
        "increasing the threshold turnover from Rs. 20 lakhs to Rs. 40 lakhs, effective from "
        "1st April 2019.",
        None,
        NEGATIVE,
        "en",
        "GST services page (" + _GH + "33204537809) (IN)",
    ),
    _c(
        "The WLTP test cycle completely replaced the NEDC test cycle with effect from 1 "
        "January 2022. As a result, no NEDC values are available for vehicles with a type "
        "approval issued after this date.",
        None,
        NEGATIVE,
        "en",
        "car maker, consumption legal note (" + _GH + "23970457257)",
    ),
    _c(
        "Primero. El presente Decreto entrará en vigor el 1 de enero de 2014.",
        None,
        NEGATIVE,
        "es",
        "Mexican decree, transitory article (" + _GH + "71182394355)",
    ),
    _c(
        "Elle a pour objectif d'harmoniser et de moderniser les exigences en matière de "
        "protection des données qui entreront en vigueur le 1er janvier 2020. Cette loi "
        "s'applique aux clients Adobe Campaign qui détiennent des données pour des personnes "
        "concernées résidant en Californie.",
        None,
        NEGATIVE,
        "fr",
        "Adobe Campaign docs (fr), CCPA (" + _GH + "19102498808)",
    ),
    _c(
        "Entrata in vigore del provvedimento: 29/4/2006, ad eccezione delle disposizioni della "
        "Parte seconda che entrano in vigore il 12/8/2006.",
        None,
        NEGATIVE,
        "it",
        "normattiva note, D.Lgs. 163/2006 (quoted, " + _GH + "14711159836)",
    ),
    _c(
        "Le pratiche vietate (Art. 5) entrano in vigore il 2 febbraio 2025. I sistemi ad alto "
        "rischio devono essere conformi entro il 2 agosto 2026.",
        None,
        NEGATIVE,
        "it",
        "AI Act deadlines box (" + _GH + "56331102190)",
    ),
    # Deadlines, "before", "prior to", "by".
    _c(
        "If you do not agree to these amendments, you may close your account before March 29, "
        "2017.",
        None,
        NEGATIVE,
        "en",
        PAYPAL_2017_MAIL,
    ),
    _c(
        "IF YOU DO NOT AGREE TO THE AMENDED USER AGREEMENT, YOU MAY CLOSE YOUR ACCOUNT BEFORE "
        "OCTOBER 30, 2015 AND YOU WILL NOT BE BOUND BY THE AMENDED TERMS.",
        None,
        NEGATIVE,
        "en",
        PAYPAL_US,
    ),
    _c(
        "Should you decide you do not wish to accept the changes, you can notify us prior to "
        "December 11, 2018 to close your account ( immediately without incurring any "
        "additional charges.",
        None,
        NEGATIVE,
        "en",
        PAYPAL_CH_EN,
    ),
    _c(
        "In the event you would prefer to decline these changes and close your account, you "
        "can do so prior to December 16, 2020 without incurring any additional charges.",
        None,
        NEGATIVE,
        "en",
        "https://www.paypal.com/it/webapps/mpp/ua/archive-policies-full?locale.x=en_IT",
    ),
    _c(
        "Should you decide not to accept the changes, you can notify us before 1 September "
        "2015 to close your account immediately.",
        None,
        NEGATIVE,
        "en",
        PAYPAL_AU_2015,
    ),
    _c(
        "If you do not agree to the changes, you must close your PayPal account before "
        "17 November 2018.",
        None,
        NEGATIVE,
        "en",
        PAYPAL_AU_2018,
    ),
    _c(
        "If you do not agree, you may close your eBay account by February 20, 2026 and stop "
        "using our services.",
        None,
        NEGATIVE,
        "en",
        "https://newsletter.kait.dev/story/23727 (eBay email)",
    ),
    _c(
        "This is the update to the T&C’s that you’ll have to agree to (totally separate from "
        "any cleaning protocol agreements) by 20th January 2021.",
        None,
        NEGATIVE,
        "en",
        "https://airhostsforum.com/t/airbnb-changes-to-terms-and-conditions/44491/4 (UK)",
    ),
    _c(
        "“We really hope you decide to stay with us, but as these changes have increased your "
        "monthly bill by more than 10 percent, you can end your agreement without charge. If "
        "you decide to do this, please write to us before 28 June 2014,” says the operator.",
        None,
        NEGATIVE,
        "en",
        "https://silicon.co.uk/workspace/vodafone-increases-roaming-charges-operators-146195/"
        "amp (UK)",
    ),
    _c(
        "Next Monday, June 30, 2008 (at the end of the day, midnight EDT) marks the end of that "
        "grace period.",
        None,
        NEGATIVE,
        "en",
        "https://blog.etsy.com/news/2008/reminder-time-policy-grace-period-feedback-expiration-"
        "deadli/",
    ),
    _c(
        "Sollten Sie die vorgeschlagenen Änderungen nicht akzeptieren, so können Sie uns "
        "jederzeit vor dem 27. April 2017 beziehungsweise vor dem 27. Januar 2017 Bescheid "
        "geben und sofort und ohne zusätzliche Kosten Ihr PayPal-Konto schließen",
        None,
        NEGATIVE,
        "de",
        "https://www.paypal.com/de/webapps/mpp/ua/upcoming-policies-full (2017)",
    ),
    _c(
        "Falls Sie diese Änderungen ablehnen und Ihr Konto schließen möchten, können Sie dies "
        "vor dem 22. Oktober 2020 ohne zusätzliche Kosten tun.",
        None,
        NEGATIVE,
        "de",
        "https://www.paypal.com/CH/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "Si vous n’acceptez pas ces amendements, vous pouvez mettre fin à votre relation avec "
        "nous en fermant votre compte avant le 7 juillet 2017.",
        None,
        NEGATIVE,
        "fr",
        "https://www.paypal.com/ca/webapps/mpp/ua/archive-policies-full?locale.x=fr_CA",
    ),
    _c(
        "Als u deze wijzigingen liever afwijst en uw rekening sluit, kunt u dit vóór "
        "30 april 2021 doen zonder dat u extra kosten hoeft te maken.",
        None,
        NEGATIVE,
        "nl",
        "https://www.paypal.com/nl/webapps/mpp/ua/upcoming-policies-full?locale.x=nl_NL",
    ),
    # Scope conditions ("accounts created before", "plans started from") and questions.
    _c(
        "You’ll be affected if you’re on a Pay monthly contract, you’re a business customer, "
        "or you get your home or business broadband from us. If your plan started from "
        "9 December 2020, the following services are subject to the Consumer Price Index "
        "(CPI):",
        None,
        NEGATIVE,
        "en",
        "https://www.vodafone.co.uk/pricechanges (UK)",
    ),
    _c(
        "I created my Airbnb account before June 27, 2024 (CST). What will happen after "
        "August 2, 2024 (CST)?",
        None,
        NEGATIVE,
        "en",
        "https://de.airbnb.lu/help/article/3615",
    ),
    # Publication / announcement dates alone; datelines.
    _c(
        "Ankündigung von Änderungen der PayPal-Nutzungsbedingungen für Deutschland\n"
        "Veröffentlicht: 26. September 2022",
        None,
        NEGATIVE,
        "de",
        "https://www.paypal.com/de/webapps/mpp/ua/upcoming-policies-full (2022)",
    ),
    _c(
        "Notification de modification des Contrats d'utilisation de PayPal\n\nDate de "
        "diffusion : 11 septembre 2018 (consultez chaque contrat ci-dessous pour connaître les "
        "différentes Dates d'entrée en vigueur)",
        None,
        NEGATIVE,
        "fr",
        "https://www.paypal.com/mq/webapps/mpp/ua/upcoming-policies-full?locale.x=fr_MQ",
    ),
    _c(
        "Notificación de modificación de los Acuerdos legales de PayPal\nFecha de publicación: "
        "11 de septiembre de 2018 (para conocer las fechas de entrada en vigor, consulte cada "
        "uno de los acuerdos a continuación)",
        None,
        NEGATIVE,
        "es",
        "https://www.paypal.com/es/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "Avviso di modifica degli accordi PayPal per l'Italia\n\nData di pubblicazione: "
        "9 agosto 2022",
        None,
        NEGATIVE,
        "it",
        "https://www.paypal.com/it/webapps/mpp/ua/upcoming-policies-full?locale.x=it",
    ),
    _c(
        "Aviso de alteração nos contratos do PayPal\n\nData do aviso: 31 de janeiro de 2020",
        None,
        NEGATIVE,
        "pt",
        "https://www.paypal.com/br/webapps/mpp/ua/upcoming-policies-full",
    ),
    _c(
        "Kennisgeving van wijziging(en) van de PayPal-overeenkomst(en) van België\n\n"
        "Uitgegeven op: 17 mei 2023",
        None,
        NEGATIVE,
        "nl",
        "https://www.paypal.com/be/webapps/mpp/ua/upcoming-policies-full?locale.x=nl_BE (2023)",
    ),
    _c(
        "Notice of Amendment(s) to United Kingdom Agreement(s)\n\nIssued: August 11, 2021",
        None,
        NEGATIVE,
        "en",
        "https://www.paypal.com/uk/webapps/mpp/ua/upcoming-policies-full?locale.x=GB",
    ),
    _c(
        "Notice of Amendment(s) - Issued on 29 September 2025",
        None,
        NEGATIVE,
        "en",
        "https://poc-dynamic.paypal.com/legalhub/archive-policies-full (AU)",
    ),
    _c(
        "November 30, 2005 | 06:03PM PST/PT",
        None,
        NEGATIVE,
        "en",
        "https://community.tuliptools.com/archive/index.php?thread-1465.html (eBay post dateline)",
    ),
    # Past versions and archives.
    _c(
        "*For past policy updates between Dec 2013 and Dec 2018, please view this pdf.",
        None,
        NEGATIVE,
        "en",
        PAYPAL_CH_EN,
    ),
    _c(
        "*Aktualisierungen der Richtlinien, die vor Dezember 2013 erfolgt sind, finden Sie in "
        "dieser PDF-Datei.",
        None,
        NEGATIVE,
        "de",
        "https://www.sandbox.paypal.com/de/webapps/mpp/ua/archive-policies-full?locale.x=de_DE",
    ),
    _c(
        "* Pour en savoir plus sur les mises à jour du règlement effectuées avant octobre 2012,"
        " veuillez consulter ce document PDF.",
        None,
        NEGATIVE,
        "fr",
        "https://www.paypal.com/ca/webapps/mpp/ua/archive-policies-full?locale.x=fr_CA",
    ),
    _c(
        "*Per gli aggiornamenti delle regole pubblicati prima di dicembre 2013, vedi questo PDF.",
        None,
        NEGATIVE,
        "it",
        "https://www.paypal.com/it/webapps/mpp/ua/archive-policies-full",
    ),
    _c(
        "*Para consultar atualizações de contratos anteriores a março de 2013, consulte este pdf.",
        None,
        NEGATIVE,
        "pt",
        "https://www.paypal.com/br/webapps/mpp/ua/archive-policies-full?locale.x=pt_BR",
    ),
    _c(
        "*Zie deze PDF voor eerdere beleidsaanpassingen tussen januari 2014 en december 2018.",
        None,
        NEGATIVE,
        "nl",
        "https://www.paypal.com/be/webapps/mpp/ua/archive-policies-full?locale.x=nl_BE",
    ),
    # Relative dates, "the date above", "once posted": no calendar date.
    _c(
        "The Terms and Conditions are effective from the date they are published on the Platform.",
        None,
        NEGATIVE,
        "en",
        "https://12oclock.club/?p=5558",
    ),
    _c(
        "Any changes to the Terms will be in effect as of the “Last Updated Date” referenced "
        "on these Terms.",
        None,
        NEGATIVE,
        "en",
        "https://www.concord.tech/legal/software-terms-of-service",
    ),
    _c(
        "We will provide you notice of material amendments to our Terms, as appropriate, and "
        'update the "Effective Date" at the top of our Terms.',
        None,
        NEGATIVE,
        "en",
        "https://conductatlas.com/platform/t-mobile/t-mobile-terms-and-conditions/"
        "unilateral-right-to-modify-terms/",
    ),
    _c(
        "The revised version will be effective at the time we specify.",
        None,
        NEGATIVE,
        "en",
        "https://safebreach.paypal.com/au/legalhub/useragreement-full",
    ),
    _c(
        "You may opt out of arbitration at any time within 30 days of the date when you "
        "activate your T-Mobile Fiber service.",
        None,
        NEGATIVE,
        "en",
        "https://t-mobilefiberdisputeresolution.com/en/Home/Faq",
    ),
    _c(
        "a revised terms of service will be effective as of the date it is posted on the vimeo "
        "site .",
        None,
        NEGATIVE,
        "en",
        "Vimeo Terms of Service sentence (https://huggingface.co/datasets/iarbel/legal_eval)",
    ),
    _c(
        "Last updated: [Date to be filled]\nThese terms are effective as of the date of "
        "agreement to services.",
        None,
        NEGATIVE,
        "en",
        "site Terms page (" + _GH + "19934658545)",
    ),
    _c(
        "We may update these Terms from time to time. If we make material changes, we will "
        "notify you through the app or by email. The updated Terms will take effect on the "
        '"Last updated" date above.',
        None,
        NEGATIVE,
        "en",
        "app Terms of Service (" + _GH + "66428827889)",
    ),
    _c(
        "Unless we agree otherwise with you, your cancellation will come into effect on the "
        "date that we confirm receipt of your request to cancel.",
        None,
        NEGATIVE,
        "en",
        "uniquesoundz.co.uk, terms (" + _GH + "59846408786) (UK)",
    ),
    _c(
        "Polish law applies to matters not covered herein.\nThese Terms apply from the date "
        "of publication.",
        None,
        NEGATIVE,
        "en",
        "Polish service, Terms (" + _GH + "51902211427)",
    ),
    _c(
        "These terms apply from the date your first payment is processed, or from your first "
        "scheduled attendance, whichever is earlier.",
        None,
        NEGATIVE,
        "en",
        "Coastal Pro Property Care, membership terms (" + _GH + "60249457939)",
    ),
    _c(
        "Downgrades are effective from the 1st of the following month. Before that date, you "
        "can click on the Cancel downgrade button to remain on the current plan.",
        None,
        NEGATIVE,
        "en",
        "Strapi Cloud docs, plans (" + _GH + "111605)",
    ),
    _c(
        "Diese Datenschutzerklärung ist gültig ab dem Tag, an dem sie auf unserer Website "
        "veröffentlicht wurde.",
        None,
        NEGATIVE,
        "de",
        "site Datenschutzerklärung (" + _GH + "24950230322)",
    ),
    _c(
        "Für jeden Vertrag ist der Stand der AGB am Datum seines Abschlusses maßgebend.",
        None,
        NEGATIVE,
        "de",
        "https://geobayern.de/index.php/agb",
    ),
    _c(
        "StretchTent Limburg is bevoegd wijzigingen in deze voorwaarden aan te brengen. De "
        "wijzigingen treden in werking op het aangekondigde tijdstip van inwerkingtreding.",
        None,
        NEGATIVE,
        "nl",
        "StretchTent Limburg, algemene voorwaarden (" + _GH + "633905031)",
    ),
    _c(
        "Deze algemene voorwaarden kunnen te allen tijde door Jethrografie worden gewijzigd. "
        "De gewijzigde voorwaarden treden in werking op het moment van publicatie.",
        None,
        NEGATIVE,
        "nl",
        "Jethrografie, algemene voorwaarden (" + _GH + "17049842482)",
    ),
    _c(
        "Il entre en vigueur à compter du [date] et remplace toute version antérieure.",
        None,
        NEGATIVE,
        "fr",
        "legal document template (" + _GH + "31734084948)",
    ),
    _c(
        "La cancelación entrará en vigor el día siguiente al último día del periodo de "
        "suscripción actual, y se le cambiará a la versión gratuita del servicio de BigDT.",
        None,
        NEGATIVE,
        "es",
        "BigDT, términos (" + _GH + "6453692041)",
    ),
    # Placeholders, examples, version numbers.
    _c(
        "12. Effective Date\nThese Terms are effective as of [Date, e.g., October 27, 2023].",
        None,
        NEGATIVE,
        "en",
        "site Terms page (" + _GH + "28339982600)",
    ),
    _c(
        "Privacy\n\nVersie: 2018.5b",
        None,
        NEGATIVE,
        "nl",
        "https://topdata.nl/privacy/",
    ),
    _c(
        "Diese Preisliste ist gültig ab Alle früheren Preise für die unten aufgeführten "
        "Produkte verlieren hiermit ihre Gültigkeit.",
        None,
        NEGATIVE,
        "de",
        "https://docplayer.org/amp/230242590-Vertragszusammenfassung.html (date lost in page)",
    ),
    # Dates without a year (or without a day and year).
    _c(
        "The Microsoft Services Agreement has been updated to take effect on October 1.",
        None,
        NEGATIVE,
        "en",
        "https://www.smalltechnews.com/archives/219475",
    ),
    _c(
        "Beginning on June 28, Vodafone will raise the amount charged on usage beyond a "
        "customer’s allowance, whether voice, data or texts, although contract costs "
        "themselves will not change.",
        None,
        NEGATIVE,
        "en",
        "https://techmonitor.ai/hardware/data-centres/vodafone-customers-could-see-10-rise-in-"
        "bills-4276029 (UK)",
    ),
    _c(
        "O2: Your monthly price will increase every April by £1.80. Out of bundle charges will "
        "increase each year by 5% from 1st April.",
        None,
        NEGATIVE,
        "en",
        "https://mobilephonesdirect.co.uk/index.php (UK)",
    ),
    _c(
        "The new terms will take effect beginning in May.",
        None,
        NEGATIVE,
        "en",
        "https://revisionlegal.com/corporate/agreements/airbnb-terms-service/",
    ),
    _c(
        "These terms are effective as of April",
        None,
        NEGATIVE,
        "en",
        "TalentSync360, Terms footer (" + _GH + "53255322499)",
    ),
    _c(
        "For all free tenants, usage of the Management API is restricted to 2 requests per "
        "second (and bursts up to 10 requests). This policy goes into effect on Tuesday, "
        "September 12 at 1PM PT.",
        None,
        NEGATIVE,
        "en",
        "Auth0 docs, rate limit policy (" + _GH + "33178694136)",
    ),
    _c(
        "Am oder nach dem 1. November zeigen wir dir die Verpflichtungserklärung, wenn du dich "
        "einloggst oder die Airbnb-Website bzw. die App auf deinem Handy oder Tablet öffnest.",
        None,
        NEGATIVE,
        "de",
        "https://de.airbnb.com/help/article/1523/general-questions-about-the-airbnb-community-"
        "commitment",
    ),
    _c(
        "A continuación tienes una tabla con los nuevos precios (vigentes a partir del 1 de "
        "mayo), y una comparación con los precios actuales (hasta 30 de abril) de la tarifa que "
        "tienes contratada.",
        None,
        NEGATIVE,
        "es",
        "Spanish energy supplier, price-change email (" + _GH + "53122276745)",
    ),
    _c(
        "Reforma Tributária: IBS e CBS entram em vigor em 2026",
        None,
        NEGATIVE,
        "pt",
        "Brazilian accounting firm, news headline (" + _GH + "27265700382)",
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


# Passages a careful reader still has to think about; kept in CORPUS with the reading above.
HARD: dict[str, str] = {
    "Última atualização: julho 29, 2025": "Portuguese page with an English-style month-day order",
    "effective 27 Oct 99": "two-digit year 99 is 1999, not 2099",
    "19 Apr 02 at 00:00 PT": "two-digit years; registration cut-off 19 Mar 02 must not win",
    "coming into effect after March 28, 2024": "'after' usually blocks a date; here it binds",
    "zum 27. April 2017 beziehungsweise zum 27. Januar 2017": "two documents, two dates",
    "Effective Date: 1/1/2025\nLast Updated: 8/15/2025": "effective date older than revision",
    "Algemene Verkoop- en leveringsvoorwaarden 01-01-2021.": "title date without any label",
    "PRIVACY POLICY\n\nDate: 28.09.2022": "bare 'Date:' label",
    "These terms are effective as of April": "effective phrase, month without day or year",
    "This Act may be called the Indian Partnership Act": "'shall come into force on' of a law",
}


def by_class() -> dict[str, list[Case]]:
    """The corpus grouped by `cls`, every class present (in CLASSES order)."""
    groups: dict[str, list[Case]] = {name: [] for name in CLASSES}
    for case in CORPUS:
        groups[case.cls].append(case)
    return groups
