import Testing

@testable import OudergesprekKit

/// The difficulty level means something: an easy parent forgives a blockade, a hard one needs good replies in a row.
/// The replies come from each scenario's own test conversations, analysed by the real analyser.
@Suite("Moeilijkheid van scenario's")
struct ScenarioDifficultyTests {
  static func ids(_ difficulties: Difficulty...) -> [String] {
    ScenarioCollectionTests.scenarios.filter { difficulties.contains($0.difficulty) }.map(\.id)
  }

  static let listening: Set<Marker> = [.gevoelsreflectie, .parafrase, .samenvatting, .openVraag, .aanmoediging]

  /// The first blockade of the escalating test conversation.
  static func blockade(_ scenario: Scenario) throws -> String {
    try #require(try ScenarioPlaythroughTests.script(scenario, ending: .geescaleerd).first)
  }

  /// The first listening reply of the skilled test conversation.
  static func listeningReply(_ scenario: Scenario) throws -> String {
    let analyzer = DutchReplyAnalyzer()
    return try #require(
      try ScenarioPlaythroughTests.script(scenario, ending: .opgelost).first { reply in
        !Self.listening.isDisjoint(with: analyzer.analyze(reply).markers)
      }, "\(scenario.id): het vaardige testgesprek luistert nergens")
  }

  /// The parent's emotion after `replies`.
  static func emotion(after replies: [String], in scenario: Scenario) -> (EmotionSnapshot, ConversationState) {
    let (state, _) = ScenarioPlaythroughTests.play(replies, in: scenario)
    return (ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer()).emotion(of: state), state)
  }

  @Test("Makkelijk: één blokkade verandert niets, en daarna lukt het gesprek nog", arguments: ids(.makkelijk))
  func easyForgivesOneBlockade(_ id: String) throws {
    let scenario = try ScenarioPlaythroughTests.scenario(id)
    let blockade = try Self.blockade(scenario)
    let (afterBlockade, _) = Self.emotion(after: [blockade], in: scenario)
    #expect(afterBlockade.state == scenario.emotions.start)
    let skilled = try ScenarioPlaythroughTests.script(scenario, ending: .opgelost)
    let (_, state) = Self.emotion(after: [blockade] + skilled, in: scenario)
    #expect(state.outcome == .opgelost)
  }

  @Test("Gemiddeld en moeilijk: één blokkade maakt de ouder al feller", arguments: ids(.gemiddeld, .moeilijk))
  func blockadeCosts(_ id: String) throws {
    let scenario = try ScenarioPlaythroughTests.scenario(id)
    let start = try #require(scenario.emotions.state(scenario.emotions.start))
    let (after, _) = Self.emotion(after: [try Self.blockade(scenario)], in: scenario)
    #expect(after.intensity > start.intensity)
  }

  @Test("Moeilijk: één goede reactie is niet genoeg om de ouder te laten bewegen", arguments: ids(.moeilijk))
  func hardNeedsGoodRepliesInARow(_ id: String) throws {
    let scenario = try ScenarioPlaythroughTests.scenario(id)
    let (afterOne, _) = Self.emotion(after: [try Self.listeningReply(scenario)], in: scenario)
    #expect(afterOne.state == scenario.emotions.start)
  }

  @Test(
    "Makkelijk en gemiddeld: de eerste goede reactie brengt de ouder al in beweging",
    arguments: ids(.makkelijk, .gemiddeld))
  func goodReplyMovesAtOnce(_ id: String) throws {
    let scenario = try ScenarioPlaythroughTests.scenario(id)
    let (afterOne, _) = Self.emotion(after: [try Self.listeningReply(scenario)], in: scenario)
    #expect(afterOne.state != scenario.emotions.start)
  }
}
