extension TestConversation {
  /// The expectations `play` did not meet; empty when the test conversation passed.
  public func failures(in play: TestPlay) -> [TestFailure] {
    var failures: [TestFailure] = []
    let path = play.path
    let story = TestPlay.describe(path, closing: play.transcript.ending)
    let outcome = play.outcome
    if outcome.map(expectation.outcomes.contains) != true {
      let ended = outcome?.rawValue ?? "geen uitkomst"
      let expected = expectation.outcomes.map(\.rawValue).joined(separator: " of ")
      failures.append(
        TestFailure(
          expectation: "uitkomst", message: "eindigde in \(ended), verwacht \(expected) (\(story))",
          location: places.outcome ?? places.name))
    }
    let visited = Set(path.map(\.emotion.state))
    for (index, state) in expectation.states.enumerated() where !visited.contains(state) {
      failures.append(
        TestFailure(
          expectation: "toestand \(state)", message: "kwam niet in toestand \(state) (\(story))",
          location: places.states[safe: index] ?? places.name))
    }
    let found = play.transcript.keyFactsFound ?? []
    for (index, fact) in expectation.keyFactsFound.enumerated() where !found.contains(where: { $0.id == fact }) {
      let others = found.isEmpty ? "geen enkel kernfeit" : found.map(\.id).joined(separator: ", ")
      let opening = play.session.scenario.story?.keyFact(fact).map { "; een vraag die hem opent: '\($0.question)'" }
      failures.append(
        TestFailure(
          expectation: "kernGevonden \(fact)",
          message: "vond kern \(fact) niet (wel gevonden: \(others)\(opening ?? ""); \(story))",
          location: places.keyFactsFound[safe: index] ?? places.name))
    }
    for (index, fact) in expectation.keyFactsNotFound.enumerated() {
      guard let hit = found.first(where: { $0.id == fact }) else { continue }
      failures.append(
        TestFailure(
          expectation: "kernNietGevonden \(fact)",
          message: "vond kern \(fact) toch, in beurt \(hit.turn): '\(TestPlay.quote(hit.question))' (\(story))",
          location: places.keyFactsNotFound[safe: index] ?? places.name))
    }
    if let minimum = expectation.minimumEndingScore {
      if let failure = endingFailure(play, minimum: minimum, story: story) { failures.append(failure) }
    }
    return failures
  }

  private func endingFailure(_ play: TestPlay, minimum: Int, story: String) -> TestFailure? {
    let location = places.minimumEndingScore ?? places.name
    guard let ending = play.transcript.ending else {
      return TestFailure(
        expectation: "afrondingMinstens",
        message: "er was geen afronding, verwacht een afronding met een score van minstens \(minimum) (\(story))",
        location: location)
    }
    guard ending.score < minimum else { return nil }
    let missed = ending.criteria.filter { !$0.met }.map(\.id)
    let detail = missed.isEmpty ? "" : "; niet gehaald: \(missed.joined(separator: ", "))"
    return TestFailure(
      expectation: "afrondingMinstens",
      message: "de afronding scoorde \(ending.score), verwacht minstens \(minimum)\(detail) (\(story))",
      location: location)
  }
}

extension TestPlay {
  /// The longest reply quoted in a message, in characters.
  static let quotedLength = 60
  /// The most state changes listed in a message; the last ones are kept, as they decide the end.
  static let listedChanges = 8

  /// The path through the states for a message: "begon in gespannen; beurt 4: 'Dat is uw eigen schuld.' → toestand
  /// boos", then how the parent took the closing, if there was one.
  static func describe(_ path: [Step], closing: EndingAssessment?) -> String {
    var parts: [String] = []
    if let start = path.first { parts.append("begon in \(start.emotion.state)") }
    let changes = path.dropFirst()
    if changes.isEmpty {
      parts.append("geen antwoord veranderde de toestand")
    } else if changes.count > listedChanges {
      parts.append("… \(changes.count - listedChanges) eerdere wisselingen")
    }
    for step in changes.suffix(listedChanges) {
      parts.append("beurt \(step.turn ?? 0): '\(quote(step.reply ?? ""))' → toestand \(step.emotion.state)")
    }
    if let closing {
      let reaction = closing.reaction.map { " (\($0.rawValue))" } ?? ""
      parts.append("afronding\(reaction): score \(closing.score)")
    }
    return parts.joined(separator: "; ")
  }

  /// A reply shortened for a message.
  static func quote(_ reply: String) -> String {
    guard reply.count > quotedLength else { return reply }
    return String(reply.prefix(quotedLength - 1)) + "…"
  }
}
