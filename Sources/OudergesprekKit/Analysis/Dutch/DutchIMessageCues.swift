/// Dutch cues for the three parts of an ik-boodschap: gedrag, gevolg, gevoel.
///
/// A part counts only when the reply speaks in the first person and the sentence carries no blockade,
/// no blame and no listening marker. Two parts make an ik-boodschap (see `CompositeRules`).
enum DutchIMessageCues {
  static let rules: [CueRule] = [
    CueRule(
      .part(.gevoel), "Je noemt je eigen gevoel, met 'ik'.",
      patterns: [
        // ik ben / word / raak (er) (heel) boos, teleurgesteld, onzeker ...
        "ik ben|word|raak|was|werd|raakte ... @gevoel",
        "ik @versterker? @versterker? @gevoel raak|word|ben|werd|raakte",
        "ik ben|voel ... niet @versterker? gerust|blij|tevreden",
        "ben|word|raak|was|werd|raakte|voel ik @versterker? @versterker? @versterker? @gevoel",
        "ik voel|voelde me|mij ... @gevoel|@gevoelsoordeel",
        "dat|het|dit voelt|voelde voor mij|me @versterker? @versterker? @gevoel|@gevoelsoordeel",
        "voel|voelde ik me|mij @versterker? @versterker? @gevoel|@gevoelsoordeel",
        // ik maak me zorgen; daar maak ik me zorgen over
        "ik maak|maakte me|mij @versterker? @versterker? @versterker? zorgen",
        "maak|maakte ik me|mij @versterker? @versterker? @versterker? zorgen",
        "ik heb|had @versterker? @versterker? zorgen|moeite|spijt",
        "heb|had ik @versterker? @versterker? zorgen|moeite|spijt",
        "ik heb|had @versterker? @versterker? naar|rot|slecht|ongerust|onrustig|vervelend|raar gevoel",
        // ik vind het (heel) vervelend; dat vind ik jammer; ik vind dit een lastig gesprek
        "ik vind|vond het|dit|dat @versterker? @versterker? @versterker? @gevoelsoordeel",
        "het|dit|dat vind|vond ik @versterker? @versterker? @versterker? @gevoelsoordeel",
        "wat ik @versterker? @versterker? @gevoelsoordeel vind|vond",
        "vind|vond ik het|dit|dat @versterker? @versterker? @versterker? @gevoelsoordeel",
        "@gevoelsoordeel en @gevoelsoordeel",
        "ik vind|vond het|dit|dat @versterker? niet @versterker? @positief",
        "het|dit|dat vind|vond ik @versterker? niet @versterker? @positief",
        // het zit me niet lekker; dat maakt me onzeker; het raakt me
        "zit|zat me|mij @versterker? niet lekker|goed|prettig",
        "maakt|maakte|maken me|mij @versterker? @versterker? @gevoel|@gevoelsoordeel",
        "raakt|raakte|stoort|stoorde|irriteert|ergert|frustreert|verontrust|verontrustte|verbaast|verdriet me|mij",
        "baart|baarde me|mij @versterker? zorgen",
        "doet|deed me|mij @versterker? pijn|verdriet",
        // ik schrok ervan; ik baal ervan; ik erger me
        "ik schrok|schrik|baal|baalde|pieker|piekerde|twijfel|worstel|erger|ergerde|ergerde",
        "schrok|schrik|baal|baalde|pieker|piekerde|erger|ergerde ik",
        "tot mijn spijt|schrik|verdriet|teleurstelling",
        "ik zit|zat ... mee|ermee",
        "zit|zat|zitten me|mij @versterker? dwars",
        "in mijn maag",
      ],
      negationCancels: true,
      examples: [
        "Ik ben er eerlijk gezegd bezorgd over.", "Dat vind ik echt jammer.", "Het zit me niet lekker.",
        "Ik schrok ervan toen ik het hoorde.",
      ],
      counterExamples: ["U bent boos, hoor ik.", "Ik ben niet boos.", "Ik vind dat hij een zes moet halen."]),
    CueRule(
      .part(.gedrag), "Je beschrijft concreet gedrag of een situatie, zonder oordeel.",
      patterns: [
        // als / wanneer / toen / sinds + a concrete situation
        "als|wanneer|toen|zodra|telkens|sinds|nadat @onderwerp|@naam",
        "elke|iedere keer als|dat|wanneer",
        // ik ben teleurgesteld dat ...: the situation the feeling is about (not a worry about later: "bang dat")
        "teleurgesteld|boos|kwaad|verdrietig|geschrokken|geirriteerd|geergerd|vervelend|jammer|naar|rot dat|toen",
        // ik zie / merk / hoor dat ...
        "ik zie|zag|merk|merkte|hoor|hoorde|constateer|constateerde|lees|las|signaleer|observeer|hoorde dat|hoe|wat",
        "zie|zag|merk|merkte|hoor|hoorde|constateer|constateerde ik dat|hoe",
        "ik heb @versterker? gezien|gemerkt|gehoord|geconstateerd|gelezen dat|hoe",
        "valt|viel me|mij @versterker? op",
        "opgevallen dat",
        // dat / omdat / want + the child or the parent doing something
        "dat @naam|hij|ze|zij|uw|leerlingen|de",
        // the student at the table: "(ik schrok ervan) dat je zomaar wegliep"
        "dat je|jij",
        "omdat|want|doordat @naam|hij|ze|zij|uw|jullie|u|je|jij|leerlingen|de",
        "omdat|want|doordat|nu we|wij",
        // the child and how often or since when
        "@naam|hij|ze|zij|je|jij ... @frequentie",
        "@frequentie ... @naam|hij|ze|zij",
      ],
      unless: [
        "als ik @jij|het|jou @versterker? goed|was|even",
        "als ouder|ouders|docent|mentor|school",
        "als het goed|nodig|kan|lukt",
        "vind|vond|vindt|denk|dacht dat", "niet|nooit gezegd|beweerd dat",
        "zodra het kan", "bang|bezorgd|ongerust|benauwd dat",
      ],
      examples: [
        "Ik maak me zorgen als Daan in de les zijn telefoon pakt.",
        "Ik zie dat Mila stiller is sinds de kerstvakantie.",
        "Hij is deze maand vier keer te laat gekomen, en dat vind ik vervelend.",
        "Het valt me op dat je in de pauze alleen staat.",
      ],
      counterExamples: [
        "Als ik u goed begrijp, is hij thuis heel stil.", "Ik ben bang dat hij het niet haalt.",
        "Ik denk dat het wel goed komt.",
      ]),
    CueRule(
      .part(.gevolg), "Je noemt het gevolg: wat het gedrag doet met jou, de klas of de leerling.",
      patterns: [
        // kan ik niet goed lesgeven; kunnen we niet verder; kan hij niet meedoen
        "kan|kon|kunnen|konden ik|we|wij|hij|ze|zij|de|@naam|niemand|anderen|klasgenoten|medeleerlingen ... niet|geen|nauwelijks|moeilijk|slecht|minder|niets|niks|nergens",
        "ik|we|wij|hij|ze|zij kan|kon|kunnen|konden ... niet|geen|nauwelijks|moeilijk|slecht|minder|niets|niks|nergens",
        "kan|kon|kunnen|konden niemand",
        "niemand kan|kon",
        "haalt|halen|haal|haalde|redt|redden|red|mist|missen|mis @naam|hij|ze|zij|we|ik|je|jij ... niet",
        "want|omdat|anders|dan zo|dan|anders ... niet|geen halen|redden|meedoen|meekomen|volgen",
        "slecht|moeilijk|nauwelijks|niet|minder kan|kon|kunnen|konden",
        "dan|daardoor @versterker? niet ... kan|kon|kunnen",
        "minder tijd|ruimte|aandacht",
        "houd|hou|hield ik ... over",
        // waardoor, zodat, daardoor, met als gevolg
        "waardoor|zodat|daardoor|hierdoor|waarna",
        "met als gevolg",
        "ten koste van",
        // mist de instructie; loopt achter; komen we niet verder
        "mist|missen|mis|miste|misten @versterker? de|zijn|haar|veel|belangrijke|een instructie|uitleg|stof|toetsstof|les|lessen|informatie|lesstof|aansluiting",
        "mist|missen|mis|miste ... instructie|uitleg|stof|toetsstof|lessen|informatie|lesstof",
        "instructie|uitleg|stof|toetsstof|lessen|opdrachten|les|lesstof|toets|toetsen @versterker? mist|missen|miste",
        "achterloopt|achterlopen|achterstand|achterstanden",
        "loopt|lopen|liep|raakt|raken|raakte @versterker? @versterker? achter",
        "komen|kom|kwamen we|wij|ik @versterker? niet verder|nergens",
        "we|wij|ik komen|kom @versterker? niet verder|nergens",
        "kost|kosten|kostte me|mij|ons|de|veel @versterker? tijd|energie|moeite|lestijd",
        "afgeleid|gestoord|hinder",
        "last van",
        "leidt|leiden|leidde|leidden ... af",
        "zakt|zakken|zakte ... in",
        "kwijt|kwijtraak|kwijtraken",
        "onrustig wordt|worden|werd",
        "klas|klasgenoten|anderen|groep ... afgeleid|gestoord|last|hinder|onrustig",
        "ik moet|moest ... steeds|telkens|opnieuw|weer|extra|onderbreken|stilleggen|stoppen|afbreken|herhalen",
        "moet|moest ik ... steeds|telkens|opnieuw|weer|extra|onderbreken|stilleggen|stoppen|afbreken|herhalen",
        "raakt|loopt|raken|lopen|raakte|liep @naam|hij|ze|zij|we @versterker? achter",
        "verlies|verloor|verliezen|kwijt ik|we ... aandacht|draad|overzicht|grip|controle",
        "ik|we verlies|verloor|verliezen ... aandacht|draad|overzicht|grip|controle",
        "@naam|hij|ze|zij ... niet|geen ... haalt|halen|redt|redden|meekomt|meekomen|bijbenen|bijhoudt",
        // Missing what is said or shown: "krijgt hij de helft niet mee", "kom ik niet aan mijn uitleg toe",
        // "versta ik niet wat u zegt", "heb ik geen beeld van wat ze kan".
        "krijgt|krijg|krijgen|kreeg|kregen @naam|hij|ze|zij|ik|we|je|jij ... niet|geen|nauwelijks|weinig ... mee",
        "kom|komt|komen|kwam|kwamen @naam|hij|ze|zij|ik|we|je|jij ... niet|nauwelijks ... toe",
        "versta|verstaat|verstaan|volg|volgt|volgen ik|we|hij|ze|zij ... niet|nauwelijks",
        "heb|hebben|had|krijg|krijgen|kreeg ik|we @versterker? geen beeld|zicht|idee|overzicht",
        "ik dan niet weet",
        "weet|wist ik dan niet",
        "weet|wist ik @versterker? niet of",
        "dan weet|wist ik niet",
        "lukt|lukte het me|mij|ons|hem|haar @versterker? niet",
        "het lukt|lukte @versterker? niet",
        "lukt|lukte het @versterker? niet",
        // with the student as subject or object: "loop je achter", "zakken je cijfers", "komt mijn uitleg niet
        // bij je binnen", "krijg ik de klas niet stil"
        "loop|loopt|raak|raakt je|jij @versterker? ... achter",
        "zakken|zakt|zakten|dalen|daalt|daalden ... cijfers|resultaten",
        "cijfers|resultaten ... zakken|zakt|dalen|daalt|omlaag|achteruit",
        "komt|komen|kwam|kwamen ... niet|nauwelijks ... bij @jij|jou|hem|haar|jullie ... aan|binnen",
        "krijg|kreeg|krijgen ik|we|wij ... niet|geen ... stil|zicht|overzicht|rustig",
        // "als dit zo doorgaat, mist ze de aansluiting": a natural effect, no threat
        "mist|missen|miste|misten @naam|hij|ze|zij @versterker? de|het|haar|zijn|veel|alles ... aansluiting|instructie|uitleg|les|lessen|stof|toets|toetsen|draad|overzicht",
      ],
      // "Ik kan hier niets aan doen" is no effect of a behaviour.
      unless: ["niets|niks|weinig aan doen|veranderen"],
      examples: [
        "Ik ben bezorgd, want zo haal je je diploma niet.",
        "Omdat je vaak ziek bent, mis je veel uitleg, en dat vind ik zorgelijk.",
        "Ik maak me zorgen, want als je zo doorgaat, red je het niet.",
        "Als hij met zijn rug naar het bord zit, krijgt hij de uitleg niet mee, en daar maak ik me zorgen over.",
        "Wanneer de klas door elkaar praat, kom ik niet aan de instructie toe, en dat vind ik vervelend.",
        "Als jullie tegelijk praten, versta ik jullie niet, en dat vind ik lastig.",
        "Omdat hij geen werk inlevert, heb ik geen beeld van wat hij kan, en dat vind ik jammer.",
        "Als hij door de les heen praat, kan ik mijn uitleg niet afmaken, en dat vind ik lastig.",
        "Ik maak me zorgen, want zo loopt ze achter bij Frans.",
        "Hij vergeet zijn boeken, waardoor hij niet mee kan doen, en daar maak ik me zorgen over.",
        "Ik vind het vervelend als de klas onrustig wordt, want dan verlies ik de draad.",
      ],
      counterExamples: [
        "Haal je je boeken even uit je kluisje?",
        "Ik heb geen idee hoe laat de bus gaat.", "Ik kom morgen even langs.",
        "Ik maak me zorgen over hem.", "Ik kan hier niets aan veranderen, helaas.", "Ik zie dat hij vaak te laat is.",
      ]),
  ]
}
