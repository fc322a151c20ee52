#!/usr/bin/env python3
"""Deterministic corpus of realistic, valid session notes (issue 7).

    python3 scripts/corpus.py N OUTDIR [--seed S]

writes OUTDIR/Input/sessies/<org-slug>-<tech-slug>-<n>.md: N sessions shaped
like real notes (front matter, a case of 2-4 paragraphs, 6-10 actors, 10-16
effects, 8-12 values of which 1-3 core and 0-2 parked, 12-18 options over the
three directions, a summary, sometimes next steps and private notes), about a
quarter in English. Every session passes `begeleid check` without errors: every
effect names declared values, every value is named by an effect, every value
that is not parked has an option, and every actor is mentioned. Only
random.Random(seed) is used, so the same N and seed give the same bytes.

Three quarters of the sessions name their participants (`naam:` under each
role, names anonymous), as real notes do: the check that no name is in the
published text (`participant-name-in-text`) then has names to look for, as it
has in a real build. They come from a generator of their own per session
(seeded with the seed and the session's number), so the rest of each note is
what it was before names were added.
"""
import argparse, datetime, json, pathlib, random, re, unicodedata

# Organisations: (Dutch name, English name, slug).
ORGS = [(f"Gemeente {c}", f"Municipality of {c}", c.lower().replace(" ", "-")) for c in
        ["Zwolle", "Breda", "Utrecht", "Groningen", "Enschede", "Tilburg", "Amersfoort", "Leeuwarden",
         "Deventer", "Eindhoven", "Den Haag", "Nijmegen", "Apeldoorn", "Almere", "Maastricht", "Súdwest-Fryslân"]] + \
       [(f"Provincie {p}", f"Province of {p}", f"provincie-{s}") for p, s in
        [("Overijssel", "overijssel"), ("Gelderland", "gelderland"), ("Noord-Brabant", "noord-brabant"),
         ("Fryslân", "fryslan"), ("Zeeland", "zeeland"), ("Limburg", "limburg")]] + [
    ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Ministry of the Interior and Kingdom Relations", "bzk"),
    ("Ministerie van Infrastructuur en Waterstaat", "Ministry of Infrastructure and Water Management", "ienw"),
    ("Ministerie van Landbouw, Natuur en Voedselkwaliteit", "Ministry of Agriculture, Nature and Food Quality", "lnv"),
    ("Ministerie van Volksgezondheid, Welzijn en Sport", "Ministry of Health, Welfare and Sport", "vws"),
    ("Waterschap Vechtstromen", "Vechtstromen Water Authority", "vechtstromen"),
    ("Waterschap Aa en Maas", "Aa en Maas Water Authority", "aa-en-maas"),
    ("Hoogheemraadschap van Rijnland", "Rijnland Water Authority", "rijnland"),
    ("RDW", "RDW", "rdw"), ("UWV", "UWV", "uwv"), ("DUO", "DUO", "duo"), ("SVB", "SVB", "svb"),
    ("CJIB", "CJIB", "cjib"), ("Rijkswaterstaat", "Rijkswaterstaat", "rijkswaterstaat"),
    ("Kadaster", "Kadaster", "kadaster"), ("Belastingdienst", "Netherlands Tax Administration", "belastingdienst")]

# Technologies: Dutch | Dutch with article | English | English with article | slug.
TECHS = [t.split("|") for t in [
    "Digital twin|de digital twin|Digital twin|the digital twin|digital-twin",
    "Sensoren in stallen|de sensoren in de stallen|Barn sensors|the barn sensors|sensoren-stallen",
    "Sentimentmeter|de sentimentmeter|Sentiment monitor|the sentiment monitor|sentimentmeter",
    "Algoritme voor fraudesignalering|het algoritme voor fraudesignalering|Fraud signalling algorithm|the fraud signalling algorithm|fraudesignalering",
    "Slimme camera's|de slimme camera's|Smart cameras|the smart cameras|slimme-cameras",
    "Chatbot voor klantvragen|de chatbot|Chatbot for citizen questions|the chatbot|chatbot",
    "Drones voor inspecties|de drones|Inspection drones|the drones|drones",
    "Risicomodel voor schooluitval|het risicomodel|Dropout risk model|the risk model|risicomodel-schooluitval",
    "Spraakherkenning in de meldkamer|de spraakherkenning|Speech recognition in the control room|the speech recognition|spraakherkenning",
    "Generatieve AI voor beleidsnotities|de AI-schrijfhulp|Generative AI for policy notes|the AI writing assistant|generatieve-ai",
    "Slimme lantaarnpalen|de slimme lantaarnpalen|Smart street lights|the smart street lights|slimme-lantaarnpalen",
    "Satellietbeelden voor handhaving|de satellietbeelden|Satellite imagery for enforcement|the satellite imagery|satellietbeelden",
    "Waterstandsensoren in dijken|de dijksensoren|Water level sensors in dykes|the dyke sensors|dijksensoren",
    "Kentekenherkenning (ANPR)|de kentekencamera's|Number plate recognition (ANPR)|the ANPR cameras|anpr",
    "Bodycams voor handhavers|de bodycams|Body cameras for enforcement officers|the body cameras|bodycams",
    "Slimme energiemeters|de slimme meters|Smart energy meters|the smart meters|slimme-energiemeters"]]

# Actors: (Dutch name, description, English name, description).
ACTORS = [
    ("Inwoners", "wonen en werken in het gebied", "Residents", "live and work in the area"),
    ("Medewerkers", "werken dagelijks met het systeem", "Staff", "work with the system every day"),
    ("Bestuur", "college of directie dat besluit over de inzet", "Board", "decides on the use of the system"),
    ("Gemeenteraad", "controleert het bestuur en stelt kaders", "Council", "holds the board to account"),
    ("Leverancier", "levert en onderhoudt de technologie", "Supplier", "delivers and maintains the technology"),
    ("FG", "functionaris gegevensbescherming", "DPO", "the data protection officer"),
    ("Data-analisten", "bouwen en beheren het model", "Data scientists", "build and maintain the model"),
    ("Toezichthouders", "houden toezicht op naleving", "Inspectors", "check compliance in the field"),
    ("Ondernemers", "hebben een bedrijf in het gebied", "Entrepreneurs", "run a business in the area"),
    ("Jongeren", "zijn op andere plekken actief dan de rest", "Young people", "are active in other places"),
    ("Ouderen", "hebben minder ervaring met digitale diensten", "Older people", "have less experience with digital services"),
    ("Journalisten", "volgen en bevragen de overheid", "Journalists", "follow and question the government"),
    ("Handhavers", "treden op bij overtredingen", "Enforcement officers", "act when rules are broken"),
    ("Beleidsadviseurs", "schrijven het beleid en de kaders", "Policy advisers", "write the policy and its frames"),
    ("Klantcontactmedewerkers", "beantwoorden vragen van burgers", "Contact centre staff", "answer questions from citizens"),
    ("Boeren", "werken met het systeem op hun bedrijf", "Farmers", "use the system on their farms"),
    ("Belangenorganisaties", "komen op voor specifieke groepen", "Advocacy groups", "speak for specific groups"),
    ("Onderzoekers", "kijken onafhankelijk mee", "Researchers", "take an independent look"),
    ("ICT-afdeling", "beheert de infrastructuur", "IT department", "runs the infrastructure"),
    ("Ketenpartners", "werken met dezelfde gegevens", "Chain partners", "work with the same data")]

# Values: (Dutch, explanation, English, explanation).
VALUES = [
    ("Privacy", "niet zonder reden gevolgd of geregistreerd worden", "Privacy", "not being followed or recorded without reason"),
    ("Autonomie", "zelf kunnen kiezen en oordelen", "Autonomy", "being able to choose and judge for oneself"),
    ("Rechtvaardigheid", "gelijke gevallen gelijk behandelen", "Justice", "treating like cases alike"),
    ("Transparantie", "open zijn over wat het systeem doet", "Transparency", "being open about what the system does"),
    ("Veiligheid", "fysiek en sociaal veilig zijn", "Safety", "being physically and socially safe"),
    ("Duurzaamheid", "zorg voor de leefomgeving op lange termijn", "Sustainability", "care for the environment in the long run"),
    ("Gezondheid", "lichamelijk en geestelijk welzijn", "Health", "physical and mental well-being"),
    ("Vertrouwen", "tussen burgers en overheid", "Trust", "between citizens and government"),
    ("Menselijke maat", "achter elk geval zit een mens", "Human dignity", "behind every case there is a person"),
    ("Inclusie", "iedereen kan meedoen", "Inclusion", "everyone can take part"),
    ("Verantwoordelijkheid", "duidelijk wie waarop aanspreekbaar is", "Accountability", "clear who answers for what"),
    ("Doelmatigheid", "publiek geld goed besteden", "Efficiency", "spending public money well"),
    ("Betrouwbaarheid", "de uitkomsten kloppen", "Reliability", "the outcomes are correct"),
    ("Vrijheid", "je vrij kunnen bewegen en uiten", "Freedom", "moving and speaking freely"),
    ("Proportionaliteit", "de inbreuk staat in verhouding tot het doel", "Proportionality", "the intrusion fits the aim"),
    ("Dierenwelzijn", "dieren hebben het goed", "Animal welfare", "animals are well"),
    ("Zorgvuldigheid", "besluiten worden goed voorbereid", "Due care", "decisions are prepared with care"),
    ("Rechtszekerheid", "weten waar je aan toe bent", "Legal certainty", "knowing where you stand"),
    ("Toegankelijkheid", "de dienst is voor iedereen bruikbaar", "Accessibility", "the service works for everyone"),
    ("Professionaliteit", "het vakmanschap van medewerkers telt", "Professionalism", "the craft of staff counts")]

EFFECTS = {"nl": {"+": [
    "Problemen worden eerder gesignaleerd dan nu met {tl}", "Medewerkers hebben meer tijd voor het *echte* werk",
    "Beslissingen rusten op actuele gegevens in plaats van op indrukken", "Minder onnodige controles bij mensen die niets fout doen",
    "Burgers krijgen sneller antwoord op hun vraag", "Beter zicht op de effecten van beleid op de lange termijn",
    "Schaarse capaciteit gaat naar de plekken waar die het meest nodig is", "Minder uitstoot doordat ritten en inspecties gericht worden gepland",
    "De organisatie leert van patronen die met het blote oog niet opvallen", "Risico's voor de gezondheid worden **eerder** zichtbaar",
    "Afspraken met ketenpartners worden concreter door gedeelde cijfers", "Het gesprek met de raad gaat over feiten",
    "Kleine organisaties krijgen toegang tot kennis die eerst alleen grote hadden", "Fouten in handmatig werk nemen af"],
    "-": [
    "Mensen weten niet dat hun gegevens door {tl} worden gebruikt", "Het systeem neemt vooroordelen over uit de historische gegevens",
    "Medewerkers gaan blind varen op de uitkomst en minder op hun eigen oordeel", "Wie digitaal minder vaardig is, valt buiten de boot",
    "Er ontstaat een gevoel van *permanent bekeken worden*", "Onduidelijk wie verantwoordelijk is als het systeem zich vergist",
    "Gegevens worden later voor andere doelen gebruikt dan afgesproken", "De leverancier krijgt te veel invloed op het beleid",
    "Fout-positieven leiden tot onterechte verdenkingen", "De kosten van beheer en onderhoud worden onderschat",
    "Uitzonderingen passen niet in het model en krijgen geen aandacht", "Het vertrouwen daalt als er een incident in het nieuws komt",
    "De raad kan de werking niet controleren, de code is niet openbaar", "Energieverbruik van de servers en opslag groeit ongemerkt"]},
    "en": {"+": [
    "Problems are spotted earlier than they are now with {tl}", "Staff have more time for the *real* work",
    "Decisions rest on current data instead of impressions", "Fewer needless checks on people who do nothing wrong",
    "Citizens get an answer to their question sooner", "Better view of the long-term effects of policy",
    "Scarce capacity goes where it is needed most", "Less emission because trips and inspections are planned with care",
    "The organisation learns from patterns that are invisible to the naked eye", "Health risks become visible **earlier**",
    "Agreements with chain partners become concrete through shared figures", "The debate in the council is about facts"],
    "-": [
    "People do not know that their data are used by {tl}", "The system inherits bias from historical data",
    "Staff follow the outcome blindly instead of their own judgement", "People with fewer digital skills are left behind",
    "A feeling of *being watched all the time*", "It is unclear who is responsible when the system is wrong",
    "Data are later used for other purposes than agreed", "The supplier gains too much influence on policy",
    "False positives lead to unjust suspicion", "The cost of maintenance is underestimated",
    "Exceptions do not fit the model and get no attention", "Trust drops when an incident makes the news"]}}

OPTIONS = {"nl": {
    "tech": ["Alleen geaggregeerde gegevens opslaan en ruwe data na 30 dagen wissen", "Bij elke uitkomst de belangrijkste redenen tonen",
             "Het model elk kwartaal testen op vooringenomenheid", "Een deel van de selectie willekeurig laten om terugkoppeling te doorbreken",
             "Privacy by design: gezichten en kentekens automatisch vervagen", "Een knop om handmatig af te wijken van het advies",
             "Logbestanden bijhouden van wie wat heeft ingezien", "Open standaarden gebruiken zodat wisselen van leverancier kan"],
    "env": ["Het systeem opnemen in het [Algoritmeregister](https://algoritmes.overheid.nl)", "Een DPIA uitvoeren en de grondslag vastleggen",
            "Jaarlijks een openbaar verslag over de inzet en de resultaten", "Een klachtenprocedure inrichten voor wie zich onterecht geraakt voelt",
            "Eén eigenaar aanwijzen die aanspreekbaar is op het systeem", "De verwerkersovereenkomst aanscherpen: geen hergebruik van gegevens",
            "Een klankbordgroep met inwoners en belangenorganisaties instellen", "Na een jaar evalueren met dezelfde groep"],
    "human": ["Medewerkers trainen in het kritisch lezen van de uitkomsten", "Uitkomsten altijd in een persoonlijk gesprek toelichten",
              "Een alternatief kanaal openhouden voor wie niet digitaal kan", "Twijfelgevallen bespreken in een wekelijks teamoverleg",
              "Data-analisten lopen twee keer per jaar mee in de praktijk", "Inwoners in begrijpelijke taal uitleggen wat er gebeurt",
              "Bestuurders leren de cijfers te lezen als signaal, niet als oordeel", "Goede voorbeelden delen in een intervisiegroep"]},
    "en": {
    "tech": ["Store only aggregated data and delete raw data after 30 days", "Show the main reasons behind every outcome",
             "Test the model for bias every quarter", "Keep part of the selection random to break the feedback loop",
             "Privacy by design: blur faces and number plates automatically", "A button to deviate from the advice by hand",
             "Keep logs of who looked at what", "Use open standards so that changing supplier stays possible"],
    "env": ["Publish the system in the [Algorithm Register](https://algoritmes.overheid.nl/en)", "Carry out a DPIA and record the legal basis",
            "An annual public report on the use and the results", "Set up a complaints procedure for people who feel wrongly affected",
            "Appoint one owner who answers for the system", "Tighten the processing agreement: no reuse of data",
            "Set up a sounding board with residents and advocacy groups", "Evaluate after a year with the same group"],
    "human": ["Train staff to read the outcomes critically", "Always explain outcomes in a personal conversation",
              "Keep another channel open for people who cannot use digital services", "Discuss doubtful cases in a weekly team meeting",
              "Data scientists join the field work twice a year", "Explain to residents in plain language what happens",
              "Teach the board to read the figures as a signal, not a verdict", "Share good practice in a peer review group"]}}

CASE = {"nl": [
    "Sinds {year} werkt {org} met {tl}. Het systeem verzamelt gegevens uit verschillende bronnen en laat op een dashboard zien waar extra aandacht nodig is. Medewerkers gebruiken de uitkomsten bij hun dagelijkse werk, maar de *precieze werking* is voor weinig mensen duidelijk.",
    "De aanleiding voor de sessie was een vraag uit de raad over de inzet van {tl}. Het bestuur wil weten of het gebruik nog past bij wat inwoners redelijk vinden, nu er landelijk meer aandacht is voor algoritmen bij de overheid (zie de [Handreiking](https://www.digitaleoverheid.nl) van BZK).",
    "Technisch gaat het om een model dat elke nacht opnieuw draait (versie `{ver}`). De leverancier beheert de software; de organisatie is eigenaar van de gegevens. Over de bewaartermijn en het hergebruik van gegevens zijn nog **geen harde afspraken** gemaakt.",
    "Aan tafel zaten medewerkers die dagelijks met het systeem werken, een beleidsadviseur, de functionaris gegevensbescherming, een onderzoeker, vertegenwoordigers van belangenorganisaties en enkele inwoners. De sessie duurde een dagdeel en volgde de drie stappen van de aanpak.",
    "Eerdere ervaringen elders laten zien dat zulke systemen veel opleveren, maar ook onbedoelde effecten hebben. De groep wilde daarom niet alleen naar de techniek kijken, maar ook naar de *afspraken* eromheen en het gedrag van de mensen die ermee werken.",
    "In de pilotfase zijn ongeveer {count} gevallen verwerkt. De eerste resultaten zijn bemoedigend, maar er zijn ook signalen dat bepaalde groepen vaker in beeld komen. Dat was voor de organisatie reden om een begeleidingsethiek-sessie te organiseren."],
    "en": [
    "Since {year} {org} has been working with {tl}. The system collects data from several sources and shows on a dashboard where extra attention is needed. Staff use the outcomes in their daily work, but few people know *exactly how it works*.",
    "The session was prompted by a question from the council about the use of {tl}. The board wants to know whether the use still fits what residents find reasonable, now that algorithms in government get more attention (see the [guidance](https://www.digitaleoverheid.nl) of the Ministry).",
    "Technically it is a model that runs every night (version `{ver}`). The supplier maintains the software; the organisation owns the data. There are **no firm agreements** yet about retention and reuse of the data.",
    "Around the table were staff who use the system daily, a policy adviser, the data protection officer, a researcher, advocacy groups and a few residents. The session took half a day and followed the three steps of the approach.",
    "In the pilot about {count} cases were processed. The first results are encouraging, but there are also signs that certain groups come into view more often. That was the reason to organise a guidance ethics session."]}

ROLES = {"nl": ["beleidsadviseur", "data-analist", "functionaris gegevensbescherming", "inwoner", "raadslid", "teamleider",
                "onderzoeker", "handhaver", "accountmanager leverancier", "jongerenwerker", "ondernemer", "klantcontactmedewerker"],
         "en": ["policy adviser", "data scientist", "data protection officer", "resident", "council member", "team lead",
                "researcher", "enforcement officer", "supplier account manager", "youth worker", "entrepreneur", "contact centre agent"]}
LABELS = {"nl": ["privacy", "algoritmen", "handhaving", "landbouw", "mobiliteit", "communicatie", "zorg", "water", "onderwijs", "sensoren"],
          "en": ["privacy", "algorithms", "enforcement", "agriculture", "mobility", "communication", "care", "water", "education", "sensors"]}
# Participants' names: none of them is a word of the notes' texts, nor a moderator's surname.
FIRST_NAMES = ["Marieke", "Fatima", "Sanne", "Ahmed", "Pieter", "Ilse", "Kees", "Noor", "Daan", "Yara", "Bram", "Lotte"]
SURNAMES = ["Hoekstra", "Quartelmaan", "Brouwer", "Dekker", "van Dijk", "Kok", "Ouali", "Postma", "Verbeek", "Wouters"]
MODERATORS = ["A. de Vries", "J. Bakker", "S. Mulder", "M. Jansen", "K. El Amrani", "P. Visser", "L. de Boer"]
FIELDS = "title org tech date phase lang tags parts role public case actors effects values options pos neg tech_d env_d human_d " \
         "core parked summary next notes phases".split()
KEYS = {"nl": dict(zip(FIELDS, "titel|organisatie|technologie|datum|fase|taal|labels|deelnemers|rol|openbaar|Casus|Actoren|"
                       "Effecten|Waarden|Handelingsopties|Positief|Negatief|Technologie|Omgeving|Mens|kern|geparkeerd|"
                       "Samenvatting|Vervolg|Notities|voorafgaand tijdens na".split("|"))),
        "en": dict(zip(FIELDS, "title|organisation|technology|date|phase|language|tags|participants|role|public|Case|Actors|"
                       "Effects|Values|Options|Positive|Negative|Technology|Environment|Human|core|parked|"
                       "Summary|Next steps|Notes|before during after".split("|")))}
NEXT = {"nl": ["De projectgroep werkt de opties uit voor het einde van het kwartaal", "Terugkoppeling aan alle deelnemers binnen zes weken",
               "Raadsinformatiebrief over de uitkomsten", "Gesprek met de leverancier over de afspraken", "Evaluatie over een jaar"],
        "en": ["The project team works out the options by the end of the quarter", "Report back to all participants within six weeks",
               "Briefing for the council on the outcomes", "Meeting with the supplier about the agreements", "Evaluation in a year"]}
NOTES = {"nl": ["De teamleider noemde een incident van vorig jaar; niet in het verslag.", "Navragen of de DPIA al is gedaan.",
                "Twee deelnemers vertrokken na de pauze."],
         "en": ["The team lead mentioned an incident from last year; not for the report.", "Check whether the DPIA was done.",
                "Two participants left after the break."]}
SUMMARY = {"nl": "De groep ziet duidelijke winst in {tl}, maar maakt zich ook zorgen over de gevolgen voor {who}. "
                 "Als kernwaarden zijn gekozen: **{core}**. De belangrijkste opties: {o[0]}; {o[1]}; en {o[2]}.",
           "en": "The group sees clear gains from {tl}, but also worries about the effects on {who}. "
                 "Chosen as core values: **{core}**. The main options: {o[0]}; {o[1]}; and {o[2]}."}


def slug(text):
    """An actor's slug as FORMAT.md defines it: lower case, no diacritics, other runs to '-'."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def yaml_text(text):
    """A YAML scalar: plain when safe, otherwise double-quoted (JSON strings are valid YAML)."""
    return text if re.fullmatch(r"[\w][\w .,'()/-]*", text) else json.dumps(text, ensure_ascii=False)


def spread(rng, items, buckets):
    """`buckets` non-empty lists of items (1-2 each) such that every item lands in at least one."""
    links = [[] for _ in range(buckets)]
    for k, item in enumerate(rng.sample(items, len(items))):
        links[k % buckets].append(item)
    for link in links:
        if not link:
            link.append(rng.choice(items))
        while len(link) < 2 and rng.random() < 0.5:
            extra = rng.choice(items)
            if extra not in link:
                link.append(extra)
    return links


def front_matter(rng, k, lang, org, tech_name, date, named=None):
    """The YAML block: required keys, phase, moderators, sometimes language/public, tags, participants' roles (with
    names drawn from `named` when it is given)."""
    suffix = rng.choice(["evaluatie na een jaar", "verkenning", "pilot in de praktijk", "voor de invoering"] if lang == "nl"
                        else ["evaluation after a year", "exploration", "pilot in practice", "before roll-out"])
    title = f"{tech_name} {'bij' if lang == 'nl' else 'at'} {org}: {suffix}"
    fm = [f"{k['title']}: {yaml_text(title)}", f"{k['org']}: {yaml_text(org)}", f"{k['tech']}: {yaml_text(tech_name)}",
          f"{k['date']}: {date.isoformat()}", f"{k['phase']}: {rng.choice(k['phases'].split())}",
          f"moderator: {rng.choice(MODERATORS)}"]
    if rng.random() < 0.6:
        fm.append(f"co-moderator: {rng.choice(MODERATORS)}")
    if lang == "en" or rng.random() < 0.3:
        fm.append(f"{k['lang']}: {lang}")
    if rng.random() < 0.3:
        fm.append(f"{k['public']}: true")
    fm += [f"{k['tags']}:"] + [f"  - {t}" for t in rng.sample(LABELS[lang], rng.randint(1, 3))] + [f"{k['parts']}:"]
    for role in rng.choices(ROLES[lang], k=rng.randint(3, 8)):
        fm.append(f"  - {k['role']}: {role}")
        if rng.random() < 0.4:
            fm.append(f"    {k['org']}: {yaml_text(org)}")
        if named:
            fm.append(f"    {'naam' if lang == 'nl' else 'name'}: {named.choice(FIRST_NAMES)} {named.choice(SURNAMES)}")
    return ["---"] + fm + ["---", ""]


def effects(rng, k, lang, tl, names, slugs):
    """10-16 effects under Positief/Negatief; together they name every value and every actor."""
    count = rng.randint(10, 16)
    pos = rng.sample(EFFECTS[lang]["+"], rng.randint(count // 3, count - count // 3))
    neg = rng.sample(EFFECTS[lang]["-"], count - len(pos))
    links = spread(rng, names, count)
    order = rng.sample(slugs, len(slugs))
    lines, e = [f"## {k['effects']}", ""], 0
    for heading, texts in [(k["pos"], pos), (k["neg"], neg)]:
        lines += [f"### {heading}", ""]
        for text in texts:
            lines.append(f"- {text.format(tl=tl)} → {', '.join(v.lower() for v in links[e])} @{order[e % len(order)]}")
            e += 1
        lines.append("")
    return lines


def options(rng, k, lang, active, slugs):
    """12-18 options over the three directions (4-8 each); together they name every value that is not parked."""
    count, sizes = rng.randint(12, 18), [4, 4, 4]
    for _ in range(count - 12):
        sizes[rng.choice([d for d in range(3) if sizes[d] < 8])] += 1
    links = spread(rng, active, count)
    lines, chosen = [f"## {k['options']}", ""], []
    for size, key in zip(sizes, ["tech", "env", "human"]):
        lines += [f"### {k[key + '_d']}", ""]
        for text in rng.sample(OPTIONS[lang][key], size):
            actor = f" @{rng.choice(slugs)}" if rng.random() < 0.85 else ""
            lines.append(f"- {text} → {', '.join(v.lower() for v in links[len(chosen)])}{actor}")
            chosen.append(text)
        lines.append("")
    return lines, chosen


def session(rng, n, seed=1):
    """Session number n: returns (file name, text)."""
    lang = "en" if rng.random() < 0.25 else "nl"
    k = KEYS[lang]
    org_nl, org_en, org_slug = rng.choice(ORGS)
    tech = rng.choice(TECHS)
    org, tech_name, tl = (org_nl, tech[0], tech[1]) if lang == "nl" else (org_en, tech[2], tech[3])
    date = datetime.date.fromordinal(datetime.date(2024, 1, 1).toordinal() + rng.randrange(1096))
    actors = [a[2:] if lang == "en" else a[:2] for a in rng.sample(ACTORS, rng.randint(6, 10))]
    values = [v[2:] if lang == "en" else v[:2] for v in rng.sample(VALUES, rng.randint(8, 12))]
    names = [v[0] for v in values]
    core = set(rng.sample(names, rng.randint(1, 3)))
    parked = set(rng.sample([v for v in names if v not in core], rng.randint(0, 2)))
    slugs = [slug(a) for a, _ in actors]

    fill = dict(org=org, tl=tl, year=date.year - rng.randint(1, 4), ver=f"v{rng.randint(1, 4)}.{rng.randint(0, 9)}",
                count=rng.randrange(200, 5000, 50))
    named = random.Random(f"names {seed} {n}")
    lines = front_matter(rng, k, lang, org, tech_name, date, named if named.random() < 0.75 else None) + [f"## {k['case']}", ""]
    for paragraph in rng.sample(CASE[lang], rng.randint(2, 4)):
        lines += [paragraph.format(**fill), ""]
    lines += [f"## {k['actors']}", ""] + [f"- {a}: {d}" for a, d in actors] + [""]
    lines += effects(rng, k, lang, tl, names, slugs)
    lines += [f"## {k['values']}", ""]
    for name, explanation in values:
        mark = f" ({k['core']})" if name in core else f" ({k['parked']})" if name in parked else ""
        lines.append(f"- {name}{mark}: {explanation}")
    option_lines, chosen = options(rng, k, lang, [v for v in names if v not in parked], slugs)
    lines += [""] + option_lines
    picks = [c[0].lower() + c[1:] for c in rng.sample(chosen, 3)]
    summary = SUMMARY[lang].format(tl=tl, who=rng.choice(actors)[0].lower(), core=", ".join(sorted(core)), o=picks)
    lines += [f"## {k['summary']}", "", summary, ""]
    if rng.random() < 0.6:
        lines += [f"## {k['next']}", ""] + [f"- {x}" for x in rng.sample(NEXT[lang], rng.randint(2, 4))] + [""]
    if rng.random() < 0.4:
        lines += [f"## {k['notes']}", ""] + [f"- {x}" for x in rng.sample(NOTES[lang], rng.randint(1, 2))] + [""]
    return f"{slug(org_slug)}-{tech[4]}-{n:05d}.md", "\n".join(lines)


def generate(count, outdir, seed=1):
    """Write `count` sessions to outdir/Input/sessies (removing older *.md there); returns the folder."""
    folder = pathlib.Path(outdir) / "Input" / "sessies"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.md"):
        old.unlink()
    rng = random.Random(seed)
    for n in range(1, count + 1):
        name, text = session(rng, n, seed)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def main():
    """Command line: N OUTDIR [--seed S]."""
    parser = argparse.ArgumentParser(description="Write N realistic, valid session notes to OUTDIR/Input/sessies.")
    parser.add_argument("count", type=int, help="number of sessions")
    parser.add_argument("outdir", help="writes OUTDIR/Input/sessies/*.md")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folder = generate(args.count, args.outdir, args.seed)
    print(f"{args.count} sessies in {folder}")


if __name__ == "__main__":
    main()
