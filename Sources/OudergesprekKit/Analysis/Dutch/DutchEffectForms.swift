/// Dutch sentence shapes of what a behaviour brings about and how a conversation ends, in the u- and the je-form:
/// the gevolg part of an ik-boodschap named as a consequence ("het gevolg is dat", "dat betekent dat", "heb ik niet
/// kunnen"), a situation that goes on ("als dit zo doorgaat"), blame for what the other has done ("U heeft de
/// afspraken gedwarsboomd."), and a closing said to the student ("Top dat je mee wilde praten.", "Tot dinsdag.").
///
/// Every shape carries at least three examples and counter-examples, run by `CueRuleExampleTests`.
enum DutchEffectForms {
  static let rules: [CueRule] = [
    // A consequence named as such: "het gevolg is dat hij de instructie mist", "dat betekent dat ik je geen cijfer
    // kan geven", "heb ik haar niet kunnen volgen", "nu moeten we opnieuw beginnen".
    CueRule(
      .part(.gevolg), "Je noemt het gevolg: wat het gedrag doet met jou, de klas of de leerling.",
      patterns: [
        "gevolg|effect|resultaat is|was|daarvan|hiervan",
        "als gevolg",
        "dat|dit|wat|het betekent|betekende|betekenen @versterker? @versterker? dat",
        "betekent|betekende|betekenen dat|dit|het @versterker? @versterker? dat",
        "dat|dit|wat|het houdt|hield @versterker? in dat",
        "heb|had|hebben|hadden ik|we|wij|hij|ze|zij ... niet|geen|nauwelijks ... kunnen",
        "moet|moeten|moest|moesten ik|we|wij ... opnieuw|overnieuw|apart|nogmaals|twee|overdoen|inhalen",
        "ik|we|wij moet|moeten|moest|moesten ... opnieuw|overnieuw|apart|nogmaals|overdoen|inhalen",
        "dan|daarna|nu voelt|voelen|voelde @naam|hij|ze|zij|anderen|klasgenoten|medeleerlingen @zich",
        "dan|zo|nu wordt|worden|werd het ... moeilijk|lastig|zwaar|lastiger|moeilijker|zwaarder|onmogelijk",
        "blijft|blijven|bleef ... weinig|geen|niets|niks ... over",
        "dan|zo|nu heb|heeft|hebben|had ik|we|hij|ze|zij @versterker? te? geen|weinig tijd|ruimte|rust|aandacht",
        "gaat|gaan|doet|doen de rest|anderen|klasgenoten|klas ... ook|mee",
        "moet|moeten|moest|moesten ... op @jij|jou|hem|haar|jullie ... wachten",
        "moet|moeten|moest|moesten de|iedereen|anderen|klasgenoten|rest|groep|klas ... wachten",
        // The effect on the student at the table: "kun je niet meedoen", "kun je je niet concentreren".
        "kun|kan|kon|kunnen|konden je|jij|jullie ... niet|geen|nauwelijks|moeilijk|slecht|minder|niets|niks",
        "zie|zien|zag|merk|merken ik|we|wij @versterker? @versterker? terug in|aan",
      ],
      unless: ["niets|niks|weinig aan doen|veranderen", "^ wat betekent|betekenen"],
      sentence: .statement,
      examples: [
        "Ik zie dat hij deze maand vier keer te laat kwam; het gevolg is dat hij de instructie mist.",
        "Ik zie dat je je werk niet inlevert, en dat betekent dat ik je geen cijfer kan geven.",
        "Als je je telefoon pakt tijdens de uitleg, betekent dat dat ik opnieuw moet beginnen.",
        "Doordat ze zo vaak ziek is geweest, heb ik haar vorderingen niet goed kunnen volgen.",
        "Als je zonder boek komt, moet ik de opdracht voor jou apart regelen.",
        "Als u niet op mijn mails reageert, blijft er voor ons weinig tijd over om iets te regelen.",
        "Als hij roept, gaat de rest van de klas ook roepen, en dat vind ik lastig.",
        "Ik merk dat ze slecht slaapt; als gevolg daarvan is ze in de les erg moe.",
        "Ik zie dat je niet oefent, en dat houdt in dat je de herkansing ook moet maken.",
        "Ik maak me zorgen, want we moeten de hele toets opnieuw plannen.",
        "Als je haar uitlacht, dan voelt ze zich buitengesloten, en dat vind ik naar.",
        "Als hij nog een week ziek is, dan wordt het lastig om de stof in te halen, en daar maak ik me zorgen over.",
        "Als ik elke les moet wachten tot het stil is, dan heb ik geen tijd meer voor de uitleg.",
        "Als je te laat komt, moet de hele klas op je wachten, en dat vind ik vervelend.",
        "Hij slaapt slecht, en dat zie ik terug in zijn cijfers.",
        "Ik baal ervan dat je de presentatie niet hebt voorbereid, want nu moet de groep wachten.",
        "Ik ben bezorgd, want als je zo weinig slaapt, kun je je niet concentreren.",
        "Als jij je spullen niet bij je hebt, kun je niet meedoen met de proef, en dat vind ik zonde.",
      ],
      counterExamples: [
        "Wat betekent dat voor u?", "Het effect van de bijles kennen we nog niet.",
        "Ik moet morgen naar een vergadering.", "Ik maak me zorgen over hem.", "Kun je niet even wachten?",
      ]),
    // A situation that goes on is the behaviour part: "Ik maak me zorgen, want als dit zo doorgaat mist ze de
    // aansluiting."
    CueRule(
      .part(.gedrag), "Je beschrijft concreet gedrag of een situatie, zonder oordeel.",
      patterns: ["als|wanneer|zolang|nu dit|dat|het @versterker? zo doorgaat|doorgaan|blijft|aanhoudt"],
      examples: [
        "Ik maak me zorgen, want als dit zo doorgaat mist ze de aansluiting.",
        "Als het zo blijft, kan ik hem niet goed helpen, en dat vind ik jammer.",
        "Ik ben bezorgd: zolang dit zo doorgaat, loopt hij steeds verder achter.",
      ],
      counterExamples: ["Ik maak me zorgen.", "Als het kan, bel ik u morgen.", "Gaat het zo door?"]),
    // What the other has done, judged by a verb of blame: "U heeft de afspraken gedwarsboomd.", "Jullie hebben zijn
    // herstel tegengewerkt." The speaker's own mistake, a condition, the other's own view and a description of the
    // behaviour ("Je hebt de les verstoord", "je werkstuk slordig gedaan", the first part of an ik-boodschap whose
    // consequence may follow in the next sentence) are none.
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "^ @ander|@naam|uw|jouw @kind? heeft|hebt|hebben|had|hadden ... bedorven|gesaboteerd|gedwarsboomd|tegengewerkt|ondermijnd|gekleineerd|belazerd"
      ],
      unless: [
        "als|wanneer|zodra|toen|omdat|doordat @ander", "niet|nooit gezegd|beweerd|bedoeld",
        // With its consequence or the speaker's feeling named, the behaviour is part of an ik-boodschap.
        "daardoor|waardoor|zodat|want", "vind|vond ik|ik vind|ik vond",
      ]
        + DutchBlameExceptions.all,
      sentence: .statement,
      examples: [
        "U heeft de afspraken met de mentor gedwarsboomd.", "Jullie hebben zijn herstel tegengewerkt.",
        "Jullie hebben haar bij de andere ouders gekleineerd.",
      ],
      counterExamples: [
        "Ik heb het verkeerd aangepakt.", "U vindt dat hij de les heeft verstoord.",
        "Heeft hij de les verstoord?", "De les werd verstoord door het brandalarm.",
        "Je hebt de les verstoord en daardoor kon ik niet verder, dat vond ik vervelend.",
        "Je hebt de les gisteren verstoord. Ik raakte de draad kwijt en dat vond ik vervelend.",
        "Je hebt de som fout gedaan.",
        "Je hebt je werkstuk slordig gedaan. Daardoor kreeg je een vier, en dat vind ik jammer.",
      ]),
    // Indifference and damage, in the je-form as much as the u-form: "Je trekt je van niemand iets aan.", "Jij hebt
    // het hele project in de war geschopt.", and a judgement after "ik vind dat": "Ik vind dat je je slecht hebt
    // voorbereid." (labels.md: a judgement is no ik-boodschap because it starts with ik.)
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "trekt|trekken|trok @zich @versterker? van niemand|niets|niks|geen",
        "^ @ander|@naam|uw|jouw @kind? heeft|hebt|hebben|had ... in de war|soep geschopt|gestuurd|gegooid|laten lopen",
      ],
      unless: ["^ als|wanneer|zodra|toen|omdat|doordat", "niet|nooit gezegd|beweerd|bedoeld"],
      sentence: .statement,
      examples: [
        "Je trekt je van niemand iets aan.", "Jij hebt het hele project in de war geschopt.",
        "Ik vind dat je je slecht hebt voorbereid.", "Ik vind dat u nauwelijks heeft opgelet.",
        "Jullie hebben de planning in de soep laten lopen.",
      ],
      counterExamples: [
        "Ik trek me van niemand iets aan.", "Hij is van slag en een beetje in de war.",
        "Ik vind dat je je goed hebt voorbereid.", "Toen het rooster in de war werd gestuurd, was ik ziek.",
      ]),
    // Thanks to the student or the parent for coming or talking: "Top dat je mee wilde praten.", "Fijn dat je dit
    // durfde te vertellen."
    CueRule(
      .marker(.bedanken), "Je bedankt de ander.",
      patterns: [
        "^ fijn|goed|top|mooi|prettig|leuk|knap|sterk dat @jij ... wilde|wou|wilden|durfde|durfden ... praten|vertellen|komen|meedenken|delen|meepraten|zeggen"
      ],
      // At the start of the conversation it is a welcome: "Goedemorgen, fijn dat u kon komen."
      unless: ["niet|nooit", "goedemorgen|goedemiddag|goedenavond|welkom|hallo"],
      sentence: .statement,
      examples: [
        "Top dat je mee wilde praten.", "Fijn dat je dit durfde te vertellen.",
        "Goed dat jullie vandaag wilden komen.", "Knap dat je het durfde te zeggen.",
      ],
      counterExamples: [
        "Fijn dat je weer kunt sporten.", "Jammer dat je niet wilde komen.", "Welkom, fijn dat je wilde komen.",
        "Goed dat je komt, want we moeten praten.",
      ]),
    // A day to meet again, to the student: "Tot volgende week donderdag.", "Donderdag kom je even bij me langs."
    CueRule(
      .marker(.vervolgafspraak), "Je spreekt een concrete vervolgstap af.",
      patterns: [
        "tot @straks", "@straks ... langs|langskomen|langskomt|binnenlopen", "langs|langskomen|langskomt ... @straks",
      ],
      unless: [
        "tijd|deadline|uiterlijk|inleveren|inlevert|moet|moeten|heeft|hebt|hebben|mag|mogen|duurt|uitgesteld|verschoven",
        "vorige|afgelopen|gisteren|vanochtend|vorig|kwam|kwamen|geweest|gekomen", "^ waarom",
      ],
      sentence: .statement,
      examples: [
        "Dank je wel, tot volgende week donderdag.", "Donderdag na het zesde uur kom je even bij me langs.",
        "Tot morgen, dan bespreken we je planning.", "Maandag loop je even bij me langs.",
        "Ik kom langs volgende week.",
      ],
      counterExamples: [
        "Je hebt tot vrijdag de tijd.", "Hij kwam vorige week langs.", "Tot vorig jaar ging het goed.",
      ]),
  ]
}
