"""Holdout corpus of real clause edits, for measuring tracker/facts on unseen documents.

Same contract, dataclass and labelling rules as `tests.fact_corpus` (read its docstring: the
facts are listed the same way here), but built afterwards from DIFFERENT public documents: no
document used in fact_corpus.py appears here (no Twilio page, no GitHub site-policy document
already used there, no Contributor Covenant, no GitHub Actions or Pages limits, no Meta
"Messaging limits" page).  The engine was tuned on fact_corpus.py; this file exists to measure
how well that tuning generalises.  Do not tune the engine on it, and do not choose or relabel
cases by whether the engine gets them right: once it is used for tuning, it stops being a
holdout.  The labels were written by reading the text, before the engine was run on it.

Where the pairs come from:

* two versions of one document kept in a public repository: a renamed file kept next to the
  old one (github/site-policy), two commits of the same file, or the same file in a fork
  that holds an older snapshot (MicrosoftDocs/azure-docs and its forks, docker/docs,
  letsencrypt/website, nodejs/node, Open Terms Archive's contrib-versions);
* two public copies of a published document (the CTIA Messaging Principles and Best
  Practices of July 2019 and of May 2023).

`source` names both sides.  Where only one version is public, a real sentence with a
realistic edit is used, marked "(edited)"; those are under 25% of the holdout.  At most 8
cases come from any one document.  Markdown markup (bold, links) is stripped the way a page
renders; table rows are kept as their Markdown row.

`HARD` lists the cases whose labels were a judgement call, with the reason.
"""

from __future__ import annotations

from tests.fact_corpus import (
    DROPPED_PROHIBITION,
    NEW_PROHIBITION,
    NEW_REQUIREMENT,
    Edit,
    _e,
)

GH_MDA = ("github/site-policy: Policies/github-marketplace-developer-agreement.md (2019) -> "
          "Policies/github-terms/github-marketplace-developer-agreement.md "
          "(Effective Date: May 16, 2024)")
GH_SPONSORS = ("github/site-policy: Policies/github-sponsors-additional-terms.md (2020) -> "
               "Policies/github-terms/github-sponsors-additional-terms.md (Stripe revision)")
GH_CORP = ("github/site-policy: Policies/github-corporate-terms-of-service.md (Effective date: "
           "May 1, 2019) -> Policies/github-terms/github-corporate-terms-of-service.md "
           "(Version Effective Date: November 16, 2020)")
WA_TOS = ("OpenTermsArchive/contrib-versions: WhatsApp/terms_of_service.md (Last modified: "
          "April 24, 2018) -> WhatsApp/Terms of Service.md (European Region, Last modified: "
          "January 04, 2021)")
LE_EMAILS = ("letsencrypt/website: content/en/docs/expiration-emails.md (lastmod 2022-09-06) "
             "-> (lastmod 2025-02-27)")
LE_LIFETIMES = ("letsencrypt/website: content/en/docs/cert-lifetimes.md (lastmod 2025-08-03) "
                "-> (lastmod 2026-07-22)")
LE_RATES = "letsencrypt/website: content/en/docs/rate-limits.md (lastmod 2019-10-30)"
DOCKER_PULLS = ("docker/docs: content/manuals/docker-hub/usage/pulls.md (hourly limits, commit "
                "bb3cdd2) -> (6-hour limits, commit 000a96d)")
DOCKER_USAGE = ("docker/docs: content/manuals/docker-hub/usage/_index.md (commit f2f023a) -> "
                "(commit 0d14e0d)")
ACS_FAQ_2021 = ("MicrosoftDocs/azure-docs: articles/communication-services/concepts/sms/"
                "sms-faq.md (ms.date 06/30/2021) -> (ms.date 3/22/2023, commit 3b9d7e4)")
ACS_FAQ_2023 = ("MicrosoftDocs/azure-docs: articles/communication-services/concepts/sms/"
                "sms-faq.md (commit 3b9d7e4) -> the revision with the 10DLC section")
ACS_POLICY = ("MicrosoftDocs/azure-docs: articles/communication-services/concepts/sms/"
              "messaging-policy.md (commit 385a42e) -> (commit 0088bfa)")
ACS_LIMITS = ("articles/communication-services/concepts/service-limits.md: "
              "MicrosoftDocs/azure-docs (ms.date 03/31/2023, commit 826ecb9) -> the fork "
              "specialized806/azure-docs (commit 2a1ce13)")
ACS_WA_PRICING = ("MicrosoftDocs/azure-docs: articles/communication-services/concepts/"
                  "advancedmessaging/whatsapp/pricing.md -> concepts/advanced-messaging/"
                  "whatsapp/pricing.md")
NODE_2019 = ("Node.js security policy: nodejs.org locale/en/security.md (2019, as kept in the "
             "site's translations) -> nodejs/node SECURITY.md (2022)")
NODE_SEC = "nodejs/node: SECURITY.md (2022) -> SECURITY.md (2025)"
CTIA_MPBP = ("CTIA Messaging Principles and Best Practices: July 2019 (copies at vdocument.in, "
             "scribd.com) -> May 2023 (copies at bingoreviews.com, signalmash.com)")

# Only one version public: sources of the "(edited)" cases.
TELNYX_FORBIDDEN = ("https://support.telnyx.com/en/articles/14286763 'Forbidden Messaging Use "
                    "Cases in the US and Canada' (team-telnyx/knowledge-base)")
TELNYX_ALPHA = ("https://support.telnyx.com/en/articles/6354449-alphanumeric-sender-id "
                "(team-telnyx/knowledge-base)")
LC_TOLL_FREE = ("LeadConnector 'Toll-Free Verification Guide for LC - Phone (US/Canada)', "
                "help.leadconnectorhq.com article 155000000180 (copy in oscarcandoit/"
                "support-docs)")
ACS_TF_PRICING = ("MicrosoftDocs/azure-docs: articles/communication-services/concepts/includes/"
                  "sms-tollfree-pricing.md")
ACS_TF_GUIDE = ("MicrosoftDocs/azure-docs: articles/communication-services/concepts/sms/"
                "toll-free-verification-guidelines.md")
CTIA_SHORT_CODE = ("CTIA Short Code Monitoring Handbook, A.1 Guiding Principles "
                   "(https://usshortcodedirectory.com/ctia-short-code-monitoring-handbook/)")
WA_RULES = ("WhatsApp Business Platform rules as summarised in "
            "AlexanderNoriegaWork/qubika-whatsapp-bot-server README.md")


def _edited(source: str) -> str:
    return source + " (edited)"


_MDA_33 = ("3.3 Developer acknowledges and agrees that it will not engage in any activity with "
           "the Marketplace, including the distribution of Products, that violates Marketplace "
           "policies or that:")
_MDA_34 = ("3.4 With respect to Developer Products that interact with generative AI technology, "
           "including GitHub Copilot Extensions, Developer will:")
_SPONSORS_LEAD = "You will not under any circumstances allow payments or raise funds involving:"
_WA_LEGAL = ("Legal And Acceptable Use. You must access and use our Services only for legal, "
             "authorized, and acceptable purposes. You will not use (or assist others in using) "
             "our Services in ways that: (a) violate, misappropriate, or infringe the rights of "
             "WhatsApp, our users, or others, including privacy, publicity, intellectual "
             "property, or other proprietary rights; (b) are illegal, obscene, defamatory, "
             "threatening, intimidating, harassing, hateful, racially or ethnically offensive, "
             "or instigate or encourage conduct that would be illegal or otherwise "
             "inappropriate, ")
_WA_LEGAL_END = ("(c) involve publishing falsehoods, misrepresentations, or misleading "
                 "statements; (d) impersonate someone; (e) involve sending illegal or "
                 "impermissible communications, such as bulk messaging, auto-messaging, "
                 "auto-dialing, and the like; or (f) involve any non-personal use of our Services "
                 "unless otherwise authorized by us.")
_WA_HARM = ("Harm To WhatsApp Or Our Users. You must not (or assist others to) directly, "
            "indirectly, through automated or other means access, use, copy, adapt, modify, "
            "prepare derivative works based upon, distribute, license, sublicense, transfer, "
            "display, perform, or otherwise exploit our Services in impermissible or "
            "unauthorized manners, or in ways that burden, impair, or harm us, our Services, "
            "systems, our users, or others, including that you must not directly or through "
            "automated means: (a) reverse engineer, alter, modify, create derivative works from, "
            "decompile, or extract code from our Services; (b) send, store, or transmit viruses "
            "or other harmful computer code through or onto our Services; (c) gain or attempt to "
            "gain unauthorized access to our Services or systems; ")
_WA_HARM_H = ("(h) distribute or make our Services available over a network where they could "
              "be used by multiple devices at the same time, except as authorized through tools "
              "we have expressly provided via our Services; ")
_WA_HARM_I = ("create software or APIs that function substantially the same as our Services and "
              "offer them for use by third parties in an unauthorized manner")
_WA_LICENSE = ("Your License To WhatsApp. In order to operate and provide our Services, you grant "
               "WhatsApp a worldwide, non-exclusive, royalty-free, sublicensable, and "
               "transferable license to use, reproduce, distribute, create derivative works of, "
               "display, and perform the information (including the content) that you upload, "
               "submit, store, send, or receive on or through our Services. The rights you "
               "grant in this license are for the limited purpose of operating and providing "
               "our Services (such as to allow us to display your profile picture and status "
               "message, transmit your messages, ")
_WA_PRIVACY = ("WhatsApp cares about your privacy. WhatsApp's Privacy Policy describes our {} "
               "(including message) practices, including the types of information we receive "
               "and collect from you, how we use and share this information, and your rights in "
               "relation to the processing of information about you.")
_CORP_LAW = ("this Agreement will be governed by and construed in accordance with the laws of "
             "the State of California, ")
_ACS_SC_BRIEF = ("the short code program brief application in the Azure portal, the service desk "
                 "works with the aggregators to get your application approved by each wireless "
                 "carrier. This process generally takes ")
_NODE_CONDUCT = "## Code of Conduct and Vulnerability Reporting Guidelines"

EDITS: tuple[Edit, ...] = (
    # --- GitHub Marketplace Developer Agreement, 2019 -> 2024 ------------------------------
    _e("GitHub will remit 75% of the sale price in USD without reduction for Taxes except for "
       "any withholding taxes that are required under applicable law. The remaining 25% of the "
       "sales price will be allotted to and retained by GitHub.",
       "GitHub will remit 95% of the sale price in USD without reduction for Taxes except for "
       "any withholding taxes that are required under applicable law. The remaining 5% of the "
       "sales price will be allotted to and retained by GitHub.", GH_MDA,
       quantities=(("75", "95", "%"), ("25", "5", "%"))),
    _e("NOTWITHSTANDING ANYTHING TO THE CONTRARY IN THIS AGREEMENT, GITHUB’S AGGREGATE LIABILITY "
       "TO DEVELOPER OR ANY THIRD PARTY ARISING OUT OF THIS AGREEMENT SHALL NOT EXCEED SIX (6) "
       "MONTHS’ SPEND.",
       "notwithstanding anything to the contrary in this Agreement, GitHub’s aggregate liability "
       "to Developer or any third party arising out of this Agreement shall not exceed $500 "
       "(five hundred) USD.", GH_MDA,
       quantities=(("6", None, "month"), (None, "500", "USD"))),
    _e("Either party may terminate this Agreement for any reason upon providing written notice "
       "to the other forty-five (45) days prior to the immediately following calendar month.",
       "Either party may terminate this Agreement for any reason upon thirty (30) days written "
       "notice.", GH_MDA, quantities=(("45", "30", "day"),)),
    _e("The obligations in Sections 2, 3, 4, 5, 8, 9 and 12-18 will survive any expiration or "
       "termination of this Agreement.",
       "The obligations in Sections 2, 3, 4, 5, 8, 9, 12-18, and Data Protection Addendum will "
       "survive any expiration or termination of this Agreement.", GH_MDA),
    _e("Includes false or misleading content;", None, GH_MDA,
       obligations=(DROPPED_PROHIBITION,),
       context=("### 3. RESTRICTIONS AND RESPONSIBILITIES", _MDA_33)),
    _e(None, "Notify users when they are interacting with generative AI content;", GH_MDA,
       obligations=(NEW_REQUIREMENT,),
       context=("## 3. RESTRICTIONS AND RESPONSIBILITIES", _MDA_34)),
    _e("“Taxes” means any federal, state, local or foreign income, gross receipts, franchise, "
       "estimated, alternative minimum, sales, use, transfer, value added, excise, real or "
       "personal property, withholding or other tax, of any kind whatsoever, including any "
       "interest, penalties or additions to tax or additional amounts in respect of the "
       "foregoing.”",
       "“Taxes” means any tax, of any kind or sort regardless of origin, including interest or "
       "penalties thereon.", GH_MDA),
    _e("DEVELOPER PRODUCTS DISTRIBUTED VIA MARKETPLACE MAY BE SUBJECT TO EXPORT CONTROLS OR "
       "RESTRICTIONS BY THE UNITED STATES OR OTHER COUNTRIES OR TERRITORIES. DEVELOPER AGREES TO "
       "COMPLY WITH ALL APPLICABLE US AND INTERNATIONAL EXPORT LAWS AND REGULATIONS. THESE LAWS "
       "MAY INCLUDE RESTRICTIONS ON DESINATIONS, CONTENT AND/OR END USERS.",
       "Developer Products distributed via Marketplace may be subject to export controls or "
       "restrictions by the United States or other countries or territories. Developer agrees to "
       "comply with all applicable US and international export laws and regulations. These laws "
       "may include restrictions on destinations, content and/or End Users.", GH_MDA,
       countries=("US",)),
    # --- GitHub Sponsors Additional Terms, 2020 -> Stripe revision --------------------------
    _e("During the term, GitHub will remit to you all Sponsored Developer Payments received, "
       "upon reaching a minimum value of $100 USD, in a given month within 30 days after the "
       "close of that month.",
       "During the term, Stripe will process and remit to you via your Stripe Connect Account all "
       "Sponsored Developer Payments received in a given month within 30 days after the close of "
       "that month, subject to the variables below.", GH_SPONSORS,
       quantities=(("100", None, "USD"),)),
    _e("For newly created Sponsored Developer Accounts, GitHub will remit to you all Sponsored "
       "Developer Payment received, upon reaching a minimum value of $100 USD, in a given month "
       "within 90 days of the creation of your Sponsored Developer Account.",
       "For first payments, Stripe will process and remit to you via Stripe Connect all "
       "Sponsored Developer Payments 60 days after the first sponsorship is initiated, subject to "
       "the variables below.", GH_SPONSORS,
       quantities=(("100", None, "USD"), ("90", "60", "day"))),
    _e("Post termination, we will remit to you all Sponsored Developer Payments received and "
       "unpaid within approximately 90 days after the end of the calendar month in which we "
       "recognize that these Additional Terms have been terminated.",
       "After termination, Stripe will process and remit to you via Stripe Connect all Sponsored "
       "Developer Payments received and unpaid within approximately 90 days after the end of the "
       "calendar month in which we recognize that these Additional Terms have been terminated.",
       GH_SPONSORS),
    _e("fraud, ransom, violations of intellectual property, or other illegal purposes;",
       "Fraud, ransom, violations of intellectual property, or other illegal purposes;",
       GH_SPONSORS, context=("## 1. Acceptable Use.", _SPONSORS_LEAD)),
    _e("In the event of Sponsored Developer's breach, or suspected breach, of these Additional "
       "Terms or the Agreement, GitHub reserves the right to withhold payment due to Sponsored "
       "Developer under these Additional Terms or otherwise, pending GitHub's reasonable "
       "investigation of the same. If GitHub determines, in its sole discretion, that Sponsored "
       "Developer is in breach these Additional Terms or the Agreement, GitHub may permanently "
       "withhold any amounts due to Sponsored Developer.",
       "In the event of a Sponsored Developer's breach, or suspected breach, of these Additional "
       "Terms or the Agreement, GitHub reserves the right to withhold payment to the Sponsored "
       "Developer under these Additional Terms or otherwise, pending GitHub's reasonable "
       "investigation of the same. If GitHub determines, in its sole discretion, that a "
       "Sponsored Developer is in breach of these Additional Terms or the Agreement, GitHub may "
       "permanently withhold any amounts due to the Sponsored Developer and the Sponsor can "
       "choose to reallocate those funds to another Sponsored Developer.", GH_SPONSORS),
    _e("All references to currency are to USD. If you are outside of the United States, we may "
       "convert USD to the local currency of your address for payment, using our then-current "
       "conversion rates.",
       "All references to currency are in USD. If you are outside of the United States, we may "
       "convert USD to the local currency of your address for payment, using our then-current "
       "conversion rates.", GH_SPONSORS, countries=("US",)),
    _e("To pay you, you must provide us with complete and accurate financial, tax, and banking "
       "information that we request (for example, by means of account creation or setup, or "
       "otherwise).",
       "To receive Sponsored Developer Payments, you must provide us with complete and accurate "
       "financial, tax, and banking information that we request (for example, by means of "
       "account creation or setup, or otherwise).", GH_SPONSORS),
    _e("“Subscription” means a recurring monthly Sponsorship in exchange for goods, services, or "
       "other offers you provide to Sponsors.",
       "“Subscription” means a recurring or one-time Sponsorship in exchange for goods, services, "
       "or other offers a Sponsored Developer provides to Sponsors.", GH_SPONSORS),
    # --- GitHub Corporate Terms of Service, 2019 -> 2020 ------------------------------------
    _e("You may reassign a Subscription License to a new User, but not less than 90 days since "
       "the last reassignment of that same Subscription License, unless the reassignment is due "
       "to (i) permanent hardware failure or loss, (ii) termination of the User's employment or "
       "contract, or (iii) temporary reallocation of Subscription Licenses to cover a User's "
       "absence.",
       "Customer may reassign a Subscription License to a new User only after ninety (90) days "
       "from the last reassignment of that same Subscription License, unless the reassignment is "
       "due to (i) permanent hardware failure or loss, (ii) termination of the User’s employment "
       "or contract, or (iii) temporary reallocation of Subscription Licenses to cover a User’s "
       "absence.", GH_CORP),
    _e("We will retain and use your information as necessary to comply with our legal "
       "obligations, resolve disputes, and enforce our agreements, but barring legal "
       "requirements, we will delete your full profile and the Content of your repositories "
       "within 90 days of cancellation or termination (though some information may remain in "
       "encrypted backups). This information can not be recovered once your Account is "
       "cancelled.",
       "GitHub will retain and use Customer's information as necessary to comply with our legal "
       "obligations, resolve disputes, and enforce GitHub's agreements, but barring legal "
       "requirements, GitHub will delete Customer's full profile and the Content of its "
       "repositories within 90 days of termination or expiration (though some information may "
       "remain in encrypted backups). This information cannot be recovered once Customer's "
       "account is canceled.", GH_CORP),
    _e("To the maximum extent permitted by applicable law and excluding the parties’ respective "
       "obligations as set forth in Section Q, each party's total cumulative liability under "
       "this Agreement from all causes of action and all theories of liability will not exceed "
       "the fees you've actually paid us during the 12 months preceding the claim giving rise to "
       "such liability. For products and services (including use of the Website or Service) that "
       "are provided free of charge, GitHub’s liability is limited to direct damages up to U.S. "
       "$5,000.00.",
       "Limitation of Total Liability. To the maximum extent permitted by applicable law, in no "
       "event will either party's total cumulative liability under this Agreement from all "
       "causes of action and all theories of liability exceed the Fees Customer has actually "
       "paid to GitHub during the 12 months preceding the claim giving rise to such liability. "
       "For products and services (including use of the Products) that are provided free of "
       "charge, GitHub’s liability is limited to direct damages up to $5,000.00 USD. For Beta "
       "Previews, GitHub's liability is limited to direct damages up to $500.00 USD.", GH_CORP,
       quantities=((None, "500", "USD"),), countries=("US",)),
    _e("Communications made through email or GitHub Support's messaging system will not "
       "constitute legal notice to GitHub or any of its officers, employees, agents or "
       "representatives in any situation where notice to GitHub is required by contract or any "
       "law or regulation. Legal notice to GitHub must be in writing and served on GitHub's legal "
       "agent.",
       "Communications made through email or GitHub Support's messaging system will not "
       "constitute legal notice to GitHub in any situation where notice to GitHub is required by "
       "contract or any law or regulation. Legal notice to GitHub must be in writing and served "
       "on GitHub's legal agent.", GH_CORP),
    _e("For contractual purposes, you (1) consent to receive communications from us in an "
       "electronic form via the email address you have submitted or via the Service; and (2) "
       "agree that all Terms of Service, agreements, notices, disclosures, and other "
       "communications that we provide to you electronically satisfy any legal requirement that "
       "those communications would satisfy if they were on paper. This section does not affect "
       "your non-waivable rights.",
       "For contractual purposes, Customer (1) consents to receive communications in an "
       "electronic form via the email address it submitted or via the Service; and (2) agrees "
       "that all Terms of Service, agreements, notices, disclosures, and other communications "
       "that GitHub provides electronically satisfies any legal requirement that those "
       "communications would satisfy if they were on paper. This section does not affect "
       "Customer's non-waivable rights.", GH_CORP),
    _e("We reserve the right, at our sole discretion, to amend these Terms of Service at any time "
       "and will update these Terms of Service in the event of any such amendments. We will "
       "notify our Users of material changes to this Agreement, such as price changes, at least "
       "30 days prior to the change taking effect by posting a notice on our Website.",
       "GitHub reserves the right, at its sole discretion, to amend this Agreement at any time "
       "and will update this Agreement in the event of any such amendments. GitHub will notify "
       "Customer of material changes to this Agreement, such as price increases, at least 30 "
       "days prior to the change taking effect by posting a notice on the Service or sending "
       "email to the primary email address specified in your GitHub account.", GH_CORP),
    _e("If you are domiciled in the United States, Canada, Mexico, or a country in Central or "
       "South America or the Caribbean (the \"Americas\"), " + _CORP_LAW + "as if performed "
       "wholly within the state and without giving effect to the principles of conflict of law, "
       "and any legal action or proceeding arising under this Agreement will be brought "
       "exclusively in the federal or state courts located in the Northern District of "
       "California and the parties hereby consent to personal jurisdiction and venue therein. If "
       "you are domiciled outside the Americas, this Agreement will be governed by the laws of "
       "Ireland.",
       "If Customer’s principal office is in the Americas, " + _CORP_LAW + "without giving effect "
       "to the principles of conflict of law, any legal action or proceeding arising under this "
       "Agreement will be brought exclusively in the federal or state courts located in the "
       "Northern District of California, and the Parties hereby consent to personal jurisdiction "
       "and venue therein. If Customer’s principal office is outside the Americas, this "
       "Agreement will be governed by the laws of Ireland, any legal action or proceeding "
       "arising under this Agreement will be brought exclusively in the courts located in "
       "Dublin, and the Parties hereby consent to personal jurisdiction and venue therein.",
       GH_CORP, countries=("CA", "IE", "MX", "US")),
    _e("You may not use GitHub in violation of export control or sanctions laws of the United "
       "States or any other applicable jurisdiction. You may not use GitHub if you are located in "
       "or ordinarily resident in a country or territory subject to comprehensive to "
       "comprehensive sanctions administered by the U.S. Office of Foreign Assets Control (OFAC). "
       "You may not use GitHub if you are or are working on behalf of a Specially Designated "
       "National (SDN) or a person subject to similar blocking or denied party prohibitions. For "
       "more information, please see our Export Controls policy.",
       "Customer must not use the Products (a) in violation of export control or sanctions laws "
       "of the United States or any other applicable jurisdiction; (b) if it is located in or "
       "ordinarily resident in a country or territory subject to comprehensive sanctions "
       "administered by the U.S. Office of Foreign Assets Control (OFAC); or (c) if it is or is "
       "working on behalf of a Specially Designated National (SDN) or a person subject to "
       "similar blocking or denied party prohibitions. For more information, please see our "
       "Export Controls policy.", GH_CORP, countries=("US",)),
    # --- WhatsApp Terms of Service, 2018 -> 2021 (European Region) --------------------------
    _e("Age. If you live in a country in the European Region, you must be at least 16 years old "
       "to use our Services or such greater age required in your country to register for or use "
       "our Services.",
       "Age. If you live in a country or territory in the European Region, you must be at least "
       "16 years old to use our Services or such greater age required in your country or "
       "territory to register for or use our Services without parental approval.", WA_TOS),
    _e("Our Terms And Policies. You must use our Services according to our Terms and policies. "
       "If you violate our Terms or policies, we may take action with respect to your account, "
       "including disabling or suspending your account and, if we do, you must not create "
       "another account without our permission.",
       "Our Terms And Policies. You must use our Services according to our Terms and policies. "
       "If you violate our Terms or policies, we may take action with respect to your account, "
       "including disabling or suspending your account and, if we do, you agree not to create "
       "another account without our permission. Disabling or suspending your account will be in "
       "accordance with the \"Termination\" section below.", WA_TOS),
    _e(_WA_LEGAL + "including promoting violent crimes; " + _WA_LEGAL_END,
       _WA_LEGAL + "such as promoting violent crimes, endangering or exploiting children or "
       "others, or coordinating harm; " + _WA_LEGAL_END, WA_TOS, products=("WhatsApp",)),
    _e(_WA_HARM + "(d) interfere with or disrupt the safety, security, or performance of our "
       "Services; (e) create accounts for our Services through unauthorized or automated means; "
       "(f) collect the information of or about our users in any impermissible or unauthorized "
       "manner; (g) sell, resell, rent, or charge for our Services in an unauthorized manner; "
       + _WA_HARM_H + "or (i) " + _WA_HARM_I + ".",
       _WA_HARM + "(d) interfere with or disrupt the safety, security, confidentiality, "
       "integrity, availability or performance of our Services; (e) create accounts for our "
       "Services through unauthorized or automated means; (f) collect information of or about "
       "our users in any impermissible or unauthorized manner; (g) sell, resell, rent, or charge "
       "for our Services or data obtained from us or our Services in an unauthorized manner; "
       + _WA_HARM_H + "(i) " + _WA_HARM_I + "; or (j) misuse any reporting channels, such as by "
       "submitting fraudulent or groundless reports or appeals.", WA_TOS,
       obligations=(NEW_PROHIBITION,), products=("WhatsApp",)),
    _e("WhatsApp's Rights. We own all copyrights, trademarks, domains, logos, trade dress, trade "
       "secrets, patents, and other intellectual property rights associated with our Services. "
       "You may not use our copyrights, trademarks, domains, logos, trade dress, patents, or "
       "other intellectual property rights unless you have our express permission and except in "
       "accordance with our Brand Guidelines. You may use the trademarks of our affiliated "
       "companies only with their permission, including as authorized in any published brand "
       "guidelines.",
       "WhatsApp's Rights. We own all copyrights, trademarks, domains, logos, trade dress, trade "
       "secrets, patents, and other intellectual property rights associated with our Services. "
       "You may not use our copyrights, trademarks (or any similar marks), domains, logos, trade "
       "dress, trade secrets, patents, or other intellectual property rights unless you have our "
       "express permission and except in accordance with our Brand Guidelines. You may use the "
       "trademarks of our affiliate companies only with their permission, including as "
       "authorized in any published brand guidelines.", WA_TOS, products=("WhatsApp",)),
    _e(_WA_LICENSE + "store your undelivered messages on our servers for up to 30 days as we try "
       "to deliver them, and otherwise as described in our Privacy Policy).",
       _WA_LICENSE + "and store your undelivered messages on our servers for up to 30 days as we "
       "try to deliver them).", WA_TOS, products=("WhatsApp",)),
    _e("To report claims of third-party copyright, trademark, or other intellectual property "
       "infringement, please visit our Intellectual Property Policy. We may take action with "
       "respect to your account, including disabling or suspending your account, if you "
       "infringe the intellectual property rights of others.",
       "To report claims of third-party copyright, trademark, or other intellectual property "
       "infringement, please visit our Intellectual Property Policy. We may take action with "
       "respect to your account, including disabling or suspending your account, if you "
       "clearly, seriously or repeatedly infringe the intellectual property rights of others or "
       "where we are required to do so for legal reasons. Disabling or suspending your account "
       "will be in accordance with the \"Termination\" section below.", WA_TOS),
    _e(_WA_PRIVACY.format("information") + " The Privacy Policy sets out the legal bases for our "
       "processing of personal information about you, including the collection, use, "
       "processing, and sharing of such information, as well as the transfer and processing of "
       "such information to the United States and other countries globally where we have or use "
       "facilities, service providers, affiliated companies, or partners, regardless of where "
       "you use our Services.",
       _WA_PRIVACY.format("data"), WA_TOS, countries=("US",), products=("WhatsApp",)),
    # --- Let's Encrypt: expiration emails, certificate lifetimes -----------------------------
    _e("If you provide an email address to Let's Encrypt when you create your account, we'll do "
       "our best to automatically send you expiry notices when your certificate is coming up for "
       "renewal. We try to send the first notice at 20 days before your certificate expires, and "
       "the second and final notice at 10 days before it expires. We recommend that you rely on "
       "your ACME client to automatically renew your certificates, and only use these expiry "
       "notices as a warning to check on your automation.",
       "If you provide an email address to Let's Encrypt when you create your account, we'll do "
       "our best to automatically send you expiry notices when your certificate is coming up for "
       "renewal. We try to send the first notice at 20 days before your certificate expires, and "
       "the second and final notice at 7 days before it expires. We recommend that you rely on "
       "your ACME client to automatically renew your certificates, and only use these expiry "
       "notices as a warning to check on your automation.", LE_EMAILS,
       quantities=(("10", "7", "day"),), context=("# Subscribing",)),
    _e(None, "Please note that Let's Encrypt will be ending its email expiration service per this "
       "blog post.", LE_EMAILS,
       context=("# Notice: End of Life for Expiration Emails Announced",)),
    _e("On February 19, 2025, we issued our first \"short-lived\" certificate with a 6-day "
       "lifetime. This lifetime option is not yet generally available to our subscribers.",
       "Short-lived certificates with 6-day lifetimes are optionally available to all of our "
       "subscribers.", LE_LIFETIMES, context=("## Current Lifetimes",)),
    _e("Short-lived certificates with 6-day lifetimes will become optionally available to all of "
       "our subscribers near the end of 2025 or early 2026. While short-lived certificates may "
       "someday become the default, we do not currently have any plans for this.", None,
       LE_LIFETIMES, quantities=(("6", None, "day"),), context=("## Future Plans",)),
    _e("They limit damage from key compromise and mis-issuance. Stolen keys and mis-issued "
       "certificates are valid for a shorter period of time.",
       "They limit damage from mis-issuance and key compromise. Mis-issued certificates, and "
       "certificates with keys compromised either before or after issuance, are valid for a "
       "shorter period of time.", LE_LIFETIMES,
       context=("## Why shorter lifetimes?",
                "There are two primary advantages to shorter certificate lifetimes:")),
    # --- Docker Hub usage and limits ---------------------------------------------------------
    _e("Unauthenticated and Docker Personal users are subject to hourly pull rate limits on "
       "Docker Hub. In contrast, Docker Pro, Team, and Business users benefit from a base number "
       "of included pulls per month without hourly rate restrictions. This included usage is "
       "flexible, allowing you to scale or upgrade your subscription to accommodate additional "
       "pulls or utilize on-demand pulls as needed.",
       "Unauthenticated and Docker Personal users are subject to a 6-hour pull rate limit on "
       "Docker Hub. In contrast, Docker Pro, Team, and Business users benefit from an unlimited "
       "pull rate.", DOCKER_PULLS, quantities=((None, "6", "hour"),)),
    _e("The pull rate limit is calculated on a per hour basis. There is no pull rate limit for "
       "users or automated systems with a paid subscription. Unauthenticated and Docker Personal "
       "users using Docker Hub will experience rate limits on image pulls.",
       "The pull rate limit is calculated on a 6-hour basis. There is no pull rate limit for "
       "users or automated systems with a paid subscription. Unauthenticated and Docker Personal "
       "users using Docker Hub will experience rate limits on image pulls.", DOCKER_PULLS,
       quantities=((None, "6", "hour"),)),
    _e("View hourly pull rate and limit", "View pull rate and limit", DOCKER_PULLS),
    _e("In the previous example, the pull limit is 100 pulls per 21600 seconds (6 hours), and "
       "there are 76 pulls remaining.",
       "In the previous example, the pull limit is 100 pulls per 21600 seconds (6 hours), and "
       "there are 20 pulls remaining.", DOCKER_PULLS, quantities=(("76", "20", "pull"),)),
    _e("To get a token with a user account, if you are authenticated (insert your username and "
       "password in the following command):",
       "To get a token with a user account, if you are authenticated, insert your username and "
       "password in the following command:", DOCKER_PULLS),
    _e("When pulling Docker Verified Publisher images, attribution towards rate limiting is not "
       "applied. For more details, see Docker Verified Publisher Program.", None, DOCKER_PULLS,
       context=("## Pull attribution",)),
    _e("Any pulls exceeding the included amounts in each subscription tier will be charged at an "
       "on-demand rate. To increase your monthly pull allowance and avoid on-demand charges, you "
       "can scale or upgrade your subscription.", None, DOCKER_PULLS),
    _e("When using Docker Hub, unauthenticated and Docker Personal users are subject to strict "
       "limits. In contrast, Docker Pro, Team, and Business users benefit from a "
       "consumption-based model with a base amount of included usage. This included usage is not "
       "a hard limit; users can scale or upgrade their subscriptions to receive additional usage "
       "or use on-demand usage.",
       "When using Docker Hub, unauthenticated and Docker Personal users are subject to strict "
       "limits. In contrast, Docker Pro, Team, and Business users benefit from a unlimited pull "
       "with fair use.", DOCKER_USAGE),
    # --- Azure Communication Services SMS FAQ, 2021 -> 2023 -> later ------------------------
    _e("Azure Communication Services supports sending and receiving of long messages over SMS. "
       "However, some wireless carriers or devices may act differently when receiving long "
       "messages.",
       "Azure Communication Services supports sending and receiving of long messages over SMS. "
       "However, some wireless carriers or devices may act differently when receiving long "
       "messages. We recommend keeping SMS messages to a length of 320 characters and reducing "
       "the use of accents to ensure maximum delivery.", ACS_FAQ_2021,
       quantities=((None, "320", "character"),), products=("SMS",)),
    _e("In the United States, Azure Communication Services does not check for landline numbers "
       "and will attempt to send it to carriers for delivery. Customers will be charged for "
       "messages sent to landline numbers.",
       "In the United States, Azure Communication Services does not check for landline numbers "
       "and attempts to send it to carriers for delivery. Customers are charged for messages "
       "sent to landline numbers.", ACS_FAQ_2021, countries=("US",)),
    _e("Toll-free numbers are not capable of sending or receiving messages to/from "
       "countries/regions outside of US, CA, and PR.",
       "Toll-free numbers aren't capable of sending or receiving messages to or from countries "
       "or regions outside of the United States (US), Canada (CA), and Puerto Rico (PR).",
       ACS_FAQ_2023, countries=("CA", "PR", "US"), products=("Toll-Free",)),
    _e("Short codes do not fall under E.164 formatting guidelines and do not have a country code, "
       "or a \"+\" sign prefix. In the SMS API request, your short code should be passed as the "
       "5-6 digit number you see in your short codes blade without any prefix.",
       "Short codes don't fall under E.164 formatting guidelines and do not have a country code, "
       "or a plus sign (+) prefix. In the SMS API request, your short code should be passed as "
       "the five (5) to six (6) digit number you see in your short codes page without any "
       "prefix.", ACS_FAQ_2023, products=("SMS", "Short Code")),
    _e("Once you have submitted " + _ACS_SC_BRIEF + "8-12 weeks. All updates and the status "
       "changes for your applications are communicated via the email you provide in the "
       "application. For more questions about your submitted application, please email "
       "acstnrequest@microsoft.com.",
       "Once you submit " + _ACS_SC_BRIEF + "eight (8) to twelve (12) weeks. All updates and the "
       "status changes for your applications are communicated via the email you provide in the "
       "application. For more questions about your submitted application, email "
       "acstnrequest@microsoft.com.", ACS_FAQ_2023, products=("Short Code",)),
    _e("*Limitation of US short code - There is a known limit of ~4 segments when "
       "sending/receiving a message with Non-ASCII characters. Beyond 4 segments, the message may "
       "not be delivered with the right formatting.",
       "*Limitation of US short code - There is a known limit of ~four (4) segments when sending "
       "or receiving a message with Non-ASCII characters. Beyond four segments, the message may "
       "not be delivered with the right formatting.", ACS_FAQ_2023, countries=("US",),
       products=("Short Code",)),
    _e(None, "Effective January 31, 2024, only fully verified toll-free numbers will be able to "
       "send traffic. Unverified toll-free numbers sending messages to US and CA phone numbers "
       "will have its traffic blocked.", ACS_FAQ_2023, deadlines=("2024-01-31",),
       countries=("CA", "US"), products=("Toll-Free",), context=("## Toll-Free Verification",)),
    _e(None, "Effective June 30, 2024, unregistered alphanumeric sender IDs sending messages to UK "
       "phone numbers will have its traffic blocked. To prevent this from happening, a "
       "registration application needs to be submitted and be in approved status.",
       ACS_FAQ_2023, obligations=(NEW_REQUIREMENT,), deadlines=("2024-06-30",),
       countries=("GB",), products=("Alphanumeric Sender ID",),
       context=("## Alphanumeric sender ID",)),
    # --- Azure Communication Services messaging policy ---------------------------------------
    _e("Ensure that message recipients can opt-out of future messages at any time. You must also "
       "offer multiple opt-out options. After a message recipient opts-out, you should not send "
       "additional messages unless the individual provides renewed consent.",
       "Ensure that message recipients can opt out of future messages at any time. You must also "
       "offer multiple opt-out options. After a message recipient opts out, don't send any new "
       "messages unless the individual provides renewed consent.", ACS_POLICY,
       obligations=(("recommendation", "prohibition"),), context=("### Opt-out requirements",)),
    _e("If an individual requests to opt-out of future messages on an Azure Communication "
       "Services toll-free number or short code, then all further traffic from that number will "
       "be automatically stopped. However, you must still ensure that you do not send additional "
       "messages for that messaging campaign from new or different numbers.",
       "If an individual requests to opt-out of future messages on an Azure Communication "
       "Services toll-free number or short code, then all further traffic from that number is "
       "automatically stopped. However, you must still ensure that you don't send any new "
       "messages for that messaging campaign from new or different numbers.", ACS_POLICY,
       products=("Toll-Free", "Short Code")),
    _e("Even where such content is not unlawful, you should include an age verification "
       "mechanism at opt in to age-gate the intended message recipient from adult content. In "
       "the United States, additional legal requirements apply to marketing communications "
       "directed at children under the age of 13.",
       "Even where such content legal, you should include an age verification mechanism at "
       "opt-in to age-gate the intended message recipient from adult content. In the United "
       "States, more legal requirements apply to marketing communications directed at children "
       "under the age of 13.", ACS_POLICY, countries=("US",)),
    _e("Yes, while double opt-in consent is always recommended, Azure Communication Services "
       "requires that you use double opt-in consent for some types of messaging campaigns due to "
       "their frequent use in phishing schemes or their tendency to result in consumer "
       "complaints. These campaigns include:",
       "Yes. We always *recommend* double opt-in consent. Azure Communication Services *requires* "
       "that you use double opt-in consent for some types of messaging campaigns due to their "
       "frequent use in phishing schemes or their tendency to result in consumer complaints. "
       "These campaigns include:", ACS_POLICY),
    _e("Auto-warranty messages", "Auto warranty messages.", ACS_POLICY,
       context=("### Does Azure Communication Services ever require double opt-in consent?",
                "These campaigns include:")),
    _e("Exemptions for specific services. There are several specific services for which you may "
       "have implied consent to initiate a message. The most common of these are:",
       "Exemptions for specific services. There are several specific services which indicate "
       "implied consent to initiate a message. The most common are:", ACS_POLICY),
    _e("The number(s) or email address(es) from which recipients will receive messages, and",
       "The numbers or email addresses from which recipients receive messages, and", ACS_POLICY),
    _e("This Messaging Policy does not constitute legal advice, and we reserve the right to "
       "modify the policy at any time. Azure Communication Services is not responsible for "
       "ensuring that the content, timing, or recipients of our customers’ messages meet all "
       "applicable legal requirements.",
       "This Messaging Policy doesn't constitute legal advice, and we reserve the right to modify "
       "the policy at any time. Azure Communication Services isn't responsible for ensuring that "
       "the content, timing, or recipients of our customers’ messages meet all applicable legal "
       "requirements.", ACS_POLICY),
    # --- Azure Communication Services service limits -----------------------------------------
    _e("Beginning in CY24 Q1, customers must choose between indefinite message retention or "
       "automatic deletion after 90 days.",
       "You can choose between indefinite message retention or automatic deletion between 30 and "
       "90 days via the retention policy on the Create Chat Thread API.", ACS_LIMITS,
       quantities=((None, "30", "day"),), obligations=(("obligation", "permission"),),
       products=("Chat",)),
    _e("|Number of outbound concurrent calls | 2",
       "| Default number of outbound concurrent calls | Per number | 2 |", ACS_LIMITS),
    _e("When sending or receiving a high volume of messages, you might receive a ```429``` error. "
       "This error indicates you're hitting the service limitations, and your messages will be "
       "queued to be sent once the number of requests is below the threshold.",
       "When you send or receive a high volume of messages, you might receive a ```429``` error. "
       "This error indicates that you're about to reach the service limitations. Your messages "
       "are queued and are sent after the number of requests is below the threshold.",
       ACS_LIMITS),
    _e("Sending a high volume of messages has a set of limitations on the number of email "
       "messages you can send. If you hit these limits, your messages won't be queued to be "
       "sent. You can submit these requests again, once the Retry-After time expires.",
       "You can send a limited number of email messages. If you exceed the email rate limits for "
       "your subscription, your requests are rejected. You can attempt these requests again, "
       "after the Retry-After time passes. Take action before reaching the limit by requesting "
       "to raise your sending volume limits if needed.", ACS_LIMITS),
    _e("When you hit service limitations, you will receive an HTTP status code 429 (Too many "
       "requests). In general, the following are best practices for handling throttling:",
       "When you reach service limitations, you receive an HTTP status code 429 (too many "
       "requests). In general, follow these best practices for throttling:", ACS_LIMITS),
    _e(None, "|Message size|28 KB |", ACS_LIMITS, quantities=((None, "28", "KB"),)),
    _e("While the Calling SDK will not enforce these limits, your users may experience "
       "performance degradation if they're exceeded.",
       "The Calling SDK doesn't enforce these limits, but your users might experience performance "
       "degradation if you exceed these limits.", ACS_LIMITS),
    _e("| **Create identity** | 30 | 1000|", "| Create identity | 30 | 1,000|", ACS_LIMITS),
    # --- Azure Communication Services: Advanced Messaging (WhatsApp) pricing ----------------
    _e("WhatsApp charges per conversation, not individual message. Conversations are 24-hour "
       "message threads between a business and its customers. Conversations are categorized "
       "with one of the following categories:",
       "WhatsApp charges per conversation, not individual message. Conversations are message "
       "threads between a business and its customers that last 24 or 72 hours based on the "
       "conversation category. Conversations are categorized with one of the following "
       "categories:", ACS_WA_PRICING, quantities=((None, "72", "hour"),),
       products=("WhatsApp",)),
    _e("For service conversations, WhatsApp provides 1,000 fee conversations each month across "
       "all business phone numbers. Marketing, utility and authentication conversations are not "
       "part of the free tier.",
       "For service conversations, WhatsApp provides 1,000 free conversations each month across "
       "all business phone numbers. Marketing, utility and authentication conversations aren't "
       "part of the free tier.", ACS_WA_PRICING, products=("WhatsApp",)),
    _e("When you connect your WhatsApp Business account to Azure, Azure Communication Services "
       "becomes the billing entity for your WhatsApp usage. These rates are set by WhatsApp and "
       "will be included in your Azure bill. The information below summarizes the key aspects of "
       "WhatsApp pricing.",
       "When you connect your WhatsApp Business account to Azure, Azure Communication Services "
       "becomes the billing entity for your WhatsApp usage. WhatsApp provides these rates and "
       "it's included in your Azure bill. The information given summarizes the key aspects of "
       "WhatsApp pricing.", ACS_WA_PRICING, products=("WhatsApp",)),
    _e("Alice sends appointment reminders to 2,000 patients in North America each month and the "
       "pricing would be:",
       "Contoso sends appointment reminders to 2,000 patients in North America each month and "
       "the pricing would be:", ACS_WA_PRICING),
    _e("Contoso is a business which provides a contact center for customers to seek product "
       "information and support. All these cases are closed within 24 hours and have an average "
       "of 20 messages each. Each case equals one WhatsApp Conversation.",
       "Contoso is a business that provides a contact center for customers to seek product "
       "information and support. All these cases are closed within 24 hours and have an average "
       "of 20 messages each. Each case equals one WhatsApp Conversation.", ACS_WA_PRICING,
       products=("WhatsApp",)),
    # --- Node.js security policy -------------------------------------------------------------
    _e("Your report will be acknowledged within 24 hours, and you’ll receive a more detailed "
       "response to your report within 48 hours indicating the next steps in handling your "
       "submission.",
       "Your report will be acknowledged within 5 days, and you'll receive a more detailed "
       "response to your report within 10 days indicating the next steps in handling your "
       "submission.", NODE_2019,
       quantities=(("24", "5", "hour -> day"), ("48", "10", "hour -> day"))),
    _e("Your report will be acknowledged within 5 days, and you'll receive a more detailed "
       "response to your report within 10 days indicating the next steps in handling your "
       "submission.",
       "Normally, your report will be acknowledged within 5 days, and you'll receive a more "
       "detailed response to your report within 10 days indicating the next steps in handling "
       "your submission. These timelines may extend when our triage volunteers are away on "
       "holiday, particularly at the end of the year.", NODE_SEC),
    _e(None, "If you do not receive an acknowledgement of your report within 6 business days, or "
       "if you cannot find a private security contact for the project, you may escalate to the "
       "OpenJS Foundation CNA at security@lists.openjsf.org.", NODE_SEC,
       quantities=((None, "6", "business day"),), context=("## Reporting a bug in Node.js",)),
    _e(None, "If the project acknowledges your report but does not provide any further response "
       "or engagement within 14 days, escalation is also appropriate.", NODE_SEC,
       quantities=((None, "14", "day"),), context=("## Reporting a bug in Node.js",)),
    _e("Typically the embargo date will be set 72 hours from the time the CVE is issued. However, "
       "this may vary depending on the severity of the bug or difficulty in applying a fix.",
       "Typically, the embargo date will be set 72 hours from the time the CVE is issued. "
       "However, this may vary depending on the severity of the bug or difficulty in applying a "
       "fix.", NODE_SEC, context=("## Disclosure policy",
                                  "Here is the security disclosure policy for Node.js")),
    _e("Security bugs in third party modules should be reported to their respective maintainers.",
       "Security bugs in third-party modules should be reported to their respective "
       "maintainers.", NODE_SEC),
    _e(None, "Involve social engineering or phishing attempts.", NODE_SEC,
       obligations=(NEW_PROHIBITION,),
       context=(_NODE_CONDUCT, "2. No Harmful Actions: Security research and vulnerability "
                "reporting must not:")),
    _e(None, "Do not attempt to access or modify other users' data.", NODE_SEC,
       obligations=(NEW_PROHIBITION,),
       context=(_NODE_CONDUCT, "3. Responsible Testing: When testing potential "
                "vulnerabilities:")),
    # --- CTIA Messaging Principles and Best Practices, 2019 -> 2023 -------------------------
    _e("The Messaging Principles and Best Practices (Principles and Best Practices) is a set of "
       "voluntary best practices developed by CTIA’s member companies throughout the wireless "
       "messaging ecosystem.",
       "The Messaging Principles and Best Practices (Principles and Best Practices) are a set of "
       "voluntary best practices developed by CTIA’s member companies throughout the wireless "
       "messaging ecosystem.", CTIA_MPBP, context=("# 1 Executive Summary",)),
    _e("These Principles and Best Practices identify parameters for facilitating the exchange "
       "via transmission, storage, and retrieval (exchange) of Consumer (Person-to-Person (P2P)) "
       "and Non-Consumer (Application-to-Person (A2P)) messages via Wireless Provider messaging "
       "networks while protecting Consumers from Unwanted Messages.",
       "They identify parameters for facilitating the exchange via transmission, storage, and "
       "retrieval (exchange) of messages via Wireless Provider messaging networks.", CTIA_MPBP,
       context=("# 1 Executive Summary",)),
    _e("5 NON-CONSUMER (A2P) BEST PRACTICES 12", "5 NON-CONSUMER BEST PRACTICES 10", CTIA_MPBP,
       context=("Table of Contents",)),
    _e("4.1 Consumer (P2P) Messaging 10", "4.1 Consumer Messaging 8", CTIA_MPBP,
       context=("Table of Contents",)),
)

# --- Realistic edits of real sentences (only one version public) ---------------------------
_SHAFT = ("## SHAFT Categories", "## Important notes:")
_DECEPTIVE = ("## Deceptive or High-Risk Content", "Messages that could be considered misleading, "
              "abusive, or fraudulent are prohibited. This includes:")
_CANADA = ("## Age-Restricted Content (Canada)",
           "Canadian carriers enforce stricter rules for age-sensitive content:")
_TELNYX_SUBMIT = ("At Telnyx we try to make sending SMS globally as simple as possible, therefore "
                  "customers {} always submit using {} Alphanumeric Sender ID and we will make "
                  "any necessary adjustments to ensure delivery")
_LC_NOTICE = ("Notice: Starting {}, messages sent from Non registered (previously “Unverified”) "
              "Toll-Free phone numbers will be blocked in the US.")
_LC_USERS = ("Our users who adhere to their stated use case and all applicable rules (including "
             "LC Messaging policy) should see greatly reduced message filtering on Toll-Free "
             "traffic towards all major networks in the US ")
_ACS_TF_USAGE = ("SMS offers pay-as-you-go pricing. The price is a per-message segment* charge "
                 "based on the destination of the message. Messages can be sent by toll-free "
                 "phone numbers to phone numbers located within the United States")
_CTIA_PRINCIPLES = ("A.1 GUIDING PRINCIPLES",
                    "Four principles provide the baseline for all requirements listed below:")
_CTIA_CONFIRM = ("Send opt-in confirmation messages. A confirmation message must be sent to "
                 "customers always. For recurring-messages programs, confirmation messages {} "
                 "include clear opt-out instructions.")
_CTIA_OPT_OUT = ("Acknowledge opt-out requests. Short code service providers must acknowledge and "
                 "act on all opt-out requests{}. Monitoring procedures confirm successful opt-out.")
_DOCKER_ABUSE = ("Docker Hub has an abuse rate limit to protect the application and "
                 "infrastructure. This limit applies to all requests to Hub properties including "
                 "web pages, APIs, and image pulls. The limit is applied per IPv4 address or per "
                 "IPv6 /64 subnet, and while the limit changes over time depending on load and "
                 "other factors, it's in the order of {} requests per minute. The abuse limit "
                 "applies to all users equally regardless of account level.")
_DOCKER_FAIR = ("When utilizing the Docker Platform, users should be aware that excessive data "
                "transfer, pull rates, or data storage can lead to throttling, or additional "
                "charges. To ensure fair resource usage and maintain service quality, {}reserve "
                "the right to impose restrictions or apply additional charges to accounts "
                "exhibiting excessive data and storage consumption.")
_WA_RATES = ("WhatsApp rates vary based on {} category and country/region rate. Rates vary "
             "between $0.003 and $0.1597 depending on the category and country/region.")
_ACS_TF_SELECT = ("This drop down displayes all the toll-free numbers you have in the Azure "
                  "Communication Services resource. {} the toll-free numbers that you would like "
                  "to get verified. If you do not have a toll-free number, please navigate to the "
                  "phone numbers blade to acquire a toll-free number first.")

EDITED: tuple[Edit, ...] = (
    _e("Alcohol-related messaging may be allowed in certain cases in the US with appropriate age "
       "verification and compliance controls, but policies vary by carrier.",
       "Alcohol-related messaging is not permitted across standard messaging channels in the US, "
       "and policies vary by carrier.", _edited(TELNYX_FORBIDDEN),
       obligations=(("permission", "prohibition"),), countries=("US",), context=_SHAFT),
    _e(None, "Debt relief or credit repair offers that promise guaranteed results",
       _edited(TELNYX_FORBIDDEN), obligations=(NEW_PROHIBITION,), context=_DECEPTIVE),
    _e("All recipients must provide clear and verifiable consent before receiving messages",
       "All recipients should provide clear and verifiable consent before receiving messages",
       _edited(TELNYX_FORBIDDEN), obligations=(("obligation", "recommendation"),),
       context=("## Consent and Opt-In",)),
    _e("Content intended for restricted audiences must not be sent without explicit approval",
       "Content intended for restricted audiences may be sent without explicit approval",
       _edited(TELNYX_FORBIDDEN), obligations=(("prohibition", "permission"),),
       countries=("CA",), context=_CANADA),
    _e("| BE | Belgium | 32 | 206 | No, Sender ID will be changed to ensure delivery |",
       "| BE | Belgium | 32 | 206 | Yes, with registration |", _edited(TELNYX_ALPHA),
       countries=("BE",)),
    _e("In some cases your Sender ID will need to be pre-registered before use.",
       "In some cases your Sender ID will need to be pre-registered at least 3 weeks before use.",
       _edited(TELNYX_ALPHA), quantities=((None, "3", "week"),)),
    _e(_TELNYX_SUBMIT.format("can", "an"), _TELNYX_SUBMIT.format("must", "a registered"),
       _edited(TELNYX_ALPHA), obligations=(("permission", "obligation"),),
       products=("SMS", "Alphanumeric Sender ID")),
    _e(_LC_NOTICE.format("November 8, 2023"), _LC_NOTICE.format("January 31, 2024"),
       _edited(LC_TOLL_FREE), deadlines=("2024-01-31",), countries=("US",),
       products=("Toll-Free",)),
    _e(_LC_USERS + "and Canada.", _LC_USERS + "Canada and Puerto Rico.", _edited(LC_TOLL_FREE),
       countries=("CA", "PR", "US"), products=("Toll-Free",)),
    _e("|United States|Toll-free  |$2/mo|", "|United States|Toll-free  |$3/mo|",
       _edited(ACS_TF_PRICING), quantities=(("2", "3", "USD per month"),), countries=("US",),
       products=("Toll-Free",), context=("### Leasing Fee",)),
    _e("|United States| $0.0025 | $0.0010|", "|United States| $0.0035 | $0.0010|",
       _edited(ACS_TF_PRICING), quantities=(("0.0025", "0.0035", "USD"),), countries=("US",),
       context=("## Carrier surcharge",)),
    _e(_ACS_TF_USAGE + ", Canada, and Puerto Rico.", _ACS_TF_USAGE + " and Canada.",
       _edited(ACS_TF_PRICING), countries=("CA", "PR", "US"), products=("SMS", "Toll-Free")),
    _e("Display clear calls-to-action. All programs must display a clear call-to-action. "
       "Customers must be made aware of what exactly they are signing up to receive.",
       "Display clear calls-to-action. All programs should display a clear call-to-action. "
       "Customers must be made aware of what exactly they are signing up to receive.",
       _edited(CTIA_SHORT_CODE), obligations=(("obligation", "recommendation"),),
       context=_CTIA_PRINCIPLES),
    _e(_CTIA_OPT_OUT.format(""), _CTIA_OPT_OUT.format(" within 24 hours"),
       _edited(CTIA_SHORT_CODE), quantities=((None, "24", "hour"),), products=("Short Code",),
       context=_CTIA_PRINCIPLES),
    _e(_CTIA_CONFIRM.format("must"), _CTIA_CONFIRM.format("may"), _edited(CTIA_SHORT_CODE),
       obligations=(("obligation", "permission"),), context=_CTIA_PRINCIPLES),
    _e("You must give the recipient a prompt, clear and direct method for escalating to a live "
       "agent.",
       "You should give the recipient a prompt, clear and direct method for escalating to a live "
       "agent.", _edited(WA_RULES), obligations=(("obligation", "recommendation"),)),
    _e("You can create a maximum of 10 Accounts per IP Address per 3 hours.",
       "You can create a maximum of 10 Accounts per IP Address per 6 hours.", _edited(LE_RATES),
       quantities=(("3", "6", "hour"),)),
    _e(_DOCKER_ABUSE.format("thousands of"), _DOCKER_ABUSE.format("1,000"),
       _edited(DOCKER_USAGE), quantities=((None, "1000", "request per minute"),),
       context=("### Abuse rate limit",)),
    _e(_DOCKER_FAIR.format("we "), _DOCKER_FAIR.format("starting April 1, 2025, we "),
       _edited(DOCKER_USAGE), deadlines=("2025-04-01",), context=("## Fair use",)),
    _e("Industry rules will limit certificate lifetimes to a maximum of 47 days starting on March "
       "15, 2029.",
       "Industry rules will limit certificate lifetimes to a maximum of 47 days starting on March "
       "15, 2028.", _edited(LE_LIFETIMES), deadlines=("2028-03-15",),
       context=("## Future Plans",)),
    _e("Please note that Let's Encrypt will be ending its email expiration service per this blog "
       "post.",
       "Please note that Let's Encrypt will stop sending expiration emails on June 4, 2025, per "
       "this blog post.", _edited(LE_EMAILS), deadlines=("2025-06-04",),
       context=("# Notice: End of Life for Expiration Emails Announced",)),
    _e(_WA_RATES.format("conversation"), "Starting July 1, 2025, " + _WA_RATES.format("message"),
       _edited(ACS_WA_PRICING), deadlines=("2025-07-01",), products=("WhatsApp",)),
    _e(_ACS_TF_SELECT.format("You are required to select"), _ACS_TF_SELECT.format("You may select"),
       _edited(ACS_TF_GUIDE), obligations=(("obligation", "permission"),),
       products=("Toll-Free",), context=("### Associated phone number(s)",)),
)

HOLDOUT: tuple[Edit, ...] = EDITS + EDITED

# Labels that were a judgement call: (start of the clause's new text, or old text if it was
# removed; the reason for the label).
HARD: tuple[tuple[str, str], ...] = (
    ("notwithstanding anything to the contrary",
     "a cap of six months' spend became a cap in dollars: two unpaired quantities, not one "
     "changed one"),
    ("Includes false or misleading content",
     "the list's lead-in 'agrees that it will not engage in any activity ... that:' is read "
     "as a prohibition, so a removed item is a dropped prohibition"),
    ("Notify users when they are interacting",
     "'Developer will:' in a contract is read as an obligation, so a new item is a new "
     "requirement"),
    ("Harm To WhatsApp Or Our Users",
     "a new lettered item '(j) misuse any reporting channels' inside an inline list under "
     "'you must not ...:' is a new prohibition; widened items (d) and (g) are not"),
    ("Legal And Acceptable Use",
     "examples added to an existing item (b) widen it; no new prohibition (as fact_corpus does "
     "for the Contributor Covenant's widened items)"),
    ("To report claims of third-party copyright",
     "'where we are required to do so for legal reasons' is WhatsApp's own legal duty, not a "
     "requirement on the reader"),
    ("Customer must not use the Products",
     "three 'You may not' sentences became one 'must not' sentence with (a)-(c): same "
     "strength, no shift"),
    ("You can choose between indefinite message retention",
     "'CY24 Q1' is a quarter, not a date, so no deadline; 'Create Chat Thread API' names the "
     "Chat product"),
    ("Effective January 31, 2024, only fully verified",
     "an enforcement date set by the new notice is a deadline; 'will be able to' grants "
     "nothing new, so no obligation fact"),
    ("Your report will be acknowledged within 5 days, and",
     "24 hours -> 5 days and 48 hours -> 10 days are paired across units, written 'hour -> "
     "day' as fact_corpus does"),
    ("Azure Communication Services supports sending",
     "a new 'We recommend' is not listed: fact_corpus lists new prohibitions and "
     "requirements only"),
    ("If you do not receive an acknowledgement",
     "a new 'you may escalate' permission is not listed (see above); 'do not receive' is a "
     "condition, not a prohibition"),
    ("Yes. We always *recommend*", "recommended -> *recommend*, requires -> *requires*: same "
     "strengths in other words"),
)
