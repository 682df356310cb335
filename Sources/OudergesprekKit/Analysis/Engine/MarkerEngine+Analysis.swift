extension MarkerEngine {
  /// What the rules found in one sentence.
  struct SentenceFindings {
    var markers: [(Marker, Range<Int>, String)] = []
    var parts: [(IMessagePart, Range<Int>, String)] = []
    var suppressed: [Marker] = []
    var isQuestion = false
    var isImperative = false
    var isPraise = false
    var isSteer = false
  }

  /// Analyses one reply.
  public func analyze(_ text: String) -> ReplyAnalysis {
    let sentences = splitter.sentences(in: text).flatMap { splitQuestionClauses($0) }
    var markers: [Marker] = []
    var evidence: [MarkerEvidence] = []
    var parts: [IMessagePart] = []
    var partEvidence: [MarkerEvidence] = []
    var suppressed: Set<Marker> = []
    var questions = 0
    var hasFirstPerson = false
    var hasBlame = false
    var previousPraise = false

    func words(_ sentence: TextSentence, _ span: Range<Int>) -> String {
      String(
        text[sentence.tokens[span.lowerBound].range.lowerBound..<sentence.tokens[span.upperBound - 1].range.upperBound])
    }
    func add(_ marker: Marker, _ words: String, _ explanation: String) {
      guard !markers.contains(marker) else { return }
      markers.append(marker)
      evidence.append(MarkerEvidence(marker: marker, words: words, explanation: explanation))
    }

    var scratch = MatchScratch(rules: rules.count)
    for sentence in sentences {
      let findings = analyzeSentence(sentence, &scratch)
      if findings.isQuestion { questions += 1 }
      if !hasFirstPerson { hasFirstPerson = sentence.tokens.contains { firstPerson.contains($0) } }
      let found = findings.markers.filter { !findings.suppressed.contains($0.0) }
      var sentenceMarkers = found.map(\.0)
      for (marker, span, explanation) in found {
        add(marker, words(sentence, clauseSpan(sentence, from: span)), explanation)
      }
      // Combinations per sentence (jij-boodschap := oordeel ∧ onderwerp(ander) ∧ ¬gebiedend).
      for combination in composites.rules.sentenceCombinations {
        let required = combination.condition.requiredMarkers
        guard let judgement = found.first(where: { required.contains($0.0) }) else { continue }
        var facts = ReplyFacts()
        facts.markers = Set(found.map(\.0))
        facts.imperative = findings.isImperative
        let other = findings.isImperative ? nil : subjects.otherSubject(in: sentence)
        facts.otherSubject = other != nil
        guard combination.condition.holds(in: facts) else { continue }
        let first = other.map { min($0, judgement.1.lowerBound) } ?? judgement.1.lowerBound
        let last = other.map { max($0 + 1, judgement.1.upperBound) } ?? judgement.1.upperBound
        add(combination.marker, words(sentence, first..<last), combination.explanation)
        sentenceMarkers.append(combination.marker)
        if combination.marker == .jijBoodschap { hasBlame = true }
      }
      // A compliment and, in the next sentence, a push or a blockade that steers: prijzen.
      if previousPraise && !markers.contains(composites.steeringPraise)
        && (findings.isSteer || sentenceMarkers.contains(where: composites.steeredBy.contains))
      {
        add(composites.steeringPraise, words(sentence, 0..<sentence.tokens.count), composites.steeringExplanation)
        sentenceMarkers.append(composites.steeringPraise)
        // "Dus dit lukt u ook wel." after a compliment pushes; it does not restate what the other said.
        for marker in composites.steeringHides where found.contains(where: { $0.0 == marker }) {
          markers.removeAll { $0 == marker }
          evidence.removeAll { $0.marker == marker }
        }
      }
      previousPraise = findings.isPraise
      // Parts count only in sentences without a blockade, blame, listening or closing marker.
      if !sentenceMarkers.contains(where: {
        $0.isBlocking || $0.family == .luisteren || $0.family == .afronding
      }) {
        for (part, span, explanation) in findings.parts where !parts.contains(part) {
          parts.append(part)
          let clause = clauseSpan(sentence, from: span)
          partEvidence.append(MarkerEvidence(part: part, words: words(sentence, clause), explanation: explanation))
        }
      }
    }

    if !hasFirstPerson {
      parts = []
      partEvidence = []
    }
    partEvidence.sort { ($0.part ?? .gedrag) < ($1.part ?? .gedrag) }
    var facts = ReplyFacts()
    facts.firstPerson = hasFirstPerson
    facts.blame = hasBlame
    facts.questions = questions
    facts.parts = parts.count
    // Combinations over the reply (ondervragen := vragen>=3, ik-boodschap := delen>=2 ∧ ik-persoon ∧ ¬schuld).
    for combination in composites.rules.replyCombinations {
      facts.markers = Set(markers)
      guard combination.condition.holds(in: facts) else { continue }
      switch combination.scope {
      case .questionCount: add(combination.marker, "\(questions) vragen", combination.explanation)
      case .parts, .sentence:
        let list = parts.sorted().map(\.rawValue).joined(separator: " + ")
        add(
          combination.marker, partEvidence.map(\.words).joined(separator: " … "),
          combination.explanation + " (\(list))")
      }
    }
    // Suppressions ("Genoeg daarover. Hoe gaat het met zijn zus?": the question is part of the distraction).
    facts.markers = Set(markers)
    for suppression in composites.rules.suppressions where suppression.condition.holds(in: facts) {
      suppressed.formUnion(suppression.hides)
    }
    let kept = markers.filter { !suppressed.contains($0) }
    return ReplyAnalysis(
      text: text, markers: kept, iMessageParts: parts,
      evidence: evidence.filter { $0.marker.map { !suppressed.contains($0) } ?? true } + partEvidence)
  }

  /// Splits "dus u heeft het gevoel dat hij gepest wordt, wat merkt u daar thuis van" (no end punctuation) at a
  /// comma followed by a question word: the clause after it is a question of its own, the clause before it is not.
  func splitQuestionClauses(_ sentence: TextSentence) -> [TextSentence] {
    let tokens = sentence.tokens
    guard sentence.terminator == .none,
      let cut = tokens.indices.dropFirst(2).last(where: { tokens[$0].commaBefore && questionWords.contains(tokens[$0]) }
      ),
      cut < tokens.count - 1
    else { return [sentence] }
    let before = TextSentence(tokens: Array(tokens[..<cut]), terminator: .none)
    return splitQuestionClauses(before) + [TextSentence(tokens: Array(tokens[cut...]), terminator: sentence.terminator)]
  }

  /// The span of a part's match, widened to the end of its clause (the next comma), at most twelve words.
  func clauseSpan(_ sentence: TextSentence, from span: Range<Int>) -> Range<Int> {
    var end = span.upperBound
    while end < sentence.tokens.count && end - span.lowerBound < 12 && !sentence.tokens[end].commaBefore { end += 1 }
    return span.lowerBound..<end
  }

  /// Matches all patterns against one sentence.
  ///
  /// At every word only the entries indexed by that word (and, at a name or a word with an affix, the entries
  /// that accept it) are tried; a rule's first match, by position and then lexicon order, is its evidence.
  func analyzeSentence(_ sentence: TextSentence, _ scratch: inout MatchScratch) -> SentenceFindings {
    let tokens = sentence.tokens
    var starts = scratch.starts
    scratch.starts = []
    starts.removeAll(keepingCapacity: true)
    starts.append(0)
    defer { scratch.starts = starts }
    var position = 0
    while position < tokens.count - 1 && fillers.contains(tokens[position]) {
      position += 1
      starts.append(position)
    }
    for vocative in 1..<min(4, tokens.count) where tokens[vocative].commaBefore {
      var start = vocative
      starts.append(start)
      while start < tokens.count - 1 && fillers.contains(tokens[start]) {
        start += 1
        starts.append(start)
      }
      break
    }
    var findings = SentenceFindings()
    // A question: a question mark, or a question word first and no full stop ("wat is er gebeurd").
    // "Wanneer Bram roept, moet ik ... ." starts with a question word but is no question.
    findings.isQuestion =
      sentence.terminator == .question
      || (sentence.terminator == .none && starts.contains { questionWords.contains(tokens[$0]) })

    scratch.reset(tokens, table)
    scratch.starts = starts
    for token in tokens { scratch.negated.append(negation.contains(token)) }
    table.findRuleHits(&scratch, negationCancels: negationCancels)
    if findings.isQuestion && sentence.terminator != .question
      && statementRules.contains(where: { scratch.hits[$0 * 3] >= 0 && !scratch.cancelled[$0] })
    {
      findings.isQuestion = false
    }
    scratch.hitRules.sort()
    for ruleIndex in scratch.hitRules where !scratch.cancelled[ruleIndex] {
      let span = Int(scratch.hits[ruleIndex * 3])..<Int(scratch.hits[ruleIndex * 3 + 1])
      switch sentenceKinds[ruleIndex] {
      case .question where !findings.isQuestion, .statement where findings.isQuestion: continue
      default: break
      }
      switch targets[ruleIndex] {
      case .marker(let marker): findings.markers.append((marker, span, explanations[ruleIndex]))
      case .part(let part): findings.parts.append((part, span, explanations[ruleIndex]))
      case .imperative: findings.isImperative = true
      case .praise: findings.isPraise = true
      case .steer: findings.isSteer = true
      case .statement: break
      }
      if !suppressions[ruleIndex].isEmpty { findings.suppressed.append(contentsOf: suppressions[ruleIndex]) }
    }
    return findings
  }
}

/// The working memory of matching, allocated once per reply and reset per sentence.
struct MatchScratch {
  var words = SentenceWords()
  /// Per rule: the start, end and priority (lower wins) of its first match; start -1 when none.
  var hits: [Int32]
  var cancelled: [Bool]
  /// The rules with a match, in the order found.
  var hitRules: [Int] = []
  /// Per sentence: the positions where an anchored pattern may start, the negation words, and the conditions
  /// that some word meets (as bits).
  var starts: [Int] = []
  var negated: [Bool] = []
  var present: [UInt64] = []

  init(rules: Int) {
    hits = [Int32](repeating: -1, count: rules * 3)
    cancelled = [Bool](repeating: false, count: rules)
  }

  mutating func reset(_ tokens: [TextToken], _ table: PatternTable) {
    for rule in hitRules { hits[rule * 3] = -1 }
    for index in cancelled.indices where cancelled[index] { cancelled[index] = false }
    hitRules.removeAll(keepingCapacity: true)
    words.ids.removeAll(keepingCapacity: true)
    words.names.removeAll(keepingCapacity: true)
    words.affixes.removeAll(keepingCapacity: true)
    negated.removeAll(keepingCapacity: true)
    for token in tokens {
      words.ids.append(token.id)
      words.names.append(token.isName)
      words.affixes.append(table.affixes.isEmpty ? 0 : table.affixMask(of: token.word))
    }
  }
}
