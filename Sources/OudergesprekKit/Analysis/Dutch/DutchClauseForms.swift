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
        // "Je appt, en dan moet ik steeds stoppen": the habit is the consequence for the speaker.
        "ik @versterker? steeds|telkens|altijd", "moet|moest|kan|kon ik @versterker? steeds|telkens|altijd",
        // With its consequence named, the habit is the behaviour part of an ik-boodschap ("Je maakt steeds grapjes
        // tijdens de uitleg, en dan raak ik de draad kwijt."), as in the rule of doing nothing.
        "daardoor|waardoor|zodat",
        "en|want dan @onderwerp? raak|raakt|raken|mis|mist|missen|moet|moeten|kan|kun|kunnen|loop|loopt|lopen|praten|praat|wordt|worden",
      ] + DutchBlameExceptions.all,
      sentence: .statement,
      examples: [
        "Je bent ook altijd te laat.", "U belt altijd pas als het al te laat is.",
        "Jullie vergeten steeds de afspraken.", "U reageert nooit op mijn mails.",
      ],
      counterExamples: [
        "U kunt altijd bellen.", "U zegt dat hij nooit zijn rooster bekijkt.",
        "Ik merk dat hij nooit zijn rooster bij zich heeft, en dat vind ik lastig.",
        "U heeft gisteren gebeld.", "Je doet altijd goed je best.", "U maakt zich altijd zorgen om hem.",
        "Je maakt steeds grapjes tijdens de uitleg, en dan raak ik de draad kwijt.",
        "Je maakt steeds je huiswerk niet af, waardoor je achterloopt.",
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
    // Blame after the fact with "had ... moeten" (labels.md, jij-boodschap): "U had eerder moeten bellen.",
    // "Jullie hadden veel eerder contact moeten opnemen." The speaker's own "ik had ... moeten" is no blame.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: ["^ @ander|uw|jouw @kind? had|hadden|hadt ... moeten"],
      sentence: .statement,
      examples: [
        "U had eerder moeten bellen.", "Jullie hadden veel eerder contact moeten opnemen.",
        "Jij had je beter moeten voorbereiden.", "U had dat gewoon moeten controleren.",
        "Uw zoon had zich moeten melden.",
      ],
      counterExamples: [
        "Ik had u eerder moeten bellen.", "U had gelijk dat het rooster niet klopte.",
        "U had vorige week al een afspraak.", "We hadden dit samen moeten bespreken.",
      ]),
    // Letting the child go its own way (jij-boodschap): "U laat hem maar aanmodderen.", "U laat het allemaal maar
    // aan school over." An invitation ("U laat het me maar weten.") is none.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "^ @jij laat|laten ... maar|gewoon ... aanmodderen|aanrommelen|gaan|over|lopen|versloffen|sloffen|betijen|schieten",
        "^ @ander|uw|jouw @kind? heeft|hebt|hebben ... laten schieten|versloffen|afweten|aanmodderen|betijen",
      ],
      unless: ["weten|horen|gerust|zien"],
      sentence: .statement,
      examples: [
        "U laat hem maar aanmodderen.", "U laat het allemaal maar aan school over.",
        "U laat hem thuis gewoon maar zijn gang gaan.", "Jullie laten haar huiswerk gewoon versloffen.",
        "U heeft die afspraak gewoon laten schieten.", "Jullie hebben het contact met school laten versloffen.",
      ],
      counterExamples: [
        "U laat het me maar weten.", "U laat maar horen wat u ervan vindt.", "Laat u hem maar gaan.",
        "U laat hem gerust even uitrusten.", "Ik heb die afspraak laten schieten.",
        "U heeft hem laten weten dat de toets verschoven is.",
      ]),
    // Doing nothing, as a judgement of the other or the child (jij-boodschap): "Jullie regelen thuis niets.",
    // "Hij doet gewoon niks in de les." Reassurance ("U doet niets verkeerd.") and what is allowed are none.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "^ @ander|uw|jouw @kind? ... doet|doen|regelt|regelen|controleert|controleren|onderneemt|ondernemen ... niets|niks",
        // Inverted ("maar zelf doet u niks") and in a clause, with the verb last ("dat u er niks mee doet").
        "zelf|dan|thuis doet|doen @jij @versterker? @versterker? niets|niks",
        "dat|en @jij er? @versterker? @versterker? @versterker? niets|niks mee|aan|voor? doet|doen",
      ],
      unless: [
        "verkeerd|fout|mis|liever|anders|kunt|kan|kun|kunnen|hoeft|hoef|hoeven|mag|mogen|zonder",
        // With its consequence named, the behaviour is the first part of an ik-boodschap.
        "daardoor|waardoor|zodat",
      ],
      sentence: .statement,
      examples: [
        "Jullie regelen thuis niets.", "Hij doet gewoon niks in de les.", "U doet niets aan dat schermgebruik.",
        "Jullie controleren thuis echt helemaal niks.", "Uw dochter doet helemaal niets voor school.",
        "Samengevat: u heeft overal kritiek op, maar zelf doet u niks?",
        "Dat ik dit al drie keer heb gemeld en u er nog steeds niks mee doet, vind ik typerend.",
      ],
      counterExamples: [
        "U doet niets verkeerd.", "U hoeft niets te doen.", "Ik doe niets zonder overleg met u.",
        "Hij doet niets liever dan tekenen.", "U kunt er niets aan doen.",
        "Ik merk dat u er alles aan doet.", "Als u niets hoort, dan doet u niets.",
        "Als je niks doet aan je werkstuk, loop je achter en daar maak ik me zorgen over.",
        "Je doet de laatste weken niks aan je werkstuk en daardoor loop je achter, daar maak ik me zorgen over.",
      ]),
    // Indifference read into the other or the child (jij-boodschap): "Uw zoon trekt zich nergens iets van aan.",
    // "U begrijpt er echt niets van." The speaker's own "ik begrijp er niets van" is none.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "trekt|trekken|trok @zich @versterker? nergens|niets|niks",
        "@zich @versterker? nergens|niets|niks iets? van aantrekt|aantrekken|aantrok",
        "^ @ander|uw|jouw @kind? begrijpt|begrijpen|snapt|snappen er @versterker? @versterker? @versterker? niets|niks|geen|bar van",
      ],
      sentence: .statement,
      examples: [
        "Uw zoon trekt zich nergens iets van aan.", "Hij trekt zich nergens iets van aan.",
        "Samengevat komt het erop neer dat u zich nergens iets van aantrekt.", "U begrijpt er echt niets van.",
        "u snapt er echt helemaal niks van",
      ],
      counterExamples: [
        "Ik begrijp er niets van.", "Hij trekt zich de kritiek erg aan.", "Begrijpt u er iets van?",
        "Ik trek me er niets van aan.",
      ]),
    // Judging what the other or the child does, after "ik vind dat" or not (jij-boodschap): "Ik vind dat je je
    // ontzettend aanstelt.", "Ik vind dat hij zich er wel heel makkelijk van afmaakt.", "Hij zit alleen maar te
    // gamen." Naming a worry or an effect ("omdat", "want") keeps it an observation.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "@ander|@kind @zich @versterker? @versterker? @versterker? aanstelt|aanstellen|aanstelde",
        "^ @ander|uw|jouw @kind? stelt|stellen|stelde @zich @versterker? @versterker? aan",
        "@ander|@kind @zich er? @versterker? @versterker? @versterker? makkelijk|gemakkelijk van afmaakt|afmaken",
        "^ @ander|uw|jouw @kind? maakt|maken|maakte @zich er? @versterker? @versterker? @versterker? makkelijk|gemakkelijk van af",
        "^ ik vind|vond dat @ander|uw|jouw @kind? ... nauwelijks|weinig|geen|amper interesse|belangstelling|moeite|inzet",
        "^ @ander|uw|jouw @kind? zit|zitten ... altijd|steeds|constant|continu|voortdurend|de|maar ... te",
      ],
      unless: ["omdat|want|waardoor|fijn|graag|lekker|rustig"],
      sentence: .statement,
      examples: [
        "Ik vind dat je je ontzettend aanstelt.", "Ik vind dat uw dochter zich ontzettend aanstelt.",
        "Hij stelt zich vreselijk aan.", "Ik vind dat hij zich er wel heel makkelijk van afmaakt.",
        "U maakt zich er wel erg makkelijk van af.",
        "Ik vind dat u nauwelijks interesse toont in hoe het met hem gaat.",
        "Uw dochter zit altijd met haar telefoon te spelen.", "Hij zit alleen maar te gamen.",
        "Hij zit de hele les te klieren.", "Kortom, jij zit hier de hele tijd je tijd te verdoen.",
      ],
      counterExamples: [
        "Ik vind dat u veel interesse toont.", "Ze zit alleen in de klas te werken omdat ze dat fijn vindt.",
        "Ik stel me graag even voor.", "Hij zit naast Sem.", "Zit hij veel te gamen?",
        "Hij maakt zijn opdrachten netjes af.",
      ]),
  ]
}
