/// Dutch sentence shapes of a judgement of the other person, whatever the content words are (issue 12): the other
/// equated with a label ("Uw zoon is gewoon een ..."), cast as a type ("U bent zo'n moeder die ..."), compared
/// ("U klinkt als een ..."), named as the cause ("Dat heeft hij zelf uitgelokt."), as the one who disappoints
/// ("U stelt me teleur."), as acting only in self-interest, as letting the child do anything, and a verdict tagged
/// onto a fact ("..., dat kan echt niet."). With the other as subject the rule book makes them a jij-boodschap.
///
/// Every shape carries at least three examples and counter-examples, run by `CueRuleExampleTests`.
enum DutchJudgementForms {
  /// Nouns and adjectives of sincere praise: "Hij is echt een doorzetter." is no label.
  static let praiseNouns =
    "kanjer|kanjers|topper|toppers|held|helden|doorzetter|doorzetters|aanwinst|schat|schatten|steun|voorbeeld|talent|natuurtalent|werker|harde|lieve|leuke|vrolijke|sociale|aardige|zorgzame|hulpvaardige"

  static let rules: [CueRule] = [
    // A label by equation: the other person is "gewoon", "echt", "nou eenmaal" or "net" a something. A plain
    // category ("Hij is gewoon een puber."), a time ("net een week"), praise and "een van de" are none.
    CueRule(
      .marker(.etiketteren), "Je plakt een etiket op de ander.",
      patterns: [
        "@ander|@naam|@kind is|bent|zijn @versterker? gewoon|echt|eenmaal @versterker? een|de|zon|zulke",
        "@ander|@naam|@kind is|bent|zijn @versterker? net|soms|wel @versterker? een|zon|zulke",
        "^ wat bent|ben|is|zijn @jij|hij|ze|zij @versterker? @versterker? een|zon",
        // A type with a habit: "U bent zo'n moeder die overal een probleem van maakt."
        "@ander|@naam|@kind is|bent|zijn @versterker? @versterker? zon|zulke @versterker? @persoon|type|*ouder|*ouders|*moeder|*vader @persoon? die|dat",
        // A comparison: "U klinkt als een advocaat.", "Hij gedraagt zich als een verwend kind."
        "@ander|@naam|@kind klinkt|klinken|praat|praten|gedraagt|gedragen @zich? @versterker? @versterker? als een|zon",
      ],
      unless: [
        "@lof", "@positief", praiseNouns, "volwassene|volwassen|boek|prof|professional",
        // A person described by an adjective ("een rustige jongen") or a relation ("de moeder van Sem"): labels with
        // a negative adjective have rules of their own.
        "een|de|zon @versterker? *e @persoon|@groep", "een|de @persoon|@groep van",
        "een|de @versterker? @persoon|@groep|puber|tiener|mens $", "een van|eentje van",
        "beetje|keer|keertje|week|dag|maand|jaar|paar|uur|tijdje|poos|kwartier|minuut|periode|moment|tijd|stap",
        "de enige|eerste|laatste|oudste|jongste", "@gevoel", "zorgen", "niet|nooit gezegd|beweerd|bedoeld|gesuggereerd",
      ] + DutchBlameExceptions.reportedView,
      sentence: .statement, negationCancels: true, suppresses: [.argumenteren, .bevelen],
      examples: [
        "Je bent gewoon een brutaal nest.", "Jij bent echt een vreselijke kluns.", "Ze is nou eenmaal een kletskous.",
        "Hij is soms net een peuter.", "Wat ben jij toch een wijsneus.", "Wat is hij een zeurkous, zeg.",
        "U bent echt zo'n vader die alles beter weet.", "Jullie zijn zulke ouders die overal over klagen.",
        "U bent zo'n type dat altijd gelijk wil hebben.",
        "U praat als een advocaat.", "Jij praat als een kleuter van vier.",
        "Hij gedraagt zich als een verwend prinsje.",
      ],
      counterExamples: [
        "Hij is gewoon een puber.", "Hij is echt een doorzetter.", "Ze is net een week ziek.", "Ze is net de klas uit.",
        "Hij praat als een volwassene.",
        "Hij is echt een van de beste leerlingen van de klas.", "U bent echt geen slechte moeder.",
        "Wat ben jij een kanjer!", "U bent zo'n betrokken moeder, dus u begrijpt vast dat dit moet.",
        "U klinkt als een moeder die zich zorgen maakt.", "Dat klinkt als een zware tijd.",
        "U zegt dat hij gewoon een luilak is.", "Hij is echt de oudste van de klas.",
        "Hij is echt een sportieve jongen.", "U bent gewoon de moeder van Sem.",
      ]),
    // The other person as the cause: provoking it, starting it, co-responsible. "Dat heeft hij zelf uitgelokt.",
    // "Daar bent u zelf mede verantwoordelijk voor." Help someone sought ("zelf hulp gezocht") is none.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "het|dat|dit|zoiets ... zelf @versterker? gezocht|uitgelokt",
        "@ander|@naam|@kind ... zelf @versterker? mee begonnen|gestart|begon|begint",
        "@ander|@naam|@kind begint|begon|beginnen|begonnen|start|startte er|daar|ermee|daarmee|hiermee|hier @versterker? zelf",
        "@ander|@naam|@kind ... medeverantwoordelijk|medeschuldig|medeplichtig",
        "@ander|@naam|@kind ... mede verantwoordelijk|schuldig|debet|aansprakelijk",
        "@ander|@naam|@kind zoekt|zoeken|zocht|zochten ... ruzie|ruzies|problemen|gedoe|conflict|conflicten|moeilijkheden @versterker? op",
      ],
      unless: [
        "hoeft|hoef|hoeven|mag|mogen|kan|kun|kunt|kunnen", "ik|we|wij ... zelf", "hulp|oplossing|ondersteuning|advies",
      ] + DutchBlameExceptions.all,
      sentence: .statement,
      examples: [
        "Dat heeft hij zelf uitgelokt.", "Je hebt het zelf gezocht met die grap.", "Jullie zijn er zelf mee begonnen.",
        "Ze begint er zelf ook altijd mee.", "Hij start daar zelf steeds weer mee.",
        "Daar zijn jullie zelf medeverantwoordelijk voor.", "U bent mede verantwoordelijk voor deze situatie.",
        "Hij zoekt in de pauze steeds de ruzie op.", "Jij zoekt zelf ook de problemen op.",
      ],
      counterExamples: [
        "Hij heeft zelf hulp gezocht bij de mentor.", "U mag zelf beginnen met de vragen.",
        "Hij is zelf begonnen met een planning.", "Ze heeft het zelf opgezocht op internet.",
        "We zijn samen verantwoordelijk voor zijn veiligheid.", "Ik ben er zelf mee begonnen.",
        "Hij zoekt de mentor op als er iets is.",
      ]),
    // The other person as the one who disappoints (a judgement of the person, labels.md: "Ik ben teleurgesteld in
    // u"): "U stelt me teleur.", "Jullie vallen me echt tegen." A thing that disappoints is none.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "@ander|@naam stelt|stellen|stelde|stelden|stel me|mij|ons @versterker? @versterker? teleur",
        "stelt|stellen|stelde|stel @jij|hij|ze|zij me|mij|ons @versterker? @versterker? teleur",
        "@ander|@naam valt|vallen|viel|vielen|val me|mij|ons @versterker? @versterker? tegen",
        "valt|vallen|viel|val @jij|hij|ze|zij me|mij|ons @versterker? @versterker? tegen",
      ],
      unless: ["ik|we|wij @versterker? wil|wilde|willen|wou ... @jij|hem|haar"] + DutchBlameExceptions.reportedView,
      sentence: .statement, negationCancels: true,
      examples: [
        "U stelt me teleur.", "Eerlijk gezegd stel je me behoorlijk teleur.", "Jullie vallen me echt tegen.",
        "Hij valt me echt tegen dit jaar.", "Daarin stelt u ons teleur.",
      ],
      counterExamples: [
        "Het stelt me teleur dat de toets niet goed ging.", "De cijfers vallen me tegen.",
        "Ik wil u niet teleurstellen.", "Je valt me niet tegen, hoor.",
      ]),
    // Acting only when it suits the other: "Je komt alleen maar naar mij als je iets nodig hebt.", "U belt pas als
    // het u uitkomt." What one may or can do ("U kunt alleen bellen als het nodig is.") is none.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "@ander|@naam|@kind ... alleen|pas|enkel ... als|wanneer|zodra ... iets nodig",
        "@ander|@naam|@kind ... alleen|pas|enkel ... als|wanneer|zodra ... uitkomt|uitkwam|zin|gedwongen|mis|fout",
      ],
      unless: ["kunt|kan|kun|kunnen|mag|mogen|hoeft|hoef|hoeven|moet|moeten|welkom|gerust"],
      sentence: .statement,
      examples: [
        "Je komt alleen naar me toe als je iets nodig hebt.", "U belt pas als het u uitkomt.",
        "Jullie mailen alleen als jullie iets nodig hebben.",
        "Hij werkt alleen als hij er zin in heeft.", "Jullie reageren pas als het echt mis is.",
      ],
      counterExamples: [
        "U kunt alleen bellen als het nodig is.", "Ik bel alleen als het nodig is.",
        "Hij komt alleen als hij zich beter voelt.", "Je mag pas weg als je klaar bent.",
        "Hij vraagt alleen hulp als het echt nodig is.",
      ]),
    // Letting the child do anything (jij-boodschap): "Jullie laten hem gewoon tot middernacht gamen.", "U laat uw
    // dochter toch ook alles zelf beslissen." An invitation or rest ("U laat het me maar weten.") is none.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "^ @jij laat|laten|liet|lieten hem|haar|ze|zijn|uw|jullie|je|jouw|@naam ... gewoon|zomaar|toch|maar",
        // Also later in the sentence: "Je moeder heeft gelijk: jij laat alles maar op zijn beloop."
        "@jij laat|laten|liet|lieten alles|dingen|zaken @versterker? maar|gewoon|zomaar",
      ],
      unless: [
        "weten|horen|gerust|zien|weet|lezen|even|rustig|lekker|bijkomen|uitrusten|uitslapen",
        "@straks|vandaag|vanavond|vanmiddag",
      ],
      sentence: .statement,
      examples: [
        "Jullie laten haar gewoon tot twee uur 's nachts gamen.", "U laat hem toch ook alles zelf beslissen.",
        "Je laat je zusje zomaar alleen naar huis lopen.", "U laat uw zoon maar doen wat hij wil.",
        "Eerlijk is eerlijk: jullie laten alles maar gebeuren.",
      ],
      counterExamples: [
        "U laat het me maar weten.", "U laat hem vandaag gewoon even uitrusten.", "Laat u hem maar gaan.",
        "Ik laat hem gewoon zelf kiezen.", "U laat haar maar horen wat u ervan vindt.",
        "U laat hem morgen gewoon thuis.",
      ]),
    // A verdict tagged onto a fact: "U heeft de toets mee naar huis genomen, dat kan echt niet.", "..., zo komen we
    // nergens." With the other as subject of the fact, a jij-boodschap. "Dat kan niet kloppen, want ..." argues.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "dat|dit|zo kan|kon @versterker? echt|gewoon|zo|toch|natuurlijk|zomaar @versterker? niet $",
        "zo komen|kom|komt we|wij|je|u|jullie nergens",
        "dat|dit|het gaat|ging @versterker? @versterker? te ver $", "ver|duidelijk|ruim over de grens",
      ],
      unless: [
        "@jij|ik|we|wij|hij|ze|zij kan|kon|kunt|kun|kunnen @versterker? niet $", "nergens heen|naartoe",
        // Agreeing with the other ("U heeft gelijk, dat kan echt niet.") judges a third party, not the other.
        "gelijk|terecht|snap|begrijp|begrijpelijk|klopt|eens",
      ],
      sentence: .statement,
      examples: [
        "U heeft de toets zonder overleg mee naar huis genomen, dat kan echt niet.",
        "Hij scheldt een docent uit, dat gaat te ver.", "Jullie zeggen elke afspraak af, zo komen we nergens.",
        "Je mail ging ver over de grens.", "Dit kan zo niet.",
      ],
      counterExamples: [
        "Dat kan niet kloppen, want de toets was pas vrijdag.", "Dinsdag kan ik niet.",
        "Zo komen we nergens heen met de auto.", "Dat gaat te ver terug in de tijd om nog na te gaan.",
        "Nee, dat kan helaas niet.", "U heeft gelijk, dat kan echt niet.",
      ]),
    // Making it easy for oneself: "U maakt het zich wel erg makkelijk.", "Jullie maakten het je wel gemakkelijk."
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "@ander|@naam|@kind maakt|maken|maakte|maakten het @zich @versterker? @versterker? @versterker? makkelijk|gemakkelijk"
      ],
      sentence: .statement, negationCancels: true,
      examples: [
        "U maakt het zich wel heel makkelijk.", "Jij maakt het jezelf erg gemakkelijk met dat verslag.",
        "Jullie maakten het je wel makkelijk met die opdracht.",
      ],
      counterExamples: [
        "We maken het u zo makkelijk mogelijk.", "Een planner maakt het je makkelijker.",
        "Hij maakt het zich niet makkelijk.",
      ]),
    // Sarcasm about the other at last doing something: "Fijn dat u eindelijk ook eens komt opdagen."
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: ["@jij ... eindelijk ... eens"],
      sentence: .statement,
      examples: [
        "Leuk dat jullie er eindelijk ook eens zijn.", "U reageert eindelijk eens op mijn mail.",
        "Goed dat je eindelijk eens je huiswerk bij je hebt.",
      ],
      counterExamples: [
        "Fijn dat het eindelijk beter gaat.", "Eindelijk eens een rustige week.",
        "Fijn dat u eindelijk weer thuis bent.",
      ]),
    // Busy at a blamed act, or the one who does it: "Jij zit hier je tijd te verdoen.", "Hij is degene die liegt,
    // niet andersom." With its consequence named, the behaviour is the gedrag of an ik-boodschap.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "@ander|@naam|@kind zit|zitten|zat|zaten|ligt|liggen|loopt|lopen|staat|staan|hangt|hangen ... te @verwijtwerkwoord",
        "@ander|@naam|@kind is|bent|zijn|was degene|diegene|degenen die|dat ... @verwijtwerkwoord",
      ],
      unless: [
        "^ als|wanneer|zodra|toen|omdat|doordat", "daardoor|waardoor|zodat",
        "en|want dan @onderwerp? raak|raakt|raken|mis|mist|missen|moet|moeten|kan|kun|kunnen|loop|loopt|lopen|wordt|worden",
      ] + DutchBlameExceptions.all,
      sentence: .statement,
      examples: [
        "Jij zit hier je tijd te verdoen.", "Ze loopt de hele dag te mopperen.", "Jullie staan daar weer te kletsen.",
        "Hij is degene die liegt, niet andersom.", "U bent degene die de afspraken ondermijnt.",
      ],
      counterExamples: [
        "U bent degene die hem het beste kent.", "Ze zit naast Sem te werken.",
        "Hij zit te kletsen tijdens de uitleg, en dan raak ik de draad kwijt.",
        "Als hij zit te klieren, stuur ik hem niet meteen weg.",
      ]),
  ]
}
