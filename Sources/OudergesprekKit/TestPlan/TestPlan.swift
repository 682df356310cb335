/// Plays every test conversation of a scenario, with each of its seeds, and reports the failures as diagnostics
/// (`pad:regel: fout: testgesprek 'naam': …`), as `oudergesprek controleer` shows them.
public struct TestPlan: Sendable {
  /// What `controleer` reports: one `fout` per unmet expectation, a `waarschuwing` for lines never read.
  public var diagnostics: [Diagnostic] = []
  /// The test conversations played.
  public var conversations = 0
  /// The plays: one per test conversation and seed.
  public var plays = 0
  /// The test conversations with at least one unmet expectation.
  public var failed = 0

  public init() {}

  /// Plays the test conversations of `scenario` with `analyzer` (the one `oefen` uses).
  public static func run(_ scenario: Scenario, analyzer: any ReplyAnalyzer = DutchReplyAnalyzer()) -> TestPlan {
    var plan = TestPlan()
    for test in scenario.testConversations {
      let plays = test.seeds.map { test.play(seed: $0, in: scenario, analyzer: analyzer) }
      let problems = report(test, plays: plays)
      plan.conversations += 1
      plan.plays += plays.count
      if problems.contains(where: { $0.severity == .fout }) { plan.failed += 1 }
      plan.diagnostics += problems
    }
    return plan
  }

  /// The diagnostics for one test conversation played with each of its seeds: each unmet expectation once, with
  /// the first seed it failed in and, for a range of seeds, which seeds failed.
  static func report(_ test: TestConversation, plays: [TestPlay]) -> [Diagnostic] {
    var order: [String] = []
    var failing: [String: [(seed: UInt64, failure: TestFailure)]] = [:]
    for play in plays {
      for failure in test.failures(in: play) {
        if failing[failure.expectation] == nil { order.append(failure.expectation) }
        failing[failure.expectation, default: []].append((play.seed, failure))
      }
    }
    var diagnostics: [Diagnostic] = order.map { key in
      let cases = failing[key]!
      let first = cases[0].failure
      var label = "testgesprek '\(test.name)'"
      if plays.count > 1 {
        let seeds = cases.map { String($0.seed) }
        let listed = seeds.count > 10 ? seeds.prefix(10).joined(separator: ", ") + ", …" : seeds.joined(separator: ", ")
        label += " (seed \(cases[0].seed); mislukt bij \(cases.count) van \(plays.count) seeds: \(listed))"
      }
      return .error("\(label): \(first.message)", at: first.location)
    }
    if let unread = unreadLines(test, plays: plays) { diagnostics.append(unread) }
    return diagnostics.enumerated().sorted { a, b in
      let (la, lb) = (a.element.location ?? .start, b.element.location ?? .start)
      return (la.line, la.column, a.offset) < (lb.line, lb.column, b.offset)
    }.map(\.element)
  }

  /// A warning when the conversation was over before the last lines, in every seed: they test nothing.
  private static func unreadLines(_ test: TestConversation, plays: [TestPlay]) -> Diagnostic? {
    guard let used = plays.map(\.linesUsed).max(), used < test.replies.count, let play = plays.first else {
      return nil
    }
    let unread = test.replies.count - used
    let ended = play.outcome.map { " (\($0.rawValue))" } ?? ""
    return .warning(
      "testgesprek '\(test.name)': het gesprek was na antwoord \(used) al afgelopen\(ended); "
        + (unread == 1
          ? "het laatste antwoord wordt nooit gespeeld; haal het weg of verander het gesprek"
          : "de laatste \(unread) antwoorden worden nooit gespeeld; haal ze weg of verander het gesprek"),
      at: test.places.replies[safe: used] ?? test.places.name)
  }
}

extension TestPlan {
  /// Adds the counts and diagnostics of another plan, for a summary over many files.
  public mutating func add(_ other: TestPlan) {
    diagnostics += other.diagnostics
    conversations += other.conversations
    plays += other.plays
    failed += other.failed
  }

  /// One Dutch line: "5 testgesprekken gespeeld (23 keer, met hun seeds): 1 mislukt."
  public var summary: String {
    let played = conversations == 1 ? "1 testgesprek gespeeld" : "\(conversations) testgesprekken gespeeld"
    let times = plays == conversations ? "" : " (\(plays) keer, met hun seeds)"
    let result = failed == 0 ? "alle geslaagd" : "\(failed) mislukt"
    return "\(played)\(times): \(result)."
  }
}
