"""Labelled corpus of real clause edits, for the tests of tracker/facts.

Each `Edit` is one changed clause of a policy page: its old text and its new text (None on
the side where the clause did not exist), where it comes from, and the facts a reader must
be told.  The pairs come from public version histories:

* two versions of the same document kept in one public repository (github/site-policy
  keeps renamed documents side by side; the Contributor Covenant keeps every version);
* two captures of the same vendor page or article, or a vendor page and a verbatim copy
  of an earlier version of it made by a customer or a syndication site;
* an older published text quoted by the vendor's staff, next to the current page.

`source` names both sides.  Where only one version is public, a real sentence and a
realistic edit of it is used, marked "(edited)"; those are under 30% of the corpus.

The facts, as a careful reader would list them:

* quantities: every number that changed, (old, new, unit); None for a number that is new
  or gone; a spelled number with its digits is one number; dates, references, versions,
  years and digits inside names are not quantities;
* obligations: (old strength, new strength) for each shift of permission /
  recommendation / obligation / prohibition, (None, strength) for a new prohibition or
  requirement, (strength, None) for a dropped one.  A clause added to or removed from a
  list inherits the strength of the list's lead-in (`context`);
* deadlines: dates (ISO) the changed text sets, not the change's effective date, not a
  "Last updated" label;
* countries: ISO 3166 alpha-2 codes (and "EU", "EEA") named in the clause or in a heading
  above it (`context`); products: names of tracker.compare.facts.DEFAULT_PRODUCTS.

`context` lists the lines above the clause, nearest last: "#"-prefixed lines are headings
(the number of "#" is the level), other lines are paragraphs (a lead-in ends with ":").
"""

from __future__ import annotations

from dataclasses import dataclass

Quantity = tuple[str | None, str | None, str]
Strengths = tuple[str | None, str | None]

NEW_PROHIBITION: Strengths = (None, "prohibition")
NEW_REQUIREMENT: Strengths = (None, "obligation")
DROPPED_PROHIBITION: Strengths = ("prohibition", None)
DROPPED_REQUIREMENT: Strengths = ("obligation", None)


@dataclass(frozen=True)
class Edit:
    before: str | None
    after: str | None
    source: str
    quantities: tuple[Quantity, ...] = ()
    obligations: tuple[Strengths, ...] = ()
    deadlines: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    effective: str | None = None  # the change's effective date (ISO), given to the engine

    @property
    def edited(self) -> bool:
        return "(edited)" in self.source

    @property
    def factless(self) -> bool:
        return not (self.quantities or self.obligations or self.deadlines)


def _e(before, after, source, **facts) -> Edit:
    return Edit(before, after, source, **facts)


GH_AUP = ("github/site-policy: Policies/github-acceptable-use-policies.md (2020) -> "
          "Policies/acceptable-use-policies/github-acceptable-use-policies.md (2023)")
GH_TRADE = ("github/site-policy: Policies/github-and-export-controls.md (2018) -> "
            "Policies/github-and-trade-controls.md (2019)")
GH_MISINFO = ("github/site-policy: Policies/acceptable-use-policies/"
              "github-misinformation-and-disinformation.md -> the revision in Examples/")
GH_BOUNTY = ("github/site-policy: Policies/bug-bounty-safe-harbor.md -> "
             "Policies/github-bug-bounty-program-legal-safe-harbor.md")
GH_ACTIONS = ("GitHub Actions usage limits: docs text of 2020 as quoted in "
              "github.com/orgs/community/discussions/27177 -> https://docs.github.com/en/"
              "actions/learn-github-actions/usage-limits-billing-and-administration")
GH_LIMITS = ("https://docs.github.com/en/actions/reference/actions-limits -> "
             "https://docs.github.com/en/actions/reference/limits (later capture)")
CC = ("EthicalSource/contributor_covenant: content/version/1/3/0/code-of-conduct.md -> "
      "content/version/1/4/code-of-conduct.md")
TW_MP_OLD = ("Twilio Messaging Policy, 2020 text (verbatim copy at "
             "https://www.soopershop.pk/messaging-policy/) -> "
             "https://static1.twilio.com/en-us/legal/messaging-policy "
             "(Last Updated: November 12, 2024)")
TW_MP = ("https://static1.twilio.com/en-us/legal/messaging-policy (November 12, 2024) -> "
         "https://www.twilio.com/en-us/legal/messaging-policy (April 9, 2026)")
TW_FORBIDDEN = ("https://support.twilio.com/hc/en-us/articles/360045004974 "
                "'Forbidden message categories for SMS and MMS in the US and Canada' -> "
                "'Forbidden Message Categories in the US and Canada (Short Code, Toll-Free, and "
                "Long Code)' (later capture)")
TW_BLOG = ("Twilio blog 'Introducing Configurable Call Limits for Programmable Voice' "
           "(2021-08-02): syndicated first text at scien.cx -> "
           "https://www.twilio.com/en-us/blog/introducing-configurable-call-limits-for-programmable-voice")
TW_TMO = ("https://support.twilio.com/hc/en-us/articles/1260804800549 'T-Mobile daily message "
          "limits for long code messaging with A2P 10DLC': capture before -> after the "
          "September 2022 notice")
TW_AUP_2016 = "Twilio Acceptable Use Policy, Last Updated February 1, 2016 (tests/seeds)"
TW_VOICE = ("https://www.twilio.com/en-us/legal/service-country-specific-terms/voice-sip "
            "(Last Updated: February 27, 2024)")
TW_SMS_HELP = ("https://support.twilio.com/hc/en-us/articles/223181808 "
               "'Restricted SMS message types using Twilio' (tests/seeds)")
TW_CALLS_HELP = ("https://support.twilio.com/hc/en-us/articles/223180528 "
                 "'What kind of phone calls can't be made using Twilio?' (tests/seeds)")
TW_SCSR = ("https://www.twilio.com/en-us/legal/service-country-specific-terms "
           "(Last Updated: July 9, 2025)")
TW_PHONE = ("https://www.twilio.com/en-us/legal/service-country-specific-terms/phone-numbers "
            "(Last Updated: February 10, 2021)")
TW_ROBO = ("https://www.twilio.com/en-us/legal/service-country-specific-terms/namer-robocalling "
           "(Last Updated: September 28, 2021)")
TW_NOTICE = "Twilio notice of updated terms, effective April 1, 2025 (tests/seeds)"
TW_VOICE_2022 = "Twilio Voice Services Policies Unification (April 2022) (tests/seeds)"
WA_LIMITS = ("Meta WhatsApp Business Platform 'Messaging limits' "
             "(https://developers.facebook.com/docs/whatsapp/messaging-limits, as quoted at "
             "https://www.etisalcom.com/whatsapp-business-platform/)")
TCR_SP = "https://www.telgorithm.com/news/sole-prop-2-0/ (TCR Sole Proprietor 2.0 requirements)"
GH_PAGES = ("GitHub Pages usage limits (docs.github.com 'About GitHub Pages', as quoted in "
            "public repositories)")
TMO_10DLC = "https://teli.net/tmobile-10dlc/ (T-Mobile 10DLC program details)"
TW_CPS = ("https://www.twilio.com/blog/high-volume-voice-considerations "
          "(High Volume Voice, February 28, 2023)")

_DO_NOT_ALLOW = "We do not allow content or activity on GitHub that:"

EDITS: tuple[Edit, ...] = (
    # --- GitHub Acceptable Use Policies, 2020 -> 2023 -------------------------------------
    _e("Short version: We host a wide variety of collaborative projects from all over the "
       "world, and that collaboration only works when our users are able to work together in "
       "good faith. While using the Service, you must comply with our Acceptable Use "
       "Policies, which include some restrictions on content you can post, conduct on the "
       "service, and other limitations. In short, be excellent to each other.",
       "Short version: We host a wide variety of collaborative projects from all over the "
       "world, and that collaboration only works when our users are able to work together in "
       "good faith. While using the Service, you must comply with our Acceptable Use "
       "Policies, which include some restrictions on content and conduct on GitHub related to "
       "user safety, intellectual property, privacy, authenticity, and other limitations. In "
       "short, be excellent to each other.", GH_AUP),
    _e("Under no circumstances will Users upload, post, host, execute, or transmit any "
       "Content to any repositories that:", _DO_NOT_ALLOW, GH_AUP),
    _e("is or contains sexually obscene content;",
       "is sexually obscene or relates to sexual exploitation or abuse, including of minors;",
       GH_AUP, context=("## 2. User Safety", _DO_NOT_ALLOW)),
    _e("is or contains false, inaccurate, or intentionally deceptive information that is "
       "likely to adversely affect the public interest (including health, safety, election "
       "integrity, and civic participation);",
       "is false, inaccurate, or intentionally deceptive information and likely to adversely "
       "affect the public interest (including health, safety, election integrity, and civic "
       "participation);", GH_AUP, context=("## 2. User Safety", _DO_NOT_ALLOW)),
    _e("harass, abuse, threaten, or incite violence towards any individual or group, "
       "including our employees, officers, and agents, or other users;",
       "harasses or abuses another individual or group, including our employees, officers, "
       "and agents, or other users;", GH_AUP, context=("## 2. User Safety", _DO_NOT_ALLOW)),
    _e(None, "is off-topic, or interacts with platform features in a way that significantly "
       "or repeatedly disrupts the experience of other users.", GH_AUP,
       obligations=(NEW_PROHIBITION,), context=("## 2. User Safety", _DO_NOT_ALLOW)),
    _e(None, "unlawfully shares unauthorized product licensing keys, software for generating "
       "unauthorized product licensing keys, or software for bypassing checks for product "
       "licensing keys, including extension of a free license beyond its trial period;",
       GH_AUP, obligations=(NEW_PROHIBITION,),
       context=("## 3. Intellectual Property, Authenticity, and Private Information",
                _DO_NOT_ALLOW)),
    _e(None, "incentivized by (or incentivizes inauthentic engagement with) rewards such as "
       "cryptocurrency airdrops, tokens, credits, gifts or other give-aways.", GH_AUP,
       obligations=(NEW_PROHIBITION,),
       context=("## 4. Spam and Inauthentic Activity on GitHub",
                "We do not allow content or activity on GitHub that is:")),
    _e("Automated excessive bulk activity and coordinated inauthentic activity, such as "
       "spamming, are prohibited on GitHub. Prohibited activities include:",
       "We do not allow content or activity on GitHub that is:", GH_AUP),
    _e("use our servers to disrupt or to attempt to disrupt, or to gain or to attempt to gain "
       "unauthorized access to, any service, device, data, account or network (unless "
       "authorized by the GitHub Bug Bounty program);",
       "uses our servers to disrupt or to attempt to disrupt, or to gain or to attempt to gain "
       "unauthorized access to, any service, device, data, account or network. Please note, "
       "activities permitted under bug bounty programs, such as the GitHub Bug Bounty program, "
       "are not considered “unauthorized,” but must only affect the organization whose bug "
       "bounty program authorized the activity.", GH_AUP,
       obligations=(NEW_REQUIREMENT,), context=("## 5. Site Access and Safety", _DO_NOT_ALLOW)),
    _e("You may scrape the website for the following reasons:",
       "You may use information from our Service for the following reasons, regardless of "
       "whether the information was scraped, collected through our API, or obtained "
       "otherwise:", GH_AUP),
    _e("Researchers may scrape public, non-personal information from the Service for research "
       "purposes, only if any publications resulting from that research are open access.",
       "Researchers may use public, non-personal information from the Service for research "
       "purposes, only if any publications resulting from that research are open access.",
       GH_AUP),
    _e("Archivists may scrape the Service for public data for archival purposes.",
       "Archivists may use public information from the Service for archival purposes.", GH_AUP),
    _e("Scraping refers to extracting data from our Service via an automated process, such "
       "as a bot or webcrawler. It does not refer to the collection of information through "
       "our API.",
       "Scraping refers to extracting information from our Service via an automated process, "
       "such as a bot or webcrawler. Scraping does not refer to the collection of information "
       "through our API.", GH_AUP),
    _e("You may not scrape the Service for spamming purposes, including for the purposes of "
       "selling User Personal Information (as defined in the GitHub Privacy Statement), such "
       "as to recruiters, headhunters, and job boards.",
       "You may not use information from the Service (whether scraped, collected through our "
       "API, or obtained otherwise) for spamming purposes, including for the purposes of "
       "sending unsolicited emails to users or selling personal information, such as to "
       "recruiters, headhunters, and job boards.", GH_AUP),
    _e("All use of data gathered through scraping must comply with the GitHub Privacy "
       "Statement.",
       "Your use of information from the Service must comply with the GitHub Privacy "
       "Statement.", GH_AUP),
    _e("Misuse of User Personal Information is prohibited.",
       "Misuse of personal information is prohibited.", GH_AUP),
    _e("If you collect any User Personal Information from the Service, you agree that you "
       "will only use that User Personal Information for the purpose for which that User has "
       "authorized it.",
       "If you collect any personal information from the Service, you agree that you will "
       "only use that personal information for the purpose for which that User has authorized "
       "it.", GH_AUP),
    _e("You may not promote or distribute content or activity that is illegal or otherwise "
       "prohibited by our Terms of Service, Community Guidelines, or Acceptable Use Policy, "
       "including excessive automated bulk activity (for example, spamming), get-rich-quick "
       "schemes, and misrepresentation or deception related to your promotion.",
       "You may not promote or distribute content or activity that is illegal or otherwise "
       "prohibited by our Terms of Service or Acceptable Use Policies, including excessive "
       "automated bulk activity (for example, spamming), get-rich-quick schemes, and "
       "misrepresentation or deception related to your promotion.", GH_AUP),
    _e(None, "Enforcement. GitHub retains full discretion to take action in response to a "
       "violation of these policies, including account suspension, account termination, or "
       "removal of content. Please also see our Community Guidelines for actions you can take "
       "if something or someone offends you.", GH_AUP),
    _e("use our servers for any form of excessive automated bulk activity (for example, "
       "spamming or cryptocurrency mining), to place undue burden on our servers through "
       "automated means, or to relay any form of unsolicited advertising or solicitation "
       "through our servers, such as get-rich-quick schemes;",
       "using our servers for any form of excessive automated bulk activity, to place undue "
       "burden on our servers through automated means, or to relay any form of unsolicited "
       "advertising or solicitation through our servers, such as get-rich-quick schemes;",
       GH_AUP, context=("We do not allow content or activity on GitHub that is:",)),
    _e("violate the privacy of any third party, such as by posting another person's personal "
       "information without consent.",
       "violates the privacy of any third party, such as by posting another person's personal "
       "information without consent.", GH_AUP, context=(_DO_NOT_ALLOW,)),
    _e("impersonate any person or entity, including any of our employees or representatives, "
       "including through false association with GitHub, or by fraudulently misrepresenting "
       "your identity or site's purpose; or",
       "impersonates any person or entity, including any of our employees or representatives, "
       "including through false association with GitHub, or by fraudulently misrepresenting "
       "your identity or site's purpose; or", GH_AUP, context=(_DO_NOT_ALLOW,)),
    _e("contains or installs any active malware or exploits, or uses our platform for exploit "
       "delivery (such as part of a command and control system); or",
       "directly supports unlawful active attack or malware campaigns that are causing "
       "technical harms — such as using our platform to deliver malicious executables or as "
       "attack infrastructure, for example by organizing denial of service attacks or "
       "managing command and control servers — with no implicit or explicit dual-use purpose "
       "prior to the abuse occurring; or", GH_AUP, context=(_DO_NOT_ALLOW,)),
    _e("2. Content Restrictions", "2. User Safety", GH_AUP),
    _e("9. Spam and Inauthentic Activity on GitHub",
       "4. Spam and Inauthentic Activity on GitHub", GH_AUP),
    _e("7. Excessive Bandwidth Use", "9. Excessive Bandwidth Use", GH_AUP),
    _e("You must not engage in activity that significantly harms other users. We will resolve "
       "disputes in favor of protecting users as a whole.",
       "You must not engage in activity that significantly harms other users.", GH_AUP),
    _e("We will resolve disputes in favor of protecting users as a whole.",
       "We will interpret our policies and resolve disputes in favor of protecting users as a "
       "whole.", GH_AUP),
    # --- GitHub and Export Controls -> GitHub and Trade Controls ----------------------------
    _e("GitHub.com, GitHub Enterprise Server, and the information you upload to either "
       "product may be subject to US export control laws, including U.S. Export "
       "Administration Regulations (the EAR).",
       "GitHub.com, GitHub Enterprise Server, and the information you upload to either "
       "product may be subject to trade control regulations, including under the U.S. Export "
       "Administration Regulations (the EAR).", GH_TRADE, countries=("US",)),
    _e("Although we've provided the following information below for your convenience, it is "
       "ultimately your responsibility to ensure that your use of GitHub's products and "
       "services complies with all applicable laws and regulations, including US export "
       "control laws.",
       "Although we've provided the following information below for your convenience, it is "
       "ultimately your responsibility to ensure that your use of GitHub's products and "
       "services complies with all applicable laws and regulations, including U.S. export "
       "control laws.", GH_TRADE, countries=("US",)),
    _e("Users are responsible for ensuring that the content they develop and share on "
       "GitHub.com complies with the U.S. export control laws, including the EAR and the U.S. "
       "International Traffic in Arms Regulations (ITAR). The cloud-hosted service offering "
       "available at GitHub.com has not been audited for compliance with ITAR or other export "
       "controls, and does not currently offer the ability to restrict repository access by "
       "country.",
       "Users are responsible for ensuring that the content they develop and share on "
       "GitHub.com complies with the U.S. export control laws, including the EAR and the U.S. "
       "International Traffic in Arms Regulations (ITAR). The cloud-hosted service offering "
       "available at GitHub.com has not been designed to host data subject to the ITAR and "
       "does not currently offer the ability to restrict repository access by country.",
       GH_TRADE, countries=("US",)),
    _e("GitHub may allow users in or ordinarily resident in jurisdictions subject to U.S. "
       "sanctions to access certain GitHub.com services pursuant to authorizations issued by "
       "the Office of Foreign Assets Controls (OFAC). Persons in and residents of these "
       "jurisdictions are prohibited from using IP proxies, VPNs, or other methods to "
       "disguise their location when accessing GitHub services and may only use GitHub for "
       "non-commercial, personal communications.",
       "U.S. trade control laws restrict what GitHub.com services can be made available to "
       "users in certain countries and territories. GitHub may allow users in or ordinarily "
       "resident in countries and territories subject to U.S. sanctions to access certain "
       "free GitHub.com services for personal communications in accordance to authorizations "
       "issued by the U.S. Treasury Department’s Office of Foreign Assets Controls (OFAC). "
       "Persons in or ordinarily resident in these countries and territories are prohibited "
       "from using IP proxies, VPNs, or other methods to disguise their location when "
       "accessing GitHub.com services, and may only use GitHub.com for non-commercial, "
       "personal communications.", GH_TRADE, countries=("US",)),
    _e("As such, GitHub Enterprise Server can be used to store ITAR- or other "
       "export-controlled information, however, end users are responsible for ensuring such "
       "compliance.",
       "As such, GitHub Enterprise Server can be used to store ITAR- or other "
       "export-controlled information, although, end users are nonetheless responsible for "
       "ensuring compliance with the ITAR and other applicable export controls.", GH_TRADE),
    _e("GitHub Enterprise Server is a commercial, mass-market product and has been assigned "
       "the Encryption Control Registration Number (ECCN) of 5D992.c and may be exported to "
       "most destinations with no license required (NLR).",
       "GitHub Enterprise Server is a commercial, mass-market product and has been assigned "
       "the Export Control Classification Number (ECCN) of 5D992.c and may be exported to "
       "most destinations with no license required (NLR).", GH_TRADE),
    _e("GitHub Enterprise Server may not be sold to, exported, or re-exported to any country "
       "listed in Country Group E:1 in Supplement No. 1 to part 740 of the EAR or to the "
       "Crimea region of Ukraine. This list currently contains Cuba, Iran, North Korea, Sudan "
       "& Syria, but is subject to change.",
       "GitHub Enterprise Server may not be sold to, exported, or re-exported to any country "
       "listed in Country Group E:1 in Supplement No. 1 to part 740 of the EAR or to the "
       "Crimea region of Ukraine. This list currently contains Cuba, Iran, North Korea, and "
       "Syria, but is subject to change.", GH_TRADE,
       countries=("CU", "IR", "KP", "SD", "SY", "UA")),
    _e(None, "Crimea, Cuba, Iran, North Korea, and Syria.", GH_TRADE,
       countries=("CU", "IR", "KP", "SY")),
    _e(None, "Travel in these regions may impact your account status, but availability may be "
       "reinstated once you are outside of the sanctioned country or territory upon "
       "submitting a successful individual account appeals request.", GH_TRADE),
    _e(None, "Free individual account users can make restricted private repositories public, "
       "for personal communications only, and not for commercial purposes.", GH_TRADE),
    _e("GitHub and Export Controls", "GitHub and Trade Controls", GH_TRADE),
    _e(None, "Nationality and ethnicity are not used to flag users for sanctions "
       "restrictions.", GH_TRADE),
    _e(None, "Unfortunately, our understanding of the law does not give us the option to allow "
       "downloads or deletion of private repository content, until otherwise authorized by "
       "the U.S. government.", GH_TRADE, countries=("US",)),
    # --- GitHub Bug Bounty safe harbor (renamed) --------------------------------------------
    _e("Refer to that third party's bug bounty policy, if they have one, or contact the third "
       "party either directly or through a legal representative before intiating any testing "
       "on that third party or their services.",
       "Refer to that third party's bug bounty policy, if they have one, or contact the third "
       "party either directly or through a legal representative before initiating any testing "
       "on that third party or their services.", GH_BOUNTY),
    _e("Bug Bounty Program Legal Safe Harbor", "GitHub Bug Bounty Program Legal Safe Harbor",
       GH_BOUNTY),
    # --- Contributor Covenant 1.3 -> 1.4 ------------------------------------------------------
    _e("The use of sexualized language or imagery",
       "The use of sexualized language or imagery and unwelcome sexual attention or advances",
       CC, context=("Examples of unacceptable behavior by participants include:",)),
    _e("Trolling or insulting/derogatory comments",
       "Trolling, insulting/derogatory comments, and personal or political attacks", CC,
       context=("Examples of unacceptable behavior by participants include:",)),
    _e("Publishing other's private information, such as physical or electronic addresses, "
       "without explicit permission",
       "Publishing others' private information, such as a physical or electronic address, "
       "without explicit permission", CC,
       context=("Examples of unacceptable behavior by participants include:",)),
    _e("Other unethical or unprofessional conduct",
       "Other conduct which could reasonably be considered inappropriate in a professional "
       "setting", CC, context=("Examples of unacceptable behavior by participants include:",)),
    _e("Instances of abusive, harassing, or otherwise unacceptable behavior may be reported "
       "by contacting a project maintainer at [INSERT EMAIL ADDRESS].",
       "Instances of abusive, harassing, or otherwise unacceptable behavior may be reported "
       "by contacting the project team at [INSERT EMAIL ADDRESS].", CC),
    _e("Maintainers are obligated to maintain confidentiality with regard to the reporter of "
       "an incident.",
       "The project team is obligated to maintain confidentiality with regard to the reporter "
       "of an incident.", CC),
    _e("Project maintainers who do not follow or enforce the Code of Conduct may be "
       "permanently removed from the project team.",
       "Project maintainers who do not follow or enforce the Code of Conduct in good faith may "
       "face temporary or permanent repercussions as determined by other members of the "
       "project's leadership.", CC),
    _e("This Code of Conduct applies both within project spaces and in public spaces when an "
       "individual is representing the project or its community.",
       "This Code of Conduct applies both within project spaces and in public spaces when an "
       "individual is representing the project or its community. Examples of representing a "
       "project or community include using an official project e-mail address, posting via "
       "an official social media account, or acting as an appointed representative at an "
       "online or offline event. Representation of a project may be further defined and "
       "clarified by project maintainers.", CC),
    _e(None, "Project maintainers are responsible for clarifying the standards of acceptable "
       "behavior and are expected to take appropriate and fair corrective action in response "
       "to any instances of unacceptable behavior.", CC, obligations=(NEW_REQUIREMENT,)),
    _e(None, "Further details of specific enforcement policies may be posted separately.", CC),
    _e("This Code of Conduct is adapted from the Contributor Covenant, version 1.3.0, "
       "available at https://www.contributor-covenant.org/version/1/3/0/code-of-conduct.html",
       "This Code of Conduct is adapted from the Contributor Covenant, version 1.4, available "
       "at https://www.contributor-covenant.org/version/1/4/code-of-conduct.html", CC),
    _e("We are committed to making participation in this project a harassment-free experience "
       "for everyone, regardless of level of experience, gender, gender identity and "
       "expression, sexual orientation, functional diversity, personal appearance, body size, "
       "race, ethnicity, age, religion, or nationality.",
       "In the interest of fostering an open and welcoming environment, we as contributors and "
       "maintainers pledge to making participation in our project and our community a "
       "harassment-free experience for everyone, regardless of age, body size, disability, "
       "ethnicity, gender identity and expression, level of experience, education, "
       "socio-economic status, nationality, personal appearance, race, religion, or sexual "
       "identity and orientation.", CC),
    _e("Contributor Code of Conduct", "Contributor Covenant Code of Conduct", CC),
    # --- Twilio Messaging Policy -------------------------------------------------------------
    _e("This Messaging Policy applies to SMS, MMS, Chat, and WhatsApp messaging channels.",
       "This Messaging Policy applies to SMS, MMS, Conversations, and Third-Party Messaging "
       "Platform channels.", TW_MP_OLD, products=("SMS", "MMS", "WhatsApp")),
    _e("Last Updated: November 12, 2024", "Last Updated: April 9, 2026", TW_MP),
    _e("Twilio Messaging Policy: SMS, MMS, Conversations, Third-Party Messaging Platforms",
       "Twilio Messaging Policy", TW_MP, products=("SMS", "MMS")),
    _e(None, "You are prohibited from transmitting person-to-person (P2P) messages via the "
       "Twilio Messaging Services.", TW_MP, obligations=(NEW_PROHIBITION,)),
    _e("Twilio treats all messaging transmitted via Twilio’s platform - regardless of use case "
       "or phone number type (e.g., long code, short code, or toll-free) - as "
       "Application-to-Person (A2P) messaging.",
       "Twilio treats any and all messages transmitted via the Twilio Messaging Services as "
       "non-consumer or application-to-person (A2P) messages, regardless of the actual "
       "content of the message or the type of message recipient.", TW_MP,
       products=("Toll-Free", "Short Code")),
    _e("This policy applies to all customers who use Twilio’s messaging channels.",
       "This Messaging Policy applies to you, your organization, your End Users, and your "
       "customers.", TW_MP),
    _e(None, "P2P messaging, on the other hand, is generally defined as a two-way (back and "
       "forth) messaging conversation between two humans.", TW_MP),
    _e(None, "A2P messaging includes, but is not limited to, marketing messages, appointment "
       "reminders, chat bots or virtual assistants, notifications, and one-time passwords "
       "(OTPs) or personal identification number (PIN) codes.", TW_MP),
    # --- Twilio forbidden message categories (US / Canada) ----------------------------------
    _e("Forbidden message categories for SMS and MMS in the US and Canada",
       "Forbidden Message Categories in the US and Canada (Short Code, Toll-Free, and Long "
       "Code)", TW_FORBIDDEN, countries=("CA", "US"),
       products=("SMS", "MMS", "Toll-Free", "Short Code")),
    _e("The following messaging use cases are not allowed on SMS or MMS in the United States "
       "or Canada.",
       "The messaging use cases described below are strictly prohibited on SMS and MMS "
       "platforms in the United States and Canada.", TW_FORBIDDEN, countries=("CA", "US"),
       products=("SMS", "MMS")),
    _e("The below information applies to long code messaging with the rollout of the new A2P "
       "10DLC system, in addition to short code and Toll-Free messaging.",
       "These guidelines apply to Short Code, Toll-Free, and Long Code messaging under the new "
       "A2P 10DLC system.", TW_FORBIDDEN, products=("A2P 10DLC", "Toll-Free", "Short Code")),
    _e(None, "Certain types of messages are not allowed, and we take these restrictions "
       "seriously to maintain a safe and reliable messaging environment for all users.",
       TW_FORBIDDEN, obligations=(NEW_PROHIBITION,)),
    _e(None, "It is essential to refrain from engaging in the following activities listed in "
       "the table below.", TW_FORBIDDEN, obligations=(NEW_PROHIBITION,)),
    _e("Please note, there are some rules about message contents, even when your use case is "
       "not forbidden.",
       "Even if your specific use case is not listed as prohibited, certain message content "
       "may still be subject to restrictions.", TW_FORBIDDEN),
    # --- Twilio blog, syndicated first text -> current text ---------------------------------
    _e("Historically, Twilio has had a hard-coded 4-hour call limit for all Voice calls.",
       "Historically, Twilio has had a hard-coded four-hour call limit for all Voice calls.",
       TW_BLOG, products=("Voice",)),
    _e("With this release, we’ve extended the maximum Voice call duration on Programmable "
       "Voice calls from just 4 hours to a whopping 24 hours.",
       "With this release, we’ve extended the maximum Voice call duration on Programmable "
       "Voice calls from just four hours to a whopping 24 hours.", TW_BLOG,
       products=("Voice",)),
    _e("You can use any value between just 1 minute, all the way up to that 24 hour limit and "
       "can even easily change or update that limit on active calls!",
       "You can use any value between just one minute, all the way up to that 24 hour limit. "
       "You can even update that limit on active calls!", TW_BLOG),
    _e("If you’ve ever found yourself wanting more time for your Twilio voice calls, or the "
       "ability to better configure time limits depending on a call, we have some awesome "
       "news!",
       "If you’ve ever found yourself wanting more time for your Twilio Voice calls, or the "
       "ability to better configure time limits depending on a call, we have some awesome "
       "news!", TW_BLOG, products=("Voice",)),
    _e("Short duration limits can mitigate the effect of unwanted long calls:",
       "Short duration limits can mitigate the effects of unwanted, long calls.", TW_BLOG),
    _e("In your day to day work, there may be many reasons why you need both short and long "
       "limits on call durations:",
       "In your day-to-day work, there may be many reasons why you need both short and long "
       "limits on call durations.", TW_BLOG),
    # --- Twilio T-Mobile / A2P 10DLC article: the September 2022 notice ---------------------
    _e(None, "Customers should no longer submit new Starter Brand registrations. The new Low "
       "Volume Standard Brand will be available September 28, 2022 and should be used if you "
       "have a Tax ID (EIN) and low traffic requirement (less than 6,000 messages per day ). "
       "Low Volume Standard Brand registration will be available for $4 USD. Campaign "
       "registration fees that used to be $50/campaign setup will be waived. (Note that "
       "Standard Brand and campaign registrations were previously available for $94 USD.) "
       "Low Volume Mixed use case campaigns have a monthly fee.", TW_TMO,
       quantities=((None, "6000", "message per day"), (None, "4", "USD"),
                   (None, "50", "USD per campaign"), (None, "94", "USD")),
       deadlines=("2022-09-28",)),
    _e(None, "Existing Starter Brands will need to meet the new guidelines by November 3, "
       "2022.", TW_TMO, obligations=(NEW_REQUIREMENT,), deadlines=("2022-11-03",)),
    _e(None, "Additionally, Starter Brands aren’t allowed to send political traffic. To send "
       "political content, register with Campaign Verify using the Political Use Case, and "
       "then register your Standard Brand.", TW_TMO, obligations=(NEW_PROHIBITION,)),
    _e(None, "Existing Starter Brands that don’t meet these new guidelines are subject to "
       "removal by Twilio after November 3, 2022. For a full overview of the new Starter "
       "changes and guidance on Brand registration, please see Twilio’s blog post.", TW_TMO,
       deadlines=("2022-11-03",)),
    _e(None, "Effective immediately, Twilio will deprecate the ability to register new Starter "
       "Brands due to updated registration requirements from The Campaign Registry (TCR).",
       TW_TMO),
    # --- GitHub Actions limits ---------------------------------------------------------------
    _e("Workflow run time - Each workflow run is limited to 72 hours. If a workflow run "
       "reaches this limit, the workflow run is cancelled.",
       "Workflow run time - Each workflow run is limited to 35 days. If a workflow run reaches "
       "this limit, the workflow run is cancelled. This period includes execution duration, "
       "and time spent on waiting and approval.", GH_ACTIONS,
       quantities=(("72", "35", "hour -> day"),)),
    _e(None, "Workflow execution limit | Re-run | 50 re-runs | A workflow run can be re-run a "
       "maximum of 50 times. This limit includes both full re-runs and re-runs of a subset of "
       "jobs. | Support ticket |", GH_LIMITS, quantities=((None, "50", "re-run"),)),
    _e(None, "Workflow file | Workflow file size | 500 KB per file | A workflow file larger "
       "than 500 KB will not start runs. See Workflow file size. | |", GH_LIMITS,
       quantities=((None, "500", "KB per file"),)),
    _e("Workflow run queue - No more than 500 workflow runs can be queued in a 10 second "
       "interval per repository. If a workflow run reaches this limit, the workflow run is "
       "terminated and fails to complete.",
       "Workflows queuing | Workflow run queued | 500 workflow runs / 10 seconds | When the "
       "limit is reached, the workflow runs that were supposed to be triggered by the webhook "
       "events will be blocked and will not be queued. |",
       "GitHub Docs: usage limits for self-hosted runners (GHES 3.14) -> actions limits table"),
    # --- GitHub misinformation policy: published text -> revision in Examples/ ------------
    _e("We encourage active participation in the expression of ideas, perspectives, and "
       "experiences and may not be in a position to dispute personal accounts or "
       "observations. We generally allow parody and satire that is in line with our "
       "Acceptable Use Policies, and we consider context to be important in how information "
       "is received and understood.",
       "We encourage active participation in the expression of ideas, perspectives, and "
       "experiences and may not be in a position to dispute personal accounts or "
       "observations. We generally allow parody and satire that is in line with our "
       "Acceptable Use Polices, and we consider context to be important in how information "
       "is received and understood.", GH_MISINFO),
    _e(None, "Synthetic & Manipulated Media Tools", GH_MISINFO),
    _e(None, "GitHub does not allow any projects that are designed for, encourage, promote, "
       "support, or suggest in any way the use of synthetic or manipulated media for the "
       "creation of non-consensual intimate imagery or any content that would constitute "
       "misinformation or disinformation under this policy.", GH_MISINFO,
       obligations=(NEW_PROHIBITION,), context=("## Synthetic & Manipulated Media Tools",)),
    # --- more of the Twilio pages above -----------------------------------------------------
    _e("“Runaway” calls due to equipment or network issues", None, TW_BLOG,
       context=("Short duration limits can mitigate the effect of unwanted long calls:",)),
    _e("Broadcast/Voicemail scenarios", None, TW_BLOG,
       context=("Short duration limits can mitigate the effect of unwanted long calls:",)),
    _e("Lastly, we have also provided some suggested alternatives for conducting certain "
       "forbidden use cases.", None, TW_FORBIDDEN),
    _e(None, "At Twilio, we prioritize compliance and aim to provide clear guidelines to ensure "
       "seamless communication while upholding regulatory standards.", TW_FORBIDDEN),
    _e(None, "If you have any questions or need further clarification, our dedicated support "
       "team is here to assist you.", TW_FORBIDDEN),
    _e(None, "Please note that these forbidden use cases are not only related to the content "
       "of the message but the business type itself.", TW_FORBIDDEN),
    _e("This principle is central to Twilio's Acceptable Use Policy.",
       "This Messaging Policy applies in addition to, and forms part of, Twilio's Acceptable "
       "Use Policy.", TW_MP),
    _e(None, "These restrictions and requirements ensure that all messages transmitted via the "
       "Twilio Messaging Services are safe, wanted, and legal.", TW_MP),
)

# --- Realistic edits of real sentences (only one version public) ---------------------------
_PROHIBITED_LEAD = ("Thus, you agree not to use, and not to encourage or allow any End User to "
                    "use, Twilio’s Services in prohibited manners, including but not limited "
                    "to the following:")
_MINIMUM_LEAD = ("Furthermore, you agree that the following minimum usage and call duration "
                 "requirements, which will be measured at the master account level on a "
                 "calendar month basis, apply to your use of the Services:")
EDITED: tuple[Edit, ...] = (
    _e("No more than 10% of your outbound voice calls may be under twelve (12) seconds in "
       "duration.",
       "No more than 10% of your outbound voice calls may be under six (6) seconds in "
       "duration.", TW_AUP_2016 + " (edited)", quantities=(("12", "6", "second"),),
       products=("Voice",), context=(_MINIMUM_LEAD,)),
    _e("No more than 10% of your inbound toll-free voice calls may be under twelve (12) "
       "seconds in duration.",
       "No more than 15% of your inbound toll-free voice calls may be under twelve (12) "
       "seconds in duration.", TW_AUP_2016 + " (edited)", quantities=(("10", "15", "%"),),
       products=("Toll-Free", "Voice"), context=(_MINIMUM_LEAD,)),
    _e("Each phone number must have at least two (2) transmissions, which transmissions may be "
       "in the form of an inbound or outbound call, or SMS message.",
       "Each phone number must have at least five (5) transmissions, which transmissions may "
       "be in the form of an inbound or outbound call, or SMS message.",
       TW_AUP_2016 + " (edited)", quantities=(("2", "5", "transmission"),),
       products=("SMS",)),
    _e("Using the Services to harvest or otherwise collect information about others, "
       "including email addresses or phone numbers.",
       "Using the Services to harvest or otherwise collect information about others, "
       "including email addresses or phone numbers, or to train machine learning models on "
       "such information.", TW_AUP_2016 + " (edited)", context=(_PROHIBITED_LEAD,)),
    _e(None, "Using the Services to send messages related to cannabis or CBD products in the "
       "United States.", TW_AUP_2016 + " (edited)", obligations=(NEW_PROHIBITION,),
       countries=("US",), context=(_PROHIBITED_LEAD,)),
    _e("Using the Services to engage in or in connection with fraudulent activity.", None,
       TW_AUP_2016 + " (edited)", obligations=(DROPPED_PROHIBITION,),
       context=(_PROHIBITED_LEAD,)),
    _e("You should only send SMS messages to recipients who have opted in to your service and "
       "are expecting communication from you.",
       "You must only send SMS messages to recipients who have opted in to your service and "
       "are expecting communication from you.", TW_SMS_HELP + " (edited)",
       obligations=(("recommendation", "obligation"),), products=("SMS",)),
    _e("You should not knowingly call numbers that have been listed on any municipality's or "
       "federal Do Not Call Registry.",
       "You must not knowingly call numbers that have been listed on any municipality's or "
       "federal Do Not Call Registry.", TW_CALLS_HELP + " (edited)",
       obligations=(("recommendation", "prohibition"),)),
    _e("Inbound and outbound communications between emergency service providers and end users "
       "are explicitly not permitted on Twilio numbers, except when using E911 via our "
       "Elastic SIP Trunking service.",
       "Inbound and outbound communications between emergency service providers and end users "
       "are permitted on Twilio numbers when using E911 via our Elastic SIP Trunking "
       "service.", TW_CALLS_HELP + " (edited)", obligations=(("prohibition", "permission"),),
       products=("SIP Trunking",)),
    _e("Marketing SMS messages within the US must first register for the A2P 10DLC Plan "
       "before sending toward recipients.",
       "Marketing SMS messages within the US must first register for the A2P 10DLC Plan by "
       "March 1, 2026 before sending toward recipients.", TW_SMS_HELP + " (edited)",
       deadlines=("2026-03-01",), countries=("US",), products=("SMS", "A2P 10DLC")),
    _e("Alternatively, you can also send marketing SMS messages using shortcodes(special 5 or "
       "6-digit numbers).",
       "Alternatively, you must send marketing SMS messages using shortcodes(special 5 or "
       "6-digit numbers).", TW_SMS_HELP + " (edited)",
       obligations=(("permission", "obligation"),), products=("SMS", "Short Code")),
    _e("Twilio prohibits using the Twilio Voice Services to (a) transmit misleading or "
       "inaccurate caller ID information to the recipient of a voice call and (b) place voice "
       "calls that generate an unacceptable number of complaints from consumers.",
       "Twilio discourages using the Twilio Voice Services to (a) transmit misleading or "
       "inaccurate caller ID information to the recipient of a voice call and (b) place voice "
       "calls that generate an unacceptable number of complaints from consumers.",
       TW_VOICE + " (edited)", obligations=(("prohibition", None),), products=("Voice",)),
    _e("If you use the Twilio Voice Services to place telemarketing or advertising voice "
       "calls, you must do the following:",
       "If you use the Twilio Voice Services to place telemarketing or advertising voice "
       "calls, you should do the following:", TW_VOICE + " (edited)",
       obligations=(("obligation", "recommendation"),), products=("Voice",)),
    _e(None, "Not place voice calls to phone numbers between 9 p.m. and 8 a.m. in the callee's "
       "local time.", TW_VOICE + " (edited)",
       quantities=((None, "21:00", "time of day"), (None, "08:00", "time of day")),
       obligations=(NEW_PROHIBITION,), products=("Voice",),
       context=("If you use the Twilio Voice Services to place telemarketing or advertising "
                "voice calls, you must do the following:",)),
    _e("Every Twilio account (including subaccounts) has 1 CPS by default.",
       "Every Twilio account (including subaccounts) has 5 CPS by default.",
       TW_CPS + " (edited)", quantities=(("1", "5", "call per second"),)),
    _e("Twilio will queue up to 24 hours of calls. At 1 CPS, this is 86,400 calls.",
       "Twilio will queue up to 4 hours of calls. At 1 CPS, this is 14,400 calls.",
       TW_CPS + " (edited)", quantities=(("24", "4", "hour"), ("86400", "14400", "call"))),
    _e("Carrier rate limits: 1,000 messages/day limit on T-Mobile and 15 messages/minute limit "
       "on AT&T per Campaign.",
       "Carrier rate limits: 3,000 messages/day limit on T-Mobile and 15 messages/minute limit "
       "on AT&T per Campaign.", TCR_SP + " (edited)",
       quantities=(("1000", "3000", "message per day"),)),
    _e("10DLC Campaign Service Activation or Migration: $50 one-time fee for each campaign "
       "provisioned.",
       "10DLC Campaign Service Activation or Migration: $250 one-time fee for each campaign "
       "provisioned.", TMO_10DLC + " (edited)", quantities=(("50", "250", "USD"),),
       products=("A2P 10DLC",)),
    _e("10DLC SMS per message fee (MT and MO): This pass-through fee is being finalized by "
       "T-Mobile and is expected to be $0.003 after February 28.",
       "10DLC SMS per message fee (MT and MO): This pass-through fee is being finalized by "
       "T-Mobile and is expected to be $0.0045 after February 28.", TMO_10DLC + " (edited)",
       quantities=(("0.003", "0.0045", "USD"),), products=("SMS", "A2P 10DLC")),
    _e("Tier 1: 1K business-initiated conversations with unique customers in a rolling "
       "24-hour period.",
       "Tier 1: 2K business-initiated conversations with unique customers in a rolling "
       "24-hour period.", WA_LIMITS + " (edited)",
       quantities=(("1000", "2000", "business-initiated conversation"),)),
    _e("you have been at your current messaging limit for at least 48 hours",
       "you have been at your current messaging limit for at least 6 hours",
       WA_LIMITS + " (edited)", quantities=(("48", "6", "hour"),)),
    _e("GitHub Pages sites have a soft bandwidth limit of 100GB per month.",
       "GitHub Pages sites have a soft bandwidth limit of 50GB per month.",
       GH_PAGES + " (edited)", quantities=(("100", "50", "GB per month"),)),
    _e("GitHub Pages sites have a soft limit of 10 builds per hour.",
       "GitHub Pages sites have a soft limit of twenty (20) builds per hour.",
       GH_PAGES + " (edited)", quantities=(("10", "20", "build per hour"),)),
    _e("For invoiced customers, you must pay the fees within thirty (30) days of the GitHub "
       "invoice date.",
       "For invoiced customers, you must pay the fees within forty-five (45) days of the "
       "GitHub invoice date.", "github/site-policy github-additional-product-terms.md (edited)",
       quantities=(("30", "45", "day"),)),
    _e("Customer agrees not to obtain phone numbers via Customer's account for the sole "
       "purpose of immediately porting them out.",
       "Customer may obtain phone numbers via Customer's account for the sole purpose of "
       "immediately porting them out.", TW_PHONE + " (edited)",
       obligations=(("prohibition", "permission"),)),
    _e("If Customer is considered a domestic or foreign voice service provider by the Federal "
       "Communications Commission (“FCC”), Customer is required to register with the FCC’s "
       "Robocall Mitigation Database.",
       "If Customer is considered a domestic or foreign voice service provider by the Federal "
       "Communications Commission (“FCC”), Customer is encouraged to register with the FCC’s "
       "Robocall Mitigation Database.", TW_ROBO + " (edited)",
       obligations=(("obligation", "recommendation"),), products=("Voice",)),
    _e(None, "Customers sending messages to Brazil must register their Alphanumeric Sender ID "
       "with the local carriers no later than 30 June 2026.", TW_SCSR + " (edited)",
       obligations=(NEW_REQUIREMENT,), deadlines=("2026-06-30",), countries=("BR",),
       products=("Alphanumeric Sender ID",)),
    _e(None, "Messages containing URL shorteners are not permitted.", TW_SCSR + " (edited)",
       obligations=(NEW_PROHIBITION,), countries=("IN",),
       context=("# Country Specific Requirements for Communications Services", "## India")),
    _e("Customer must obtain the recipient's consent before sending promotional messages.",
       "Customer must obtain the recipient's written consent before sending promotional "
       "messages and keep a record of it for 2 years.", TW_SCSR + " (edited)",
       quantities=((None, "2", "year"),), countries=("DE",),
       context=("# Country Specific Requirements for Communications Services", "## Germany")),
    _e("Our updated Terms of Service and updated Acceptable Use Policy will be effective on "
       "February 1, 2021 for new customers and March 15, 2021 for existing customers.",
       "Our updated Terms of Service and updated Acceptable Use Policy will be effective on "
       "February 1, 2021 for new customers and April 1, 2021 for existing customers.",
       "https://www.twilio.com/legal/tos-aup-updates (edited)", effective="2021-04-01"),
    _e("This policy will go into effect on May 4, 2022.",
       "This policy will go into effect on June 1, 2022.", TW_VOICE_2022 + " (edited)",
       effective="2022-06-01"),
    _e(None, "Twilio will no longer support sending WhatsApp template messages from unverified "
       "senders after January 31, 2026.", TW_NOTICE + " (edited)",
       deadlines=("2026-01-31",), products=("WhatsApp",)),
    _e("Persons in and residents of these jurisdictions are prohibited from using IP proxies, "
       "VPNs, or other methods to disguise their location when accessing GitHub services.",
       "Persons in and residents of these jurisdictions are allowed to use IP proxies, VPNs, "
       "or other methods when accessing GitHub services.", GH_TRADE + " (edited)",
       obligations=(("prohibition", "permission"),)),
    _e("Twilio may update or modify these Requirements from time to time.",
       "Twilio may update or modify these Requirements from time to time, as set out in the "
       "change log.", TW_SCSR + " (edited)"),
    _e("These Requirements are part of the AUP.", "These Requirements form part of the AUP.",
       TW_SCSR + " (edited)"),
    _e("Customer will keep the foregoing information current and provide reasonable "
       "cooperation regarding information requests from law enforcement, regulators, or "
       "telecommunications providers.",
       "Customer will keep the foregoing information current and provide reasonable "
       "cooperation regarding information requests from law enforcement, regulators or "
       "telecommunication providers.", TW_PHONE + " (edited)"),
    _e("Mass marketing restrictions vary from country to country. For US marketing SMS "
       "messages, explicit consent from the recipient is still required.",
       "Mass marketing restrictions vary from country to country. For US and Canada "
       "marketing SMS messages, explicit consent from the recipient is still required.",
       TW_SMS_HELP + " (edited)", countries=("CA", "US"), products=("SMS",)),
)

CORPUS: tuple[Edit, ...] = EDITS + EDITED
