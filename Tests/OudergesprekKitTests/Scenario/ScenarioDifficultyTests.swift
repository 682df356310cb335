import Testing

@testable import OudergesprekKit

/// The difficulty level means something: an easy parent forgives a blockade, a hard one needs good replies in a row.
@Suite("Moeilijkheid van scenario's")
struct ScenarioDifficultyTests {
  static func ids(_ difficulties: Difficulty...) -> [String] {
    ScenarioCollectionTests.scenarios.filter { difficulties.contains($0.difficulty) }.map(\.id)
  }

  static func script(_ id: String, _ path: ScenarioPlaythrough.Path) throws -> [ScriptedReply] {
    try #require(ScenarioPlaythrough.library.first { $0.scenario == id && $0.path == path }).replies
  }

  /// The parent's emotion after `replies`, played with the markers the scripts intend.
  static func emotion(after replies: [ScriptedReply], in id: String) throws -> (EmotionSnapshot, ConversationState) {
    let scenario = try ScenarioPlaythroughTests.scenario(id)
    let analyzer = ScriptedAnalyzer(try script(id, .goed) + script(id, .blokkades))
    let (state, _) = ScenarioPlaythroughTests.play(replies.map(\.text), in: scenario, analyzer: analyzer)
    return (ConversationEngine(scenario: scenario, analyzer: analyzer).emotion(of: state), state)
  }

  @Test("Makkelijk: één blokkade verandert niets, en daarna lukt het gesprek nog", arguments: ids(.makkelijk))
  func easyForgivesOneBlockade(_ id: String) throws {
    let scenario = try ScenarioPlaythroughTests.scenario(id)
    let blockade = try #require(try Self.script(id, .blokkades).first)
    let (afterBlockade, _) = try Self.emotion(after: [blockade], in: id)
    #expect(afterBlockade.state == scenario.emotions.start)
    // Afterwards the good replies move her just as far as without the blockade (with a story, 'opgelost' also
    // needs every key fact, which these few replies do not ask for).
    let good = try Self.script(id, .goed)
    let (withBlockade, _) = try Self.emotion(after: [blockade] + good, in: id)
    let (without, _) = try Self.emotion(after: good, in: id)
    #expect(withBlockade.state == without.state)
  }

  @Test("Gemiddeld en moeilijk: één blokkade maakt de ouder al feller", arguments: ids(.gemiddeld, .moeilijk))
  func blockadeCosts(_ id: String) throws {
    let scenario = try ScenarioPlaythroughTests.scenario(id)
    let start = try #require(scenario.emotions.state(scenario.emotions.start))
    let blockade = try #require(try Self.script(id, .blokkades).first)
    let (after, _) = try Self.emotion(after: [blockade], in: id)
    #expect(after.intensity > start.intensity)
  }

  @Test("Moeilijk: één goede reactie is niet genoeg om de ouder te laten bewegen", arguments: ids(.moeilijk))
  func hardNeedsGoodRepliesInARow(_ id: String) throws {
    let scenario = try ScenarioPlaythroughTests.scenario(id)
    let good = try Self.script(id, .goed)
    let (afterOne, _) = try Self.emotion(after: Array(good.prefix(1)), in: id)
    #expect(afterOne.state == scenario.emotions.start)
  }

  @Test(
    "Makkelijk en gemiddeld: de eerste goede reactie brengt de ouder al in beweging",
    arguments: ids(.makkelijk, .gemiddeld))
  func goodReplyMovesAtOnce(_ id: String) throws {
    let scenario = try ScenarioPlaythroughTests.scenario(id)
    let good = try Self.script(id, .goed)
    let (afterOne, _) = try Self.emotion(after: Array(good.prefix(1)), in: id)
    #expect(afterOne.state != scenario.emotions.start)
  }

  @Test("Een goede reactie na een reeks blokkades telt niet mee voor 'achter elkaar'", arguments: ids(.moeilijk))
  func streakIsBrokenByBlockade(_ id: String) throws {
    // Good, blockade, good: the good replies are not in a row, so a hard parent must not have calmed down.
    let scenario = try ScenarioPlaythroughTests.scenario(id)
    let start = try #require(scenario.emotions.state(scenario.emotions.start))
    let good = try Self.script(id, .goed)
    let blockade = try #require(try Self.script(id, .blokkades).first)
    let (after, _) = try Self.emotion(after: [good[0], blockade, good[1]], in: id)
    #expect(after.intensity >= start.intensity)
  }
}
