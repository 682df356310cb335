/// Dutch sentence shapes about the other person's mind: restating what the other sees, thinks or wants (parafrase,
/// without a stock opener such as "dus u zegt"), and explaining the other's behaviour by a hidden cause or motive
/// (interpreteren). The shapes differ in who owns the view: in a parafrase the other is the subject of a verb of
/// seeing, thinking or wanting; in an interpretation the speaker supplies the cause ("omdat hij jaloers is").
///
/// Every shape carries at least three examples and counter-examples, run by `CueRuleExampleTests`.
enum DutchViewForms {
  /// Verbs of seeing, thinking, wanting and expecting: with the other person as subject, the other's own view.
  static let viewVerbs =
    "vindt|vind|vinden|ziet|zie|zien|wilt|wil|willen|denkt|denk|denken|verwacht|verwachten|hoopt|hoop|hopen|"
    + "merkt|merk|merken|ervaart|ervaar|ervaren|wenst|wensen|gelooft|geloof|geloven|vreest|vrezen|"
    + "twijfelt|hecht|hechten"

  /// "Dus eigenlijk wil je dat hij eerst rust krijgt.": the other's wish restated, no hidden motive; an exception
  /// of the rules of interpreteren that read "eigenlijk wil je" as one.
  static let restatedWish = "^ dus eigenlijk wil|wilt|willen|vindt|vind|vinden @jij ... dat"

  static let rules: [CueRule] = [
    // "U ziet thuis een ander kind dan wij.", "Jij vindt de straf te zwaar.", "Jullie willen dat de toets opnieuw
    // wordt afgenomen." A habit, a judgement, a guess about the other ("zeker", "vast") or a fact is none.
    CueRule(
      .marker(.parafrase), "Je zegt in eigen woorden wat de ander ziet, denkt of wil.",
      patterns: [
        "^ @jij @versterker? @versterker? \(viewVerbs)",
        // The verb before the subject after one fronted word: "Thuis ziet u een ander kind." ("Eigenlijk vindt u
        // het moeilijk" reads a hidden view into the other: interpreteren.)
        "^ thuis|vooral|zelf|liefst|daarom|vandaar|dus \(viewVerbs) @jij",
      ],
      unless: [
        // A habit, a guess or a judgement of the view itself, not inside the restated clause ("U merkt dat ze
        // steeds minder vertelt." is a parafrase).
        "^ @jij @versterker? altijd|nooit|steeds|telkens|gewoon|alleen|zeker|vast|ongetwijfeld|heus|toch|misschien|eventueel",
        "^ @jij \(viewVerbs) alles|het|dat|dit|hem|haar|er|ook? @versterker? altijd|nooit|steeds|telkens|alweer|gewoon|alleen|zeker|vast|ongetwijfeld|heus|toch|misschien|eventueel|verkeerd|fout|negatief|somber",
        "jezelf|uzelf|zichzelf",
        // A reproach dressed as the other's view (labels.md, fake listening): "U denkt dat u alles beter weet.",
        // "Je vindt het blijkbaar normaal ...", "U wilt het niet horen, maar ...", "Je ziet zelf ook dat ...".
        "blijkbaar|kennelijk|normaal|prima|oke|ok|acceptabel|wegkomt|wegkomen|wegkomen|oplost|oplossen",
        "alles|overal @versterker? beter|mee|mag|mogen|kan|kunt",
        "^ @jij wilt|wil|willen het|dat @versterker? niet horen|weten|zien|toegeven",
        "^ @jij ziet|zie|zien|merkt|merk|merken zelf? ook|toch|wel dat",
        // The other's view conceded before the speaker's own message ("Je vindt wiskunde saai, maar als je niet
        // oplet, mis je de uitleg en daar maak ik me zorgen over."): the sentence is an ik-boodschap, whose parts a
        // listening marker in the same sentence would cancel.
        "maar als|wanneer|zodra|toch", "waardoor|daardoor|zodat", "vind|vond ik", "ik maak|maakte me|mij",
        "maak|maakte ik me|mij", "en|maar ik",
        // Several views in a row are a summary (samenvatting): "Kortom, u wilt meer informatie en ...".
        "samengevat|samenvattend|kortom|samenvatting|samenvatten",
        // A feeling in the other's words is gevoelsreflectie; "u ziet er moe uit" too.
        "^ @jij vindt|vind|vinden het|dit|dat @versterker? @versterker? @gevoelsoordeel|@gevoel",
        "ziet|zie|zien er ... uit",
        // Where something is found, whom one meets: facts ("U vindt het rooster op de website.").
        "vindt|vind|vinden ... op|in de|het|onze website|site|portal|magister|somtoday|brief|mail|bijlage|agenda",
        "ziet|zie|zien @jij? hem|haar|ons|mij|me|elkaar|@straks",
      ],
      sentence: .statement,
      examples: [
        "U ziet thuis een ander kind dan wij.", "Jij vindt de straf te zwaar voor wat er gebeurd is.",
        "U verwacht dat wij hem beter in de gaten houden.",
        "Jullie willen dat de toets opnieuw wordt afgenomen.", "Je denkt dat de docent je niet mag.",
        "Thuis ziet u een heel ander kind.",
        "U merkt thuis dat ze steeds minder vertelt.", "U hoopt dat hij volgend jaar gewoon over kan.",
      ],
      counterExamples: [
        "U ziet het altijd verkeerd.", "Jij denkt alleen aan jezelf.", "U vindt de informatie op de website.",
        "Je ziet hem dinsdag bij de mentor.", "U heeft de brief ontvangen.", "Vindt u de straf te zwaar?",
        "U wilt vast ook dat hij slaagt.", "Je mist veel uitleg.", "U ziet er moe uit.",
        "Je vindt wiskunde saai, maar als je niet oplet, mis je de uitleg en daar maak ik me zorgen over.",
        "Je hoopt op een voldoende, maar als je niet leert, haal je het niet, en dat vind ik jammer.",
        "Jij vindt alles altijd oneerlijk.", "U begrijpt er echt niets van.", "U denkt dat u alles beter weet.",
        "Je vindt het blijkbaar normaal om zo tegen mij te praten.", "U wilt het niet horen, maar uw zoon liegt.",
        "Je ziet zelf ook dat het zo niet werkt.", "Jij denkt dat je overal mee wegkomt.", "Je denkt dat je alles mag.",
        "Kortom, u wilt meer informatie van school en u wilt dat de pesterijen stoppen.",
      ]),
    // A reproach dressed as the other's view, as a statement (labels.md, fake listening; the question form is in
    // `DutchClauseForms.reproachQuestions`): "U denkt dat u alles beter weet.", "Je vindt het blijkbaar normaal om
    // zo tegen mij te praten.", "U hoort alleen wat u wilt horen."
    CueRule(
      .marker(.bekritiseren), "Je verwijt iets in de vorm van een parafrase: dat sluit het gesprek af.",
      patterns: [
        "^ @jij denkt|denken|denk|vindt|vind|vinden @versterker? dat @jij|jullie|je|uw|jouw ... alles|overal @versterker? beter|mee weg|wegkomt|wegkomen|voor|mag|mogen",
        "^ @jij vindt|vind|vinden het|dat @versterker? blijkbaar|kennelijk|gewoon normaal|prima|oke|ok|acceptabel|logisch",
        "^ @jij vindt|vind|vinden het|dat blijkbaar|kennelijk|gewoon? @versterker? normaal|prima|oke|ok|acceptabel|logisch",
        "^ @jij ziet|zie|zien|hoort|hoor|horen @versterker? alleen|enkel|maar wat @jij wilt|wil|willen zien|horen",
      ],
      unless: ["niet normaal|prima|oke|ok|acceptabel|logisch"],
      sentence: .statement,
      examples: [
        "U denkt dat u alles beter weet.", "Je vindt het blijkbaar normaal om zo tegen mij te praten.",
        "U hoort alleen wat u wilt horen.", "Jij denkt dat je overal mee wegkomt.",
        "Jullie vinden het kennelijk prima dat hij elke dag te laat komt.",
        "Jij vindt het blijkbaar niet nodig om op tijd te komen.",
      ],
      counterExamples: [
        "U vindt het niet normaal dat hij zo laat thuiskomt.", "U denkt dat hij de toets beter kan overdoen.",
        "U vindt het belangrijk dat hij op tijd slaapt.",
      ]),
    // Ridicule of how the other sees herself (etiketteren, labels.md): "Je vindt jezelf zeker heel grappig.", "U
    // vindt uzelf blijkbaar heel slim."
    CueRule(
      .marker(.etiketteren), "Je maakt de ander belachelijk.",
      patterns: [
        "^ @jij vindt|vind|vinden|denkt|denken @zich|jezelf|uzelf|zichzelf @versterker? @versterker? @versterker? grappig|leuk|slim|stoer|geweldig|interessant|cool|bijzonder|belangrijk|fantastisch"
      ],
      unless: ["niet @versterker? grappig|leuk|slim|stoer|geweldig|interessant|cool|bijzonder|belangrijk|fantastisch"],
      sentence: .statement,
      examples: [
        "Je vindt jezelf zeker heel grappig.", "U vindt uzelf blijkbaar heel slim.",
        "Jullie vinden jezelf zeker erg stoer.",
      ],
      counterExamples: ["Je vindt jezelf niet slim genoeg.", "Vind je jezelf grappig?", "Ik vind mezelf niet grappig."]),
    // A hidden motive or inner state as the cause of what the other or the child does: "Ze doet zo lastig omdat ze
    // thuis weinig aandacht krijgt.", "Hij kletst zoveel omdat hij zich verveelt." An outer cause (the bus, a missed
    // task) or the speaker's own feeling is none.
    CueRule(
      .marker(.interpreteren), "Je legt uit wat er 'eigenlijk' achter het gedrag zit: je vult in voor de ander.",
      patterns: [
        "^ @naam|hij|ze|zij|@jij ... omdat|doordat @naam|hij|ze|zij|@jij|zijn|haar ... jaloers|verveelt|verveeld|onzeker|schaamt|schamen|faalangst|erkenning|stoer|bevestiging|scheiding|gescheiden|scheiden|wraak|populair|opvallen",
        "^ @naam|hij|ze|zij|@jij ... omdat|doordat @naam|hij|ze|zij|@jij ... aandacht krijgt|krijgen|zoekt|zoeken|wil|wilt|vraagt|trekt|nodig",
        "^ @naam|hij|ze|zij|@jij ... omdat|doordat ... thuis @versterker? @versterker? niet|weinig|geen ... aandacht|gezien|gehoord|veilig|steun|structuur",
        // "Je wil vooral indruk maken op je vrienden.", "Hij wil gewoon stoer doen."
        "^ @naam|hij|ze|zij|@jij wil|wilt|willen|zoekt|zoeken ... vooral|gewoon|alleen|eigenlijk|stiekem ... indruk|stoer|opvallen|aandacht|interessant|populair|erbij|grenzen",
      ],
      unless: [
        "^ ik", "@jij zegt|vertelt|bedoelt @versterker? dat", "bus|trein|ziek|tandarts|dokter|uitviel|file",
      ],
      sentence: .statement, suppresses: [.parafrase],
      examples: [
        "Ze doet zo lastig omdat ze thuis weinig aandacht krijgt.", "Hij kletst zoveel omdat hij zich verveelt.",
        "Je wil vooral indruk maken op je vrienden.", "Zij is zo brutaal omdat ze jaloers is op haar zus.",
        "Hij spijbelt omdat hij thuis niet gezien wordt.", "Hij doet dat omdat hij graag aandacht krijgt van de klas.",
      ],
      counterExamples: [
        "Ze komt te laat omdat de bus uitviel.", "Hij heeft een 5 omdat hij de laatste opgave niet maakte.",
        "Ik maak me zorgen omdat hij zich verveelt in de les.", "Hij wil graag meer aandacht voor zijn werkstuk.",
        "Je kreeg een onvoldoende omdat ik je niet heb gezien bij de toets.",
        "Je mist de uitleg doordat je aandacht bij je telefoon is.",
      ],
    ),
    // Something hidden behind the behaviour: "Volgens mij zit er iets anders achter.", "Ik denk dat hij stiekem bang
    // is om te falen.", "Daar zit meer achter dan u denkt."
    CueRule(
      .marker(.interpreteren), "Je legt uit wat er 'eigenlijk' achter het gedrag zit: je vult in voor de ander.",
      patterns: [
        "zit|zitten|schuilt|steekt|steken|speelt er|daar|hier @versterker? @versterker? iets|wat|meer|anders|angst|onzekerheid ... achter|onder",
        "er|daar|hier zit|zitten|schuilt|steekt|speelt @versterker? @versterker? iets|wat|meer|anders|angst|onzekerheid ... achter|onder",
        "@naam|hij|ze|zij|@jij ... stiekem|onbewust @versterker? @versterker? @gevoel|jaloers|onzeker|bang",
        "@naam|hij|ze|zij|@jij ... diep van binnen ... @gevoel|jaloers|onzeker|bang",
        "^ diep van binnen ... @gevoel|jaloers|onzeker|bang",
        "ik denk|vermoed|geloof dat @naam|hij|ze|zij|@jij ... stiekem|onbewust",
      ],
      unless: ["niet @versterker? stiekem", "^ ik @versterker? ben|was|voel|voelde|vind|vond"],
      sentence: .statement,
      examples: [
        "Volgens mij zit er iets anders achter: hij is jaloers.", "Ik denk dat hij stiekem bang is om te falen.",
        "Daar zit meer achter dan u denkt.", "Diep van binnen is ze gewoon onzeker.",
        "Ik denk dat hij diep van binnen erg onzeker is.",
      ],
      counterExamples: [
        "Zit er iets achter de kast?", "Hij zit achter in de klas.", "Hij heeft niet stiekem gespiekt.",
        "Hij heeft stiekem gespiekt, en daar ben ik boos over.", "Ik ben stiekem best trots op je.",
      ]),
  ]
}
