/// Dutch clause shapes that carry a marker whatever the content words are: a polite or verbless command, a
/// judgement in ik-form, blame after the fact ("als u ... had ..."), a cause read into the situation, reassurance
/// by comparison or by intent, a feeling named as a noun or as a hard moment, a view restated as "u vindt ... te".
///
/// Every shape carries at least three examples and a counter-example, run by `CueRuleExampleTests`.
enum DutchClauseForms {
  /// Questions that reproach: a paraphrase frame ("Dus u vindt het normaal dat ...?") or what the other should know
  /// ("Weet u eigenlijk wel ...?"). Also the exceptions of the parafrase rule, which would otherwise hide them.
  static let reproachQuestions = [
    "^ dus @jij vindt|vind|vinden het|dat @versterker? @versterker? normaal|prima|oke|ok|acceptabel|logisch",
    "^ weet|weten @jij eigenlijk wel? met|van|bij|over? hoe|hoeveel|wat|wanneer|waar|wie|dat",
    "^ weet|weten @jij wel met|van|bij|over? hoe|hoeveel|wat|wanneer|waar|wie|dat",
  ]

  static let rules: [CueRule] = [
    // A consequence is no threat, unless the school or the speaker imposes it: "Als hij zo doorgaat, moet hij van
    // school.", "..., dan krijgt hij een 1." ("..., mist ze de aansluiting" is a gevolg.)
    CueRule(
      .marker(.waarschuwen), "Je waarschuwt of dreigt met gevolgen.",
      patterns: [
        "als|wanneer|zolang ... zo @versterker? doorgaat|doorgaan|blijft|blijven|volhoudt ... diploma|examen|overgang|jaar|pta|bevorderen|bevorderd|overgaan|zitten|school|schorsing|geschorst",
        "als|wanneer|zolang ... zo @versterker? doorgaat|doorgaan|blijft|blijven ... ik|we|wij ... alleen nog",
        "als|wanneer|zolang|anders|dan ... krijgt|krijg|krijgen|krijgt @jij|hij|ze|zij|@naam ... een|de 1|0|nul|onvoldoende|aantekening|strafwerk",
      ],
      sentence: .statement,
      examples: [
        "Als hij zo doorgaat, dan bel ik de conciërge.", "Als hij zo doorgaat, dan krijgt hij een 1.",
        "Als dit zo doorgaat, moet hij van school.", "Als ze zo doorgaat, wordt ze geschorst.",
        "Als jullie zo doorgaan, spreek ik jullie alleen nog samen met de mentor.",
      ],
      counterExamples: [
        "Ik maak me zorgen, want als dit zo doorgaat mist ze de aansluiting.",
        "Ik ben bezorgd, want als hij zo doorgaat mist hij de uitleg.",
        "Als Sem zo doorgaat, loopt hij achter bij wiskunde, en dat vind ik jammer.",
      ]),
    // "Geeft u me eerst de kans om het uit te leggen.", "Nu luistert u even naar mij.", "Schoenen uit."
    CueRule(
      .marker(.bevelen), "Je geeft een bevel: de ander moet iets doen.",
      patterns: [
        "^ geeft @jij mij|me|ons",
        "^ nu luistert|luister|luisteren @jij",
        "^ @voorwerp|schoenen|jassen|petten|telefoons|handen|voeten uit|weg|af|neer|dicht|thuis $",
        // "Laat u mij even uitpraten.", "Laat me eerst mijn zin afmaken."
        "^ laat @jij? mij|me|ons ... uitpraten|uitspreken|afmaken|uitleggen",
        // "Zegt u hem maar dat ...", "Vertelt u haar dat ...", "Zegt u tegen uw dochter dat ..."
        "^ zegt|vertelt|zeg|vertel @jij hem|haar|tegen",
      ],
      unless: ["gerust", "^ geeft @jij mij|me|ons ... seintje|berichtje|belletje|mailtje"],
      sentence: .statement,
      examples: [
        "Geeft u me eerst de kans om het uit te leggen.", "Geeft u mij die brief even.", "Nu luistert u even naar mij.",
        "Nu luister jij eens goed.", "Schoenen uit.", "Jassen uit.", "Pet af.", "Laat u mij even uitpraten.",
        "Laat me eerst even mijn verhaal afmaken.", "Laat u ons dit even uitleggen.",
        "Zegt u hem maar dat hij zich morgen bij de mentor meldt.", "Vertelt u haar dat ze haar excuses aanbiedt.",
        "Zeg jij tegen je broer dat hij zijn fiets ophaalt.",
      ],
      counterExamples: [
        "Geeft u me gerust een seintje als er iets is.", "Geeft u me een belletje als het niet lukt?",
        "Zijn telefoon is weg.", "Zegt u het maar.", "Zegt u hem gerust dat hij altijd mag langskomen.",
        "Laat me even nadenken over uw vraag.",
      ]),
    // Blame in ik-form (labels.md): a judging feeling about a habit of the one addressed, or a feeling about a
    // person. "Ik vind het vervelend dat u altijd te laat bent.", "Ik ben teleurgesteld in u." The child's
    // behaviour after a feeling, or an effect on the teacher given with it, is an ik-boodschap instead.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "^ ik vind|vond het|dit|dat ... dat @jij ... altijd|nooit|steeds|telkens|constant|voortdurend|continu",
        "^ ik ben|was @versterker? @versterker? teleurgesteld|boos|kwaad|klaar in|op|met @jij|jou|uw|hem|haar|@naam",
      ],
      unless: [
        "@lof", "@positief", "fijn|prettig|goed|mooi|knap|blij|dankbaar|fijne|fantastisch|top|geweldig",
        "omdat|want|waardoor|zodat ik|we|wij",
      ],
      sentence: .statement,
      examples: [
        "Ik vind het vervelend dat u altijd te laat bent.",
        "Ik vond het storend dat jullie steeds door mijn uitleg heen praatten.",
        "Ik vind het lastig dat je nooit je boeken bij je hebt.", "Ik ben teleurgesteld in u.",
        "Ik ben echt boos op jou, want je liegt.", "Ik ben teleurgesteld in uw dochter, want ze komt nooit op tijd.",
      ],
      counterExamples: [
        "Ik vind het lastig dat je opdrachten steeds uitvallen, omdat ik dan niet kan zien wat je kunt.",
        "Ik ben boos op mezelf dat ik het niet eerder zag.",
        "Ik vind het fijn dat u altijd zo snel reageert.", "Ik vind het jammer dat hij steeds de uitleg mist.",
        "Ik vind het fijn dat je altijd op tijd bent.",
      ]),
    // "Ik vind dat geen goede reactie.", "Ik vond dit geen handige keuze van u."
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "^ ik vind|vond dat|dit|het|die geen @versterker? goede|goed|nette|net|handige|handig|slimme|slim|gepaste|respectvolle|verstandige|fijne|nuttige reactie|opmerking|houding|toon|keuze|manier|antwoord|actie|gedrag"
      ],
      sentence: .statement,
      examples: [
        "Ik vind dat geen goede reactie.", "Ik vind dit geen nette opmerking van u.", "Ik vond dat geen handige keuze.",
      ],
      counterExamples: ["Ik vind dat een goede vraag.", "Ik vind het fijn dat u er bent."]),
    // "Als u thuis wat strenger was geweest, was dit niet gebeurd.", "Had u maar eerder gebeld."
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "^ als @jij ... was|waren|had|hadden|hadt geweest|gedaan|gebeld|opgelet|ingegrepen|gecontroleerd|geluisterd|gereageerd|gemeld|gezegd|gelet|gehandeld|getrokken",
        "^ had|hadden|hadt @jij ... maar",
      ],
      sentence: .statement,
      examples: [
        "Als u thuis wat strenger was geweest, was dit niet gebeurd.",
        "Als u eerder had gebeld, hadden we het kunnen voorkomen.",
        "Als jullie beter hadden opgelet, was hij niet gevallen.", "Had u maar eerder aan de bel getrokken.",
      ],
      counterExamples: ["Als ik dat had geweten, had ik u eerder gebeld.", "Had u nog een vraag?"]),
    // "Dat komt vast door de scheiding.", "Het ligt gewoon aan de verhuizing."
    CueRule(
      .marker(.interpreteren), "Je legt uit wat er 'eigenlijk' achter zit: de ander voelt zich geanalyseerd.",
      patterns: [
        "^ dat|het|dit komt|ligt @versterker? vast|zeker|gewoon|natuurlijk|ongetwijfeld|waarschijnlijk @versterker? door|doordat|aan"
      ],
      sentence: .statement,
      examples: [
        "Dat komt vast door de scheiding.", "Het ligt gewoon aan de verhuizing.",
        "Dat komt natuurlijk door zijn nieuwe vrienden.",
      ],
      counterExamples: ["Dat komt door de roosterwijziging.", "Waar komt dat volgens u door?"]),
    // "Meneer Bosman bedoelt het vast niet zo.", "Kinderen vergeten zoiets sneller dan je denkt."
    CueRule(
      .marker(.geruststellen), "Je sust: de zorg van de ander wordt kleiner gemaakt.",
      patterns: [
        "bedoelt|bedoelde|bedoelen|meent|meende het @versterker? vast|heus|zeker|echt niet zo|kwaad|slecht|verkeerd",
        "sneller|eerder|makkelijker|vlotter over|voorbij|weg? dan @jij denkt|denken|dacht|verwacht|verwachten",
      ],
      sentence: .statement,
      examples: [
        "Meneer Bosman bedoelt het vast niet zo.", "Ze bedoelde het heus niet kwaad.",
        "Kinderen vergeten zoiets sneller dan je denkt.", "Dat gaat sneller over dan u denkt.",
      ],
      counterExamples: ["Wat bedoelt u daarmee?", "Het is ingewikkelder dan u denkt."]),
    // "Dat is een grote teleurstelling.", "Ik zie dat dit voor u een verdrietige dag is."
    CueRule(
      .marker(.gevoelsreflectie), "Je benoemt het gevoel van de ander.",
      patterns: [
        "^ dat|dit|het is|moet|was|lijkt @versterker? een @versterker? @versterker? teleurstelling|schok|klap|domper|tegenvaller|opluchting",
        "voor @jij @versterker? een @versterker? verdrietige|verdrietig|zware|zwaar|moeilijke|moeilijk|spannende|spannend|pijnlijke|pijnlijk|emotionele|emotioneel|lastige|lastig dag|tijd|moment|periode|week|jaar",
      ],
      sentence: .statement,
      examples: [
        "Dat is een grote teleurstelling.", "Dat moet een flinke schok zijn geweest.", "Dit is een enorme klap voor u.",
        "Ik zie dat dit voor u een verdrietige dag is.", "Dit is voor jullie vast een zware tijd.",
      ],
      counterExamples: ["Dat is een grote verbetering.", "Is dinsdag voor u een handige dag?"]),
    // "U vindt de straf te zwaar voor wat er gebeurd is.", "Jullie vinden het huiswerk te veel."
    CueRule(
      .marker(.parafrase), "Je zegt in eigen woorden wat de ander vertelde.",
      patterns: [
        "^ @jij vindt|vind|vinden ... te zwaar|streng|veel|moeilijk|hard|snel|weinig|licht|laat|vroeg|lang|kort|groot|klein|ver"
      ],
      sentence: .statement,
      examples: [
        "U vindt de straf te zwaar voor wat er gebeurd is.", "Jullie vinden het huiswerk te veel.",
        "Je vindt de toets te moeilijk.",
      ],
      counterExamples: ["Vindt u de straf te zwaar?", "Ik vind de straf te zwaar."]),
    // Blame by habit: the other person as subject with "altijd", "nooit", "steeds", "telkens" ("U belt altijd pas
    // als het te laat is.", "Je bent ook altijd te laat."); an offer, reassurance or a reflection is no blame.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: ["^ @jij ... altijd|steeds|telkens|nooit"],
      unless: [
        "kunt|kan|kun|kunnen|mag|mogen|hoeft|hoef|hoeven|welkom|gerust|terecht|bereikbaar|best|goed|fijn|netjes|hard|graag",
        "@lof", "@gevoel", "nog steeds", "altijd|steeds|telkens zo|zulke",
        "^ @jij zegt|zei|vindt|vond|vertelt|vertelde|geeft|gaf|merkt|ziet|zag|denkt|hoort|bedoelt|voelt|maakt|vraagt|wilt|wil",
        "^ @jij heeft|hebt|hebben altijd",
      ] + DutchBlameExceptions.all,
      sentence: .statement,
      examples: [
        "Je bent ook altijd te laat.", "U belt altijd pas als het al te laat is.",
        "Jullie vergeten steeds de afspraken.", "U reageert nooit op mijn mails.",
      ],
      counterExamples: [
        "U kunt altijd bellen.", "U zegt dat hij nooit zijn rooster bekijkt.",
        "Ik merk dat hij nooit zijn rooster bij zich heeft, en dat vind ik lastig.",
        "U heeft gisteren gebeld.", "Je doet altijd goed je best.",
        "U heeft altijd meegewerkt met school.", "U vertelde dat hij nooit zijn rooster bekijkt.",
      ]),
    // A reproach dressed as a paraphrase (labels.md, fake listening): "Dus u vindt het normaal dat ...?"; a
    // rhetorical question about what the other should know: "Weet u eigenlijk wel hoe laat hij thuiskomt?"
    CueRule(
      .marker(.bekritiseren), "Je verwijt iets in de vorm van een vraag: dat sluit het gesprek af.",
      patterns: reproachQuestions,
      sentence: .question, suppresses: [.parafrase, .samenvatting, .openVraag],
      examples: [
        "Dus u vindt het normaal dat hij elke dag te laat komt?",
        "Dus jij vindt het prima om je huiswerk over te slaan?",
        "Dus jullie vinden het oké dat ze tot middernacht gamet?", "Weet u eigenlijk wel met wie hij 's avonds omgaat?",
        "Weet je wel hoeveel lessen je hebt gemist?", "Weten jullie eigenlijk wat ze op haar telefoon doet?",
      ],
      counterExamples: [
        "Dus u vindt het belangrijk dat hij op tijd slaapt?", "Weet u wat hij het liefst doet?",
        "Weet u wanneer de ouderavond is?", "Ik weet eigenlijk niet hoe het thuis gaat.",
      ]),
    // A why-question that blames with "altijd" or "nooit" is a reproach (labels.md): "Waarom luistert u nooit?"
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: ["^ waarom ... @jij ... altijd|nooit"], unless: ["volgens"],
      sentence: .question, suppresses: [.ondervragen],
      examples: [
        "Waarom belt u altijd pas als het al te laat is?", "Waarom kom je altijd zonder boeken?",
        "Waarom reageren jullie nooit op de mail?",
      ],
      counterExamples: [
        "Waarom is dat volgens u altijd lastig?", "Hoe vaak belt u de school?",
        "Waarom heeft u de school niet gebeld?",
      ]),
  ]
}
