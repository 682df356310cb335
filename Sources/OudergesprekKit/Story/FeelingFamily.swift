/// A family of feelings a teacher can name when checking what the parent feels ("Ik hoor ook angst, is dat zo?",
/// "Klopt het dat u boos bent?"), and the family of her emotion state: she confirms a check of her own family and
/// corrects another with her own feeling. Language knowledge kept as data.
enum FeelingFamily: String, Sendable, CaseIterable {
  case worry, anger, sadness, shame, distrust, helplessness, calm

  /// The words (lowercased, as typed) that name a feeling of this family, in a check or in a state's id or name.
  var words: Set<String> {
    switch self {
    case .worry:
      [
        "angst", "angstig", "bang", "bezorgd", "zorgen", "zorg", "ongerust", "ongerustheid", "gespannen", "spanning",
        "geschrokken", "schrik", "nerveus", "onzeker", "onzekerheid", "paniek",
      ]
    case .anger:
      [
        "boos", "boosheid", "kwaad", "woedend", "woede", "razend", "furieus", "geirriteerd", "geïrriteerd",
        "irritatie", "gefrustreerd", "frustratie", "verontwaardigd", "gepikeerd", "beledigd", "aanvallend",
        "dreigend", "eisend", "veeleisend", "nijdig",
      ]
    case .sadness:
      ["verdrietig", "verdriet", "teleurgesteld", "teleurstelling", "gekwetst", "gepasseerd", "pijn", "gekrenkt"]
    case .shame: ["beschaamd", "schaamt", "schaam", "schaamte", "schuldig", "schuldgevoel"]
    case .distrust:
      ["wantrouwig", "wantrouwen", "sceptisch", "ontkennend", "verdedigend", "afwachtend", "achterdochtig"]
    case .helplessness:
      ["machteloos", "machteloosheid", "onmacht", "overweldigd", "radeloos", "wanhopig", "verward", "uitgeput"]
    case .calm:
      [
        "opgelucht", "rustig", "rustiger", "meedenkend", "afspraken", "luistert", "openhartig", "loslaten", "begrip",
        "zakelijk", "opent-zich", "twijfelt", "twijfelend", "wuift-weg",
      ]
    }
  }

  /// Each feeling word's family, built once: a reply's every word is looked up.
  private static let byWord: [String: FeelingFamily] = Dictionary(
    allCases.flatMap { family in family.words.map { ($0, family) } }, uniquingKeysWith: { first, _ in first })

  /// The family of a word, if it names a feeling.
  static func of(word: String) -> FeelingFamily? {
    byWord[word]
  }

  /// The family of an emotion state, by its id or its name ("ongerust", "boos"); nil when neither names one.
  static func of(_ state: EmotionState) -> FeelingFamily? {
    of(word: state.id.lowercased()) ?? of(word: state.name.lowercased())
  }

  /// Words that open a check of what she feels, when its feeling word has no "u" or "je" with it.
  static let perceivingOpenings = [
    "ik hoor", "ik merk", "ik zie", "ik proef", "ik voel", "ik denk", "ik heb het idee", "ik krijg het idee",
  ]

  /// `text` (see `DutchStoryWords.plain`) without the words of checking a feeling: the feeling word, how the
  /// teacher perceives it ("ik merk dat") and the check ("klopt dat"). What is left may name a topic.
  static func withoutCheckWords(_ text: String, feeling: String) -> String {
    var rest = " " + DutchStoryWords.plain(text) + " "
    for phrase in [feeling] + perceivingOpenings + DutchStoryWords.checks {
      rest = rest.replacingOccurrences(of: " " + phrase + " ", with: " ")
    }
    return rest
  }

  /// The feeling word a reply checks with her and its family: a yes/no question about what she feels ("Maakt u zich
  /// daar zorgen over?", "Bent u boos?"), or a perception of it followed by a check ("Ik hoor ook angst, is dat zo?").
  /// Nil for an open question ("Waar maakt u zich zorgen over?") or one about someone else ("Is Sanne bang?").
  static func checked(in text: String, others: [String]) -> (word: String, family: FeelingFamily)? {
    let sentences = StoryReading.sentences(of: text)
    for (index, sentence) in sentences.enumerated() {
      let lower = DutchStoryWords.plain(sentence)
      let words = lower.split(separator: " ").map(String.init)
      // "zorgen" is a feeling only as "zich zorgen maken", not in "zorgen dat".
      guard
        let word = words.first(where: {
          guard let family = of(word: $0), family != .calm else { return false }
          return !["zorg", "zorgen"].contains($0) || words.contains { ["zich", "maakt", "maak", "maken"].contains($0) }
        }), let family = of(word: word)
      else { continue }
      let asked = sentence.contains("?") && ConversationEngine.isYesNoQuestion(sentence)
      let checkedAfter =
        sentences.dropFirst(index).contains {
          $0.contains("?") && DutchStoryWords.endsWithCheck(DutchStoryWords.plain($0))
        }
      guard asked || checkedAfter else { continue }
      let toHer = words.contains { ["u", "je", "jij", "uzelf", "jezelf", "jou"].contains($0) }
      let perceived = DutchStoryWords.mentions(lower, anyOf: perceivingOpenings)
      let aboutOther =
        words.contains { ["hij", "ze", "zij"].contains($0) }
        || others.contains { name in words.contains(name.lowercased()) }
      guard toHer || (perceived && !aboutOther) else { continue }
      return (word, family)
    }
    return nil
  }
}
