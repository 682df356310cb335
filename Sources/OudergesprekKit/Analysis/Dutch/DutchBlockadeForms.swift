/// More Dutch forms of the blockades, written as general sentence shapes rather than set phrases:
/// imperatives without a verb ("Telefoon weg, nu."), threats with "nog één keer ... en", blame as the other
/// person plus a predicate of failure ("U heeft zich niet aan de afspraak gehouden"), judgements of a thing
/// the other made ("een slordig verslag"), hidden motives ("om stoer te doen"), minimising and topic changes.
enum DutchBlockadeForms {
  static let rules: [CueRule] = [
    // Commands: a verbless order ("Jas uit.", "Telefoon in je tas, nu."), an order in the future tense
    // ("Jij gaat vanaf morgen voorin zitten."), an imperative aimed at me ("Stuur mij een mail.").
    CueRule(
      .marker(.bevelen), "Je geeft een bevel: de ander moet iets doen.",
      patterns: [
        "^ @voorwerp @versterker? weg|uit|af|op|neer|dicht|eruit|thuis|binnen|omlaag $",
        "^ @voorwerp @versterker? weg|uit|af|op|neer|dicht|eruit|thuis|binnen|omlaag|in ... nu|meteen|direct|onmiddellijk|nou $",
        "^ opletten|stilte|opschieten|doorwerken|opruimen|wegwezen|stoppen|ophouden|zitten $",
        "@jij gaat|gaan|zult|zal ... vanaf @straks|nu|vandaag",
        "@jij gaat|gaan|zult|zal ... voortaan",
        "@jij gaat|gaan|zult|zal gewoon|voortaan",
        "^ stuur|bel|mail|app|breng|geef me|mij|ons",
        "@naam|hij|ze|zij moet|moeten ... vanaf nu|voortaan",
        // Stressed "jij" first, present tense: "Jij blijft hier.", "Jij gaat nu naar de gang."
        "^ jij gaat|blijft|komt|zet|legt|doet|maakt|ruimt|haalt|geeft|houdt|stopt|loopt|zit|pakt|schrijft|belt|let ... nu|hier|meteen|direct|voortaan|vandaag|morgen|eruit|weg|zitten|staan|af|op|uit|na",
        // An imperative ending in a particle: "Schrijf dit op.", "Blijf van haar spullen af."
        "^ @gebiedend ... af|op|weg|neer|dicht|eruit|terug $",
        "^ jij|jullie gaat|gaan ... *en $",
        "^ @jij wacht|wachten|blijft|blijven ... buiten|tot|gang",
        "^ @jij levert|leveren|brengt|brengen|ruimt|ruimen|geeft|geven ... morgen|vandaag|nu|meteen|direct|vanavond|vanmiddag",
        "zonder uitzondering|pardon|discussie|tegenspraak|gezeur|gemaar|maren|excuses $",
        "^ ga|gaat @jij? ... *en $",
        "^ kom|komt @jij? @versterker? hier|hierheen",
        "^ opletten|stilte|opschieten|doorwerken|opruimen|wegwezen|ophouden|zitten ... nu|meteen|direct|onmiddellijk $",
      ],
      unless: [
        "zult|zal|zullen ... begrijpen|snappen|inzien|zien dat", "@jij gaat|gaan|zult|zal gewoon door|verder",
        "merken|zien|ontvangen|krijgt|krijgen|horen|lezen",
        "^ geef me|mij|ons @versterker? tijd|moment|kans|seconde", "contact|kijk|kijken|zoek|zoeken ... op $",
        "^ ga|gaat het|dat|alles", "nog @getal? keer|keertje ... en|dan", "nog eens|nogmaals ... en",
        "^ @gebiedend ... dan @dankans? @jij|hij|ze|zij",
        "^ kijk|let|probeer|vraag|help|bespreek|plan|regel|spreek|stel",
        "^ ga|gaat @jij? @versterker? @versterker? door|verder|gang|zitten|gerust|rustig",
      ],
      sentence: .statement),
    // Threats: "nog één keer ... en ...", "als dit zo blijft", a sanction by the teacher after "als" or
    // "anders", "je weet wat er gebeurt als ...".
    CueRule(
      .marker(.waarschuwen), "Je waarschuwt of dreigt met gevolgen.",
      patterns: [
        "^ nog @getal? keer|keertje|maal ... en|dan",
        "^ nog een|@getal ... en ik|we|dan ... @dreiging|bel|haal|roep|stuur|zet|meld|neem|ga|moet",
        "als|wanneer|zolang ... zo @versterker? blijft|blijven|doorgaat|doorgaan",
        "als|wanneer|zolang @jij|@naam|hij|ze|zij ... blijft|blijven|weer|nogmaals ... roep|haal|schakel ik ... erbij|in",
        "als|wanneer|zolang @jij|@naam|hij|ze|zij ... blijft|blijven|weer|nogmaals ... stuur|zet ik @jij|jou|hem|haar ... eruit|weg",
        "als|wanneer|zolang @jij|@naam|hij|ze|zij ... blijft|blijven|weer|nogmaals ... stop|beeindig|meld ik",
        "anders|straks stop|beeindig|staak|meld ik",
        "dit is|wordt @versterker? de laatste keer",
        "als|wanneer ... blijft|blijven @naam|hij|ze|zij|@jij @versterker? zitten",
        "met vuur|vuurtje",
        "gaat|zal @jij|je|hem|haar ... opbreken|berouwen",
        "zwaait er wat",
        "ermee|hiermee|daarmee|mee @versterker? wegkomt|wegkomen|wegkomt",
        "^ let @versterker? op $",
        "^ let @versterker? op @jij|je|jouw|uw ... woorden|toon|taal|houding|gedrag",
        "^ anders|straks roep|haal|schakel ik ... erbij|in",
        "^ anders|straks stuur|zet ik @jij|jou|hem|haar ... eruit|weg",
        "dan|anders roep|haal|bel ik ... erbij",
        "als|anders ... stappen|maatregelen ... zetten|nemen|ondernemen",
        "^ zo haalt|komt|redt|wordt @naam|hij|ze|zij|@jij ... nooit|niet",
        "dan|anders bel|roep|haal|informeer|waarschuw|mail ik ... ouders|moeder|vader|mentor|teamleider|directeur|directie|concierge|politie|leerplichtambtenaar",
        "weet|weten wat er gebeurt|gebeuren|volgt als",
        "van school ... gestuurd|getrapt|gezet|verwijderd",
        "reken|rekent @jij? daar|er @versterker? maar op",
        "^ @gebiedend ... nog eens|nogmaals ... en",
        "dan|en heb|hebt|hebben @jij ... probleem|probleempje",
      ],
      unless: ["bedankt|dank|dankjewel|dankuwel", "tevreden|blij|fijn|mooi|trots|prima|top"],
      suppresses: [.afrondingAankondigen, .bekritiseren, .adviseren]),
    // Blame: the other person and a predicate of failure or of a bad habit.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "@ander|@naam ... niet|nooit|geen ... aan de|het|zijn|haar|onze afspraak|afspraken|regels|regel ... gehouden|houdt|houden|hield|hielden",
        "@ander|@naam houdt|houden|hield|hielden @zich ... niet|nooit ... aan",
        "niks|niets|weinig|bar|weinig van gebakken|terechtgebracht|terecht",
        "zet|zetten|zette @zich ... niet|nauwelijks|amper|nooit|nergens|geen|onvoldoende ... in",
        "zet|zetten|zette|zetten @zich ... voor geen enkel|enkele",
        "geen enkele moeite|inzet|interesse|belangstelling",
        "het @zich @versterker? @versterker? @versterker? te makkelijk|gemakkelijk",
        "veel|veels|echt|gewoon te weinig|makkelijk|gemakkelijk|laks|slap|soepel|toegeeflijk",
        "@jij ... veel|veels te lang|laat",
        "@ander bemoeit|bemoeien|verwent|verwennen|verwende|verwenden|pampert|pamperen|betuttelt|betuttelen",
        "@ander ... @zich overal|altijd|steeds ... mee|tegen",
        "@afkeur @beoordeeld",
        "dat|dit|het is|was @versterker? @versterker? @versterker? @afkeur geweest|gedaan",
        "@afkeur van @jij|jullie|hem|haar|@naam|jou",
        "@ander|@naam ... laten|laat|liet|lieten ... afweten|versloffen|verslonzen|vallen",
        "@ander|@naam ... tekortgeschoten|tekortgeschiet",
        "@ander|@naam schiet|schieten|schoot|schoten ... tekort",
        "@ander|@naam ... komt|komen|kwam|kwamen ... afspraak|afspraken|belofte|beloftes|beloften ... niet|nooit na",
        "@ander|@naam doet|doen|deed|deden @versterker? @versterker? @versterker? niks|niets|geen|nooit|weinig",
        "@ander|@naam|@kind @versterker? @versterker? @wangedrag",
        "@ander|@naam|@kind heeft|hebt|hebben|had|hadden ... @wangedrag",
        "met de pet naar",
        "er|ervan @versterker? @versterker? makkelijk|gemakkelijk vanaf",
        "de kantjes ervan",
        "@ander|@naam doet|doen|deed|deden @versterker? @versterker? alsof|of",
        "@ander|@naam doet|doen|deed|deden net alsof|of",
        "@ander|@naam ziet|zien|hoort|horen @versterker? alleen wat",
        "@ander|@naam neemt|nemen|nam|namen ... niet|nooit @versterker? serieus",
        "@ander|@naam ... te veel|teveel ... in bescherming",
        "hand boven het hoofd",
        "@ander|@naam|@kind laat|laten|liet|lieten ... steeds|altijd|vaak|telkens|gewoon ... liggen|lopen|slingeren|vallen",
        "@ander|@naam|@kind neemt|nemen ... verantwoordelijkheid ... niet|nooit",
        "^ @ander|@naam ... helemaal|totaal|werkelijk niks|niets|nooit",
        "@ander|@naam ... veel|veels|veelste te",
        "@ander|@naam reageert|reageren|reageerde ... te|overdreven|heftig|fel",
        "@ander|@naam ... afspraak|afspraken|belofte|beloftes|beloften ... niet|nooit ... nagekomen|nageleefd",
        "@ander|@naam staat|staan|stond|stonden ... er|daar|ons|school ... niet @versterker? achter",
        "kansen|kans @versterker? verspeeld|verknald|laten liggen",
        "@ander|@naam|@kind trekt|trekken|trok @zich nergens|niks|niets ... van aan",
        "er een @versterker? zooi|zooitje|potje|puinhoop|bende|rommeltje|janboel|sport|gewoonte|circus|spelletje van",
        "doet|doen|deed|deden maar wat",
        "@ander|@naam schuift|schuiven|schoof ... af",
        "@ander|@naam zit|zitten|zat|hangt|hangen|ligt ... alleen maar ... te",
        "@ander|@naam zit|zitten|zat|hangt|hangen|ligt ... constant|continu|voortdurend ... te",
        "@ander|@naam geeft|geven|gaf ... altijd|steeds|maar|gewoon ... zijn|haar|hun|je zin",
        "@ander|@naam is|bent|zijn|was|waren @versterker? niet @versterker? consequent|eerlijk|betrouwbaar|redelijk|serieus|oprecht|realistisch",
        "beneden|onder alle? peil", "onder de maat",
        "@ander|@naam heeft|hebt|hebben|had|hadden ... geen idee|benul|notie|flauw ... wat|hoe|waar|wie",
        "@ander|@naam laat|laten|liet ... aan school|de|ons|anderen|mij ... over",
        "@ander|@naam ... alleen|pas als er iets mis|fout",
        "voor geen meter|cent|meter",
        "@ander|@naam ... geen enkel|enkele",
        "rommeltje|janboel|zootje|troep|chaos van",
        "@ander|@naam kijkt|kijken|keek|keken ... weg $",
        "kijkt|kijken|keek|keken ... de andere kant op",
        "@ander|@naam zit|zitten|zat ... bovenop|overheen",
        "@ander|@naam laat|laten|geeft|geven ... geen|weinig ruimte|vrijheid|lucht",
      ],
      unless: [
        "hoeft|hoef|hoeven", "niet|nooit gezegd|beweerd|bedoeld|gesuggereerd", "van mij|me|mijzelf|mezelf|ons",
        "voelt|voelen|voelde|voelden|gevoeld|voel",
        "geen enkel|enkele onvoldoende|onvoldoendes|fout|fouten|probleem|problemen|klacht|klachten|reden|twijfel",
        "veel te doen|bespreken|vertellen|zeggen|leren|lezen|regelen",
        "te veel|weinig huiswerk|werk|toetsen|lessen|stof|opdrachten|tijd|slaap",
        "geen idee hoe @versterker? trots|blij|dankbaar|goed|fijn|gelukkig|knap",
        "te veel|zwaar|moeilijk|druk wordt|worden|werd|is",
        "niks|niets verkeerd|fout|mis", "niks|niets aan te doen",
        "wordt|worden|werd|is|zijn @versterker? @wangedrag",
        "@afkeur @beoordeeld van mij|me|ons",
      ],
      sentence: .statement),
    // Habitual failure: "Jij hebt weer eens niet opgelet." Not in a conditional or an observation of an
    // ik-boodschap ("Als hij weer geen huiswerk heeft, ...", "Ik zie dat hij weer niet ...").
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: ["@ander|@naam ... weer|alweer|opnieuw @versterker? niet|geen|nooit|niks|niets"],
      unless: [
        "^ als|wanneer|zodra|toen|sinds|telkens|omdat|doordat", "ik zie|zag|merk|merkte|hoor|hoorde|constateer dat",
        "hoeft|hoef|hoeven", "gelukkig|fijn|goed",
      ],
      sentence: .statement),
    // Moralising: "Van een leerling in de vierde mag je meer verwachten."
    CueRule(
      .marker(.moraliseren), "Je preekt: je zegt wat hoort of moet.",
      patterns: [
        "mag|mogen @jij|we|men ... verwachten", "van een|iemand ... mag|mogen|kun|kunt|kunnen ... verwachten",
      ],
      sentence: .statement),
    // Labels: a person is a clown, a dreamer, behaves like a toddler.
    CueRule(
      .marker(.etiketteren), "Je plakt een etiket op de ander.",
      patterns: [
        "als|van een kleuter|peuter|baby|kleuterklas",
        "als|van een klein kind",
        "@ander|@naam|@kind ... is|bent|zijn @versterker? de|een @versterker? clown|dromer|kleuter|peuter|baby|prinses|prinsesje|dwarsligger",
        "zon|zo typisch|typische|rare ... kind|jongen|meid|meisje|puber|type|ouder|moeder|vader",
      ],
      unless: ["niet|nooit gezegd|beweerd|bedoeld|gesuggereerd", "toen|vroeger"],
      suppresses: [.bevelen, .argumenteren]),
    // Arguments: contradicting the other's view, a rule that holds for everyone, research, "nou eenmaal".
    CueRule(
      .marker(.argumenteren), "Je probeert de ander met feiten en logica te overtuigen.",
      patterns: [
        "@jij ziet|zien|heeft|hebt|hebben|zit|zitten het|dat @versterker? @versterker? verkeerd|fout|mis|ernaast",
        "ziet|zien|heeft|hebt|hebben|zit|zitten @jij het|dat|er? @versterker? @versterker? verkeerd|fout|mis|ernaast",
        "@jij zit|zitten @versterker? @versterker? ernaast|fout",
        "@jij vergeet|vergeten @versterker? dat",
        "zo simpel|eenvoudig|makkelijk is het|dat",
        "niet eerlijk|fair|rechtvaardig tegenover|naar|voor de|alle andere|anderen|klasgenoten",
        "gelden|geldt @versterker? voor iedereen|alle|elke|iedere",
        "gaat|gaan op voor iedereen|alle|elke|iedere",
        "valt @versterker? niet|niets|niks ... te discussieren|tornen|twisten|marchanderen|onderhandelen|veranderen",
        "uit @versterker? onderzoek|onderzoeken|studies|cijfers|statistieken ... blijkt|blijken|weten|zien",
        "onderzoek|onderzoeken|studies ... blijkt|blijken|toont|tonen|wijst|wijzen|bewijst|bewijzen",
        "nou eenmaal",
        "zwart op wit",
      ],
      sentence: .statement),
    // Hidden motives and causes: "om stoer te doen", "eigenlijk wil hij ...", "het komt door de scheiding dat".
    CueRule(
      .marker(.interpreteren), "Je legt uit wat de ander 'eigenlijk' denkt of voelt: je vult in.",
      patterns: [
        "om stoer|interessant|populair|indruk|cool|groot|belangrijk te doen|maken|lijken|zijn",
        "om ... te imponeren|provoceren|jennen|stangen|sarren|dwarsbomen|manipuleren|testen|straffen|ontlopen",
        "om|probeert|proberen|wil|wilt ... onder ... uit te komen",
        "zeg|zegt|doe|doet|reageer|reageert @jij|dat|het ... omdat|doordat @jij ... eigenlijk|stiekem|gewoon|alleen",
        "zeg|doe|reageer|denk|vind @jij ... omdat @jij",
        "@jij bent|is|zijn gewoon|eigenlijk|stiekem jaloers|bang|onzeker|verongelijkt",
        "wil|wilt|willen ... laten zien dat ... stoer|sterk|groot|cool|stoerder",
        "zeg|doe|reageer @jij ... alleen|gewoon|enkel|vooral|eigenlijk omdat|doordat",
        "^ eigenlijk|stiekem wil|wilt|voelt|zoekt|durft @naam|hij|ze|zij|@jij",
        "omdat|doordat @jij|hij|ze|zij|@naam ... niet kunt|kan|wilt|wil|durft ... accepteren|toegeven|aankan|aankunt|verdragen|verwerken|ogen",
        "schuldige|zondebok ... zoekt|zoeken|zocht",
        "zoekt|zoeken|zocht ... schuldige|zondebok",
        "komt|komen ... door|doordat ... dat @naam|hij|ze|zij|@jij ... zo",
        "gedrag|houding|reactie|boosheid|woede|gedoe ... komt|komen @versterker? @versterker? door|doordat|voort|uit",
        "gaat|draait @versterker? eigenlijk ... om|over",
        "uw|jouw|je|jullie eigen schooltijd|jeugd|verleden|opvoeding|angst|angsten|onzekerheid",
        "ik denk|vermoed|geloof eerder|juist dat",
      ],
      unless: ["@jij zegt|vertelt|bedoelt @versterker? dat hij|ze|zij|@naam|het|er|de", "^ waar|wat|waarover|hoe"],
      suppresses: [.gevoelsreflectie, .parafrase, .bekritiseren]),
    // Reassurance: "zit er niet over in", "hij is niet de enige", "volgende keer beter", "dan komt het goed".
    CueRule(
      .marker(.geruststellen), "Je sust of stelt gerust: de zorg wordt weggewuifd.",
      patterns: [
        "^ zit|zitten @jij? er|daar|ermee|daarmee @versterker? @versterker? niet ... in|mee",
        "niet de enige|enigste|eerste",
        "niets|niks om|tot @zich? ... zorgen|druk|ongerust|bang|paniek|ongerustheid",
        "geen reden ... om|tot @zich? ... zorgen|druk|ongerust|bang|paniek|ongerustheid",
        "komt|komen @versterker? @versterker? in orde",
        "komt|komen @versterker? @versterker? wel terecht",
        "redt|redden het @versterker? wel",
        "dit|dat|het gaat|gaan @versterker? @versterker? voorbij",
        "komt|komen er @versterker? @versterker? wel|uit $",
        "vast|wel|zeker|heus goed komen|aflopen|gaan|uitpakken",
        "zie|zien het|dat @versterker? @versterker? niet @versterker? somber|zwaar|donker",
        "veel|zoveel|meeste|alle @versterker? @groep hebben|doen|zijn|worstelen|krijgen dit|dat|daar|er|last|moeite|het|zo|ook",
        "^ niet piekeren|treuren|wanhopen|panikeren|stressen",
        "volgende keer beter",
        "komt|komen het|dat|alles @versterker? @versterker? @versterker? goed",
        "regelen|fixen|lossen we @versterker? wel",
      ],
      unless: ["goed uit", "toch niet zo", "@jij|ik zit|zat ... niet in"]),
    // Distraction: minimising ("toch geen drama"), parking the subject, small talk, moving to the next point.
    CueRule(
      .marker(.afleiden), "Je leidt af of bagatelliseert: de zorg van de ander verdwijnt van tafel.",
      patterns: [
        "toch geen @versterker? drama|ramp|wereldramp|halszaak|doodzonde|probleem",
        "^ ach|och ... geen",
        "^ @groep he|hoor|toch $",
        "^ ach|och|tja ... zo gaat|gaan|zijn ... @groep|dat",
        "^ nou ja ... zo gaat|gaan|zijn ... @groep|dat",
        "laten|leggen|parkeren we ... liggen|rusten",
        "parkeren we|wij|ik",
        "een ander verhaal|hoofdstuk",
        "ga|gaan|wil|willen ik|we ... niet ... op in|ingaan",
        "ik|we ga|gaan|wil|willen ... niet ... op in|ingaan",
        "in plaats van hierover|daarover|dit|dat",
        "trouwens|overigens ... @smalltalk",
        "@smalltalk ... trouwens|overigens",
        "^ hoe gaat|was|is het @versterker? met|op de|het|je|uw|zijn|haar? @smalltalk",
        "^ hoe bevalt|bevallen ... @smalltalk",
        "zullen|laten we het ... over de|het|zijn|haar|uw|je @smalltalk",
        "over|door naar ... volgende|ander|andere punt|onderwerp|agendapunt",
        "nu|nou|even|moment ... niet @versterker? belangrijk|relevant",
        "nu|nou|even|moment ... niet @versterker? aan de orde",
        "hebben nog meer|veel|andere|genoeg ... te bespreken|doen",
        "^ wat een @smalltalk",
        "^ nou ja|ach|och|tja ... zien @versterker? wel",
        "met uw|je|jouw|zijn|haar andere kinderen|zoon|dochter|kind|broer|zus|broertje|zusje",
        "over ... @smalltalk gesproken",
      ],
      suppresses: [.openVraag, .geruststellen, .argumenteren, .vervolgafspraak]),
    // Advice: an imperative with the gain after it ("Zet een wekker, dan ben je op tijd."), "een goede tip is".
    CueRule(
      .marker(.adviseren), "Je geeft advies of een oplossing voordat de ander zich gehoord voelt.",
      patterns: [
        "^ @gebiedend ... dan @dankans? @jij|hij|ze|zij", "tip|tips|advies|suggestie|raad is|zou|luidt",
      ],
      unless: ["^ ga|gaat|kom|komt ... zitten|staan|binnen"],
      sentence: .statement, suppresses: [.bevelen]),
    // Flattery that steers: "zo'n slimme jongen als jij".
    CueRule(
      .marker(.prijzen), "Je prijst om te sturen: de ander voelt zich gemanipuleerd.",
      patterns: ["zon|zulke @versterker? @lof @persoon|ouders|jongens|meiden als @jij|jij|jullie|u"]),
    // Arguments that point to a written rule: "Het staat allemaal in het PTA."
    CueRule(
      .marker(.argumenteren), "Je probeert de ander met feiten en logica te overtuigen.",
      patterns: [
        "staat|stond|staan ... in het|de pta|reglement|schoolgids|protocol|leerlingenstatuut|examenreglement|*reglement|*statuut",
        "aantoonbaar|wel degelijk",
        "blijkt|blijken ... uit de|zijn|haar|het resultaten|cijfers|toetsen|gegevens|dossier|feiten|cijferlijst|rapport",
      ],
      sentence: .statement),
  ]
}

/// Sentence shapes the engine combines: a compliment, a push after it, a statement that starts with a question word.
enum DutchSentenceShapes {
  static let rules: [CueRule] = [
    CueRule(
      .praise, "Een compliment aan de ander.",
      patterns: [
        "@jij bent|is|zijn @versterker? @versterker? de|een? @versterker? @lof",
        "bent|zijn @jij @versterker? @versterker? de|een? @versterker? @lof",
        "een|zon|de|onze|mijn @versterker? @lof @persoon|vrouw|man|moeder|vader|leerling|leerlingen",
        "^ knap|goed|geweldig|top|super|fantastisch|prachtig hoor|zo|gedaan",
        "^ wat @versterker? @lof|knap|geweldig|fantastisch|bijzonder dat @jij",
        "@jij doet|doen het @versterker? @versterker? goed|geweldig|fantastisch|knap|prima|super",
      ],
      negationCancels: true),
    CueRule(
      .steer, "Een duw na een compliment.",
      patterns: [
        "^ dus|dan ... vast|ongetwijfeld",
        "^ dus|dan ... ook ... wel",
        "^ dus|dan ... lukt|lukken ... wel|ook",
        "^ dus|dan reken|verwacht ik",
      ]),
    CueRule(
      .statement, "Een mededelende zin die met een vraagwoord begint.",
      patterns: [
        "^ wanneer|waar|hoe|wat @onderwerp|@naam",
        "^ wat een",
      ]),
  ]
}
