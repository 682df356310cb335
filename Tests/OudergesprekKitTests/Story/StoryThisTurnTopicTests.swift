import Testing

@testable import OudergesprekKit

/// The parent's answer comes from the topics of THIS reply, not of the one before: a question on topic A and
/// then one on topic B gets a line about B (issue 11, cause 6: the engine ran one turn behind).
@Suite("Het antwoord komt uit de onderwerpen van deze beurt")
struct StoryThisTurnTopicTests {
  /// A question naming only `topic`, made from one of its words; nil when none of its words alone names it.
  static func question(on topic: StoryTopic, matcher: TopicMatcher) -> String? {
    topic.words.lazy.flatMap { ["Kunt u iets vertellen over \($0)?", "Hoe zit het met \($0)?", "\($0)?"] }
      .first { matcher.topics(in: $0) == [topic.id] }
  }

  @Test("een vraag over B na een vraag over A krijgt een regel over B", arguments: StoryNoRepeatAcrossPoolsTests.ids)
  func answersThisTurn(id: String) throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let story = try #require(scenario.story)
    let matcher = try #require(ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer()).topicMatcher)
    let questions = story.topics.compactMap { topic in Self.question(on: topic, matcher: matcher).map { (topic, $0) } }
    var answered = 0
    for (first, second) in zip(questions, questions.dropFirst()) {
      let (_, steps) = ScenarioPlaythroughTests.play(
        ["Fijn dat u er bent.", first.1, second.1], in: scenario, seed: 7)
      let choice = steps.last?.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
      guard let choice, choice.reason == .topic else { continue }
      let ids = [second.0.id] + story.keyFacts.filter { $0.topic == second.0.id }.map(\.id)
      #expect(
        choice.about.map(ids.contains) == true,
        "\(id): \(first.1) then \(second.1) -> \(choice), expected \(second.0.id)")
      #expect(choice.about != first.0.id, "\(id): answered the question before")
      answered += 1
    }
    #expect(answered >= 2, "\(id): only \(answered) of \(questions.count - 1) second questions got a topic line")
  }
}
