/// The parent's reaction to a teacher's proposal mid-conversation ("Zullen we afspreken dat ik u volgende week
/// bel?"): she accepts, asks a detail or doubts, by how tense she is, in the teacher's own words turned to her.
enum ProposalReaction {
  /// Openings of a proposal, lowercased.
  private static let openings = [
    "ik stel voor", "mijn voorstel", "zullen we", "zal ik", "wat vindt u ervan als", "wat vind je ervan als",
    "wat als we", "zullen wij", "ik wil voorstellen", "afspreken dat", "spreken we af",
  ]

  /// Whether `text` proposes a next step: by marker or by how it opens.
  ///
  /// An open question that asks her what is needed ("Wat hebt u van ons nodig om ...?") is no proposal, even when
  /// the analyser hears a next step in it: nothing was put to her that she could accept.
  static func proposes(_ text: String, markers: Set<Marker>) -> Bool {
    let lower = text.lowercased()
    if openings.contains(where: { lower.contains($0) }) || requestsAction(text) { return true }
    return markers.contains(.vervolgafspraak) && !onlyAsksOpenly(text)
  }

  /// Whether every sentence of `text` is a question opening with a question word, without a day or time in it.
  static func onlyAsksOpenly(_ text: String) -> Bool {
    let sentences = StoryReading.sentences(of: text).map(DutchStoryWords.plain)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard !sentences.isEmpty, ProposalEcho.phrase(in: text) == nil else { return false }
    return sentences.allSatisfy { sentence in
      let first = sentence.split(separator: " ").first.map(String.init) ?? ""
      return DutchStoryWords.askingWords.contains(first)
    } && text.contains("?")
  }

  /// Finite verbs of the teacher's "ik" turned to the parent's "u".
  private static let toU = [
    "zal": "gaat", "kan": "kunt", "wil": "wilt", "ga": "gaat", "ben": "bent", "heb": "hebt", "kom": "komt",
    "doe": "doet", "sta": "staat", "zie": "ziet", "moet": "moet", "mag": "mag", "word": "wordt",
  ]
  private static let modals: Set<String> = [
    "zal", "ga", "wil", "kan", "kom", "moet", "mag", "zullen", "gaan", "willen", "kunnen", "moeten", "mogen", "komen",
  ]

  /// The proposal in the parent's words ("u belt mij volgende week"), or nil when it is not a clause she can echo.
  static func echo(of text: String) -> String? {
    let lower = text.lowercased()
    let triggers = ["afspreken dat ", "voor dat ", "voorstel is dat ", "ervan als ", "wat als "]
    var subject: String
    var finite: String
    var rest: [String]
    var verbLast = false
    if let range = triggers.lazy.compactMap({ lower.range(of: $0) }).first {
      var words = clause(String(lower[range.upperBound...]))
      guard words.count >= 2 else { return nil }
      subject = words.removeFirst()
      if words.count >= 2, let last = words.last, last.hasSuffix("en"), modals.contains(words[words.count - 2]) {
        finite = words.remove(at: words.count - 2)
      } else {
        finite = words.removeLast()
        verbLast = true
      }
      rest = words
    } else if let range = ["zal ik ", "zullen we ", "zullen wij "].lazy.compactMap({ lower.range(of: $0) }).first {
      let opening = lower[range].split(separator: " ").map(String.init)
      finite = opening[0]
      subject = opening[1]
      rest = clause(String(lower[range.upperBound...]))
      guard !rest.isEmpty else { return nil }
    } else {
      return nil
    }
    switch subject {
    case "ik":
      subject = "u"
      finite = toU[finite] ?? (finite.hasSuffix("t") || finite.hasSuffix("en") ? finite : finite + "t")
      rest = rest.map { ["u": "mij", "uw": "mijn", "ik": "u", "mij": "u"][$0] ?? $0 }
    case "u":
      subject = "ik"
      finite = toU.first { $0.value == finite }?.key ?? (finite.hasSuffix("t") ? String(finite.dropLast()) : finite)
      rest = rest.map { ["mij": "u", "me": "u", "mijn": "uw", "uw": "mijn"][$0] ?? $0 }
    case "we", "wij", "hij", "ze", "zij", "school", "de", "het":
      rest = rest.map { ["u": "mij", "uw": "mijn"][$0] ?? $0 }
    default:
      return nil
    }
    guard finite.count > 1, !rest.isEmpty, rest.count <= 10 else { return nil }
    // A separable verb at the end ("afronden", "terugbellen") cannot simply move to second place: the echo keeps
    // the clause's own order ("dat we het gesprek nu afronden").
    if verbLast, separablePrefixes.contains(where: { finite.hasPrefix($0) && finite.count >= $0.count + 4 }) {
      return (["dat", subject] + rest + [finite]).joined(separator: " ")
    }
    let words = [subject, finite] + rest
    return words.joined(separator: " ")
  }

  /// Prefixes of Dutch separable verbs.
  private static let separablePrefixes = [
    "af", "op", "aan", "uit", "terug", "door", "mee", "in", "na", "over", "voor", "weg", "bij", "toe", "samen", "langs",
  ]

  /// The words of the first sentence of `text`, without punctuation.
  /// A second clause joined by "en" ("... dat ik hem vooraan zet en dat we over drie weken bellen") is cut off,
  /// so the echo keeps one subject and its verb.
  private static func clause(_ text: String) -> [String] {
    let sentence = text.prefix { !".?!,;:".contains($0) }
    let words = sentence.split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" }.map(String.init)
    let joined: Set<String> = ["dat", "we", "wij", "ik", "u", "dan", "daarna", "als", "over", "zullen", "ga"]
    if let cut = words.indices.first(where: {
      words[$0] == "en" && $0 + 1 < words.count && joined.contains(words[$0 + 1])
    }) {
      return Array(words[..<cut])
    }
    return words
  }

  /// The highest intensity at which she accepts a proposal; tenser, she asks a detail or doubts it.
  static let acceptsUpTo = 4

  /// Her lines for a proposal at `intensity`, echoing `echo` (or the day and time `phrase`) when there is one.
  static func lines(intensity: Int, echo: String?, phrase: String?) -> [String] {
    let said = echo.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    switch intensity {
    case ...acceptsUpTo:
      if let said { return ["\(said)? Goed, zo doen we het.", "Goed. \(said), dat spreken we af."] }
      if let phrase {
        return ["Goed, \(phrase) dan.", "\(phrase.prefix(1).uppercased() + phrase.dropFirst()), dat is goed."]
      }
      return ["Dat wil ik wel proberen, ja.", "Goed, zo doen we het."]
    case 5...6:
      if let said { return ["\(said)? En wat gebeurt er tot die tijd?", "\(said)? Hoe ziet dat er dan precies uit?"] }
      if let phrase {
        return ["\(phrase.prefix(1).uppercased() + phrase.dropFirst())? En wat gebeurt er tot die tijd?"]
      }
      return ["Hoe ziet dat er dan precies uit?", "En wie doet dat dan?"]
    default:
      if let said { return ["\(said)? En denkt u dat dat iets verandert?", "\(said)... Dat moet ik eerst nog zien."] }
      return ["En denkt u echt dat dat iets verandert?", "Dat zegt u nu. Eerst wil ik merken dat er iets gebeurt."]
    }
  }

  /// Whether her question asks what school is going to do: a proposal answers it.
  static func asksForAction(_ question: ParentQuestion) -> Bool {
    let lower = question.question.lowercased()
    return lower.contains(" doen") || DutchStoryWords.asksNextStep(question.question)
      || question.answerWords.contains { ["ik ga", "ik stel voor", "voorstel"].contains($0) }
  }
}
