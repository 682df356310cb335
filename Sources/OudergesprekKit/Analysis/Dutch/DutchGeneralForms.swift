/// General Dutch sentence shapes over the broad word classes of `DutchEvaluativeWords`: the other person as
/// subject of a verb of blame, a reflective frame with any feeling, a condition followed by a sanction, advice
/// about the child after "misschien", an invitation to the student to tell.
enum DutchGeneralForms {
  static let rules: [CueRule] = [
    // "Jij verpest de sfeer.", "dat u uw dochter overal mee laat wegkomen", "Jij zit de hele tijd te zeuren."
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "@jij|@naam|hij|zij|zoon|dochter|kind @versterker? @versterker? @verwijtwerkwoord",
        "dat @jij|@naam|hij|zij ... @verwijtwerkwoord",
        "@ander ... overal|alles @versterker? mee laat|laten|liet|lieten @versterker? wegkomen",
        "@ander laat|laten|liet|lieten ... overal|alles mee wegkomen",
        "@ander|@naam zit|zitten|zat|ligt|loopt|staat ... de hele tijd|dag|les ... te",
        "@ander|@naam zit|zitten|zat|ligt|loopt|staat ... steeds|constant|voortdurend|continu|altijd|telkens ... te",
        "@ander|@naam|@kind is|bent|zijn|was|waren|wordt|worden|lijkt|lijken|blijft @versterker? @versterker? @versterker? @negatief",
        "dat @ander|@naam @versterker? @versterker? @versterker? @negatief is|bent|zijn|was|waren",
        "dat @ander|@naam @zich? @versterker? @versterker? @negatief gedraagt|gedragen|opstelt|opstellen|reageert|reageren",
        "@ander|@naam gedraagt|gedragen|gedroeg|opstelt|stelt|reageert|reageren|doet|doen @zich? @versterker? @versterker? @negatief",
        "@ander|@naam heeft|hebben|hebt|toont|tonen ... totaal|helemaal|absoluut|werkelijk geen",
        "@ander|@naam is|bent|zijn|was|waren @versterker? @versterker? te streng|laks|los|soepel|beschermend|toegeeflijk|slap|zacht|naief|makkelijk",
        "@ander|@naam luistert|let|werkt|leert|reageert|communiceert|plant|luisteren|letten|werken ... slecht|slordig|matig|onvoldoende|beroerd|waardeloos|belabberd",
        "terwijl @ander ... hoort|hoor|horen|dient|dienen|zou|zouden|moet|moeten ... te|moeten|stellen",
      ],
      unless: [
        "^ @gebiedend", "als|wanneer|zodra|toen|omdat|doordat @ander", "@verwijtwerkwoord niets|niks|niet|nooit|geen",
        // A label is etiketteren already; a denied judgement is none.
        "@etiket", "niet|nooit gezegd|beweerd|bedoeld|gesuggereerd",
      ] + DutchBlameExceptions.all,
      sentence: .statement, negationCancels: true,
      examples: [
        "Jij verpest de sfeer in de groep.", "Hij zit constant te zeuren.", "Jullie zijn veel te laks.",
        "Hij zit de hele les te kletsen.",
      ],
      counterExamples: [
        "Als u hem aanspreekt, luistert hij wel.", "U vindt dat hij zich verschrikkelijk gedraagt.",
        "Als ze de sfeer verpest, grijp ik in.",
      ]),
    // "Jullie zijn echt van die pushende ouders.", "Dat is typisch zo'n reactie.", "Niet zo'n baby doen."
    CueRule(
      .marker(.etiketteren), "Je plakt een etiket op de ander.",
      patterns: [
        "@jij bent|zijn @versterker? @versterker? van die", "typisch|typische zon|zo|die|een|weer",
        "^ niet zon ... doen $", "doe|doet @jij? @versterker? niet zon",
      ],
      unless: DutchBlameExceptions.reportedView,
      examples: [
        "Jullie zijn echt van die pushende ouders.", "Dat is typisch zo'n reactie van een puber.",
        "Niet zo'n baby doen.",
      ],
      counterExamples: [
        "U zegt dat jullie van die pushende ouders zijn.", "Ze doet vandaag een presentatie.",
        "Dat is een typisch Nederlands gerecht?",
      ]),
    // "Ik hoor dat u zich schaamt.", "dat u ermee worstelt"
    CueRule(
      .marker(.gevoelsreflectie), "Je benoemt het gevoel van de ander.",
      patterns: [
        "hoor|zie|merk|begrijp|snap|voel|voorstellen|indenken|klinkt|lijkt ... @jij @zich? @versterker? @versterker? @versterker? @gevoelswerkwoord",
        "@jij @zich @versterker? @versterker? @versterker? @gevoelswerkwoord",
        // "Dat klinkt alsof u er alleen voor staat.", "dat u veel aan uw hoofd heeft"
        "@jij ... er|het|dit|dat @versterker? alleen voor staat|staan|stond|sta",
        "@jij staat|staan|stond|sta er|het|dit|dat @versterker? alleen voor",
        "@jij ... veel|genoeg|zoveel|alles aan @zich|uw|jouw|het hoofd",
        "@jij ... handen in het haar", "@jij ... ten einde raad", "@jij ... einde van @zich|uw|je|jouw latijn",
        "@jij ... het niet meer @versterker? ziet|zien zitten",
        "@jij ... niet meer weet|weten wat|hoe @jij @versterker? moet|moeten",
        // "Dat lijkt me uitputtend voor u."
        "dat|dit|het lijkt|klinkt|moet me|mij @versterker? @versterker? @gevoelsoordeel|@gevoel",
        "@gevoelsoordeel|@gevoel voor @jij|jou $",
      ],
      unless: ["ik @versterker? @versterker? @gevoel", "voor @jij|jou ... te"],
      negationCancels: true),
    // "Misschien moet Mila gewoon minder gaan werken.", "Misschien kan hij naar de plusklas."
    CueRule(
      .marker(.adviseren), "Je geeft advies of een oplossing voordat de ander zich gehoord voelt.",
      patterns: [
        "misschien|wellicht|eventueel|mogelijk moet|kan|kunnen|moeten|zou|zouden @naam|@kind",
        "^ dan|daarom zou ik @versterker? @versterker? de|die|dat|zijn|haar|het|hem|een",
        "@jij kunt|kan|kun|kunnen @versterker? @versterker? hulp|ondersteuning|advies|contact ... vragen|zoeken|opnemen|inschakelen|aanvragen",
        "laat hem|haar|@naam @versterker? gewoon|eens|vaker|meer|minder|zelf",
        "misschien|wellicht helpt|helpen|werkt|werken",
        "misschien|wellicht|eventueel is|zijn ... een optie|idee|oplossing|uitkomst",
        "^ probeer|probeert @jij? hem|haar|ze|zijn|uw|jouw|samen|wat|meer|minder|vooral|gewoon",
      ],
      unless: ["ik laat|liet|laten", "we laten|lieten", "vertellen|zeggen|uitleggen|toelichten|vertelt|zegt"],
      sentence: .statement),
    // "Mila, vertel jij je vader eens hoe het nu met je gaat?"
    CueRule(
      .marker(.openVraag), "Je stelt een open vraag die uitnodigt om te vertellen.",
      patterns: ["^ vertel|vertelt|beschrijf|leg jij|je|u|jullie ... eens|hoe|wat|waarom|welke|wie"]),
    // "Als hij weer spiekt, wordt die ongeldig verklaard.", "Nog één keer te laat en je meldt je bij ..."
    CueRule(
      .marker(.waarschuwen), "Je waarschuwt of dreigt met gevolgen.",
      patterns: [
        "als|wanneer|zodra|zolang @ander|@naam ... weer|nogmaals|opnieuw|blijft|blijven ... schrijf|noteer|meld|rapporteer ik",
        "als|wanneer|zodra|zolang @ander|@naam ... blijft|blijven|weer|nogmaals|opnieuw ... naar de|het directie|directeur|teamleider|leerplicht",
        "nog een|@getal keer|keertje|maal ... en @ander|je|ik|dan",
        "^ dan moet|moeten|mag|mogen|krijgt|krijgen @naam|@kind|@jij ... nablijven|strafwerk|straf|eruit|@dreiging",
      ]),
    // A restatement announced by a check: "Even checken of ik het snap: ...", "Wat ik van u hoor, is dat ..."
    CueRule(
      .marker(.parafrase), "Je zegt in eigen woorden wat de ander vertelde.",
      patterns: [
        "checken|kijken|nagaan|controleren|toetsen of ik @jij|het @versterker? goed? snap|begrijp|begrepen|volg|hoor",
        "^ wat ik @versterker? van @jij hoor|begrijp|oppik|opmaak", "^ wat ik hoor|begrijp|oppik|opmaak is",
      ],
      unless: ["@gevoel", "@gevoelswerkwoord", "@gevoelsoordeel", "zorgen maakt|maken"]),
    // Summaries: "We hebben gepraat over X, over Y en over Z", "Wat we afspreken: ...", "Dus tot nu toe: ..."
    CueRule(
      .marker(.samenvatting), "Je vat meerdere punten van het gesprek samen.",
      patterns: [
        "we hebben @versterker? @versterker? gepraat|gediscussieerd over ... over",
        "^ wat we @versterker? afspreken|afgesproken|besproken|afspraken", "^ dus tot nu toe|zover",
        "ik zeg|herhaal|zet het @versterker? nog @versterker? een? keer? kort",
      ],
      unless: ["afspreken|afgesproken|besproken is|was|blijft|zijn|waren|moet|moeten"]),
    // Closing: "Laten we voor vandaag stoppen.", "dat we het hier maar bij moeten laten"
    CueRule(
      .marker(.afrondingAankondigen), "Je kondigt aan dat het gesprek eindigt.",
      patterns: [
        "laten we ... stoppen|afronden|afsluiten|ophouden|eindigen",
        "voor vandaag|nu @versterker? stoppen|afronden|afsluiten",
        "we het ... hier|daar bij ... laten|houden", "we het ... hierbij|daarbij ... laten|houden",
      ],
      unless: ["laten we ... niet"]),
    // A follow-up with someone else: "ik vraag de zorgcoördinator of ze er de volgende keer bij kan zijn"
    CueRule(
      .marker(.vervolgafspraak), "Je spreekt een concrete vervolgstap af.",
      patterns: ["de|het volgende keer|gesprek|afspraak ... bij kan|kunnen|is|zijn|komt|komen"]),
    // Reassurance and minimising: "wees gerust", "dat stelt toch niks voor"
    CueRule(
      .marker(.geruststellen), "Je sust of stelt gerust: de zorg van de ander verdwijnt naar de achtergrond.",
      patterns: ["^ wees|weest|bent @jij? @versterker? gerust"]),
    CueRule(
      .marker(.afleiden), "Je maakt het kleiner of gaat eraan voorbij.",
      patterns: ["stelt|stellen|stelde @versterker? @versterker? niks|niets|weinig voor"]),
    // Norms for all children: "Kinderen van veertien horen om tien uur in bed te liggen.", "zo hoort het"
    CueRule(
      .marker(.moraliseren), "Je preekt: je zegt wat hoort of moet.",
      patterns: [
        "kinderen|pubers|tieners|jongeren|leerlingen|ouders|kind|puber|tiener|iedereen|men ... horen|hoort ... te",
        "zo hoort|hoorde|horen het|dat $", "hoort|horen nu|nou? eenmaal",
      ]),
    // Hidden causes: "ik denk dat daaronder vooral angst zit", "Daarom doet hij niks."
    CueRule(
      .marker(.interpreteren), "Je legt uit wat de ander 'eigenlijk' denkt of voelt: je vult in.",
      patterns: [
        "daaronder|eronder|erachter|daarachter ... zit|zitten|schuilt|steekt|ligt",
        "^ daarom|daardoor doet|zegt|reageert|gedraagt|zoekt|doen|zeggen|reageren @naam|hij|ze|zij|@jij",
      ]),
    // Figures as proof: "24 van de 28 leerlingen hadden een voldoende."
    CueRule(
      .marker(.argumenteren), "Je probeert de ander met feiten en logica te overtuigen.",
      patterns: [
        "@getal|@aantal van de|alle @getal|@aantal leerlingen|kinderen|ouders|klasgenoten|andere"
      ],
      sentence: .statement),
    // Praise and a push in one sentence: "Een vader die zo goed op de hoogte is als u, gaat vast akkoord."
    CueRule(
      .marker(.prijzen), "Je prijst om te sturen: de ander voelt zich gemanipuleerd.",
      patterns: [
        "zo @lof|goed ... als @jij ... vast|ongetwijfeld|zeker", "vast|ongetwijfeld als geen ander",
        "@jij bent|was @versterker? @versterker? zo @versterker? @lof ... dus|dan ... vast|ongetwijfeld|reken|verwacht",
        "goed|mooi|knap ... dan|dus ... @jij ... vast|ongetwijfeld ... akkoord|eens|mee",
      ]),
    // A rhetorical question that blames: "Hoe kan het dat u dat niet weet?" ("Waarom ... steeds?" is a question.)
    CueRule(
      .marker(.bekritiseren), "Je verwijt iets in de vorm van een vraag: dat sluit het gesprek af.",
      patterns: [
        "^ hoe kan|kon het @versterker? dat @ander|@naam|@kind ... niet|niets|niks|nooit|geen",
        "^ hoe is|was het @versterker? mogelijk dat @ander|@naam|@kind",
      ],
      sentence: .question, suppresses: [.openVraag, .ondervragen]),
    // Several question words in one question: "Wanneer heeft u dat gehoord, van wie, en waarom ...?"
    CueRule(
      .marker(.ondervragen), "Veel vragen achter elkaar: dat voelt als een verhoor.",
      patterns: [
        "^ hoe|wat|welke|wie|waar|wanneer ... hoe|wat|welke|wie|waar|wanneer ... waarom",
        "^ hoe|wat|welke|wie|waar|wanneer ... waarom ... hoe|wat|welke|wie|waar|wanneer",
        "^ waarom ... hoe|wat|welke|wie|waar|wanneer ... hoe|wat|welke|wie|waar|wanneer",
      ],
      sentence: .question, suppresses: [.openVraag]),
    // A command before a threat: "Praat wat zachter, anders stop ik hiermee."
    CueRule(
      .marker(.bevelen), "Je geeft een bevel: de ander moet iets doen.",
      patterns: ["^ @gebiedend|praat ... anders|straks stop|bel|haal|roep|zet|stuur|meld|ga|beeindig ik|we"],
      unless: ["^ let @versterker? op"]),
    // "Onze tijd zit er bijna op."
    CueRule(
      .marker(.afrondingAankondigen), "Je kondigt aan dat het gesprek eindigt.",
      patterns: [
        "tijd zit|is er @versterker? @versterker? op|om", "tijd is|raakt @versterker? @versterker? om|voorbij|op",
      ],
      sentence: .statement),
    // "Fijn dat u er was.", "Goed dat jullie gekomen zijn." (but "fijn dat u er bent" is a welcome)
    CueRule(
      .marker(.bedanken), "Je bedankt de ander.",
      patterns: [
        "^ fijn|goed|prettig|leuk dat @jij er @versterker? was|waren|kon|kwam|kwamen",
        "^ fijn|goed|prettig|leuk dat @jij ... gekomen|geweest",
      ],
      sentence: .statement),
    // Hidden motives: "Ik denk dat hij zich achter zijn grappen verschuilt."
    CueRule(
      .marker(.interpreteren), "Je legt uit wat de ander 'eigenlijk' denkt of voelt: je vult in.",
      patterns: ["@ander|@naam ... achter ... verschuilt|verschuilen|verstopt|verstoppen|verbergt|verbergen"]),
    // Normalising and trust that it passes: "Ach, dat gebeurt op elke school.", "Hij redt zich wel."
    CueRule(
      .marker(.geruststellen), "Je sust of stelt gerust: de zorg van de ander verdwijnt naar de achtergrond.",
      patterns: [
        "^ dat|het|dit gebeurt|overkomt|komt @versterker? op|bij|in elke|iedere|alle school|scholen|klas|klassen|puber|kind|ouder",
        "^ dat|het|dit gebeurt|overkomt|komt @versterker? overal|iedereen",
        "@ander|@naam|@kind redt|redden|red @zich @versterker? @versterker? wel",
      ],
      sentence: .statement, negationCancels: true),
    // Flattery that steers: "Slimme jongen als hij is, haalt hij dit makkelijk in."
    CueRule(
      .marker(.prijzen), "Je prijst om te sturen: de ander voelt zich gemanipuleerd.",
      patterns: ["^ @lof @persoon|jongen|meid|meisje|kind|leerling als @ander|hij|jij|u is|bent|zijn"]),
  ]
}
