extension ConversationEngine {
  /// The key fact a reply opens, if any: one behind a topic its question is about, not found yet, whose `na` came
  /// up, at enough trust, asked well enough. Well enough is an open question or a paraphrase on that topic, or a
  /// question that comes back to a topic she already answered on or brought up herself (doorvragen: the second
  /// question, asked when trust has grown, opens what the first got a guarded answer to).
  ///
  /// `topics` are the topics the reply asks about; `questionsOnly` counts only the reply's question sentences
  /// (a proposal or a school's point with a question in it: the rest of the reply does not ask).
  func openedKeyFact(
    _ reading: StoryReading, text: String, markers: Set<Marker>, topics: [String], story: Story, trust: Int,
    progress: StoryProgress, questionsOnly: Bool = false
  ) -> KeyFact? {
    guard let matcher = topicMatcher else { return nil }
    let questions = questionSentences(in: text)
    let questionTopics = Set(questions.flatMap { StoryReading.questionTopics(in: $0, matcher: matcher) })
    let asked = questionsOnly ? story.topics.map(\.id).filter(questionTopics.contains) : topics
    // Open by its marker, its first word ("Hoe", "Wat", "Kunt u vertellen") or a preposition and a question word
    // ("Met wie trekt ze op?"); a paraphrase on the topic asks well too. Only the questions count, a question word
    // in one makes it open ("Wilt u me vertellen hoe ik u het best bereik?"), not "Zou u dat thuis bespreken?".
    let open =
      questionsOnly
      ? questions.contains { sentence in
        sentence.lowercased().split { !$0.isLetter }.contains { DutchStoryWords.questionWords.contains(String($0)) }
      }
      : reading.asksWell || questions.contains(where: Self.opensWithPreposedQuestionWord)
        || questions.contains(where: Self.embedsQuestionWord)
    for topic in asked {
      // Coming back to it: her topic named in the question, or named just before a question that names none
      // ("Ik heb gezien dat Jesse ADHD heeft. Zijn er dingen die hem helpen?").
      let followsUp =
        !questionsOnly && !questions.isEmpty && (questionTopics.isEmpty || questionTopics.contains(topic))
        && (progress.told.contains(topic) || progress.guarded.contains(topic))
      guard open || followsUp else { continue }
      if let fact = story.keyFacts.first(where: {
        $0.topic == topic && !progress.hasFound($0.id) && $0.after.allSatisfy(progress.isSettled)
          && trust <= $0.openUpToIntensity
      }) {
        return fact
      }
    }
    return nil
  }

  /// A key fact behind a topic she answered guardedly before, now that she trusts the teacher enough: an open
  /// question on the case that names no topic ("Wat speelt er nu het meest?") opens it.
  func keyFactAskedBefore(story: Story, trust: Int, progress: StoryProgress) -> KeyFact? {
    story.keyFacts.first {
      progress.guarded.contains($0.topic) && !progress.hasFound($0.id) && $0.after.allSatisfy(progress.isSettled)
        && trust <= $0.openUpToIntensity
    }
  }

  /// Says `fact`'s reveal line when one is left, and notes it found by this reply.
  func reveal(
    _ fact: KeyFact, question: String, _ progress: inout StoryProgress, _ state: inout ConversationState
  ) -> String? {
    let unsaid = fact.revealLines.filter { !progress.said.contains($0) }
    guard !unsaid.isEmpty else { return nil }
    let line = unsaid[state.generator.next(below: unsaid.count)]
    progress.said.insert(line)
    progress.found.append(FoundKeyFact(id: fact.id, turn: state.turn, question: question))
    progress.mentioned.formUnion([fact.id, fact.topic])
    progress.told.insert(fact.topic)
    return line
  }

  /// The sentences of a reply that ask something.
  func questionSentences(in text: String) -> [String] {
    guard let matcher = topicMatcher else { return [] }
    // A sentence that ends in a question mark, or opens with a question word and has no full stop (typed without
    // punctuation); not a statement that reports a question or opens with "wat" ("U vraagt misschien welke straf
    // er komt.", "Wat ik nu al weet, is dat er een herstelgesprek komt.").
    return StoryReading.pieces(of: text, endingAt: ".?!").filter { sentence in
      guard let last = sentence.last(where: { !$0.isWhitespace }) else { return false }
      // An indirect question asks whatever its mark ("Ik ben benieuwd hoe ze het thuis heeft.").
      let shape = matcher.questionShape(of: sentence)
      return last == "?" || (!".!".contains(last) && shape.opensWithQuestionWord) || shape.asksIndirectly
    }
  }

  /// Whether a sentence opens with a preposition and a question word: "Met wie ...", "Bij wie ...", "Over welke ...".
  static func opensWithPreposedQuestionWord(_ sentence: String) -> Bool {
    let words = sentence.lowercased().split { !$0.isLetter }.prefix(2).map(String.init)
    guard words.count == 2 else { return false }
    return prepositions.contains(words[0]) && DutchStoryWords.questionOpeners.contains(words[1])
  }

  /// Whether a question asks for more than yes or no by a question word inside it: "Weet u hoe ze slaapt?", "Heeft
  /// dat te maken met wat er in groep 8 is gebeurd?"; not "wat" after a word it refers back to ("Is dat iets wat u
  /// herkent?").
  static func embedsQuestionWord(_ sentence: String) -> Bool {
    let words = sentence.lowercased().split { !$0.isLetter }.map(String.init)
    return words.indices.dropFirst().contains { index in
      DutchStoryWords.questionWords.contains(words[index])
        && !(words[index] == "wat" && relativeAntecedents.contains(words[index - 1]))
    }
  }

  /// Words after which "wat" refers back instead of asking ("iets wat", "alles wat").
  static let relativeAntecedents: Set<String> = ["iets", "alles", "niets", "niks", "veel", "weinig", "dat", "het"]

  /// Prepositions that can stand before a question word.
  static let prepositions: Set<String> = [
    "met", "bij", "over", "van", "voor", "aan", "op", "naar", "in", "tegen", "door", "om", "uit", "tot", "zonder",
  ]
}
