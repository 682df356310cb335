/// The Dutch word lists used in the cue patterns as `@naam-van-de-lijst`.
///
/// For teacher educators: add a word to a list and every pattern that uses the list knows it. Write words
/// as you would type them; case and accents do not matter (geïrriteerd = geirriteerd), apostrophes and
/// hyphens inside a word disappear ('s → s, zo'n → zon, hm-hm → hmhm). One word per entry.
enum DutchWordClasses {
  static let all: [String: [String]] = [
    // The other person addressed: the parent (u), the student (je, jij) or both parents (jullie).
    "jij": ["u", "je", "jij", "jullie"],
    // The other person as subject of a sentence, for the jij-boodschap: the parent, the student, the child.
    "ander": ["u", "je", "jij", "jullie", "hij", "zij", "ze"],
    // The child or student talked about (a capitalised name counts too, via @naam).
    "kind": ["hij", "ze", "zij", "zoon", "dochter", "kind", "leerling", "leerlingen", "klas", "jongen", "meisje"],
    // Reflexive pronouns after u / je / jullie.
    "zich": ["zich", "je", "jezelf", "zichzelf", "uzelf"],
    // Small words that may stand between a verb and a feeling: "ik ben er echt heel boos over".
    "versterker": [
      "heel", "erg", "echt", "best", "wat", "nogal", "zo", "behoorlijk", "enorm", "ontzettend", "flink", "beetje",
      "een", "wel", "ook", "toch", "nu", "vooral", "erg", "nog", "steeds", "zeer", "super", "heus", "vast",
      "allemaal", "zeker", "hier", "daar", "er", "hiervan", "daarvan", "ervan", "erover", "daarover", "bijzonder",
      "extra", "zelf", "al", "dan", "soms", "eigenlijk", "gewoon", "nou", "natuurlijk", "samen", "even", "maar",
      "eerlijk", "gezegd", "gerust", "me", "mij", "vanzelf", "weer", "joh", "van", "misschien", "wellicht", "veel",
      "helemaal", "grote", "flinke",
      "alstublieft", "alsjeblieft", "aub",
      "graag", "eens", "weleens", "ooit", "bijna", "duidelijk", "zichtbaar", "hoorbaar", "merkbaar", "ronduit",
    ],
    // Feelings (states): used for the teacher's own feeling (gevoel) and for naming the parent's feeling
    // (gevoelsreflectie).
    "gevoel": [
      "boos", "kwaad", "woedend", "razend", "verdrietig", "teleurgesteld", "bezorgd", "ongerust", "gefrustreerd",
      "geschrokken", "bang", "angstig", "onzeker", "machteloos", "verontwaardigd", "geïrriteerd", "geërgerd",
      "gekwetst", "geraakt", "buitengesloten", "genegeerd", "overvallen", "overrompeld", "moe", "uitgeput",
      "wanhopig", "radeloos", "onrustig", "nerveus", "zenuwachtig", "gespannen", "schuldig", "beschaamd",
      "eenzaam", "onbegrepen", "opgelucht", "blij", "trots", "verbaasd", "verrast", "ontdaan", "overstuur",
      "gestrest", "bedroefd", "somber", "hulpeloos", "ongelukkig", "ontevreden", "gelukkig", "zorgen",
      "frustratie", "boosheid", "verdriet", "angst", "teleurstelling", "onmacht", "ergernis", "irritatie",
      "wantrouwig", "achterdochtig", "ongemakkelijk", "verward", "onthutst", "gepikeerd", "beledigd", "bedrogen",
      "benauwd", "teleurgestelde", "bezorgde", "boze", "ongeduldig", "geschokt", "aangeslagen", "down",
      "gefrustreerde", "onzekere", "moedeloos", "hopeloos", "geemotioneerd", "emotioneel", "ongelukkig",
      "tevreden", "gerustgesteld", "boosheid", "pijn", "spijt", "schrik", "paniek", "bevreesd", "ongeruster",
      "gestresst", "onheus", "miskend", "rotgevoel", "onderbuikgevoel", "kapot", "ondersteboven", "aangedaan",
      "onzekerheid", "bezorgdheid", "schok", "klap", "domper",
      "ongerustheid", "spanning", "stress", "onrust",
      "aangevallen", "beschuldigd",
      "vernederd", "gepest", "ongelukkige", "tekortgedaan", "gepasseerd", "verraden", "gealarmeerd",
    ],
    // Feeling judgements ("ik vind het ...", "dat klinkt ..."): how a situation feels.
    "gevoelsoordeel": [
      "vervelend", "lastig", "jammer", "naar", "moeilijk", "spijtig", "zorgelijk", "rot", "frustrerend",
      "pijnlijk", "akelig", "onprettig", "ongemakkelijk", "zwaar", "vreselijk", "storend", "verdrietig",
      "teleurstellend", "heftig", "schokkend", "ellendig", "kwetsend", "beangstigend", "verwarrend", "spannend",
      "ingewikkeld", "pittig", "ernstig", "erg", "triest", "sneu", "balen", "onaangenaam", "lastige", "moeilijke",
      "vervelende", "zorgwekkend", "verontrustend", "rottig", "stressvol", "confronterend", "beroerd", "naars",
      "frustrerende", "onrechtvaardig", "oneerlijk", "zuur", "zware", "schrikken", "eng", "enge", "vermoeiend",
      "irritant",
      "ergerlijk",
      "zonde",
      "zorgelijke", "heftige", "pijnlijke",
    ],
    // Positive feelings: "ik vind het niet fijn" is a (negative) feeling.
    "positief": [
      "fijn", "prettig", "leuk", "prima", "oke", "ok", "goed", "lekker", "makkelijk", "plezierig", "prettige",
    ],
    // Judgements of a person or a remark (bekritiseren).
    "oordeel": [
      "onredelijk", "onredelijke", "onzinnig", "onzinnige", "onzin", "belachelijk", "belachelijke", "respectloos",
      "respectloze", "onbeschoft", "onbeschofte", "onbeleefd", "onbeleefde", "brutaal", "brutale", "asociaal",
      "asociale", "schandalig", "schandalige", "schande", "onacceptabel", "onacceptabele", "onverantwoord",
      "onverantwoordelijk", "nalatig", "laks", "lakse", "ongeïnteresseerd", "onverschillig", "kortzichtig",
      "naïef", "naïeve", "egoïstisch", "egoistisch", "ondankbaar", "ongepast", "ongepaste", "onfatsoenlijk",
      "grof", "grove", "agressief", "agressieve", "bemoeizuchtig", "slap", "slappe", "onbetrouwbaar", "onhebbelijk",
      "onverantwoorde", "ongehoord", "ongehoorde", "negatief", "negatieve", "defensief", "vijandig", "vijandige",
      "ongemotiveerd", "star", "starre", "koppig", "koppige", "eigenwijs", "eigenwijze", "gemakzuchtig", "arrogant",
      "arrogante", "verwaand", "verwaande", "opstandig", "ongeorganiseerd", "hypocriet", "manipulatief",
      "onbehouwen", "onbeleefd", "ongemanierd", "ongemanierde", "slordige", "onbetrouwbare", "onverschillige",
      "ongemotiveerde", "ongeïnteresseerde", "nalatige", "onverantwoordelijke", "oneerlijke", "leugenachtige",
      "achterbakse", "gemene", "valse", "ongehoorzame", "ongezeglijke", "opstandige", "gemakzuchtige",
      "onoplettende", "ongeconcentreerde", "chaotische", "ongeorganiseerde", "onbeschofte", "lamlendige",
    ],
    // Labels for a person (etiketteren).
    "etiket": [
      "kinderachtig", "kinderachtige", "hysterisch", "hysterische", "lui", "luie", "luilak", "dom", "domme",
      "dramatisch", "dramatische", "overbezorgd", "overbezorgde", "zeur", "zeurpiet", "zeurderig", "drammer",
      "drammerig", "querulant", "lastpak", "probleemgeval", "probleemouder", "probleemkind", "curlingouder",
      "helikopterouder", "aansteller", "aanstellerig", "verwend", "verwende", "sukkel", "idioot", "paranoïde",
      "labiel", "watje", "klager", "zeikerd", "betweter", "stijfkop", "dwarsligger", "pestkop", "onruststoker",
      "etterbak", "etter", "raddraaier", "dramaqueen", "zeurkous", "lastpost", "mietje", "zeikerd", "klaagouder",
      "tijger", "tijgermoeder", "tijgerouder", "kansloos", "kansloze", "kletskous", "kletsmajoor", "lapzwans",
      "sufferd", "druktemaker", "ruziezoeker", "ruziemaker", "ordinaire", "ordinair", "rotzak", "rotjoch", "ettertje",
      "kreng", "krengetje", "snotneus", "snotaap",
      "lamzak", "luiaard", "hufter", "pushy", "veeleisend", "veeleisende", "betweterig", "betweterige", "controlfreak",
      "prutser", "leugenaar", "nietsnut", "luiwammes", "uitslover", "bemoeial",
      "brompot", "mopperaar", "klier", "aandachtstrekker", "slappeling", "zeurkous", "sloom", "slome", "treuzelaar",
      "prinses", "prinsesje", "diva", "verwend", "luxepaardje", "moederskindje", "watje",
    ],
    // Persons a label can be stuck on ("een lastige ouder").
    "persoon": [
      "ouder", "ouders", "moeder", "vader", "jongen", "meid", "man", "vrouw", "leerling", "puber", "klant", "kind",
      "type", "geval", "mens", "knul", "vrouw", "man",
    ],
    // Praise words (prijzen, when used to steer).
    "lof": [
      "betrokken", "verstandig", "verstandige", "wijs", "wijze", "slim", "slimme", "redelijk", "redelijke",
      "goede", "fijne", "geweldige", "fantastische", "meedenkt", "meedenken", "meedenkende", "intelligente",
      "intelligent", "begripvol", "begripvolle", "zorgzame", "zorgzaam", "sterke", "knap", "kundige", "ervaren",
      "betrokkene", "meegewerkt", "meegedacht", "geholpen", "liefdevolle", "toegewijde", "toegewijd", "bewuste",
      "nuchtere", "nuchter", "beste", "leukste", "slimste", "liefste", "sterkste", "knapste", "fijnste", "topmoeder",
      "topvader", "topouder", "topleerling", "topper", "toppers", "geweldig", "fantastisch", "meedenkend",
      "behulpzaam", "behulpzame", "zorgvuldig", "zorgvuldige", "gemotiveerd", "gemotiveerde", "pienter", "pientere",
    ],
    // Disapproving adjectives, before a thing the other did or made ("een slordig verslag", "domme actie").
    "afkeur": [
      "slecht", "slechte", "slordig", "slordige", "dom", "domme", "stom", "stomme", "onhandig", "onhandige",
      "onverstandig", "onverstandige", "onnadenkend", "onnadenkende", "waardeloos", "waardeloze", "beroerd",
      "beroerde", "belabberd", "belabberde", "pover", "povere", "nonchalant", "nonchalante", "ongemotiveerd",
      "ongemotiveerde", "armzalig", "armzalige", "zwakke", "matige", "knullig", "knullige", "rommelig", "rommelige",
      "abominabel", "abominabele", "bedroevend", "bedroevende", "onnozel", "onnozele", "vreselijke", "verschrikkelijke",
      "akelige", "nare",
    ],
    // Things a person did or made, that can be judged ("instelling", "beslissing", "verslag").
    "beoordeeld": [
      "instelling", "houding", "werkhouding", "mentaliteit", "werk", "inzet", "beslissing", "keuze", "gedrag",
      "opmerking", "vraag", "reactie", "mail", "toon", "actie", "idee", "redenering", "aanpak", "opvoeding",
      "verslag", "werkstuk", "excuus", "smoes", "antwoord", "voorbereiding", "planning", "vertoning", "fout",
      "vergissing", "opstelling", "berichtje", "bericht", "gedoe",
    ],
    // Things a student is told to put away or take off ("Telefoon weg.", "Jas uit.").
    "voorwerp": [
      "telefoon", "mobiel", "mobieltje", "jas", "pet", "muts", "tas", "spullen", "boeken", "laptop", "oortjes",
      "koptelefoon", "kauwgom", "handen", "mond", "voeten", "benen", "capuchon", "schrift", "telefoons", "jassen",
    ],
    // Groups of young people in general ("veel brugklassers hebben dit").
    "groep": [
      "pubers", "kinderen", "tieners", "leerlingen", "brugklassers", "brugpiepers", "jongeren", "jongens", "meiden",
      "meisjes", "kids", "scholieren", "eersteklassers",
    ],
    // Small-talk topics that change the subject ("Hoe gaat het met voetbal?").
    "smalltalk": [
      "weer", "vakantie", "weekend", "voetbal", "hond", "kat", "huisdier", "huisdieren", "verjaardag", "feest",
      "feestje", "reis", "schoolreisje", "schoolreis", "kerst", "tuin", "verbouwing", "hockey", "paardrijden",
      "sport", "hobby", "hobbys", "auto", "vakantieplannen", "zomer", "uitje", "concert", "wedstrijd", "training",
      "zwemles", "muziekles", "kamp", "musical", "paard", "regen", "sneeuw", "hitte", "baan",
    ],
    // Verbs that judge what someone does (blame when the other person is their subject): "ze liegt", "je verpest het".
    "wangedrag": [
      "liegt", "liegen", "loog", "logen", "gelogen", "verpest", "verpesten", "verpestte", "verziekt", "verzieken",
      "verziekte", "saboteert", "saboteren", "ondermijnt", "ondermijnen", "negeert",
      "ontloopt", "ontlopen", "ontwijkt", "ontwijken", "smoest", "treuzelt", "treuzelen", "lanterfant",
      "luiert", "luieren", "rommelt", "verknoeit", "verknoeien", "verknoeid", "verprutst", "verprutsen", "verknalt",
      "verknallen", "verknald", "verspeeld", "verspeelt", "verspelen", "verwaarloost", "verwaarlozen", "verwaarloosd",
      "genegeerd", "verzaakt", "verzaken",
      "treitert",
      "treiteren", "provoceert", "provoceren", "manipuleert", "manipuleren", "dwarsligt", "dwarsliggen",
      "bedriegt", "bedriegen", "belazert", "afschuift", "afschuiven", "saboteerde",
    ],
    // Finite verbs after "dan" in a promise of gain: "Zet een wekker, dan ben je op tijd."
    "dankans": [
      "ben", "bent", "heb", "hebt", "heeft", "kan", "kun", "kunt", "word", "wordt", "is", "gaat", "hoef", "hoeft",
      "weet", "zit", "blijf", "blijft", "krijg", "krijgt", "lukt", "slaap", "slaapt", "haal", "haalt",
    ],
    // Threats (waarschuwen).
    "dreiging": [
      "geschorst", "schorsen", "schorsing", "verwijderd", "verwijdering", "strafwerk", "nablijven", "leerplicht",
      "leerplichtambtenaar", "overdoen", "oppast", "consequenties", "consequentie", "maatregelen", "maatregel",
      "zittenblijven",
      "doubleren", "melding", "melden", "aangifte", "politie", "straf", "gestraft", "sancties", "sanctie",
      "innemen", "uitgeschreven", "uitschrijven", "uitschrijving", "inbeslagname", "beslag", "uitgesloten",
      "uitsluiten", "weggestuurd",
      "eruit", "gevolgen",
    ],
    // Verbs in an advice question: "waarom probeert u niet ...?" (but: "waarom heeft u niet ...?" interrogates).
    "adviesverb": [
      "probeert", "probeer", "zet", "gaat", "ga", "doet", "doe", "neemt", "neem", "laat", "praat", "maakt", "maak",
      "geeft", "geef", "vraagt", "vraag", "belt", "bel", "kijkt", "kijk", "regelt", "regel", "spreekt", "spreek",
      "zoekt", "zoek", "stelt", "stel", "legt", "leg", "houdt", "hou", "houd", "controleert", "controleer",
      "schakelt", "schakel", "helpt", "help", "zorgt", "zorg", "begint", "begin", "stopt", "stop", "pakt", "pak",
      "beperkt", "beperk", "koopt", "koop", "meldt", "meld", "mailt", "mail", "plant", "plan", "spreken",
      "proberen", "gaan", "doen", "zetten", "nemen", "laten", "praten", "maken", "geven", "vragen", "bellen",
    ],
    // Verbs in an advice question: "kunt u eens met hem gaan praten?", "zou u de mentor willen bellen?"
    "adviesinfinitief": [
      "proberen", "doen", "zetten", "nemen", "laten", "praten", "maken", "geven", "vragen", "bellen", "spreken",
      "regelen", "zoeken", "controleren", "beperken", "helpen", "stoppen", "beginnen", "inschakelen", "mailen",
      "plannen", "overleggen", "afspreken", "opnemen", "innemen", "weghalen", "overwegen", "aanpakken",
    ],
    // Imperatives: the verb first, said to the parent or the student.
    "gebiedend": [
      "haal", "breng", "stuur", "zet", "doe", "leg", "geef", "neem", "pak", "ga", "kom", "stop", "hou", "houd",
      "laat", "bel", "zorg", "maak", "ruim", "schrijf", "lees", "let", "luister", "wees", "blijf", "zeg", "vraag",
      "probeer", "spreek", "regel", "plan", "controleer", "beperk", "koop", "kijk", "help", "stel", "bespreek",
      "blijf",
    ],
    // Days and times ahead, for a follow-up appointment.
    "straks": [
      "volgende", "morgen", "overmorgen", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
      "binnenkort", "maandagmiddag", "dinsdagmiddag", "woensdagmiddag", "donderdagmiddag", "vrijdagmiddag",
      "maandagochtend", "dinsdagochtend", "woensdagochtend", "donderdagochtend", "vrijdagochtend", "komende",
      "eind", "straks", "vanmiddag", "vanavond",
    ],
    // Words for meeting, calling or checking again (vervolgafspraak).
    "vervolg": [
      "praten", "spreken", "afspreken", "afspraak", "bellen", "bel", "belt", "mail", "mailen", "mailt", "evalueren",
      "evaluatie", "kijken", "terugkomen", "terugkoppelen", "terugkoppeling", "bijpraten", "overleggen", "overleg",
      "contact", "inplannen", "plannen", "gesprek", "terug", "verder", "samenkomen", "langskomen", "bellen",
      "spreek", "praat", "bespreken", "nagaan", "kijk", "check", "checken", "vervolg",
      "vervolgafspraak", "vervolggesprek", "bijeenkomst", "appen", "app", "plan", "elkaar", "nodig", "uitnodigen",
      "past", "schikt",
      "uitkomt",
    ],
    // Numbers in words, for "over twee weken".
    "getal": [
      "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "paar", "enkele", "1", "2",
      "3", "4", "5", "6", "8", "10",
    ],
    // How often or since when: concrete, observable behaviour (gedrag).
    "frequentie": [
      "vaak", "vaker", "steeds", "telkens", "regelmatig", "herhaaldelijk", "keer", "keren", "gisteren",
      "vanochtend", "vandaag", "vorige", "afgelopen", "laatste", "sinds", "dagelijks", "wekelijks", "elke",
      "iedere", "alweer", "opnieuw", "weken", "maand", "dagen", "lessen", "ochtend", "middag", "pauze", "les",
      "uitleg", "toets", "toetsen", "huiswerk", "telefoon", "opdrachten", "opdracht", "klas",
    ],
    // Subjects and determiners that start a concrete situation after als / wanneer / toen.
    "onderwerp": [
      "ik", "we", "wij", "u", "hij", "ze", "zij", "jij", "je", "jullie", "de", "het", "mijn", "zijn", "haar",
      "uw", "er", "iemand", "niemand", "leerlingen", "hun",
    ],
  ]
}
