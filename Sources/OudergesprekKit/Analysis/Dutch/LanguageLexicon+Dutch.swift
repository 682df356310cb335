extension LanguageLexicon {
  /// Dutch: teachers' replies in parent conversations, after Gordon (see `shared/labels.md`).
  ///
  /// The words live in the `Dutch` folder: word lists in `DutchWordClasses`, cue patterns per family in
  /// `DutchIMessageCues`, `DutchListeningCues`, `DutchBlockadeCues`, `DutchBlockadeForms` and
  /// `DutchClosingCues`; sentence shapes the engine combines (praise and a push) in `DutchSentenceShapes`.
  public static let dutch = LanguageLexicon(
    wordClasses: DutchWordClasses.all.merging(DutchEvaluativeWords.all) { $0 + $1 }.withWordsInTwoClasses,
    rules: DutchIMessageCues.rules + DutchListeningCues.rules + DutchBlockadeCues.rules + DutchBlockadeForms.rules
      + DutchClosingCues.rules + DutchSentenceShapes.rules + DutchGeneralForms.rules + DutchClauseForms.rules
      + DutchViewForms.rules + DutchEffectForms.rules,
    negations: ["niet", "geen", "nooit", "niets", "niks", "allerminst", "geenszins"],
    firstPerson: ["ik", "me", "mij", "mijn", "mezelf", "we", "wij", "ons", "onze"],
    questionWords: [
      "hoe", "wat", "welke", "welk", "wie", "waar", "wanneer", "waarom", "waardoor", "waarover", "waarmee", "waarin",
      "hoezo", "hoeveel", "waaraan", "waarop", "waarvan", "waarbij",
    ],
    leadingFillers: [
      "en", "maar", "oke", "ok", "okee", "nou", "goed", "ja", "nee", "dus", "oh", "o", "ah", "tja", "hé", "he",
    ],
    abbreviations: ["bijv", "bv", "mevr", "dhr", "mr", "enz", "etc", "oa", "ca", "nl", "evt", "ivm", "tzt", "zgn"],
    protectedWords: DutchProtectedWords.all,
    typoMinimumLength: 6,
    // Chat spellings: "ie" (hij), "zn" (zijn), "k" (ik), "nie" (niet), "da" (dat), "mss" (misschien).
    spellingVariants: [
      "ie": "hij", "zn": "zijn", "z'n": "zijn", "m'n": "mijn", "mn": "mijn", "k": "ik", "nie": "niet",
      "da": "dat", "wa": "wat", "mss": "misschien", "misch": "misschien", "idd": "inderdaad", "okay": "oke",
      "oké": "oke", "okee": "oke", "t": "het", "n": "een", "dr": "er", "ff": "even", "evt": "eventueel",
      "thnx": "bedankt", "thx": "bedankt", "thanks": "bedankt", "merci": "bedankt", "bedankd": "bedankt",
    ],
    composites: CompositeRules(
      otherPersonClass: "ander",
      nonSubjectAfter: [
        "van", "voor", "met", "aan", "op", "over", "bij", "tegen", "naar", "door", "om", "tot", "zonder", "tussen",
        "onder", "uit",
        // "de mail die u stuurde": the other person of a relative clause is no subject of the main clause.
        "die",
      ],
      possessives: ["uw", "jouw"],
      personClass: "kind",
      rules: DutchReplyRules.book,
      steeringExplanation:
        "Je prijst de ander en stuurt daarna: het compliment voelt als een middel om iets gedaan te krijgen."
    ),
    firstNames: DutchFirstNames.all
  ).declaringShared(classes: DutchSharedWords.classes, words: DutchSharedWords.words)
}

extension LanguageLexicon {
  /// The lexicon with its deliberate overlaps of word classes declared (see `DutchSharedWords`).
  fileprivate func declaringShared(classes: [[String]], words: [String: [String]]) -> LanguageLexicon {
    var lexicon = self
    lexicon.sharedClasses = classes
    lexicon.sharedWords = words
    return lexicon
  }
}

extension [String: [String]] {
  /// Word classes derived for words that belong to two classes: `gevoelsoordeel-midden` is `gevoelsoordeel`
  /// without "erg" (also an intensifier, `versterker`) and "naar" (also a preposition), for patterns where
  /// the feeling word may be followed by more of the sentence.
  fileprivate var withWordsInTwoClasses: [String: [String]] {
    var classes = self
    classes["gevoelsoordeel-midden"] = (self["gevoelsoordeel"] ?? []).filter { $0 != "erg" && $0 != "naar" }
    return classes
  }
}
