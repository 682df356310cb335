/// Dutch words the story engine needs besides a scenario's own: question words and everyday subjects that
/// have nothing to do with a school case. Language knowledge kept as data.
enum DutchStoryWords {
  /// Words that open a question asking for more than yes or no.
  static let questionOpeners: Set<String> = [
    "hoe", "wat", "waarom", "wanneer", "waar", "welke", "welk", "wie", "hoezo", "waardoor", "waarover", "waarmee",
    "vertel", "vertelt", "beschrijf", "kunt", "kun", "zou", "wilt",
  ]

  /// Everyday subjects unrelated to a conversation about a student: a question about one of them is a side track.
  static let unrelatedSubjects = [
    "vakantie", "vakanties", "op vakantie", "reis", "reizen", "camping", "strand", "koken", "recept",
    "recepten", "gerecht", "voetbal", "auto", "tuin", "tuinieren", "film", "films", "netflix",
    "televisie", "hobby", "boodschappen", "winkelen", "verbouwing", "huisdier", "hond", "kat",
    "muziek", "concert", "restaurant", "uit eten", "parkeren", "parkeerplaats", "weerbericht", "zomer",
    "weekendje", "verjaardag", "lekker weer", "het weer", "tv", "tv-programma", "serie", "series",
  ]

  /// Words by which a question points at the case without naming one of the parent's topics: the child, what
  /// happened, her worry, or what was just said. An open question with one of them asks for her story.
  static let caseReferences = [
    "ze", "zij", "hij", "haar", "hem", "zoon", "dochter", "kind", "jongen", "meisje", "gebeurd", "gebeuren",
    "aan de hand", "zorg", "zorgen", "probleem", "situatie", "daar", "daarover", "daarvan", "dat", "dit",
    "helpen", "verwacht", "verwachten", "bespreken", "voorgevallen", "speelt", "mis", "geprobeerd", "proberen",
    "gemerkt", "merkt", "gezien", "aangepakt", "aanpakken",
  ]

  /// Words of school and the family: a question with one of them is on the case, and an open one asks for her
  /// story ("Hoe kijkt u zelf naar het rapport?").
  static let schoolWords = [
    "school", "klas", "les", "lessen", "docent", "docenten", "mentor", "leraar", "lerares", "cijfer", "cijfers",
    "rapport", "toets", "toetsen", "huiswerk", "leerling", "leerlingen", "vak", "vakken", "schooljaar", "examen",
    "thuis", "gezin", "opvoeding", "zoon", "dochter", "kind", "kinderen", "gesprek", "afspraak", "afspreken",
    "situatie",
  ]

  /// Words of how she sees and feels things: a question with one of them is on the case, not off it.
  static let viewWords = [
    "mening", "gevoel", "voelt", "voelen", "denkt", "vindt", "kijkt", "ervaart", "ervaren", "begrijpen", "begrijpt",
    "vertellen", "vertelt", "verwacht", "verwachting", "geprobeerd", "belangrijk", "moeilijk", "lastig", "zorgen",
    "gebeurd", "gebeurt", "veranderd", "merken", "gemerkt", "helpen", "hulp",
  ]

  /// Kinds of general open questions: the words that ask one (normalised, as the tokenizer gives them) and the
  /// topic words that mark a topic of that kind.
  static let generalQuestionKinds: [(cues: [String], marks: Set<String>)] = [
    (
      ["geprobeerd", "al gedaan", "zelf gedaan", "ondernomen", "aangepakt", "al geprobeerd"],
      ["al gedaan", "geprobeerd", "zelf gedaan", "al geprobeerd", "aangepakt"]
    ),
    (
      ["verwacht", "verwachting", "verwachtingen", "hoopt u", "wilt u van"],
      ["wat verwacht u", "verwacht", "verwachting", "verwachtingen"]
    ),
    (["thuis", "gezin", "bij u thuis"], ["thuis", "gezin", "bij u thuis", "thuissituatie", "thuiskwam"]),
  ]

  /// Greetings and how-are-you questions to her: small talk, answered once with a short social line.
  static let smallTalk = [
    "hoe gaat het met u", "hoe is het met u", "hoe gaat het met jou", "hoe is het met jou", "hoe maakt u het",
    "alles goed met u", "gaat het goed met u", "hoe gaat het vandaag", "hoe is het vandaag",
  ]

  /// Frequent words of five letters or more that say nothing about what the parent told.
  static let frequent: Set<String> = [
    "omdat", "terwijl", "eigenlijk", "zeggen", "bedoelt", "begrijp", "begrijpen", "vindt", "zoals", "wordt",
    "worden", "hebben", "heeft", "kunnen", "zullen", "zouden", "alleen", "eerst", "nooit", "altijd", "school",
    "dochter", "gewoon", "precies", "samen", "iemand", "niemand", "niets", "nogal",
  ]

  /// Words that say nothing about a subject: a topic phrase made only of them ("hoe gaat het met haar", "hoe is
  /// ze") matches a topic only when no specific word of another topic does.
  static let broadWords: Set<String> = [
    "hoe", "wat", "wie", "gaat", "gaan", "het", "met", "haar", "hem", "hij", "ze", "zij", "is", "er", "de", "een",
    "nu", "zo", "u", "uw", "je", "jij", "zegt", "zei", "zelf", "vindt", "vind", "denkt", "van", "ons", "wij",
    "doen", "wilt",
  ]
}
