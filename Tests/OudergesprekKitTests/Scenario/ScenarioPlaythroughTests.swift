import Testing

@testable import OudergesprekKit

/// The scenarios' own test conversations (`testgesprekken`) played through the engine. `TestPlanLibraryTests`
/// checks each one's expectation as `controleer` does; these tests use the same scripts for what a file cannot
/// say about itself (the student at the table, the difficulty level).
@Suite("Scenario's gespeeld")
struct ScenarioPlaythroughTests {
  static func scenario(_ id: String) throws -> Scenario {
    try #require(
      ScenarioCollectionTests.scenarios.first { $0.id == id }, "scenario \(id) ontbreekt in Scenarios/ of laadt niet")
  }

  /// The replies of the scenario's test conversation that must end in `outcome` (and only there).
  static func script(_ scenario: Scenario, ending outcome: ConversationOutcome) throws -> [String] {
    try #require(
      scenario.testConversations.first { $0.expectation.outcomes == [outcome] },
      "\(scenario.id): geen testgesprek dat eindigt in \(outcome.rawValue)"
    ).replies
  }

  /// Plays `replies` through the engine; returns the final state and all events.
  static func play(
    _ replies: [String], in scenario: Scenario, analyzer: any ReplyAnalyzer = DutchReplyAnalyzer(), seed: UInt64 = 1
  ) -> (ConversationState, [[ConversationEvent]]) {
    let engine = ConversationEngine(scenario: scenario, analyzer: analyzer)
    var (state, _) = engine.start(seed: seed)
    var steps: [[ConversationEvent]] = []
    for reply in replies where !state.isOver {
      let (next, events) = engine.respond(to: reply, in: state)
      state = next
      steps.append(events)
    }
    return (state, steps)
  }

  /// The emotion states passed through, for failure messages.
  static func route(_ steps: [[ConversationEvent]], start: String) -> String {
    var states = [start]
    for events in steps {
      for case .emotionChanged(_, let to, _) in events { states.append(to.state) }
    }
    return states.joined(separator: " → ")
  }

  @Test(
    "Zit de leerling aan tafel, dan zegt die iets als de vaardige docent hem of haar aanspreekt",
    arguments: ScenarioCollectionTests.scenarios.filter(\.studentPresent).map(\.id))
  func studentSpeaksWhenAddressed(_ id: String) throws {
    let scenario = try Self.scenario(id)
    let (_, steps) = Self.play(try Self.script(scenario, ending: .opgelost), in: scenario)
    let studentSpoke = steps.joined().contains { if case .studentSpeaks = $0 { true } else { false } }
    #expect(studentSpoke, "de leerling zit aan tafel, maar zei niets toen de docent hem of haar aansprak")
  }

  @Test(
    "Het geëscaleerde testgesprek escaleert precies bij zijn laatste antwoord",
    arguments: ScenarioCollectionTests.scenarios.map(\.id))
  func blockadesEscalateAtTheLastReply(_ id: String) throws {
    let scenario = try Self.scenario(id)
    let replies = try Self.script(scenario, ending: .geescaleerd)
    let (state, steps) = Self.play(replies, in: scenario)
    let route = Self.route(steps, start: scenario.emotions.start)
    #expect(state.outcome == .geescaleerd, "route: \(route)")
    #expect(steps.count == replies.count, "het gesprek eindigde al na \(steps.count) antwoorden: \(route)")
  }
}
