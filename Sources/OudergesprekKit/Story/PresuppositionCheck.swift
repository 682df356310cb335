/// Finds the parent's lines that name what nobody has said yet, as far as that can be seen without reading them.
///
/// Two signs, both chosen so that the library raises no false alarm:
/// - a name (of a person or a place) that only the parent's own telling introduces, in a topic answer or a key
///   fact (its reveal or its `feit`), used in a line that can come first: a state line, a reaction, a time line, the reaction to a school's
///   point, one of her questions or a stock line of the story (confirming, correcting, side track, asking what is
///   meant), without `na` on what introduces it;
/// - two or more long words (six letters or more) of one key fact's reveal that occur nowhere in the briefing,
///   the topics or the school's points, in such a line without `na` on that key fact: the line retells the fact.
enum PresuppositionCheck {
  /// A line the parent can say before any story item came up, with the ids it waits for.
  struct Line {
    var text: String
    var after: [String]
    /// Where it stands, in the file's own field names ("emoties.toestanden[2] (\"kalm\")").
    var field: String
    var location: SourceLocation?
    /// Whether the line can carry `na`: state lines can, reactions and time lines cannot.
    var canWait: Bool
  }

  /// The warnings for `scenario`'s lines that presuppose a name or a key fact.
  static func diagnostics(_ scenario: Scenario, map: ScenarioSourceMap) -> [Diagnostic] {
    guard let story = scenario.story else { return [] }
    let briefing = briefingText(scenario)
    let known = Set(properNames(in: briefing))
    var introducedBy: [String: Set<String>] = [:]
    for fact in story.keyFacts {
      for name in (fact.revealLines + [fact.fact]).flatMap(properNames(in:)) where !known.contains(name) {
        introducedBy[name, default: []].insert(fact.id)
      }
    }
    for topic in story.topics {
      for name in (topic.openLines + topic.guardedLines).flatMap(properNames(in:)) where !known.contains(name) {
        introducedBy[name, default: []].insert(topic.id)
      }
    }
    // A person by role ("de gymleraar") whom a school's point brings up: the parent does not know of them before
    // the teacher raises it, even when the teacher's briefing names them.
    var rolesBy: [String: Set<String>] = [:]
    for point in story.schoolPoints {
      for word in (point.words + [point.point]).flatMap(wordsOf) where isRole(word) {
        rolesBy[word, default: []].insert(point.id)
      }
    }
    let distinctive = distinctiveWords(story, briefing: briefing)
    var diagnostics: [Diagnostic] = []
    for line in lines(scenario, map: map) {
      let waitsFor = Set(line.after)
      for name in Set(capitalisedWords(in: line.text).map(\.word)).sorted() {
        guard let ids = introducedBy[name], waitsFor.isDisjoint(with: ids) else { continue }
        let sources = ids.sorted().map { "\"\($0)\"" }.joined(separator: " of ")
        let advice =
          line.canWait
          ? "zet \"na\": [\(ids.sorted().map { "\"\($0)\"" }.joined(separator: ", "))] op de regel of herschrijf hem"
          : "herschrijf hem zonder die naam"
        diagnostics.append(
          .warning(
            "\(line.field): \"\(line.text)\" noemt \(name) voordat iemand die naam genoemd heeft; de ouder introduceert \(name) pas bij \(sources): \(advice)",
            at: line.location))
      }
      let words = Set(wordsOf(line.text))
      for word in words.sorted() {
        guard let ids = rolesBy[word], waitsFor.isDisjoint(with: ids) else { continue }
        let sources = ids.sorted().map { "\"\($0)\"" }.joined(separator: " of ")
        let advice =
          line.canWait
          ? "zet \"na\": [\(ids.sorted().map { "\"\($0)\"" }.joined(separator: ", "))] op de regel of herschrijf hem"
          : "herschrijf hem zonder die persoon"
        diagnostics.append(
          .warning(
            "\(line.field): \"\(line.text)\" noemt de \(word) voordat iemand die genoemd heeft; die komt pas ter sprake bij schoolpunt \(sources): \(advice)",
            at: line.location))
      }
      for fact in story.keyFacts where !waitsFor.contains(fact.id) {
        let shared = words.intersection(distinctive[fact.id] ?? []).sorted()
        guard shared.count >= 2 else { continue }
        let advice = line.canWait ? "zet \"na\": [\"\(fact.id)\"] op de regel of herschrijf hem" : "herschrijf hem"
        diagnostics.append(
          .warning(
            "\(line.field): \"\(line.text)\" vertelt al iets van kern \"\(fact.id)\" (\(shared.joined(separator: ", "))) voordat dat boven is: \(advice)",
            at: line.location))
      }
    }
    return diagnostics
  }

  /// Everything the teacher has read before the conversation starts.
  private static func briefingText(_ scenario: Scenario) -> String {
    let parent = scenario.parent
    let student = scenario.student.map { [$0.name, $0.group] } ?? []
    return
      ([scenario.title, scenario.briefing.situation, scenario.briefing.goal] + scenario.briefing.known
      + [parent.name, parent.relation, parent.background, parent.expectation, parent.addressesTeacherAs] + student)
      .joined(separator: "\n")
  }

  /// For each key fact, the long words of its reveal that nothing else in the scenario's story or briefing uses.
  private static func distinctiveWords(_ story: Story, briefing: String) -> [String: Set<String>] {
    var common = Set(wordsOf(briefing))
    for topic in story.topics {
      common.formUnion((topic.words + topic.openLines + topic.guardedLines).flatMap(wordsOf))
    }
    for point in story.schoolPoints {
      common.formUnion((point.words + [point.point]).flatMap(wordsOf))
    }
    var result: [String: Set<String>] = [:]
    for fact in story.keyFacts {
      result[fact.id] = Set(fact.revealLines.flatMap(wordsOf).filter { $0.count >= 6 && !common.contains($0) })
    }
    return result
  }

  /// The lines that can be said before the story item they depend on came up.
  private static func lines(_ scenario: Scenario, map: ScenarioSourceMap) -> [Line] {
    var result: [Line] = []
    for (index, state) in scenario.emotions.states.enumerated() {
      for (lineIndex, text) in state.lines.enumerated() {
        result.append(
          Line(
            text: text, after: state.conditions(ofLine: lineIndex),
            field: "emoties.toestanden[\(index)] (\"\(state.id)\")", location: map.states[safe: index], canWait: true))
      }
    }
    for (index, reaction) in scenario.emotions.reactions.enumerated() {
      for text in reaction.lines {
        result.append(
          Line(
            text: text, after: [], field: "emoties.reacties[\(index)]",
            location: map.reactions[safe: index]?.reaction, canWait: false))
      }
    }
    for text in scenario.timeWarningLines + (scenario.earlyEnding?.lines ?? []) {
      result.append(Line(text: text, after: [], field: "tijdRegels of vroegStoppen", location: nil, canWait: false))
    }
    guard let story = scenario.story else { return result }
    let places = map.story
    for (index, point) in story.schoolPoints.enumerated() {
      for text in point.reaction + point.reactionToIMessage + point.reactionToYouMessage {
        result.append(
          Line(
            text: text, after: [point.id], field: "schoolpunt \"\(point.id)\"",
            location: places.schoolPoints[safe: index], canWait: false))
      }
    }
    // Her own stock lines of the story (confirming, correcting, a side track, asking what is meant) can come at
    // any turn.
    let stock = [
      ("bevestigen", story.confirmLines), ("corrigeren", story.correctLines), ("zijpad", story.sideTrackLines),
      ("onduidelijk", story.unclearLines),
    ]
    for (field, lines) in stock {
      for text in lines {
        result.append(Line(text: text, after: [], field: "verhaal.\(field)", location: places.story, canWait: false))
      }
    }
    for (index, question) in story.questions.enumerated() {
      for text in [question.question, question.askAgain] {
        result.append(
          Line(
            text: text, after: question.after, field: "vraag \"\(question.id)\"",
            location: places.questions[safe: index], canWait: true))
      }
    }
    return result
  }

  /// The capitalised words in `text` that are not the first of a sentence: names of people and places.
  ///
  /// Skipped: "'s Ochtends", capitalised adjectives of a language or nationality ("Nederlandse", "Poolse") and
  /// abbreviations in capitals ("NT2").
  static func properNames(in text: String) -> [String] {
    capitalisedWords(in: text).filter { !$0.startsSentence }.map(\.word)
  }

  /// Every capitalised word of three letters or more in `text`, and whether it starts a sentence (or follows a
  /// bracket or quote), without "'s Ochtends", adjectives in -se and abbreviations in capitals.
  static func capitalisedWords(in text: String) -> [(word: String, startsSentence: Bool)] {
    // Most lines are ASCII: then a character is a byte, and the same steps run on bytes.
    text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiCapitalisedWords(Array(text.utf8)) : characterCapitalisedWords(in: text)
  }

  /// `capitalisedWords` by Characters, for any text (internal for the test that the byte steps give the same words).
  static func characterCapitalisedWords(in text: String) -> [(word: String, startsSentence: Bool)] {
    var result: [(word: String, startsSentence: Bool)] = []
    var word = ""
    var before: Character? = nil
    var previousWord = ""
    var lastNonSpace: Character? = nil
    let openers = Self.openers
    func finish() {
      defer {
        if !word.isEmpty { previousWord = word }
        word = ""
      }
      guard word.count >= 3, let first = word.first, first.isUppercase else { return }
      let second = word[word.index(after: word.startIndex)]
      guard second.isLowercase, !word.hasSuffix("se"), previousWord != "s" else { return }
      result.append((word, before.map(openers.contains) ?? true))
    }
    for character in text {
      if character.isLetter {
        if word.isEmpty { before = lastNonSpace }
        word.append(character)
      } else {
        finish()
      }
      if !character.isWhitespace { lastNonSpace = character }
    }
    finish()
    return result
  }

  /// What may stand before a capitalised word that starts a sentence (or a quote, or follows a bracket).
  private static let openers: Set<Character> = [
    ".", "!", "?", ":", ";", "(", ")", "\"", "'", "\u{2018}", "\u{2019}", "\u{201C}",
    "\u{201D}", "\u{2026}", "-", "\u{2013}", "\u{2014}",
  ]

  /// `capitalisedWords` of an ASCII text, by bytes: a letter is `A-Z` or `a-z`, white space is tab to carriage
  /// return and the space (as `Character.isWhitespace` says for ASCII), and the ASCII ones of `openers`.
  static func asciiCapitalisedWords(_ bytes: [UInt8]) -> [(word: String, startsSentence: Bool)] {
    var result: [(word: String, startsSentence: Bool)] = []
    var start = -1
    var before: UInt8? = nil
    var previousWord = 0..<0
    var lastNonSpace: UInt8? = nil
    func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    func finish(at end: Int) {
      guard start >= 0 else { return }
      let word = start..<end
      defer {
        previousWord = word
        start = -1
      }
      guard word.count >= 3, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[start]),
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[start + 1]),
        !(bytes[end - 2] == UInt8(ascii: "s") && bytes[end - 1] == UInt8(ascii: "e")),
        !(previousWord.count == 1 && bytes[previousWord.lowerBound] == UInt8(ascii: "s"))
      else { return }
      let opens = before.map { Self.openers.contains(Character(Unicode.Scalar($0))) } ?? true
      result.append((String(decoding: bytes[word], as: UTF8.self), opens))
    }
    for (index, byte) in bytes.enumerated() {
      if isLetter(byte) {
        if start < 0 {
          before = lastNonSpace
          start = index
        }
      } else {
        finish(at: index)
      }
      if !(byte == 0x20 || (0x09...0x0D).contains(byte)) { lastNonSpace = byte }
    }
    finish(at: bytes.count)
    return result
  }

  /// Endings of Dutch nouns for a person by role: "gymleraar", "gymdocent", "jeugdarts", "teamleider".
  static let roleEndings = [
    "leraar", "lerares", "docent", "docente", "arts", "coördinator", "coordinator", "leider", "begeleider", "decaan",
    "directeur", "conciërge", "psycholoog", "consulent", "mentor", "trainer", "coach",
  ]

  /// Whether `word` (lower case) names a person by role.
  static func isRole(_ word: String) -> Bool {
    roleEndings.contains { word.hasSuffix($0) && word.count > $0.count + 1 || word == $0 }
      && !["mentor", "docent"].contains(word)
  }

  /// The words of `text` in lower case: letters and digits.
  static func wordsOf(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }
}
